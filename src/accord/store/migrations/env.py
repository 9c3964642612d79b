"""Alembic environment: Repository hands over an open connection (config.attributes), so the
migrations run inside the caller's transaction on whatever database the URL names."""
from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
