"""Canonical events: the key, and counts of mentions, articles (exact copies too) and outlets."""
from __future__ import annotations

from accord.crossdoc.merge import aggregate, canonical_id, canonical_key


def ev(eid, aid, cameo="042", status="occurred", src="RUSGOV", tgt="KAZ"):
    return {"id": eid, "article_id": aid, "cameo": cameo, "root": cameo[:2], "status": status, "plover": "CONSULT",
            "quad_class": 1, "goldstein": 1.9, "sentence": "S.", "span_start": 0, "span_end": 2,
            "source_code": src, "source_country": src[:3], "source_name": None, "source_text": "x", "source_role": None,
            "target_code": tgt, "target_country": tgt[:3], "target_name": None, "target_text": "y", "target_role": None}


def test_key_is_actors_root_date_and_polarity():
    a, b = ev("a:e1", "a"), ev("b:e1", "b", cameo="046")
    assert canonical_key(a, "2023-11-09", "s1") == canonical_key(b, "2023-11-09", "s2")
    assert canonical_key(a, "2023-11-09", "s") != canonical_key(ev("c", "c", status="negated"), "2023-11-09", "s")
    assert canonical_key(a, "2023-11-09", "s") != canonical_key(ev("d", "d", src="KAZ", tgt="RUSGOV"), "2023-11-09", "s")
    # undated: merged only inside one story
    assert canonical_key(a, None, "s1") != canonical_key(b, None, "s2")


def test_aggregate_counts_mentions_articles_and_outlets():
    events = {e["id"]: e for e in [ev("a:e1", "a"), ev("a:e2", "a", cameo="046"), ev("b:e1", "b")]}
    articles = {"a": {"id": "a", "outlet": "Wire", "url": None}, "b": {"id": "b", "outlet": None, "url": "https://www.example.org/x"}}
    copies = {"a": [{"id": "a-copy", "outlet": "Wire", "url": None}]}
    cid = canonical_id("k")
    links = [{"event_id": e, "article_id": e.split(":")[0], "canonical_id": cid, "story_id": "s", "date": "2023-11-09",
              "date_inferred": 0} for e in events] + [
             {"event_id": "gone:e1", "article_id": "gone", "canonical_id": cid, "story_id": "s", "date": None, "date_inferred": 0}]
    [c] = aggregate(links, events, articles, copies).values()
    assert (c["mentions"], c["articles"], c["outlets"]) == (3, 3, 2)      # Wire (twice) and example.org
    assert c["cameo"] == "042" and c["stories"] == ["s"] and len(c["sentences"]) == 3
