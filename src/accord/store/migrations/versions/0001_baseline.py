"""Baseline: the tables of store schema version 1 (articles, duplicates, failures, events,
quotes, figures). A store created before migrations existed is stamped at this revision.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _actor(prefix):
    return [sa.Column(f"{prefix}_{f}", sa.Text) for f in ("text", "name", "code", "country", "role")]


def upgrade():
    op.create_table("accord_meta", sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "articles",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text), sa.Column("url", sa.Text), sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text), sa.Column("author", sa.Text), sa.Column("published", sa.String(10)),
        sa.Column("language", sa.String(8)), sa.Column("text", sa.Text, nullable=False),
        sa.Column("warnings", sa.Text), sa.Column("ingested_at", sa.String(32), nullable=False))
    op.create_table(
        "article_duplicates",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("path", sa.Text), sa.Column("url", sa.Text), sa.Column("outlet", sa.Text),
        sa.Column("published", sa.String(10)))
    op.create_index("ix_article_duplicates_article_id", "article_duplicates", ["article_id"])
    op.create_table(
        "failures",
        sa.Column("id", sa.String(512), primary_key=True), sa.Column("path", sa.Text),
        sa.Column("error", sa.Text, nullable=False), sa.Column("at", sa.String(32), nullable=False))
    op.create_table(
        "events",
        sa.Column("id", sa.String(600), primary_key=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("date", sa.String(10)),
        *_actor("source"), *_actor("target"),
        sa.Column("cameo", sa.String(8), nullable=False), sa.Column("root", sa.String(2), nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False), sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("plover", sa.String(16)), sa.Column("status", sa.String(16), nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False))
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_dyad", "events", ["source_country", "target_country", "date"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False), *_actor("speaker"),
        sa.Column("kind", sa.String(16)), sa.Column("cue", sa.Text),
        sa.Column("span_start", sa.Integer), sa.Column("span_end", sa.Integer))
    op.create_index("ix_quotes_article_id", "quotes", ["article_id"])
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False), sa.Column("value", sa.Float), sa.Column("unit", sa.String(16)),
        sa.Column("measure", sa.Text), sa.Column("period", sa.String(32)),
        sa.Column("span_start", sa.Integer), sa.Column("span_end", sa.Integer))
    op.create_index("ix_figures_article_id", "figures", ["article_id"])
    op.execute("INSERT INTO accord_meta (key, value) VALUES ('schema_version', '1')")


def downgrade():
    for t in ("figures", "quotes", "events", "failures", "article_duplicates", "articles", "accord_meta"):
        op.drop_table(t)
