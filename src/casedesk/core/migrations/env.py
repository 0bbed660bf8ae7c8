"""Alembic environment: migrations run on the workspace's own engine, at open time.

On PostgreSQL the whole upgrade is one transaction holding an advisory lock, taken before Alembic
reads the current revision: of two clients opening a new team database at once, the second waits,
then finds the schema at the head and has nothing to do.
"""

from alembic import context
from sqlalchemy import text

from casedesk.core.models import Base
from casedesk.core.postgres import MIGRATION_LOCK

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        context.run_migrations()
