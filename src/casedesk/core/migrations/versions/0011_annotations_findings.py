"""Marks drawn on items (``annotation``) and image forensics findings (``evidence_finding``).

``annotation`` is case data like ``note``: soft-removable, versioned, in the custody log; the
investigator's drawing on a still (a shadow measured for chronolocation) lives here, beside the
original. ``evidence_finding`` is derived, like ``evidence_text`` (0009): the last examination of an
item's original, replaced when examined again. Nothing exists for items already in a workspace; a
migration reads no original.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    present = set(sa.inspect(op.get_bind()).get_table_names())  # tests stamp back by hand
    if "annotation" not in present:
        op.create_table(
            "annotation",
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("case_id", sa.String(length=36), nullable=False),
            sa.Column("evidence_id", sa.String(length=36), nullable=False),
            sa.Column("kind", sa.String(length=32), nullable=False),
            sa.Column("label", sa.Text(), nullable=False),
            sa.Column("body", sa.JSON(), nullable=False),
            sa.Column("width", sa.Integer(), nullable=False),
            sa.Column("height", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.String(length=32), nullable=False),
            sa.Column("updated_at", sa.String(length=32), nullable=False),
            sa.Column("removed_at", sa.String(length=32), nullable=True),
            sa.Column("removed_reason", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
            sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"]),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_index("ix_annotation_case_id", "annotation", ["case_id"])
        op.create_index("ix_annotation_evidence_id", "annotation", ["evidence_id"])
    if "evidence_finding" not in present:
        op.create_table(
            "evidence_finding",
            sa.Column("evidence_id", sa.String(length=36), nullable=False),
            sa.Column("case_id", sa.String(length=36), nullable=False),
            sa.Column("sha256", sa.String(length=64), nullable=False),
            sa.Column("engine", sa.String(length=32), nullable=False),
            sa.Column("engine_version", sa.String(length=32), nullable=False),
            sa.Column("findings", sa.JSON(), nullable=False),
            sa.Column("findings_sha256", sa.String(length=64), nullable=False),
            sa.Column("error", sa.Text(), nullable=True),
            sa.Column("created_at", sa.String(length=32), nullable=False),
            sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
            sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
            sa.PrimaryKeyConstraint("evidence_id"),
        )
        op.create_index("ix_evidence_finding_case_id", "evidence_finding", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_finding_case_id", "evidence_finding")
    op.drop_table("evidence_finding")
    op.drop_index("ix_annotation_evidence_id", "annotation")
    op.drop_index("ix_annotation_case_id", "annotation")
    op.drop_table("annotation")
