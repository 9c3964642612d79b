"""Stories for the API: crossdoc.stories.iter_stories (articles about one happening, with their
near-duplicates, merged events and inferred dates), computed once and kept until the store
changes, then paged, searched and expanded here.

iter_stories first places articles the cross-document pass has not seen (accord ingest does that
already, so on an ingested store this reads only); the API itself offers no writing endpoint.
"""
from __future__ import annotations

import re
import threading
from typing import Any, Optional

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from accord.api import queries
from accord.store import schema as s
from accord.store.repository import Repository


class StoryIndex:
    def __init__(self, repo: Repository):
        self.repo = repo
        self._lock = threading.Lock()
        self._key: Optional[tuple] = None
        self._stories: list[dict[str, Any]] = []
        self._by_id: dict[str, dict[str, Any]] = {}
        self._by_document: dict[str, str] = {}

    def _store_key(self, conn: Connection) -> tuple:
        """Changes when an ingest adds, replaces or links an article."""
        a, d = s.articles.c, s.duplicates.c
        return (tuple(conn.execute(select(func.count(), func.max(a.ingested_at))).one())
                + tuple(conn.execute(select(func.count(d.id))).one()))

    def stories(self, conn: Connection) -> list[dict[str, Any]]:
        key = self._store_key(conn)
        with self._lock:
            if key != self._key:
                from accord.crossdoc.stories import iter_stories

                stories = [st.to_dict() for st in iter_stories(self.repo)]
                # Newest first, as the article list: an analyst reads the latest stories first.
                stories.sort(key=lambda st: (st["last_date"] or "", st["id"]), reverse=True)
                self._stories = stories
                self._by_id = {st["id"]: st for st in stories}
                self._by_document = {doc: st["id"] for st in stories for doc in st["documents"]}
                self._key = key
            return self._stories

    def page(self, conn: Connection, limit: int, offset: int, q: Optional[str] = None) -> queries.Page:
        stories = self.stories(conn)
        if q:
            words = [w.casefold() for w in re.findall(r"\w+", q)]
            stories = [st for st in stories if all(w in (st["title"] or "").casefold() for w in words)]
        items = [summary(st) for st in stories[offset:offset + limit]]
        return queries.Page(len(stories), limit, offset, items)

    def get(self, conn: Connection, story_or_document_id: str) -> Optional[dict[str, Any]]:
        """A story by its id, or the story that holds a document (article id)."""
        self.stories(conn)
        sid = story_or_document_id
        if sid not in self._by_id:
            sid = self._by_document.get(story_or_document_id.removeprefix("article:"))
        if sid is None:
            return None
        return expand(conn, self._by_id[sid])


def summary(st: dict[str, Any]) -> dict[str, Any]:
    return {"id": st["id"], "title": st["title"], "first_date": st["first_date"], "last_date": st["last_date"],
            "documents": len(st["documents"]), "events": len(st["events"]),
            "merged_events": len(st["merged_events"]), "near_duplicates": len(st["near_duplicates"]),
            "warnings": len(st["warnings"]), "first_document": st["documents"][0] if st["documents"] else None}


def expand(conn: Connection, st: dict[str, Any]) -> dict[str, Any]:
    """The story with its documents' headlines and links, its events (sentences, source articles)
    and the quotes of its articles."""
    A, D = s.articles.c, s.duplicates.c
    ids = st["documents"]
    docs: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in conn.execute(select(A.id, A.title, A.url, A.outlet, A.published).where(A.id.in_(chunk))).mappings():
            docs[r["id"]] = {**r, "copy_of": None}
        for r in conn.execute(select(D.id, D.article_id, D.url, D.outlet, D.published).where(D.id.in_(chunk))).mappings():
            docs[r["id"]] = {"id": r["id"], "title": None, "url": r["url"], "outlet": r["outlet"],
                             "published": r["published"], "copy_of": r["article_id"]}
    events = []
    for i in range(0, len(st["events"]), 500):
        f = queries.EventFilter(extra=[s.events.c.id.in_(st["events"][i:i + 500])])
        events += queries.events_page(conn, f, 500, 0).items
    stored = [d for d in ids if docs.get(d, {}).get("copy_of") is None]
    quotes = []
    for i in range(0, len(stored), 500):
        quotes += [queries.quote_out(r) for r in conn.execute(
            select(s.quotes).where(s.quotes.c.article_id.in_(stored[i:i + 500]))
            .order_by(s.quotes.c.article_id, s.quotes.c.span_start, s.quotes.c.id)).mappings()]
    return {**st, "documents": [docs.get(d, {"id": d}) for d in ids], "events": events, "quotes": quotes}
