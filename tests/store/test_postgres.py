"""The store on a real PostgreSQL server (started on loopback by tests/conftest.py): the same
ingest gives the same rows, timelines and searches as on SQLite."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from accord.analysis import PERIODS, network, summary, timeline, top_actors
from accord.store import migrate
from accord.store import schema as s
from accord.store.repository import Repository

TABLES = ["articles", "article_duplicates", "failures", "events", "quotes", "figures", "actors",
          "sentences", "event_sentences"]


@pytest.fixture
def both_stores(tmp_path, postgres_url, wikinews_articles):
    lite = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    pg = Repository(postgres_url)
    for repo in (lite, pg):
        # Two batches, the second repeating the first: idempotence is part of "the same ingest".
        repo.add_articles(wikinews_articles[:12])
        repo.add_articles(wikinews_articles)
    yield lite, pg
    pg.engine.dispose()


def test_postgres_is_postgres_at_the_migration_head(postgres_url):
    repo = Repository(postgres_url)
    assert repo.dialect == "postgresql"
    with repo.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert conn.execute(text("select current_setting('server_version_num')::int")).scalar() >= 150000
    Repository(postgres_url)          # opening it again changes nothing
    repo.engine.dispose()


def test_same_ingest_same_counts_and_timelines_on_sqlite_and_postgres(both_stores, wikinews_articles):
    lite, pg = both_stores
    counts = {t: lite.count(t) for t in TABLES}
    assert counts == {t: pg.count(t) for t in TABLES}
    assert counts["events"] > 10 and counts["quotes"] > 10 and counts["articles"] == len(wikinews_articles)
    assert summary(lite) == summary(pg)
    dyads = [d for d, _ in summary(lite)["top_dyads"]]
    assert len(dyads) >= 3
    for src, tgt in dyads:
        for by in PERIODS:
            for both in (False, True):
                a, coarse_a = timeline(lite, src, tgt, by=by, both=both)
                b, coarse_b = timeline(pg, src, tgt, by=by, both=both)
                assert [r.to_dict() for r in a] == [r.to_dict() for r in b] and coarse_a == coarse_b
    for by in ("country", "actor"):
        assert network(lite, by=by) == network(pg, by=by)
        assert top_actors(lite, by=by) == top_actors(pg, by=by)
    # Row for row, not just counts.
    for table in ("events", "actors", "event_sentences"):
        assert list(lite.iter_rows(table)) == list(pg.iter_rows(table))


def test_full_text_search_finds_the_same_rows_on_both(both_stores):
    lite, pg = both_stores
    for word in ("sanctions", "minister", "president visit"):
        assert {r["id"] for r in lite.search_articles(word, limit=100)} == \
               {r["id"] for r in pg.search_articles(word, limit=100)}
    found = lite.search_articles("sanction", limit=100)
    assert found, "stemming: 'sanction' finds articles about sanctions"
    some_quote = next(iter(lite.iter_rows("quotes")))
    word = max(some_quote["text"].split(), key=len).strip(".,;:\"'“”‘’")
    for repo in (lite, pg):
        ids = {r["id"] for r in repo.search_quotes(text=word, limit=500)}
        assert some_quote["id"] in ids
    assert [r["id"] for r in lite.search_quotes(speaker="RUS", limit=500)] == \
           [r["id"] for r in pg.search_quotes(speaker="RUS", limit=500)]


def test_a_corrected_article_replaces_its_rows_on_postgres(postgres_url, wikinews_articles):
    import dataclasses

    repo = Repository(postgres_url)
    art = next(a for a in wikinews_articles if a.events)
    repo.add_articles([art])
    fixed = dataclasses.replace(art, text=art.text + " Corrected.", events=[], quotes=[], figures=[])
    assert repo.add_articles([fixed])["stored"] == 1
    assert repo.count("events") == repo.count("event_sentences") == repo.count("sentences") == 0
    assert repo.search_articles("corrected")[0]["id"] == art.id
    with repo.engine.connect() as conn:
        assert conn.execute(select(s.articles.c.id)).scalars().all() == [art.id]
    repo.engine.dispose()


def test_opening_a_new_postgres_store_from_several_processes_at_once(postgres_url):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        repos = list(pool.map(lambda _: Repository(postgres_url), range(4)))
    with repos[0].engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    for r in repos:
        r.engine.dispose()
