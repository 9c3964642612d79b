"""The API's own read queries on a small hand-made store: period buckets, partial dates, and
text matching that treats LIKE wildcards as text."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from accord.api import queries
from accord.store import schema as s
from accord.store.repository import Repository


@pytest.fixture
def conn(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'q.db'}")
    with repo.engine.begin() as c:
        c.execute(insert(s.articles).values(id="a1", content_hash="h1", text="t", published="2021-01-05",
                                            title="Talks", ingested_at="now"))
        for i, date in enumerate(["2020-12-28", "2021-01-03", "2021-01-04", "2021", "2021-01", None]):
            c.execute(insert(s.events).values(
                id=f"e{i}", article_id="a1", date=date, source_country="USA", target_country="CHN",
                cameo="040", root="04", quad_class=1, goldstein=1.0, status="occurred",
                sentence=f"sentence {i} 100% sure_thing", span_start=0, span_end=1))
    with repo.engine.connect() as c:
        yield c


def ids(conn, *conds):
    return sorted(conn.execute(select(s.events.c.id).where(*conds)).scalars())


def test_period_buckets_match_analysis_period_of(conn):
    from accord.analysis import period_of

    E = s.events.c
    rows = conn.execute(select(E.id, E.date)).all()
    for by, period in (("week", "2020-W53"), ("week", "2021-W01"), ("month", "2021-01"), ("year", "2021"),
                       ("day", "2021-01-04")):
        expected = sorted(i for i, d in rows if period_of(d, by) == period)
        assert ids(conn, queries.period_condition(E.date, period, by)) == expected, (by, period)


def test_period_condition_rejects_a_period_of_another_grain():
    with pytest.raises(ValueError):
        queries.period_condition(s.events.c.date, "2021-01", "week")


def test_partial_date_bounds_cover_their_span(conn):
    E = s.events.c
    assert ids(conn, *queries._date_range(E.date, None, "2020")) == ["e0"]
    assert ids(conn, *queries._date_range(E.date, "2021-01-04", None)) == ["e2"]
    # A month bound keeps the dates in that month and the month itself.
    assert ids(conn, *queries._date_range(E.date, "2021-01", "2021-01")) == ["e1", "e2", "e4"]


def test_words_condition_takes_wildcards_literally(conn):
    E = s.events.c
    assert ids(conn, queries.words_condition([E.sentence], "100%")) == [f"e{i}" for i in range(6)]
    assert ids(conn, queries.words_condition([E.sentence], "sure_thing 3")) == ["e3"]
    assert ids(conn, queries.words_condition([E.sentence], "sure%thing")) == []


def test_country_names_from_the_gazetteer():
    names = queries.country_names()
    assert names["USA"] == "United States" and names["CHN"] == "China"
