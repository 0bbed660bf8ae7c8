"""Alembic environment: migrations run on the workspace's own engine, at open time."""

from alembic import context

from casedesk.core.models import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
