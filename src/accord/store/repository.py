"""Storage behind one class: a database URL in, articles and their events out.

SQLite (a file, no server) by default; any SQLAlchemy URL works, PostgreSQL included
(`postgresql://` URLs use psycopg 3). The schema is built and upgraded by the alembic migrations
(store/migrate.py) on first use. Ingest is idempotent: an article whose clean text is already
stored (same content hash) is not stored again; a copy under another id is linked as a duplicate.
Full-text search (search_articles, search_quotes, fulltext_condition) uses FTS5 on SQLite and
tsvector on PostgreSQL behind one interface (docs/store.md).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Iterable, Iterator, Optional

from sqlalchemy import and_, create_engine, event, func, insert, literal_column, or_, select
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Engine
from sqlalchemy.sql import ColumnElement

from accord.model import Actor, Article, content_hash
from accord.store import migrate
from accord.store import schema as s
from accord.read.errors import error as kind_error
from accord.store.keys import actor_id, sentence_id

DEFAULT_URL = "sqlite:///accord.db"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _actor_row(prefix: str, actor: Optional[Actor]) -> dict[str, Any]:
    a = actor.to_dict() if actor else {}
    row = {f"{prefix}_{f}": a.get(f) for f in ("text", "name", "code", "country", "role")}
    row[f"{prefix}_actor_id"] = actor_id(a.get("code"), a.get("name"), a.get("country"))
    return row


def engine_for(url: str) -> Engine:
    """An engine for URL; a bare postgresql:// URL means psycopg 3 (the driver Accord pins)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(url, future=True)


def fts_words(query: str) -> list[str]:
    """The words of a search query; punctuation and operators are not syntax here."""
    words = re.findall(r"\w+", query or "")
    if not words:
        raise ValueError(f"nothing to search for in {query!r}: give at least one word")
    return words


