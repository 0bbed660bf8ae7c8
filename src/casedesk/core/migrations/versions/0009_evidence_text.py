"""Text recognised in each item's original (OCR), as last recognised: ``evidence_text``.

A derived record, like the provenance of 0006 (recognised again at will, so no history, not carried
in bundles). Items already in a workspace have no row until their text is recognised
(CaseService.recognise_text); a migration reads no original. The text is searched as the item's
field ``ocr_text``: search entries are written by the ORM flush hook of casedesk.core.search (not
by triggers), so there is nothing to index here; going down removes those entries.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if "evidence_text" in sa.inspect(op.get_bind()).get_table_names():
        return  # a database stamped back to an older revision by hand (tests do): the table is there
    op.create_table(
        "evidence_text",
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("languages", sa.String(length=64), nullable=False),
        sa.Column("engine", sa.String(length=32), nullable=False),
        sa.Column("engine_version", sa.String(length=32), nullable=False),
        sa.Column("models", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("evidence_id", "kind"),
    )
    op.create_index("ix_evidence_text_case_id", "evidence_text", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_text_case_id", "evidence_text")
    op.drop_table("evidence_text")
    # The search_entry triggers of 0008 take the rows out of the FTS index too.
    op.execute("DELETE FROM search_entry WHERE field = 'ocr_text'")
