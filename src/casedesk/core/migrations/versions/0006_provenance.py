"""What each item's original says about itself: its Content Credentials (C2PA), as last read.

A derived record (read again at will, so no history and not carried in bundles). Items already in
a workspace have no row until their provenance is read (CaseService.read_provenance); nothing is
read here, a migration does not open originals.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("none", "read", "remote", "error")


def upgrade() -> None:
    if "evidence_provenance" in sa.inspect(op.get_bind()).get_table_names():
        return  # a database stamped back to an older revision by hand (tests do): the table is there
    op.create_table(
        "evidence_provenance",
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("read_at", sa.String(length=32), nullable=False),
        sa.Column("c2pa_status", sa.String(length=16), nullable=False),
        sa.Column("c2pa_state", sa.String(length=32), nullable=True),
        sa.Column("c2pa_codes", sa.JSON(), nullable=False),
        sa.Column("c2pa_signer", sa.Text(), nullable=True),
        sa.Column("c2pa_issuer", sa.Text(), nullable=True),
        sa.Column("c2pa_signed_at", sa.String(length=40), nullable=True),
        sa.Column("c2pa_claim_generator", sa.Text(), nullable=True),
        sa.Column("c2pa_title", sa.Text(), nullable=True),
        sa.Column("c2pa_manifest", sa.Text(), nullable=True),
        sa.Column("instance_id", sa.Text(), nullable=True),
        sa.Column("c2pa", sa.JSON(), nullable=False),
        sa.Column("trust", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "c2pa_status in (" + ",".join(repr(s) for s in STATUSES) + ")", name="c2pa_status_valid"
        ),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("evidence_id"),
    )
    op.create_index("ix_evidence_provenance_case_id", "evidence_provenance", ["case_id"])
    op.create_index("ix_evidence_provenance_c2pa_manifest", "evidence_provenance", ["c2pa_manifest"])
    op.create_index("ix_evidence_provenance_instance_id", "evidence_provenance", ["instance_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_provenance_instance_id", "evidence_provenance")
    op.drop_index("ix_evidence_provenance_c2pa_manifest", "evidence_provenance")
    op.drop_index("ix_evidence_provenance_case_id", "evidence_provenance")
    op.drop_table("evidence_provenance")
    op.execute("DELETE FROM search_index WHERE field IN ('c2pa_signer', 'c2pa_claim_generator')")
