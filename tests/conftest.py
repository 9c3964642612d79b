"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from accord.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"../shared is missing: expected at {SHARED}")
    return SHARED


# -- PostgreSQL: a real server on loopback, started by the test run ----------------------------
# `postgres_url` (function scope): the URL of a fresh, empty database on that server, dropped after
# the test. `postgres_server` (session scope): the server itself; `postgres_server.new_database()`
# gives a fresh database URL for module- or session-scoped fixtures. With CI=true a server that
# cannot start fails the tests; elsewhere they skip. scripts/system_deps.sh installs the server.

class _PostgresServer:
    def __init__(self):
        import getpass
        import glob
        import os
        import shutil
        import socket
        import subprocess
        import tempfile

        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            raise RuntimeError("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin): run scripts/system_deps.sh")
        self.bin = os.path.dirname(bins[-1])
        self.dir = tempfile.mkdtemp(prefix="accord-pg-")
        self.data = os.path.join(self.dir, "data")
        # initdb and postgres refuse to run as root: run them as the postgres user, in a
        # directory that user owns.
        self.prefix: list[str] = []
        user = getpass.getuser()
        if os.geteuid() == 0:
            user = "postgres"
            shutil.chown(self.dir, user="postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.dir, 0o700)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self._run("initdb", "-D", self.data, "-U", user, "-A", "trust", "-E", "UTF8", "--locale=C")
        opts = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", self.data, "-o", opts, "-l", os.path.join(self.dir, "log"), "-w", "-t", "60", "start")
        self.user = user
        self.admin_url = f"postgresql://{user}@127.0.0.1:{self.port}/postgres"
        self._n = 0

    def _run(self, prog: str, *args: str) -> None:
        import os
        import subprocess

        # cwd: the postgres user may not be allowed into the directory the tests run from.
        proc = subprocess.run([*self.prefix, os.path.join(self.bin, prog), *args], capture_output=True, text=True,
                              cwd=self.dir)
        if proc.returncode != 0:
            log = os.path.join(self.dir, "log")
            tail = open(log, encoding="utf-8", errors="replace").read()[-2000:] if os.path.exists(log) else ""
            raise RuntimeError(f"{prog} failed ({proc.returncode}): {proc.stderr.strip()} {tail}")

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        self._n += 1
        name = f"accord_test_{self._n}"
        self._admin(f'CREATE DATABASE "{name}"')
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def drop_database(self, url: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def stop(self) -> None:
        import shutil

        try:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():
    import os

    try:
        server = _PostgresServer()
    except Exception as exc:  # noqa: BLE001 - any failure to start means no server
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL could not start (CI=true, so this fails rather than skips): {exc}")
        pytest.skip(f"PostgreSQL could not start: {exc}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    url = postgres_server.new_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(scope="session")
def wikinews_articles(shared):
    """The first 24 Wikinews IR articles through the real pipeline (spaCy parses), processed once
    per session: realistic events, quotes and figures for the store, analysis and export tests."""
    from itertools import islice

    from accord.pipeline import Pipeline
    from accord.read import read_paths

    path = shared / "corpus" / "wikinews" / "articles_ir.jsonl"
    return list(Pipeline().process_stream(islice(read_paths([str(path)]), 24)))


@pytest.fixture(scope="session")
def sample_store_url(wikinews_articles, tmp_path_factory) -> str:
    """A SQLite store holding `wikinews_articles`, for the API and dashboard tests (read-only)."""
    from accord.store.repository import Repository

    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'sample.db'}"
    Repository(url).add_articles(wikinews_articles)
    return url
