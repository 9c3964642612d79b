"""Concurrency (issue 10): the API reads a SQLite store while an ingest writes it; two ingests
write one PostgreSQL store at once. Real processes, a real PostgreSQL."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text


def _sample(shared, tmp_path, start: int, n: int, name: str):
    lines = (shared / "corpus" / "wikinews" / "articles_ir.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / name
    path.write_text("\n".join(lines[start:start + n]) + "\n", encoding="utf-8")
    return path


def _ingest(path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "accord.cli", "ingest", str(path), "--db", url,
                             "--batch-size", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_the_api_reads_a_sqlite_store_while_an_ingest_writes_it(shared, tmp_path):
    from fastapi.testclient import TestClient

    from accord.api.app import create_app
    from accord.store.repository import Repository

    url = f"sqlite:///{tmp_path / 'store.db'}"
    Repository(url)                      # the store exists (schema made) before either starts
    src = _sample(shared, tmp_path, 30, 10, "in.jsonl")
    proc = _ingest(src, url)
    client = TestClient(create_app(url))
    seen, answers = [], 0
    while proc.poll() is None:
        r = client.get("/api/overview")
        assert r.status_code == 200, r.text        # never "database is locked"
        seen.append(r.json()["articles"])
        answers += 1
        time.sleep(0.2)
    out, err = proc.communicate()
    assert proc.returncode == 0, err[-2000:]
    assert answers > 3
    assert seen == sorted(seen)                      # whole batches appear, never vanish
    assert client.get("/api/overview").json()["articles"] == 10


@pytest.mark.slow
def test_two_ingests_at_once_on_postgresql_store_each_article_once(shared, tmp_path, postgres_url,
                                                                   postgres_server):
    a = _sample(shared, tmp_path, 40, 8, "a.jsonl")
    b = _sample(shared, tmp_path, 44, 8, "b.jsonl")   # 4 articles in both inputs
    p1, p2 = _ingest(a, postgres_url), _ingest(b, postgres_url)
    for p in (p1, p2):
        _, err = p.communicate(timeout=900)
        assert p.returncode == 0, err[-3000:]
    def contents(url):
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.connect() as conn:
            ids = conn.execute(text("select id from articles")).scalars().all()
            failures = conn.execute(text("select count(*) from failures")).scalar()
            events = sorted(conn.execute(text("select id, article_id, cameo, source_code, target_code "
                                              "from events")).all())
        engine.dispose()
        return ids, failures, events

    ids, failures, events = contents(postgres_url)
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 12
    assert failures == 0
    # The same articles ingested by one process give exactly the same events.
    one = postgres_server.new_database()
    try:
        both = _sample(shared, tmp_path, 40, 12, "both.jsonl")
        p = _ingest(both, one)
        _, err = p.communicate(timeout=900)
        assert p.returncode == 0, err[-3000:]
        ids1, _, events1 = contents(one)
    finally:
        postgres_server.drop_database(one)
    assert sorted(ids1) == sorted(ids)
    assert events == events1 and events
