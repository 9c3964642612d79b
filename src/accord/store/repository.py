"""Storage behind one class: a database URL in, articles and their events out.

SQLite (a file, no server) by default; any SQLAlchemy URL works, PostgreSQL included. The schema
is created on first use. Ingest is idempotent: an article whose clean text is already stored
(same content hash) is not stored again; a copy under another id is linked as a duplicate.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any, Iterable, Iterator, Optional

from sqlalchemy import create_engine, event, func, insert, select
from sqlalchemy.engine import Engine

from accord.model import Actor, Article
from accord.store import schema as s

DEFAULT_URL = "sqlite:///accord.db"


def content_hash(article: Article) -> str:
    """The same story text is the same article, whatever whitespace the copy has."""
    norm = re.sub(r"\s+", " ", article.text).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _actor_row(prefix: str, actor: Optional[Actor]) -> dict[str, Any]:
    a = actor.to_dict() if actor else {}
    return {f"{prefix}_{f}": a.get(f) for f in ("text", "name", "code", "country", "role")}


class Repository:
    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self.url = url or DEFAULT_URL
        self.engine = engine or create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        s.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            if conn.execute(select(s.meta_table.c.value).where(s.meta_table.c.key == "schema_version")).first() is None:
                conn.execute(insert(s.meta_table).values(key="schema_version", value=str(s.SCHEMA_VERSION)))

    # -- writing ---------------------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article]) -> dict[str, int]:
        """Store a batch in one transaction. Returns counts: stored, duplicate, present, failed."""
        counts = {"stored": 0, "duplicate": 0, "present": 0, "failed": 0}
        with self.engine.begin() as conn:
            for art in articles:
                counts[self._add(conn, art)] += 1
        return counts

    def _add(self, conn, art: Article) -> str:
        if art.error is not None:
            conn.execute(s.failures.delete().where(s.failures.c.id == art.id))
            conn.execute(insert(s.failures).values(id=art.id, path=art.path, error=art.error, at=_now()))
            return "failed"
        h = content_hash(art)
        existing = conn.execute(select(s.articles.c.id).where(s.articles.c.content_hash == h)).scalar()
        if existing is not None:
            if existing == art.id or conn.execute(
                    select(s.duplicates.c.id).where(s.duplicates.c.id == art.id)).first():
                return "present"
            conn.execute(insert(s.duplicates).values(id=art.id, article_id=existing, path=art.path,
                                                     url=art.url, outlet=art.outlet, published=art.published))
            return "duplicate"
        if conn.execute(select(s.articles.c.id).where(s.articles.c.id == art.id)).first():
            # Same id, new text: a corrected version replaces the old one and its events.
            self._delete_article(conn, art.id)
        conn.execute(s.failures.delete().where(s.failures.c.id == art.id))
        conn.execute(insert(s.articles).values(
            id=art.id, content_hash=h, path=art.path, url=art.url, title=art.title, outlet=art.outlet,
            author=art.author, published=art.published, language=art.language, text=art.text,
            warnings=json.dumps(art.warnings), ingested_at=_now()))
        if art.events:
            conn.execute(insert(s.events), [{
                "id": e.id, "article_id": art.id, "date": e.date,
                **_actor_row("source", e.source), **_actor_row("target", e.target),
                "cameo": e.cameo, "root": e.root, "quad_class": e.quad_class, "goldstein": e.goldstein,
                "plover": e.plover, "status": e.status, "sentence": e.sentence,
                "span_start": e.span[0], "span_end": e.span[1]} for e in art.events])
        if art.quotes:
            conn.execute(insert(s.quotes), [{
                "article_id": art.id, "text": q.text, **_actor_row("speaker", q.speaker), "kind": q.kind,
                "cue": q.cue, "span_start": q.span[0], "span_end": q.span[1]} for q in art.quotes])
        if art.figures:
            conn.execute(insert(s.figures), [{
                "article_id": art.id, "text": f.text, "value": f.value, "unit": f.unit, "measure": f.measure,
                "period": f.period, "span_start": f.span[0], "span_end": f.span[1]} for f in art.figures])
        return "stored"

    @staticmethod
    def _delete_article(conn, article_id: str) -> None:
        for table in (s.events, s.quotes, s.figures, s.duplicates):
            conn.execute(table.delete().where(table.c.article_id == article_id))
        conn.execute(s.articles.delete().where(s.articles.c.id == article_id))

    # -- reading ---------------------------------------------------------------------------
    def count(self, table: str) -> int:
        t = s.metadata.tables[table]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t)).scalar_one()

    def iter_rows(self, table: str, *where, order_by=None) -> Iterator[dict[str, Any]]:
        t = s.metadata.tables[table]
        q = select(t)
        for w in where:
            q = q.where(w)
        q = q.order_by(*(order_by if order_by is not None else list(t.primary_key.columns)))
        with self.engine.connect() as conn:
            for row in conn.execute(q).mappings():
                yield dict(row)

    def dyad_events(self, src: str, tgt: str, both: bool = False) -> list[dict[str, Any]]:
        """Events from SRC to TGT; a code matches an actor's country or its full CAMEO code."""
        e = s.events.c

        def side(prefix: str, code: str):
            return (e[f"{prefix}_country"] == code) | (e[f"{prefix}_code"] == code)

        cond = side("source", src) & side("target", tgt)
        if both:
            cond = cond | (side("source", tgt) & side("target", src))
        return list(self.iter_rows("events", cond, order_by=[e.date, e.id]))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets readers (the API, a timeline) read while an ingest writes.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
