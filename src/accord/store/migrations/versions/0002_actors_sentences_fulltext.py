"""Actors, sentences and their links to events; full-text search of articles and quotes.

SQLite: FTS5 tables kept up to date by triggers. PostgreSQL: GIN indexes over the tsvector
expressions that Repository.search_* query with. Rows already stored are backfilled.

Revision ID: 0002
"""
import sqlalchemy as sa
from alembic import op

from accord.store.keys import actor_id, sentence_id

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The expressions the PostgreSQL indexes cover; repository.py queries with the same text.
PG_ARTICLE_TSV = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
PG_QUOTE_TSV = "to_tsvector('english', text)"

SQLITE_FTS = [
    # Articles have text primary keys, so the FTS table keeps its own copy with the id beside it.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
         INSERT INTO articles_fts(article_id, title, text) VALUES (new.id, new.title, new.text); END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
         DELETE FROM articles_fts WHERE article_id = old.id; END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
         DELETE FROM articles_fts WHERE article_id = old.id;
         INSERT INTO articles_fts(article_id, title, text) VALUES (new.id, new.title, new.text); END""",
    "INSERT INTO articles_fts(article_id, title, text) SELECT id, title, text FROM articles",
    # Quote ids are integer rowids, so the index reads the text from quotes itself.
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='porter unicode61')",
    """CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
         INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END""",
    """CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
         INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END""",
    """CREATE TRIGGER quotes_fts_au AFTER UPDATE ON quotes BEGIN
         INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
         INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END""",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]


def upgrade():
    op.create_table(
        "actors",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("code", sa.Text), sa.Column("name", sa.Text), sa.Column("country", sa.Text),
        sa.Column("role", sa.Text))
    op.create_table(
        "sentences",
        sa.Column("id", sa.String(600), primary_key=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False))
    op.create_index("ix_sentences_article_id", "sentences", ["article_id"])
    op.create_table(
        "event_sentences",
        sa.Column("event_id", sa.String(600), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("sentence_id", sa.String(600), sa.ForeignKey("sentences.id"), primary_key=True))
    op.create_index("ix_event_sentences_sentence_id", "event_sentences", ["sentence_id"])
    for table, col in (("events", "source_actor_id"), ("events", "target_actor_id"), ("quotes", "speaker_actor_id")):
        op.add_column(table, sa.Column(col, sa.String(32)))
        op.create_index(f"ix_{table}_{col}", table, [col])
    _backfill(op.get_bind())
    # accord_meta mirrors the schema version for readers that do not know alembic.
    op.execute("DELETE FROM accord_meta WHERE key = 'schema_version'")
    op.execute("INSERT INTO accord_meta (key, value) VALUES ('schema_version', '2')")
    if op.get_bind().dialect.name == "sqlite":
        for stmt in SQLITE_FTS:
            op.execute(stmt)
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_articles_fts ON articles USING gin ({PG_ARTICLE_TSV})")
        op.execute(f"CREATE INDEX ix_quotes_fts ON quotes USING gin ({PG_QUOTE_TSV})")


def _backfill(conn):
    """Actors, sentences and links for events and quotes stored before this revision."""
    m = sa.MetaData()
    events = sa.Table("events", m, autoload_with=conn)
    quotes = sa.Table("quotes", m, autoload_with=conn)
    actors = sa.Table("actors", m, autoload_with=conn)
    sentences = sa.Table("sentences", m, autoload_with=conn)
    links = sa.Table("event_sentences", m, autoload_with=conn)
    seen_actors: set = set()
    seen_sentences: set = set()

    def actor(row, prefix):
        aid = actor_id(row[f"{prefix}_code"], row[f"{prefix}_name"], row[f"{prefix}_country"])
        if aid and aid not in seen_actors:
            seen_actors.add(aid)
            conn.execute(actors.insert().values(id=aid, code=row[f"{prefix}_code"], name=row[f"{prefix}_name"],
                                                country=row[f"{prefix}_country"], role=row[f"{prefix}_role"]))
        return aid

    for row in conn.execute(sa.select(events).order_by(events.c.id)).mappings().all():
        src, tgt = actor(row, "source"), actor(row, "target")
        conn.execute(events.update().where(events.c.id == row["id"]).values(source_actor_id=src, target_actor_id=tgt))
        sid = sentence_id(row["article_id"], row["span_start"], row["span_end"])
        if sid not in seen_sentences:
            seen_sentences.add(sid)
            conn.execute(sentences.insert().values(id=sid, article_id=row["article_id"], span_start=row["span_start"],
                                                   span_end=row["span_end"], text=row["sentence"]))
        conn.execute(links.insert().values(event_id=row["id"], sentence_id=sid))
    for row in conn.execute(sa.select(quotes).order_by(quotes.c.id)).mappings().all():
        spk = actor(row, "speaker")
        if spk:
            conn.execute(quotes.update().where(quotes.c.id == row["id"]).values(speaker_actor_id=spk))


def downgrade():
    bind = op.get_bind()
    op.execute("UPDATE accord_meta SET value = '1' WHERE key = 'schema_version'")
    if bind.dialect.name == "sqlite":
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au",
                     "quotes_fts_ai", "quotes_fts_ad", "quotes_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
        op.execute("DROP TABLE IF EXISTS quotes_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
        op.execute("DROP INDEX IF EXISTS ix_quotes_fts")
    for table, col in (("events", "source_actor_id"), ("events", "target_actor_id"), ("quotes", "speaker_actor_id")):
        op.drop_index(f"ix_{table}_{col}", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column(col)
    op.drop_table("event_sentences")
    op.drop_table("sentences")
    op.drop_table("actors")
