"""One canonical event per happening: every coded event with the same actors, CAMEO root (the code
family) and date is one event, whichever article or story reports it. Its mentions, articles and
outlets are counted (as GDELT's NumMentions, NumArticles, NumSources) and every supporting sentence is
linked.

The key: source and target actor (CAMEO code, else country, else name; accord.crossdoc.profile),
the CAMEO root, the date (the event's own or one inferred from the story), and the polarity: a
negated or hypothetical report is not the same event as one that says it happened. A planned report
with the same date merges with the occurred one ("will meet on Thursday" / "met on Thursday"). An
event with no date at all merges only inside its story.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any, Iterable, Optional
from urllib.parse import urlsplit

from accord.crossdoc.profile import actor_key

_POLARITY = {"negated": "negated", "hypothetical": "hypothetical"}


def canonical_key(event: dict, date: Optional[str], story_id: str) -> str:
    when = date or f"undated@{story_id}"
    polarity = _POLARITY.get(event["status"], "affirmed")
    return "|".join([actor_key(event, "source"), actor_key(event, "target"), event["root"], when, polarity])


def canonical_id(key: str) -> str:
    return "ce:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _actor(row: dict, prefix: str) -> Optional[dict]:
    a = {f: row.get(f"{prefix}_{f}") for f in ("text", "name", "code", "country", "role")}
    return a if any(a.values()) else None


def _outlet(article: dict) -> Optional[str]:
    if article.get("outlet"):
        return article["outlet"].strip().casefold()
    if article.get("url"):
        host = urlsplit(article["url"]).hostname or ""
        return host.removeprefix("www.") or None
    return None


def aggregate(links: Iterable[dict], events: dict[str, dict], articles: dict[str, dict],
              copies: dict[str, list[dict]]) -> dict[str, dict[str, Any]]:
    """Canonical events from link rows (crossdoc_event_links), the coded events by id, the articles by
    id and each article's exact copies (article_duplicates rows). An exact copy is another article
    (and maybe another outlet) carrying the same sentence."""
    out: dict[str, dict[str, Any]] = {}
    for link in links:
        ev = events.get(link["event_id"])
        art = articles.get(link["article_id"])
        if ev is None or art is None:
            continue                                  # stale: the article was replaced or removed
        c = out.get(link["canonical_id"])
        if c is None:
            c = out[link["canonical_id"]] = {
                "id": link["canonical_id"], "date": link["date"], "date_inferred": bool(link["date_inferred"]),
                "source": _actor(ev, "source"), "target": _actor(ev, "target"), "root": ev["root"],
                "_cameo": Counter(), "_status": Counter(), "_articles": set(), "_outlets": set(),
                "stories": set(), "sentences": []}
        c["date_inferred"] = c["date_inferred"] and bool(link["date_inferred"])
        c["_cameo"][(ev["cameo"], ev["plover"], ev["quad_class"], ev["goldstein"])] += 1
        c["_status"][ev["status"]] += 1
        c["stories"].add(link["story_id"])
        docs = [art] + copies.get(art["id"], [])
        c["_articles"].update(d["id"] for d in docs)
        c["_outlets"].update(o for o in map(_outlet, docs) if o)
        c["sentences"].append({"event": ev["id"], "article": art["id"], "sentence": ev["sentence"],
                               "span": [ev["span_start"], ev["span_end"]], "status": ev["status"]})
    for c in out.values():
        (cameo, plover, quad, gold), _ = c.pop("_cameo").most_common(1)[0]
        c.update(cameo=cameo, plover=plover, quad_class=quad, goldstein=gold,
                 status=c.pop("_status").most_common(1)[0][0],
                 mentions=len(c["sentences"]), articles=len(c.pop("_articles")),
                 outlets=len(c.pop("_outlets")), stories=sorted(c["stories"]))
        c["sentences"].sort(key=lambda s: (s["article"], s["span"]))
    return out
