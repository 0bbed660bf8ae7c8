"""Remote custody entries taken in by merges, stored once each (``carried_entry``), append-only.

Merges recorded before this revision keep their remote entries inline in their details and stay
valid as they are; only later merges list headers and store payloads here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 10:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if "carried_entry" in sa.inspect(op.get_bind()).get_table_names():
        return  # a database stamped back to an older revision by hand (tests do): the table is there
    op.create_table(
        "carried_entry",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("case_id", "hash"),
    )
    if op.get_bind().dialect.name == "postgresql":  # casedesk_append_only() is migration 0001's
        for verb, each in (("UPDATE", "ROW"), ("DELETE", "ROW"), ("TRUNCATE", "STATEMENT")):
            op.execute(
                f"CREATE TRIGGER carried_entry_no_{verb.lower()} BEFORE {verb} ON carried_entry FOR EACH "
                f"{each} EXECUTE FUNCTION casedesk_append_only('carried custody entries are append-only')"
            )
        return
    op.execute(
        "CREATE TRIGGER carried_entry_no_update BEFORE UPDATE ON carried_entry "
        "BEGIN SELECT RAISE(ABORT, 'carried custody entries are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER carried_entry_no_delete BEFORE DELETE ON carried_entry "
        "BEGIN SELECT RAISE(ABORT, 'carried custody entries are append-only'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for verb in ("truncate", "delete", "update"):
            op.execute(f"DROP TRIGGER carried_entry_no_{verb} ON carried_entry")
    else:
        op.execute("DROP TRIGGER carried_entry_no_delete")
        op.execute("DROP TRIGGER carried_entry_no_update")
    op.drop_table("carried_entry")
