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


def _related_fk_name() -> str | None:
    for fk in sa.inspect(op.get_bind()).get_foreign_keys("case_link"):
        if fk["constrained_columns"] == ["related_id"]:
            return fk["name"]
    return None


def _alter_postgres(related_fk: bool) -> None:
    """PostgreSQL alters the table in place. (A rebuild would leave the copy's constraint names,
    such as case_link_new_pkey, behind, and the next rebuild would collide with them.)"""
    if not related_fk:
        op.add_column("case_link", sa.Column("related_title", sa.Text(), nullable=False, server_default=""))
        op.execute(
            'UPDATE case_link SET related_title = COALESCE((SELECT title FROM "case" '
            "WHERE \"case\".id = case_link.related_id), '')"
        )
        name = _related_fk_name()
        if name is not None:
            op.drop_constraint(name, "case_link", type_="foreignkey")
        return
    op.execute('DELETE FROM case_link WHERE related_id NOT IN (SELECT id FROM "case")')
    op.create_foreign_key(
        "case_link_related_id_fkey", "case_link", "case", ["related_id"], ["id"], ondelete="CASCADE"
    )
    op.drop_column("case_link", "related_title")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _alter_postgres(related_fk=False)
        return
    _rebuild(related_fk=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _alter_postgres(related_fk=True)  # links to cases not held here cannot be kept
        return
    _rebuild(related_fk=True)  # links to cases not held here cannot be kept