class Repository:
    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self.url = url or DEFAULT_URL
        self.engine = engine or engine_for(self.url)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            sqlite_setup(self.engine)
        migrate.upgrade(self.engine)
        # A table declared in schema.py that no migration creates yet (additive work in
        # progress) is still created, so a new table never breaks an existing store.
        s.metadata.create_all(self.engine, checkfirst=True)

    # -- writing ---------------------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article]) -> dict[str, int]:
        """Store a batch in one transaction. Returns counts: stored, duplicate, present, failed."""
        counts = {"stored": 0, "duplicate": 0, "present": 0, "failed": 0}
        with self.engine.begin() as conn:
            for art in articles:
                counts[self._add(conn, art)] += 1
        return counts

    def stored_copies(self, hashes: list[str]) -> dict[str, str]:
        """Content hash -> id of the stored article with that text, for the given hashes
        (Pipeline.known_copies: an ingest links such copies without parsing them again)."""
        out: dict[str, str] = {}
        todo = sorted(set(hashes))
        with self.engine.connect() as conn:
            for k in range(0, len(todo), 500):
                rows = conn.execute(select(s.articles.c.content_hash, s.articles.c.id)
                                    .where(s.articles.c.content_hash.in_(todo[k:k + 500])))
                out.update((h, aid) for h, aid in rows)
        return out

    @staticmethod
    def _record_failure(conn, art: Article) -> str:
        conn.execute(s.failures.delete().where(s.failures.c.id == art.id))
        conn.execute(insert(s.failures).values(id=art.id, path=art.path, error=art.error, at=_now()))
        return "failed"

    def _add(self, conn, art: Article) -> str:
        if art.error is not None:
            return self._record_failure(conn, art)
        h = content_hash(art)
        existing = conn.execute(select(s.articles.c.id).where(s.articles.c.content_hash == h)).scalar()
        if existing is None and art.copy_of is not None:
            # Linked as a copy without a parse, but its original was replaced since (a new text under
            # the original's id in the same run): it has no events to store. Reported, not lost.
            art.error_kind = "copy_unresolved"
            art.error = kind_error("copy_unresolved", f"the stored article {art.copy_of} it repeats changed while "
                                                      f"this batch ran; ingest this input again")
            return self._record_failure(conn, art)
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
        self._add_actors(conn, art)
        if art.events:
            conn.execute(insert(s.events), [{
                "id": e.id, "article_id": art.id, "date": e.date,
                **_actor_row("source", e.source), **_actor_row("target", e.target),
                "cameo": e.cameo, "root": e.root, "quad_class": e.quad_class, "goldstein": e.goldstein,
                "plover": e.plover, "status": e.status, "sentence": e.sentence,
                "span_start": e.span[0], "span_end": e.span[1]} for e in art.events])
            sents: dict[str, dict] = {}
            for e in art.events:
                sid = sentence_id(art.id, e.span[0], e.span[1])
                sents.setdefault(sid, {"id": sid, "article_id": art.id, "span_start": e.span[0],
                                       "span_end": e.span[1], "text": e.sentence})
            conn.execute(insert(s.sentences), list(sents.values()))
            conn.execute(insert(s.event_sentences), [
                {"event_id": e.id, "sentence_id": sentence_id(art.id, e.span[0], e.span[1])} for e in art.events])
        if art.quotes:
            conn.execute(insert(s.quotes), [{
                "article_id": art.id, "text": q.text, **_actor_row("speaker", q.speaker), "kind": q.kind,
                "cue": q.cue, "span_start": q.span[0], "span_end": q.span[1]} for q in art.quotes])
        if art.figures:
            conn.execute(insert(s.figures), [{
                "article_id": art.id, "text": f.text, "value": f.value, "unit": f.unit, "measure": f.measure,
                "period": f.period, "span_start": f.span[0], "span_end": f.span[1]} for f in art.figures])
        return "stored"

    def _add_actors(self, conn, art: Article) -> None:
        """Every resolved actor of the article's events and quotes, once (insert-or-ignore, so
        two ingests at the same time cannot collide on a shared actor)."""
        rows: dict[str, dict] = {}
        for actor in [a for e in art.events for a in (e.source, e.target)] + [q.speaker for q in art.quotes]:
            if actor is None:
                continue
            aid = actor_id(actor.code, actor.name, actor.country)
            if aid and aid not in rows:
                rows[aid] = {"id": aid, "code": actor.code, "name": actor.name, "country": actor.country,
                             "role": actor.role}
        if not rows:
            return
        dialect = pg_dialect if self.dialect == "postgresql" else sqlite_dialect if self.dialect == "sqlite" else None
        if dialect is not None:
            conn.execute(dialect.insert(s.actors).on_conflict_do_nothing(index_elements=["id"]), list(rows.values()))
            return
        have = set(conn.execute(select(s.actors.c.id).where(s.actors.c.id.in_(list(rows)))).scalars())
        missing = [r for k, r in rows.items() if k not in have]
        if missing:
            conn.execute(insert(s.actors), missing)

    @staticmethod
    def _delete_article(conn, article_id: str) -> None:
        event_ids = select(s.events.c.id).where(s.events.c.article_id == article_id)
        conn.execute(s.event_sentences.delete().where(s.event_sentences.c.event_id.in_(event_ids)))
        for table in (s.sentences, s.events, s.quotes, s.figures, s.duplicates):
            conn.execute(table.delete().where(table.c.article_id == article_id))
        conn.execute(s.articles.delete().where(s.articles.c.id == article_id))

    # -- reading ---------------------------------------------------------------------------
    def count(self, table: str) -> int:
        t = s.metadata.tables[table]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t)).scalar_one()

    def iter_rows(self, table: str, *where, order_by=None) -> Iterator[dict[str, Any]]:
        """Rows of any store table, the cross-document ones (crossdoc_metadata) included."""
        t = s.metadata.tables.get(table)
        if t is None:
            t = s.crossdoc_metadata.tables[table]
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
        return list(self.iter_rows("events", cond, order_by=[e.date.is_(None), e.date, e.id]))

    # -- full-text search ------------------------------------------------------------------
    def fulltext_condition(self, table: str, query: str) -> ColumnElement:
        """A WHERE clause: rows of TABLE ("articles": title and text; "quotes": text) that hold
        every word of QUERY, stemmed (English). FTS5 on SQLite, tsvector on PostgreSQL, a
        case-insensitive substring match on any other database. Composable with other filters."""
        words = fts_words(query)
        if table not in ("articles", "quotes"):
            raise ValueError(f"full-text search covers articles and quotes, not {table!r}")
        t = s.metadata.tables[table]
        if self.dialect == "sqlite":
            match = " ".join('"' + w + '"' for w in words)   # quoted: every word literal, all required
            key = "article_id" if table == "articles" else "rowid"
            fts = sql_table(f"{table}_fts", sql_column(key))
            sub = select(fts.c[key]).where(literal_column(f"{table}_fts").op("MATCH")(match))
            return t.c.id.in_(sub)
        if self.dialect == "postgresql":
            english = literal_column("'english'")
            # The same expressions the migration indexed (0002: PG_ARTICLE_TSV, PG_QUOTE_TSV).
            doc = (func.to_tsvector(english, func.coalesce(t.c.title, "") + " " + t.c.text) if table == "articles"
                   else func.to_tsvector(english, t.c.text))
            return doc.op("@@")(func.plainto_tsquery(english, " ".join(words)))
        cols = [t.c.title, t.c.text] if table == "articles" else [t.c.text]
        return and_(*(or_(*(c.ilike(f"%{w}%") for c in cols)) for w in words))

    def search_articles(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Articles whose title or text hold every word of QUERY, newest first (no text column)."""
        a = s.articles.c
        q = (select(a.id, a.title, a.published, a.outlet, a.url, a.path)
             .where(self.fulltext_condition("articles", query))
             .order_by(a.published.is_(None), a.published.desc(), a.id).limit(limit).offset(offset))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def search_quotes(self, text: str | None = None, speaker: str | None = None,
                      date_from: str | None = None, date_to: str | None = None,
                      limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Quotes by words of their text (full-text) and/or their speaker: a CAMEO code or country
        ("RUSGOV", "RUS") or part of the speaker's name or words as written ("Putin"). Dates
        bound the article's publication date. Each row carries its article's title and date."""
        q_, a = s.quotes.c, s.articles.c
        conds = []
        if text:
            conds.append(self.fulltext_condition("quotes", text))
        if speaker:
            sp = speaker.strip()
            conds.append(or_(q_.speaker_code == sp.upper(), q_.speaker_country == sp.upper(),
                             q_.speaker_name.ilike(f"%{sp}%"), q_.speaker_text.ilike(f"%{sp}%")))
        if date_from:
            conds.append(a.published >= date_from)
        if date_to:
            conds.append(or_(a.published <= date_to, a.published.like(f"{date_to}%")))
        q = (select(s.quotes, a.title.label("article_title"), a.published.label("article_published"),
                    a.url.label("article_url"))
             .join(s.articles, s.articles.c.id == q_.article_id)
             .where(*conds).order_by(a.published.is_(None), a.published, q_.article_id, q_.id).limit(limit).offset(offset))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- cross-document state (accord.crossdoc) -----------------------------------------------
    def ensure_crossdoc_tables(self) -> None:
        """Create the cross-document tables (schema.crossdoc_metadata) where they are missing."""
        s.crossdoc_metadata.create_all(self.engine, checkfirst=True)

    def crossdoc_pending(self) -> list[dict[str, Any]]:
        """Stored articles the cross-document pass has not seen with their current text: dated ones
        first, in publication order, so that an undated article meets the stories it may belong to."""
        a, c = s.articles.c, s.crossdoc_articles.c
        q = (select(s.articles).outerjoin(s.crossdoc_articles, c.article_id == a.id)
             .where(c.article_id.is_(None) | (c.content_hash != a.content_hash))
             .order_by(a.published.is_(None), a.published, a.ingested_at, a.id))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def save_crossdoc(self, forget: Iterable[str], rows: dict[str, list[dict[str, Any]]]) -> None:
        """One transaction: drop the cross-document rows of the articles in `forget` (seen before with
        another text), then insert `rows` (table name -> rows)."""
        with self.engine.begin() as conn:
            for aid in forget:
                for t in (s.crossdoc_articles, s.crossdoc_event_links, s.crossdoc_near_duplicates):
                    conn.execute(t.delete().where(t.c.article_id == aid))
                conn.execute(s.crossdoc_near_duplicates.delete().where(s.crossdoc_near_duplicates.c.other_id == aid))
            for name, rs in rows.items():
                if rs:
                    conn.execute(insert(s.crossdoc_metadata.tables[name]), rs)


def sqlite_setup(engine: Engine) -> None:
    """WAL and foreign keys on every connection, and real transactions: Python's sqlite3 runs DDL
    outside any transaction by default, which would let a half-applied migration be seen (or
    left behind by a crash). SQLAlchemy's documented recipe: the driver in autocommit mode and
    BEGIN emitted by SQLAlchemy. A connection with execution option sqlite_immediate=True begins
    with BEGIN IMMEDIATE, taking the write lock at once (migrate.upgrade uses it so that two
    processes opening a new store migrate one after the other)."""
    if event.contains(engine, "connect", _sqlite_pragmas):
        return
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None     # the driver stops opening transactions by itself
    # WAL lets readers (the API, a timeline) read while an ingest writes.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")   # wait for a writer up to 30 s rather than fail
    cur.close()


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("sqlite_immediate") else "BEGIN")
