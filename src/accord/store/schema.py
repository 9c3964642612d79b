"""The store's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL.

The database is built and upgraded by the alembic migrations in store/migrations/ (applied by
Repository on first use); a table or column added here needs a migration too (docs/store.md).

Actors are stored flat on the rows that carry them (source_*, target_*, speaker_*): each is a
value with text as written plus its resolution, and queries filter on the codes directly.
"""
from __future__ import annotations

from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text)

SCHEMA_VERSION = 2     # the alembic head's number (migrations/versions/000N_*.py)

metadata = MetaData()

meta_table = Table(
    "accord_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(512), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("path", Text), Column("url", Text), Column("title", Text), Column("outlet", Text),
    Column("author", Text), Column("published", String(10)), Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("warnings", Text),            # JSON list
    Column("ingested_at", String(32), nullable=False),
)

# A later copy of an article already stored (same clean text, another id or path): kept as a
# document of the same story rather than stored twice.
duplicates = Table(
    "article_duplicates", metadata,
    Column("id", String(512), primary_key=True),
    Column("article_id", String(512), ForeignKey("articles.id"), nullable=False, index=True),
    Column("path", Text), Column("url", Text), Column("outlet", Text), Column("published", String(10)),
)

failures = Table(
    "failures", metadata,
    Column("id", String(512), primary_key=True),
    Column("path", Text), Column("error", Text, nullable=False), Column("at", String(32), nullable=False),
)


def _actor_columns(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_{f}", Text) for f in ("text", "name", "code", "country", "role")]


events = Table(
    "events", metadata,
    Column("id", String(600), primary_key=True),
    Column("article_id", String(512), ForeignKey("articles.id"), nullable=False, index=True),
    Column("date", String(10)),
    *_actor_columns("source"), *_actor_columns("target"),
    Column("source_actor_id", String(32), index=True), Column("target_actor_id", String(32), index=True),
    Column("cameo", String(8), nullable=False), Column("root", String(2), nullable=False),
    Column("quad_class", Integer, nullable=False), Column("goldstein", Float, nullable=False),
    Column("plover", String(16)), Column("status", String(16), nullable=False),
    Column("sentence", Text, nullable=False),
    Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
)
Index("ix_events_dyad", events.c.source_country, events.c.target_country, events.c.date)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(512), ForeignKey("articles.id"), nullable=False, index=True),
    Column("text", Text, nullable=False), *_actor_columns("speaker"),
    Column("kind", String(16)), Column("cue", Text),
    Column("span_start", Integer), Column("span_end", Integer),
    Column("speaker_actor_id", String(32), index=True),
)

figures = Table(
    "figures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(512), ForeignKey("articles.id"), nullable=False, index=True),
    Column("text", Text, nullable=False), Column("value", Float), Column("unit", String(16)),
    Column("measure", Text), Column("period", String(32)),
    Column("span_start", Integer), Column("span_end", Integer),
)

# -- actors and sentences (migration 0002) ------------------------------------------------------
# One row per distinct resolved actor (CAMEO code, canonical name, country); event and quote rows
# point here by source_actor_id / target_actor_id / speaker_actor_id and keep their flat copies.
actors = Table(
    "actors", metadata,
    Column("id", String(32), primary_key=True),      # keys.actor_id: a hash of code|name|country
    Column("code", Text), Column("name", Text), Column("country", Text),
    Column("role", Text),                            # the role it was first stored with
)

# The sentences events were coded from, once per article span; event_sentences links an event to
# each sentence that reports it (one today; a merged event may gain more).
sentences = Table(
    "sentences", metadata,
    Column("id", String(600), primary_key=True),     # keys.sentence_id: ARTICLE#START-END
    Column("article_id", String(512), ForeignKey("articles.id"), nullable=False, index=True),
    Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

event_sentences = Table(
    "event_sentences", metadata,
    Column("event_id", String(600), ForeignKey("events.id"), primary_key=True),
    Column("sentence_id", String(600), ForeignKey("sentences.id"), primary_key=True, index=True),
)

# -- cross-document state (accord.crossdoc) ------------------------------------------------------
# Kept in its own MetaData: Repository.ensure_crossdoc_tables() creates these tables when they are
# missing, so the incremental story state works on any store, whatever its migration level. No
# foreign keys: an article replaced or removed by the main tables leaves stale rows here, which
# accord.crossdoc recomputes or ignores (readers join on the articles that still exist).
crossdoc_metadata = MetaData()

# One row per article the cross-document pass has seen: its MinHash signature, its term vector, the
# keys of the events it is about, its story and (when it had none) the publication date inferred
# from that story.
crossdoc_articles = Table(
    "crossdoc_articles", crossdoc_metadata,
    Column("article_id", String(512), primary_key=True),
    Column("content_hash", String(64), nullable=False),    # the article's hash when it was seen
    Column("story_id", String(600), nullable=False, index=True),
    Column("minhash", Text), Column("shingles", Integer, nullable=False),
    Column("terms", Text, nullable=False),                 # JSON {term: count}
    Column("keys", Text, nullable=False),                  # JSON list of main-event keys
    Column("date", String(10)),                            # published, or inferred from the story
    Column("date_inferred", Integer, nullable=False),      # 1 when `date` came from the story
    Column("date_basis", Text),                            # where an inferred date came from
    Column("score", Float), Column("reason", Text),        # why it joined its story
    Column("seq", Integer, nullable=False),                # arrival order
)

crossdoc_stories = Table(
    "crossdoc_stories", crossdoc_metadata,
    Column("id", String(600), primary_key=True),
    Column("title", Text), Column("seq", Integer, nullable=False),
)

# A near-duplicate (re-post, syndicated copy) linked to an earlier article it copies.
crossdoc_near_duplicates = Table(
    "crossdoc_near_duplicates", crossdoc_metadata,
    Column("article_id", String(512), primary_key=True),
    Column("other_id", String(512), primary_key=True, index=True),
    Column("similarity", Float, nullable=False),           # estimated Jaccard of the shingle sets
)

# Each coded event linked to its canonical event (one per actors, CAMEO root, date), with the date
# the merge used (the event's own, or one inferred from the story).
crossdoc_event_links = Table(
    "crossdoc_event_links", crossdoc_metadata,
    Column("event_id", String(600), primary_key=True),
    Column("article_id", String(512), nullable=False, index=True),
    Column("canonical_id", String(64), nullable=False, index=True),
    Column("story_id", String(600), nullable=False, index=True),
    Column("date", String(10)), Column("date_inferred", Integer, nullable=False),
)
