"""Analysis over a real SQLite store: relationship index and trend, top actors and dyads, the
actor network of a period, quote search; and the same figures from real pipeline output."""
from __future__ import annotations

import pytest

from accord.analysis import (network, relationship_index, search_quotes, timeline, top_actors, top_dyads,
                             trend)
from accord.model import Actor, Article, Event, Quote
from accord.store.repository import Repository

RUS = Actor("Russia", "Russia", "RUS", "RUS")
UKR = Actor("Ukraine", "Ukraine", "UKR", "UKR")
USA = Actor("Washington", "United States", "USA", "USA")
PUTIN = Actor("Putin", "Vladimir Putin", "RUSGOV", "RUS", "head of state")
NGO = Actor("Amnesty", "Amnesty International", "NGOAMN", None)


def ev(aid, n, date, cameo, quad, gold, src, tgt, status="occurred"):
    return Event(f"{aid}:e{n}", date, src, tgt, cameo, cameo[:2], quad, gold, None, status, "S.", (0, 2))


@pytest.fixture
def repo(tmp_path):
    r = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    a = Article(id="a", path="a", text="A.", published="2022-02-24", events=[
        ev("a", 1, "2022-02-24", "190", 4, -10.0, RUS, UKR), ev("a", 2, "2022-02-25", "190", 4, -10.0, PUTIN, UKR),
        ev("a", 3, "2022-02-26", "111", 3, -2.0, USA, RUS), ev("a", 4, "2022-02-26", "042", 1, 1.9, USA, UKR),
        ev("a", 5, "2022-02-27", "036", 1, 4.0, RUS, UKR, status="planned"),
        ev("a", 6, "2022-02-27", "112", 3, -2.0, NGO, RUS)])
    b = Article(id="b", path="b", text="B.", published="2022-04-01", events=[
        ev("b", 1, "2022-04-01", "057", 1, 8.0, RUS, UKR), ev("b", 2, "2022", "042", 1, 1.9, USA, UKR)],
        quotes=[Quote("We will talk about peace.", PUTIN, "direct", "said", (0, 5)),
                Quote("Talks are a trap.", UKR, "direct", "said", (6, 9))])
    r.add_articles([a, b])
    return r


def test_relationship_index_shrinks_thin_periods_and_reads_as_a_trend():
    assert relationship_index(0.0, 0) is None
    assert relationship_index(1.9, 1) == pytest.approx(1.9 / 3)      # one visit is not a warm year
    assert relationship_index(19.0, 10) == pytest.approx(19 / 12)
    assert [trend(c) for c in (None, 1.0, 0.99, -0.99, -1.0)] == [None, "warming", "steady", "steady", "cooling"]


def test_a_timeline_warms_when_conflict_gives_way_to_agreement(repo):
    rows, _ = timeline(repo, "RUS", "UKR", by="month")
    assert [(r.period, r.events, r.trend) for r in rows] == [("2022-02", 2, None), ("2022-04", 1, "warming")]
    assert rows[0].relationship_index == pytest.approx(-20 / 4) and rows[1].relationship_index == pytest.approx(8 / 3)


def test_top_dyads_and_actors_by_country_and_by_actor(repo):
    dyads = top_dyads(repo)
    assert [(d["source"], d["target"], d["events"]) for d in dyads] == [
        ("RUS", "UKR", 3), ("USA", "UKR", 2), ("USA", "RUS", 1)]       # planned and country-less left out
    assert dyads[0]["material_conflict"] == 2 and dyads[0]["goldstein_sum"] == -12.0
    assert [(a["id"], a["events"], a["as_source"], a["as_target"]) for a in top_actors(repo)] == [
        ("UKR", 5, 0, 5), ("RUS", 4, 3, 1), ("USA", 3, 3, 0)]
    by_actor = {a["name"]: a["events"] for a in top_actors(repo, by="actor")}
    assert by_actor == {"Ukraine": 5, "Russia": 4, "United States": 3, "Vladimir Putin": 1,
                        "Amnesty International": 1}     # a non-state actor counts at this grain
    assert "Vladimir Putin" in {d["source_name"] for d in top_dyads(repo, by="actor")}
    assert [d["events"] for d in top_dyads(repo, date_from="2022-03-01")] == [1]   # "2022" is before March
    # A partial date sorts before the days it covers: "2022" is inside an upper bound of 2022-02.
    assert [d["events"] for d in top_dyads(repo, date_to="2022-02")] == [2, 2, 1]
    with pytest.raises(ValueError):
        top_dyads(repo, by="city")


def test_network_of_a_period(repo):
    net = network(repo, date_from="2022-02-01", date_to="2022-02-28")
    assert [n["id"] for n in net["nodes"]] == ["RUS", "UKR", "USA"]
    assert {(e["source"], e["target"]) for e in net["edges"]} == {("RUS", "UKR"), ("USA", "RUS"), ("USA", "UKR")}
    assert network(repo, min_events=2)["edges"][0]["source"] == "RUS"
    small = network(repo, max_nodes=2)
    assert [n["id"] for n in small["nodes"]] == ["RUS", "UKR"] and len(small["edges"]) == 1
    assert network(repo, statuses=("planned",))["edges"][0]["goldstein_sum"] == 4.0


def test_quote_search_by_speaker_and_text(repo):
    assert [q["text"] for q in search_quotes(repo, speaker="Putin")] == ["We will talk about peace."]
    assert [q["text"] for q in search_quotes(repo, text="talks")] == ["We will talk about peace.", "Talks are a trap."]
    assert [q["text"] for q in search_quotes(repo, text="talk", speaker="UKR")] == ["Talks are a trap."]
    assert search_quotes(repo, text="peace", date_to="2022-03") == []
    assert len(search_quotes(repo)) == 2


def test_network_agrees_with_timelines_on_real_pipeline_output(tmp_path, wikinews_articles):
    repo = Repository(f"sqlite:///{tmp_path / 'w.db'}")
    repo.add_articles(wikinews_articles)
    net = network(repo)
    assert net["edges"], "the Wikinews sample has country dyads"
    for e in net["edges"][:5]:
        rows, undated = timeline(repo, e["source"], e["target"], by="year")
        assert sum(r.events for r in rows) + undated == e["events"]
        assert sum(r.goldstein_sum for r in rows) == pytest.approx(e["goldstein_sum"], abs=0.01) or undated
