"""Schema migrations: a new store is built by them, an old store is upgraded in place, and the
tables they build are the tables schema.py declares."""
from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from accord.store import migrate
from accord.store import schema as s
from accord.store.repository import Repository


def test_a_new_store_is_at_the_head(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    with repo.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head() == "0002"
        mode = conn.execute(text("PRAGMA journal_mode")).scalar()
    assert mode == "wal"


def test_migrations_build_exactly_the_declared_tables(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}")
    migrate.upgrade(engine)
    insp = inspect(engine)
    for table in s.metadata.sorted_tables:
        assert insp.has_table(table.name), f"no migration creates {table.name}"
        built = {c["name"]: c for c in insp.get_columns(table.name)}
        assert set(built) == set(table.columns.keys()), table.name
        for col in table.columns:
            assert built[col.name]["nullable"] == col.nullable or col.primary_key, (table.name, col.name)
        declared = {tuple(c.name for c in ix.columns) for ix in table.indexes}
        indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes(table.name)}
        assert declared <= indexed, (table.name, declared - indexed)


def test_a_store_from_before_migrations_is_stamped_upgraded_and_backfilled(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:        # what schema version 1 wrote, without alembic's table
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("INSERT INTO articles (id, content_hash, text, title, ingested_at) VALUES "
                          "('a', 'h', 'Russia imposed sanctions on Ukraine. Putin spoke.', 'Sanctions', 'now')"))
        conn.execute(text(
            "INSERT INTO events (id, article_id, date, source_name, source_code, source_country, target_name, "
            "target_code, target_country, cameo, root, quad_class, goldstein, status, sentence, span_start, span_end) "
            "VALUES ('a:e1', 'a', '2022-02-24', 'Russia', 'RUS', 'RUS', 'Ukraine', 'UKR', 'UKR', '163', '16', 4, "
            "-8.0, 'occurred', 'Russia imposed sanctions on Ukraine.', 0, 36)"))
        conn.execute(text("INSERT INTO quotes (article_id, text, speaker_name, speaker_code, speaker_country) "
                          "VALUES ('a', 'We will answer', 'Vladimir Putin', 'RUSGOV', 'RUS')"))
    engine.dispose()
    repo = Repository(url)
    with repo.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    assert repo.count("actors") == 3 and repo.count("sentences") == 1 and repo.count("event_sentences") == 1
    [ev] = repo.iter_rows("events")
    assert ev["source_actor_id"] and ev["target_actor_id"] and ev["source_actor_id"] != ev["target_actor_id"]
    assert [r["id"] for r in repo.search_articles("sanction")] == ["a"]       # old rows are searchable
    assert [r["text"] for r in repo.search_quotes(text="answer")] == ["We will answer"]


def test_downgrade_and_upgrade_again(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    migrate.downgrade(repo.engine, "0001")
    assert not inspect(repo.engine).has_table("actors")
    assert "source_actor_id" not in {c["name"] for c in inspect(repo.engine).get_columns("events")}
    migrate.upgrade(repo.engine)
    assert inspect(repo.engine).has_table("actors")


def test_two_processes_opening_a_new_store_at_once_both_succeed(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    url = f"sqlite:///{tmp_path / 'race.db'}"
    with ThreadPoolExecutor(4) as pool:
        repos = list(pool.map(lambda _: Repository(url), range(4)))
    with repos[0].engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert conn.execute(text("SELECT value FROM accord_meta WHERE key = 'schema_version'")).scalar() == "2"
