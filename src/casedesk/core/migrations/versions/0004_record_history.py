"""The history of every case record (record_version), and where each case's history starts.

Existing cases get a baseline: a version of each of their records at their current last custody
entry, which is where their history starts (a report can be made as of that entry or later).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:40:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Case records in foreign-key order, and how each finds its case.
VERSIONED = (
    ("case", "id"),
    ("case_link", "case_id"),
    ("source", "case_id"),
    ("place", "case_id"),
    ("evidence", "case_id"),
    ("timeline_event", "case_id"),
    ("note", "case_id"),
    ("claim", "case_id"),
    ("claim_evidence", None),
    ("claim_source", None),
    ("checklist_item", "case_id"),
)


def upgrade() -> None:
    op.create_table(
        "record_version",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case.id"), nullable=False),
        sa.Column("entry_seq", sa.Integer(), nullable=False),
        sa.Column("table", sa.String(32), nullable=False),
        sa.Column("row_key", sa.String(80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=True),
    )
    op.create_index("record_version_case_seq", "record_version", ["case_id", "entry_seq"])
    op.create_table(
        "history_start",
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case.id"), primary_key=True),
        sa.Column("entry_seq", sa.Integer(), nullable=False),
    )
    _baseline(op.get_bind())


def _baseline(connection: sa.Connection) -> None:
    heads: dict[str, int] = dict(
        connection.execute(sa.text("SELECT case_id, max(seq) FROM custody_entry GROUP BY case_id")).all()
    )
    if not heads:
        return
    meta = sa.MetaData()
    meta.reflect(connection, only=[name for name, _ in VERSIONED])
    claim_case: dict[str, str] = dict(connection.execute(sa.text("SELECT id, case_id FROM claim")).all())
    versions = []
    for name, case_column in VERSIONED:
        table = meta.tables[name]
        keys = [c.name for c in table.primary_key.columns]
        for row in connection.execute(sa.select(table)).mappings():
            case_id = row[case_column] if case_column else claim_case.get(row["claim_id"])
            if case_id not in heads:
                continue
            data = {c.name: _json_value(c, row[c.name]) for c in table.columns}
            versions.append(
                {
                    "case_id": case_id,
                    "entry_seq": heads[case_id],
                    "table": name,
                    "row_key": "|".join(str(row[k]) for k in keys),
                    "data": json.dumps(data, ensure_ascii=False),
                }
            )
    if versions:
        connection.execute(
            sa.text(
                'INSERT INTO record_version (case_id, entry_seq, "table", row_key, data) '
                "VALUES (:case_id, :entry_seq, :table, :row_key, :data)"
            ),
            versions,
        )
    connection.execute(
        sa.text("INSERT INTO history_start (case_id, entry_seq) VALUES (:c, :s)"),
        [{"c": c, "s": s} for c, s in heads.items()],
    )


def _json_value(column: sa.Column[object], value: object) -> object:
    """A stored value as the application writes it into history (JSON columns parsed, booleans)."""
    if value is None:
        return None
    if isinstance(column.type, sa.JSON) and isinstance(value, str):
        return json.loads(value)
    if isinstance(column.type, sa.Boolean):
        return bool(value)
    return value


def downgrade() -> None:
    op.drop_table("history_start")
    op.drop_index("record_version_case_seq", "record_version")
    op.drop_table("record_version")
