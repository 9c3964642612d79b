"""The API over PostgreSQL (a real server the test run starts on loopback) answers as it does
over SQLite for the same articles: counts, dyads, timelines, period events, search, network."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def both(client, pg_client, url, **params):
    a, b = client.get(url, params=params), pg_client.get(url, params=params)
    assert a.status_code == b.status_code == 200, (url, a.text, b.text)
    return a.json(), b.json()


def test_overview_is_the_same(client, pg_client):
    lite, pg = both(client, pg_client, "/api/overview")
    assert lite == pg and pg["events"] > 0


def test_dyads_timelines_and_period_events_are_the_same(client, pg_client):
    lite, pg = both(client, pg_client, "/api/dyads", limit=10)
    assert lite == pg and pg["items"]
    for d in pg["items"][:3]:
        for by in ("year", "month", "week"):
            tl_lite, tl_pg = both(client, pg_client, "/api/timeline", source=d["a"], target=d["b"], both="true", by=by)
            assert tl_lite == tl_pg
            for p in [p for p in tl_pg["periods"] if p["events"]][:3]:
                ev_lite, ev_pg = both(client, pg_client, "/api/events", source=d["a"], target=d["b"], both="true",
                                      period=p["period"], by=by, status="occurred", limit=100)
                assert ev_pg["total"] == p["events"]
                assert [e["id"] for e in ev_lite["items"]] == [e["id"] for e in ev_pg["items"]]


def test_filters_pages_search_and_network_are_the_same(client, pg_client):
    for url, params in [("/api/events", {"limit": 500}), ("/api/events", {"cameo": "04", "limit": 500}),
                        ("/api/events", {"date_from": "2019", "date_to": "2020-01", "limit": 500}),
                        ("/api/actors", {"limit": 20}), ("/api/network", {}), ("/api/speakers", {"limit": 10}),
                        ("/api/articles", {"limit": 500})]:
        lite, pg = both(client, pg_client, url, **params)
        assert lite == pg, url
    lite, pg = both(client, pg_client, "/api/quotes", limit=500)
    assert sorted(q["text"] for q in lite["items"]) == sorted(q["text"] for q in pg["items"])
    word = max(lite["items"][0]["text"].split(), key=len).strip(".,;:!?\"'")
    lite, pg = both(client, pg_client, "/api/quotes", q=word, limit=500)
    assert lite["total"] > 0 and sorted(q["text"] for q in lite["items"]) == sorted(q["text"] for q in pg["items"])
