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
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

SCRIPTS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"
ADVISORY_LOCK = 0x61636364       # any constant: "accd"


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
    """Bring the database to TARGET; returns the revision it was at before (None: empty).

    Two processes may open a new store at once (an ingest and the API): the second waits for the
    first (PostgreSQL: an advisory lock; SQLite set up by repository.sqlite_setup: BEGIN
    IMMEDIATE), then finds the store migrated. Should a race still fail, a store found at the
    head afterwards is fine."""
    with engine.connect() as conn:
        before = current(conn)
        if before == head() and target == "head":
            return before          # the common case costs one small query
    try:
        with engine.connect() as conn, conn.execution_options(sqlite_immediate=True).begin():
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK})
            before = current(conn)
            if before is None and inspect(conn).has_table("articles"):
                command.stamp(_config(conn), BASELINE)
                before = BASELINE
            command.upgrade(_config(conn), target)
    except DBAPIError:
        with engine.connect() as conn:
            if target == "head" and current(conn) == head():
                return before
        raise
    return before


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as conn:
        command.downgrade(_config(conn), target)
