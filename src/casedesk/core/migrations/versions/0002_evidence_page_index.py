"""Index for paging a case's evidence in the order it was added (10,000-item cases).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("evidence_case_added", "evidence", ["case_id", "trashed_at", "added_at", "id"])


def downgrade() -> None:
    op.drop_index("evidence_case_added", "evidence")
