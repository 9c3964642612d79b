"""Stories: groups of articles about one happening.

This first version groups exact duplicates only: an article and every copy of its clean text
that ingest linked to it (store table article_duplicates). Near-duplicates and event-based
grouping come with the cross-document issue.
"""
from __future__ import annotations

from typing import Iterator

from accord.model import Story
from accord.store import schema as s
from accord.store.repository import Repository


def iter_stories(repo: Repository) -> Iterator[Story]:
    copies: dict[str, list[dict]] = {}
    for d in repo.iter_rows("article_duplicates"):
        copies.setdefault(d["article_id"], []).append(d)
    events: dict[str, list[str]] = {}
    for e in repo.iter_rows("events"):
        events.setdefault(e["article_id"], []).append(e["id"])
    for art in repo.iter_rows("articles", order_by=[s.articles.c.published, s.articles.c.id]):
        docs = [art] + copies.get(art["id"], [])
        dates = sorted(d["published"] for d in docs if d["published"])
        yield Story(id=f"story:{art['id']}", title=art["title"], documents=[d["id"] for d in docs],
                    first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
                    events=events.get(art["id"], []))
