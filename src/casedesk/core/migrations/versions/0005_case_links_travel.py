"""Related-case links may name a case this workspace does not hold (one carried in by a bundle), and
keep the related case's title as it was when linked, to show such a link by name.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 06:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rebuild(related_fk: bool) -> None:
    """SQLite cannot drop or add a foreign key in place: copy the table into its new shape."""
    op.create_table(
        "case_link_new",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("related_id", sa.String(length=36), nullable=False),
        sa.Column("related_title", sa.Text(), nullable=False, server_default=""),
        sa.Column("removed_at", sa.String(32), nullable=True),
        sa.Column("removed_reason", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        *([sa.ForeignKeyConstraint(["related_id"], ["case.id"], ondelete="CASCADE")] if related_fk else []),
        sa.PrimaryKeyConstraint("case_id", "related_id"),
    )
    title = '(SELECT title FROM "case" WHERE "case".id = case_link.related_id)' if not related_fk else "''"
    keep = "" if not related_fk else ' WHERE related_id IN (SELECT id FROM "case")'
    op.execute(
        "INSERT INTO case_link_new (case_id, related_id, related_title, removed_at, removed_reason) "
        f"SELECT case_id, related_id, COALESCE({title}, ''), removed_at, removed_reason FROM case_link{keep}"
    )
    op.drop_table("case_link")
    op.rename_table("case_link_new", "case_link")


def upgrade() -> None:
    _rebuild(related_fk=False)


def downgrade() -> None:
    _rebuild(related_fk=True)  # links to cases not held here cannot be kept
