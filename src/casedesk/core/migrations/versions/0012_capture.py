"""What a signed phone capture says of an item: Starling Capture and ProofMode proofs.

One JSON column on ``evidence_provenance``: ``capture``, the capture records read at ingest from the
proof files added with the media (``information.json`` + ``signature.json``, ``*.proof.json`` and
their ``.asc``), or from a ProofMode ZIP (one record per proof it holds):
:meth:`casedesk.provenance.capture.CaptureRecord.to_dict` each, a list. Derived, like the rest of
that table: existing rows get none until their provenance is read again; a migration opens no
original.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("evidence_provenance")}


def upgrade() -> None:
    if "capture" not in _columns():  # a database stamped back to an older revision by hand (tests do)
        with op.batch_alter_table("evidence_provenance") as batch:
            batch.add_column(sa.Column("capture", sa.JSON(), nullable=True))


def downgrade() -> None:
    if "capture" in _columns():
        with op.batch_alter_table("evidence_provenance") as batch:
            batch.drop_column("capture")
