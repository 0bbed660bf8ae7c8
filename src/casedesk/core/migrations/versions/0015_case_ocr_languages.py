"""The languages a case's text is recognised in: ``case.ocr_languages``.

Tesseract's codes joined by "+" (``ara+fra+eng``; the first sets the reading order of columns), or
empty: the workspace's preference. Existing cases get the empty value, so nothing changes for them
until an investigator chooses.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("case")}


def upgrade() -> None:
    if "ocr_languages" not in _columns():  # a database stamped back to an older revision by hand
        op.add_column("case", sa.Column("ocr_languages", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN, on both databases (SQLite since 3.35): a batch copy of the table
    # would drop "case", which every table of a case refers to.
    if "ocr_languages" in _columns():
        op.execute('ALTER TABLE "case" DROP COLUMN ocr_languages')
