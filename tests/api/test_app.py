"""The REST API on a SQLite store of real Wikinews articles, through the in-process client.

The expectations are cross-checks between endpoints and against the store itself (a period's
count in the timeline is the number of events the events endpoint lists for it, the network's
edges add up to the events between two countries), so they hold whatever the coder finds."""
from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from accord.store import schema as s
from accord.store.repository import Repository

pytestmark = pytest.mark.slow


def get_ok(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, params, r.text)
    return r.json()


def all_items(client, url, **params):
    """Every item of a paginated list, page by page."""
    items, offset = [], 0
    while offset is not None:
        page = get_ok(client, url, limit=7, offset=offset, **params)
        items += page["items"]
        offset = page["next_offset"]
    return items


@pytest.fixture(scope="module")
def repo(sample_store_url):
    return Repository(sample_store_url)


@pytest.fixture(scope="module")
def dyad(client):
    """The busiest pair of countries in the sample."""
    dyads = get_ok(client, "/api/dyads", limit=5)["items"]
    assert dyads, "the sample has no event between two countries"
    return dyads[0]


def test_overview_counts_the_store(client, repo, wikinews_articles):
    o = get_ok(client, "/api/overview")
    assert o["articles"] == repo.count("articles") == len(wikinews_articles)
    assert o["events"] == repo.count("events") > 0
    assert o["quotes"] == repo.count("quotes") > 0


def test_pages_add_up_to_the_whole_list(client, repo):
    events = all_items(client, "/api/events")
    assert len(events) == repo.count("events")
    assert len({e["id"] for e in events}) == len(events)
    first = get_ok(client, "/api/events", limit=3)
    assert first["total"] == len(events) and first["next_offset"] == 3 and len(first["items"]) == 3
    last = get_ok(client, "/api/events", limit=3, offset=len(events) - 1)
    assert len(last["items"]) == 1 and last["next_offset"] is None


def test_event_has_sentence_source_article_and_actors(client, repo):
    ev = get_ok(client, "/api/events", limit=1)["items"][0]
    stored = next(repo.iter_rows("events", s.events.c.id == ev["id"]))
    assert ev["sentence"] == stored["sentence"] and ev["sentence"]
    assert ev["article_title"] and ev["article_id"] == stored["article_id"]
    assert ev["cameo"] == stored["cameo"] and ev["cameo_label"]
    assert ev["source"]["text"] == stored["source_text"]
    assert get_ok(client, f"/api/events/{ev['id']}")["id"] == ev["id"]


def test_dyad_timeline_periods_match_their_event_lists(client, dyad):
    a, b = dyad["a"], dyad["b"]
    tl = get_ok(client, "/api/timeline", source=a, target=b, both="true", by="month")
    busy = [p for p in tl["periods"] if p["events"]]
    assert sum(p["events"] for p in busy) == tl["events"] > 0
    for p in busy:
        events = get_ok(client, "/api/events", source=a, target=b, both="true", period=p["period"],
                        by="month", status="occurred", limit=100)
        assert events["total"] == p["events"]
        quads = Counter(e["quad_class"] for e in events["items"])
        assert [quads[q] for q in (1, 2, 3, 4)] == [p["verbal_coop"], p["material_coop"],
                                                     p["verbal_conflict"], p["material_conflict"]]
        assert round(sum(e["goldstein"] for e in events["items"]), 2) == p["goldstein_sum"]
        for e in events["items"]:
            assert e["date"].startswith(p["period"]) and e["sentence"]
            assert {e["source"]["country"], e["target"]["country"]} == {a, b}


def test_timeline_fills_the_months_between(client, dyad):
    tl = get_ok(client, "/api/timeline", source=dyad["a"], target=dyad["b"], both="true", by="month")
    months = [p["period"] for p in tl["periods"]]
    assert months == sorted(months) and len(set(months)) == len(months)
    for before, after in zip(months, months[1:]):
        y, m = int(before[:4]), int(before[5:])
        assert after == (f"{y + 1}-01" if m == 12 else f"{y}-{m + 1:02d}")
    sparse = get_ok(client, "/api/timeline", source=dyad["a"], target=dyad["b"], both="true", fill="false")
    assert all(p["events"] for p in sparse["periods"])


def test_direction_splits_the_dyad(client, dyad):
    a, b = dyad["a"], dyad["b"]
    a_to_b = get_ok(client, "/api/events", source=a, target=b, limit=1)["total"]
    b_to_a = get_ok(client, "/api/events", source=b, target=a, limit=1)["total"]
    both = get_ok(client, "/api/events", source=a, target=b, both="true", limit=1)["total"]
    assert (a_to_b, b_to_a, both) == (dyad["a_to_b"], dyad["b_to_a"], dyad["events"])
    assert a_to_b + b_to_a == both


