"""Soft removal for sources, claims, their links, places, events, notes and case links; indexed
perceptual-hash bands for near-duplicate lookups.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REMOVABLE = (
    "case_link",
    "source",
    "claim",
    "claim_evidence",
    "claim_source",
    "place",
    "timeline_event",
    "note",
)
BANDS = ("phash_b0", "phash_b1", "phash_b2", "phash_b3")


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite adds them in place, so no table is rebuilt (nor its triggers lost).
    for table in REMOVABLE:
        op.add_column(table, sa.Column("removed_at", sa.String(32), nullable=True))
        op.add_column(table, sa.Column("removed_reason", sa.Text(), nullable=False, server_default=""))
    for band in BANDS:
        op.add_column("evidence", sa.Column(band, sa.Integer(), nullable=True))
    for band in BANDS:
        op.create_index(f"ix_evidence_{band}", "evidence", [band])
    # Fill the bands of existing items from their hash (16 hex digits, four digits a band).
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, phash FROM evidence WHERE phash IS NOT NULL")).all()
    for evidence_id, phash in rows:
        number = int(phash, 16)
        values = {band: (number >> (16 * (3 - i))) & 0xFFFF for i, band in enumerate(BANDS)}
        connection.execute(
            sa.text(
                "UPDATE evidence SET phash_b0 = :phash_b0, phash_b1 = :phash_b1, "
                "phash_b2 = :phash_b2, phash_b3 = :phash_b3 WHERE id = :id"
            ),
            {**values, "id": evidence_id},
        )


def downgrade() -> None:
    for band in BANDS:
        op.drop_index(f"ix_evidence_{band}", "evidence")
    with op.batch_alter_table("evidence") as batch:
        for band in BANDS:
            batch.drop_column(band)
    for table in REMOVABLE:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("removed_reason")
            batch.drop_column("removed_at")
