"""Per-case access on a team workspace, and what every role but the owner may do, in the database.

``case_access`` names, per case, the roles that may read it and those that may also change it. On
PostgreSQL, row-level security enforces it on every table that holds a case's rows: a role reads
the rows of a case that lists it (or lists no one: a case is open to the team until its owner
restricts it) and writes only those of a case it may write. The owner of the tables (who ran this
migration: the workspace's administrator) is not held by the policies and alone grants access.
Every other role that may connect gets plain read and write rights on the tables, except UPDATE,
DELETE and TRUNCATE on the custody log and the carried entries (append-only for them even with the
triggers gone) and any write to ``case_access`` and ``alembic_version``.

The policies ask ``session_user`` (the role that logged in), through functions that run as the
owner so that they read ``case_access`` and a claim's case whatever the caller may see. A table
added by a later migration that holds a case's rows must get the same policies there
(tests/team/test_access.py fails for a case table without them).

On SQLite the table is made (a workspace can move between the two) and nothing is enforced: a
folder workspace is its owner's alone.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables holding a case's rows as of this revision, by the column naming the case.
CASE_TABLES = {
    "case": "id",
    "carried_entry": "case_id",
    "case_link": "case_id",
    "claim": "case_id",
    "custody_entry": "case_id",
    "history_start": "case_id",
    "note": "case_id",
    "place": "case_id",
    "record_version": "case_id",
    "source": "case_id",
    "evidence": "case_id",
    "timeline_event": "case_id",
    "annotation": "case_id",
    "checklist_item": "case_id",
    "evidence_finding": "case_id",
    "evidence_provenance": "case_id",
    "evidence_text": "case_id",
    "search_entry": "case_id",
    "case_access": "case_id",
}
CLAIM_TABLES = ("claim_evidence", "claim_source")  # a claim's links: their case is their claim's
APPEND_ONLY = ("custody_entry", "carried_entry")
OWNER_ONLY = ("case_access", "alembic_version")

_FUNCTIONS = [
    # May session_user read (writing false) or change (writing true) the case?
    "CREATE FUNCTION casedesk_may(target text, writing boolean) RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT NOT EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = target) "
    "OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = target AND a.role = session_user "
    "AND (a.can_write OR NOT writing)) $$",
    "CREATE FUNCTION casedesk_may_claim(target text, writing boolean) RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT casedesk_may((SELECT c.case_id FROM claim c WHERE c.id = target), writing) $$",
]


def _policies(table: str, check: str) -> list[str]:
    read, write = check.format(writing="false"), check.format(writing="true")
    quoted = f'"{table}"'
    return [
        f"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY {table}_read ON {quoted} FOR SELECT USING ({read})",
        f"CREATE POLICY {table}_add ON {quoted} FOR INSERT WITH CHECK ({write})",
        f"CREATE POLICY {table}_change ON {quoted} FOR UPDATE USING ({write}) WITH CHECK ({write})",
        f"CREATE POLICY {table}_remove ON {quoted} FOR DELETE USING ({write})",
    ]


def upgrade() -> None:
    # A database stamped back to an older revision by hand (tests do) has the table and policies.
    if "case_access" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "case_access",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=63), nullable=False),
        sa.Column("can_write", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("granted_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("granted_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "role"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _FUNCTIONS:
        op.execute(statement)
    for table, column in CASE_TABLES.items():
        for statement in _policies(table, f"casedesk_may({column}, {{writing}})"):
            op.execute(statement)
    for table in CLAIM_TABLES:
        for statement in _policies(table, "casedesk_may_claim(claim_id, {writing})"):
            op.execute(statement)
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO PUBLIC")
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC")
    for table in APPEND_ONLY:
        op.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC")
    for table in OWNER_ONLY:
        op.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
        op.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC")
        for table in [*CASE_TABLES, *CLAIM_TABLES]:
            if table == "case_access":
                continue  # dropped below, its policies with it
            for name in ("read", "add", "change", "remove"):
                op.execute(f'DROP POLICY {table}_{name} ON "{table}"')
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    op.drop_table("case_access")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION casedesk_may_claim(text, boolean)")
        op.execute("DROP FUNCTION casedesk_may(text, boolean)")
