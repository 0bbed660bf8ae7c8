"""What else an item's original says about itself: detached OpenPGP signatures and web archive checks.

Two JSON columns on ``evidence_provenance`` (0006): ``signatures``, the detached signatures found
beside the original and checked against the workspace's keyring, and ``wacz``, the check of a web
archive (hashes, digest, signature, pages). Derived, like the rest of that table: existing rows get
an empty list and no archive check until their provenance is read again (CaseService.read_provenance);
a migration opens no original.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("evidence_provenance")}


def upgrade() -> None:
    present = _columns()  # a database stamped back to an older revision by hand (tests do) has them
    with op.batch_alter_table("evidence_provenance") as batch:
        if "signatures" not in present:
            batch.add_column(sa.Column("signatures", sa.JSON(), nullable=False, server_default="[]"))
        if "wacz" not in present:
            batch.add_column(sa.Column("wacz", sa.JSON(), nullable=True))


def downgrade() -> None:
    present = _columns()
    with op.batch_alter_table("evidence_provenance") as batch:
        if "wacz" in present:
            batch.drop_column("wacz")
        if "signatures" in present:
            batch.drop_column("signatures")