def test_event_filters_keep_only_matching_events(client):
    everything = all_items(client, "/api/events")
    by_quad = [get_ok(client, "/api/events", quad_class=q, limit=1)["total"] for q in (1, 2, 3, 4)]
    assert sum(by_quad) == len(everything)
    root = Counter(e["cameo"][:2] for e in everything).most_common(1)[0][0]
    coded = all_items(client, "/api/events", cameo=root)
    assert coded and all(e["cameo"].startswith(root) for e in coded)
    assert len(coded) == sum(e["cameo"].startswith(root) for e in everything)
    two = get_ok(client, "/api/events", cameo=f"{root},19", limit=1)["total"]
    assert two == sum(e["cameo"][:2] in (root, "19") for e in everything)
    dated = sorted(e["date"] for e in everything if e["date"] and len(e["date"]) == 10)
    lo, hi = dated[len(dated) // 4], dated[3 * len(dated) // 4]
    ranged = all_items(client, "/api/events", date_from=lo, date_to=hi)
    assert ranged and all(lo <= e["date"] <= hi or e["date"].startswith(hi) for e in ranged)
    word = next(w for w in everything[0]["sentence"].split() if len(w) > 5 and w.isalpha())
    found = all_items(client, "/api/events", q=word)
    assert everything[0]["id"] in {e["id"] for e in found}
    assert all(word.lower() in e["sentence"].lower() for e in found)
    actor = everything[0]["source"]["country"] or everything[0]["target"]["country"]
    with_actor = all_items(client, "/api/events", actor=actor)
    assert all(actor in (e["source"] and e["source"]["country"], e["target"] and e["target"]["country"],
                         e["source"] and e["source"]["code"], e["target"] and e["target"]["code"]) for e in with_actor)


def test_article_detail_and_list(client, repo):
    page = get_ok(client, "/api/articles", limit=5)
    assert page["total"] == repo.count("articles") and "text" not in page["items"][0]
    published = [a["published"] for a in all_items(client, "/api/articles")]
    assert published == sorted(published, reverse=True)
    with repo.engine.connect() as conn:
        busiest = conn.execute(select(s.events.c.article_id).group_by(s.events.c.article_id)
                               .order_by(func.count().desc()).limit(1)).scalar_one()
    art = get_ok(client, f"/api/articles/{busiest}")
    assert art["text"] and art["events"] and all(e["article_id"] == busiest for e in art["events"])
    assert len(art["events"]) == repo.count("events") - sum(
        1 for e in repo.iter_rows("events") if e["article_id"] != busiest)
    title_word = next(w for w in art["title"].split() if len(w) > 4 and w.isalpha())
    hits = all_items(client, "/api/articles", q=title_word)
    assert busiest in {a["id"] for a in hits}


def test_quote_search_by_words_and_speaker(client, repo):
    quotes = list(repo.iter_rows("quotes"))
    q = next(q for q in quotes if q["speaker_name"] and len(q["text"].split()) > 4)
    word = max((w for w in q["text"].split() if w.isalpha()), key=len)
    found = all_items(client, "/api/quotes", q=word)
    assert q["text"] in {x["text"] for x in found}
    by_speaker = all_items(client, "/api/quotes", speaker=q["speaker_name"])
    assert q["text"] in {x["text"] for x in by_speaker}
    assert all(x["speaker"] and q["speaker_name"].lower() in (x["speaker"]["name"] or "").lower()
               for x in by_speaker)
    assert len(by_speaker) == sum(x["speaker_name"] == q["speaker_name"] for x in quotes)
    speakers = get_ok(client, "/api/speakers", limit=3)["items"]
    assert speakers[0]["quotes"] == Counter(x["speaker_name"] for x in quotes if x["speaker_name"]).most_common(1)[0][1]


def test_stories_hold_every_article_once(client, repo):
    stories = all_items(client, "/api/stories")
    assert stories and sum(st["documents"] for st in stories) == repo.count("articles") + repo.count("article_duplicates")
    seen: dict[str, str] = {}
    for st in stories:
        detail = get_ok(client, f"/api/stories/{st['id']}")
        assert detail["title"] == st["title"] and len(detail["documents"]) == st["documents"]
        docs = {d["id"] for d in detail["documents"]}
        for d in docs:
            assert d not in seen, f"{d} is in {seen.get(d)} and {st['id']}"
            seen[d] = st["id"]
        assert len(detail["events"]) == st["events"]
        assert all(e["article_id"] in docs and e["sentence"] for e in detail["events"])
        assert all(q["article_id"] in docs for q in detail["quotes"])
    assert set(seen) == {a["id"] for a in repo.iter_rows("articles")}
    # A story is also found from any of its articles.
    doc, sid = next(iter(seen.items()))
    assert get_ok(client, f"/api/stories/article:{doc}")["id"] == sid
    word = next(w for w in stories[0]["title"].split() if len(w) > 4 and w.isalpha())
    assert stories[0]["id"] in {st["id"] for st in all_items(client, "/api/stories", q=word)}


def test_network_edges_count_events_between_two_countries(client, repo):
    net = get_ok(client, "/api/network")
    between = [e for e in repo.iter_rows("events") if e["status"] == "occurred" and e["source_country"]
               and e["target_country"] and e["source_country"] != e["target_country"]]
    assert sum(e["events"] for e in net["edges"]) == len(between) > 0
    assert {n["id"] for n in net["nodes"]} == {c for e in between for c in (e["source_country"], e["target_country"])}
    names = {n["id"]: n["name"] for n in net["nodes"]}
    assert names.get("USA", "United States") == "United States"
    busiest = net["edges"][0]
    assert busiest["events"] == sum(1 for e in between if (e["source_country"], e["target_country"])
                                    == (busiest["source"], busiest["target"]))
    pruned = get_ok(client, "/api/network", min_events=2)
    assert all(e["events"] >= 2 for e in pruned["edges"])


@pytest.mark.parametrize("url, status, where", [
    ("/api/events?limit=0", 422, "query.limit"),
    ("/api/events?limit=100000", 422, "query.limit"),
    ("/api/events?offset=-1", 422, "query.offset"),
    ("/api/events?date_from=2011-02-30", 400, "query.date_from"),
    ("/api/events?date_from=March", 422, "query.date_from"),
    ("/api/events?date_from=2012&date_to=2011", 400, "query.date_from"),
    ("/api/events?period=2011&by=month", 400, "query.period"),
    ("/api/events?period=2011-W60&by=week", 400, "query.period"),
    ("/api/events?by=decade", 422, "query.by"),
    ("/api/events?cameo=04,x", 400, "query.cameo"),
    ("/api/events?quad_class=5", 422, "query.quad_class"),
    ("/api/events?period=2011-13&by=month", 400, "query.period"),
    ("/api/events?status=rumoured", 422, "query.status"),
    ("/api/events?source=U;DROP", 422, "query.source"),
    ("/api/timeline?source=USA", 422, "query.target"),
    ("/api/quotes?q=" + "x" * 300, 422, "query.q"),
    ("/api/quotes?q=%21%21", 400, "query.q"),
])
def test_bad_input_gets_a_clear_json_4xx(client, url, status, where):
    r = client.get(url)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["status"] == status and err["message"]
    assert any(d["where"] == where or d["where"].startswith(where + ".") for d in err["details"]), err
    assert "Traceback" not in r.text


def test_unknown_things_are_json_404s_and_writes_are_refused(client):
    for url in ("/api/articles/no-such-article", "/api/events/no-such-event", "/api/stories/story:none",
                "/api/no-such-endpoint"):
        r = client.get(url)
        assert r.status_code == 404 and r.json()["error"]["status"] == 404
    for method in ("post", "put", "delete"):
        r = getattr(client, method)("/api/events")
        # 405 (no such method), or 403 when the security layer refuses writes first
        assert r.status_code in (403, 405) and r.json()["error"]["status"] == r.status_code


def test_an_unexpected_failure_is_a_500_without_a_trace(sample_store_url, monkeypatch):
    from fastapi.testclient import TestClient

    from accord.api import create_app, queries

    def broken(conn):
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(queries, "overview", broken)
    r = TestClient(create_app(sample_store_url), raise_server_exceptions=False).get("/api/overview")
    assert r.status_code == 500
    assert r.json() == {"error": {"status": 500, "message": "internal server error"}}
    assert "secret" not in r.text


def test_openapi_and_dashboard_are_served(client):
    spec = get_ok(client, "/openapi.json")
    for path in ("/api/articles", "/api/events", "/api/quotes", "/api/stories", "/api/timeline", "/api/network"):
        assert "get" in spec["paths"][path]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()          # served from the vendored copy, offline
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200
    index = client.get("/")
    assert index.status_code == 200 and "/static/vendor/echarts.min.js" in index.text
    lib = client.get("/static/vendor/echarts.min.js")
    assert lib.status_code == 200 and len(lib.content) > 500_000
    for asset in ("/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200
