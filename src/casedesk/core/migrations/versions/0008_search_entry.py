"""Search entries in a plain table indexed by object, the FTS5 index over them (external content).

Re-indexing an object used to delete its rows from the FTS5 table by its UNINDEXED columns, which
scans the whole table on every write. The entries now live in ``search_entry`` (one row per indexed
field, looked up by (object_type, object_id)); ``search_index`` keeps its name and columns for
queries but stores no text of its own, and triggers keep it in step, keyed by rowid.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "case_id, object_type, object_id, field, original, body"
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def upgrade() -> None:
    if "search_entry" in sa.inspect(op.get_bind()).get_table_names():
        return  # a database stamped back to an older revision by hand (tests do): the table is there
    op.execute(
        "CREATE TABLE search_entry (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, "
        "object_type TEXT NOT NULL, object_id TEXT NOT NULL, field TEXT NOT NULL, "
        "original TEXT NOT NULL, body TEXT NOT NULL)"
    )
    # Same rowids, so the new index numbers its rows as the old one did.
    op.execute(f"INSERT INTO search_entry (id, {COLUMNS}) SELECT rowid, {COLUMNS} FROM search_index")
    op.execute("DROP TABLE search_index")
    op.execute("CREATE INDEX search_entry_object ON search_entry (object_type, object_id)")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "case_id UNINDEXED, object_type UNINDEXED, object_id UNINDEXED, field UNINDEXED, original UNINDEXED, "
        f"body, content = 'search_entry', content_rowid = 'id', {TOKENIZE})"
    )
    op.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
    # Only body is indexed, so only body need be given to add or remove a row's tokens.
    op.execute(
        "CREATE TRIGGER search_entry_insert AFTER INSERT ON search_entry BEGIN "
        "INSERT INTO search_index (rowid, body) VALUES (new.id, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER search_entry_delete AFTER DELETE ON search_entry BEGIN "
        "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', old.id, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER search_entry_update AFTER UPDATE ON search_entry BEGIN "
        "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', old.id, old.body); "
        "INSERT INTO search_index (rowid, body) VALUES (new.id, new.body); END"
    )


def downgrade() -> None:
    for name in ("update", "delete", "insert"):
        op.execute(f"DROP TRIGGER search_entry_{name}")
    op.execute("DROP TABLE search_index")  # its own tables only; the entries stay in search_entry
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "case_id UNINDEXED, object_type UNINDEXED, object_id UNINDEXED, field UNINDEXED, original UNINDEXED, "
        f"body, {TOKENIZE})"
    )
    op.execute(f"INSERT INTO search_index (rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM search_entry")
    op.execute("DROP INDEX search_entry_object")
    op.execute("DROP TABLE search_entry")
