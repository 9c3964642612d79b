"""Schema migrations (alembic), applied by Repository on first use and after an upgrade.

The scripts are in migrations/versions/. A store created before migrations existed (tables but
no alembic_version) is stamped at the baseline 0001 and upgraded from there.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

SCRIPTS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"


def _config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> str | None:
    """Bring the database to TARGET; returns the revision it was at before (None: empty)."""
    with engine.connect() as conn:
        before = current(conn)
        if before == head() and target == "head":
            return before          # the common case costs one small query
    with engine.begin() as conn:
        before = current(conn)
        if before is None and inspect(conn).has_table("articles"):
            command.stamp(_config(conn), BASELINE)
            before = BASELINE
        command.upgrade(_config(conn), target)
    return before


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as conn:
        command.downgrade(_config(conn), target)
