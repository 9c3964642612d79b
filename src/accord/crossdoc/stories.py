"""Stories: groups of articles about one real-world happening, read from the store.

`iter_stories` first brings the cross-document state up to date (accord.crossdoc.assign.update: new
articles placed, near-duplicates linked, dates inferred, events merged), then yields one Story per
story, oldest first. A story's documents are its articles in date order, each followed by its exact
copies (article_duplicates). Beside the contract's fields a story carries its near-duplicate links,
its merged (canonical) events with their counts and supporting sentences, the dates inferred for its
undated articles, the figures its articles disagree on, and why each article was placed in it.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from accord.crossdoc import merge
from accord.crossdoc.assign import update
from accord.crossdoc.conflicts import figure_conflicts
from accord.model import Story
from accord.store import schema as s
from accord.store.repository import Repository


def canonical_events(repo: Repository) -> dict[str, dict]:
    """Every canonical event of the store by id (accord.crossdoc.merge.aggregate)."""
    update(repo)
    return merge.aggregate(repo.iter_rows("crossdoc_event_links"),
                           {e["id"]: e for e in repo.iter_rows("events")},
                           {a["id"]: a for a in repo.iter_rows("articles")}, _copies(repo))


def _copies(repo: Repository) -> dict[str, list[dict]]:
    copies: dict[str, list[dict]] = defaultdict(list)
    for d in repo.iter_rows("article_duplicates"):
        copies[d["article_id"]].append(d)
    return copies


def iter_stories(repo: Repository) -> Iterator[Story]:
    update(repo)
    articles = {a["id"]: a for a in repo.iter_rows("articles")}
    copies = _copies(repo)
    events = {e["id"]: e for e in repo.iter_rows("events")}
    links = [l for l in repo.iter_rows("crossdoc_event_links") if l["article_id"] in articles]
    canon = merge.aggregate(links, events, articles, copies)
    members: dict[str, list[dict]] = defaultdict(list)
    for row in repo.iter_rows("crossdoc_articles"):
        if row["article_id"] in articles and row["content_hash"] == articles[row["article_id"]]["content_hash"]:
            members[row["story_id"]].append(row)
    near: dict[str, list[dict]] = defaultdict(list)
    for row in repo.iter_rows("crossdoc_near_duplicates"):
        near[row["article_id"]].append(row)
    links_by_article: dict[str, list[dict]] = defaultdict(list)
    for l in links:
        links_by_article[l["article_id"]].append(l)
    figures: dict[str, list[dict]] = defaultdict(list)
    for f in repo.iter_rows("figures"):
        figures[f["article_id"]].append(f)
    stories = {r["id"]: r for r in repo.iter_rows("crossdoc_stories")}

    for sid in sorted(members, key=lambda k: stories[k]["seq"] if k in stories else 0):
        rows = sorted(members[sid], key=lambda r: (r["date"] is None, r["date"] or "", r["seq"]))
        arts = [articles[r["article_id"]] for r in rows]
        docs, dates = [], []
        for a in arts:
            for d in [a] + copies.get(a["id"], []):
                docs.append(d["id"])
                if d["published"]:
                    dates.append(d["published"])
        if not dates:       # no document shows a date: the inferred ones are all there is
            dates = [r["date"] for r in rows if r["date"]]
        dates.sort()
        ev_ids = [e for a in arts for e in sorted((l["event_id"] for l in links_by_article[a["id"]]),
                                                  key=lambda i: events[i]["span_start"])]
        merged_ids = list(dict.fromkeys(l["canonical_id"] for a in arts for l in links_by_article[a["id"]]))
        merged = sorted((canon[c] for c in merged_ids if c in canon),
                        key=lambda c: (-c["mentions"], c["date"] or "", c["id"]))
        inferred, warnings = [], []
        for r in rows:
            if not r["date_inferred"]:
                continue
            evd = {l["event_id"]: l["date"] for l in links_by_article[r["article_id"]] if l["date_inferred"]}
            inferred.append({"document": r["article_id"], "published": r["date"], "basis": r["date_basis"],
                             "events": evd})
            warnings.append(f"{r['article_id']}: no reliable publication date; {r['date']} inferred from the "
                            f"{r['date_basis']}, and its relative dates resolved against it")
        conflicts = figure_conflicts(f for a in arts for f in figures[a["id"]])
        for c in conflicts:
            vals = ", ".join(f"{v['text']} ({v['article']})" for v in c["values"])
            warnings.append(f"conflicting figures for {c['measure']}{' in ' + c['period'] if c['period'] else ''}: {vals}")
        near_links = [{"document": n["article_id"], "duplicate_of": n["other_id"], "similarity": n["similarity"]}
                      for a in arts for n in near[a["id"]]]
        # why each article is in the story: the score and signals of the comparison it joined on
        # (accord.crossdoc.assign), or "first article of the story", or its near-duplicate link
        placements = [{"document": r["article_id"], "score": r["score"], "reason": r["reason"]} for r in rows]
        title = stories[sid]["title"] if sid in stories and stories[sid]["title"] else arts[0]["title"]
        yield Story(id=sid, title=title, documents=docs,
                    first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
                    events=ev_ids, near_duplicates=near_links, merged_events=merged,
                    inferred_dates=inferred, conflicts=conflicts, placements=placements, warnings=warnings)
