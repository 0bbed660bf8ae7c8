"""Search and per-case access that stay fast at a million rows on PostgreSQL (nothing on SQLite).

Measured on 1,000,000 search entries, before this revision:

- an investigator's search took 30 to 80 s, even for a word found nowhere. Row-level security keeps
  the planner from using an index for an operator that is not leakproof, and ``@@`` is not: every
  search read the whole table and asked the policy of every row. Search now finds its candidates
  in ``casedesk_search_candidates``, which runs as the owner (so the GIN index serves it) and
  leaves out the cases hidden from the caller itself. The caller's own query then reads those
  rows under the policies as before: the database still decides what a role sees;
- ranking recomputed each match's tsvector from its text. The vector is now stored, in the
  generated column ``words``, and the GIN index is on that column;
- ranking every match of a common word (the owner's searches took up to 17 s) is bounded: the
  candidates are the newest ``wanted`` matching entries (found by reading back through the newest
  ``recent`` entries when matches are that common, else through the index, of whose first
  ``10 × wanted`` matches the newest are kept), and the query ranks only those;
- each policy called ``casedesk_may`` once per row (15 µs a row: 1.5 s to read a 100,000-item
  case). A policy now compares the row's case with the array of cases hidden from
  ``session_user``, computed once per statement (an InitPlan).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 21:00:00
"""

import importlib
from collections.abc import Sequence

from alembic import op

from casedesk.core.postgres import search_vector

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_access = importlib.import_module("casedesk.core.migrations.versions.0013_case_access")
CASE_TABLES: dict[str, str] = _access.CASE_TABLES  # no table holding case rows came since
CLAIM_TABLES: tuple[str, ...] = _access.CLAIM_TABLES

_FUNCTIONS = [
    # The cases session_user may not read (writing false) or may not change (writing true): those
    # whose access list names others only. Every caller of a statement gets the same array.
    "CREATE FUNCTION casedesk_hidden(writing boolean) RETURNS text[] "
    "LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT coalesce(array_agg(DISTINCT a.case_id), '{}') FROM case_access a WHERE NOT EXISTS ("
    "SELECT 1 FROM case_access b WHERE b.case_id = a.case_id AND b.role = session_user "
    "AND (b.can_write OR NOT writing)) $$",
    # The case of a claim, whatever the caller may see of claims.
    "CREATE FUNCTION casedesk_claim_case(target text) RETURNS text "
    "LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT c.case_id FROM claim c WHERE c.id = target $$",
    # Roles that row-level security does not hold: superusers, BYPASSRLS, the owner's members.
    "CREATE FUNCTION casedesk_sees_all() RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(r.oid, "
    "(SELECT relowner FROM pg_class WHERE oid = 'search_entry'::regclass), 'USAGE') "
    "FROM pg_roles r WHERE r.rolname = session_user $$",
    # The ids of the newest `wanted` entries matching `query` in cases the caller may read.
    # Matches of a common word are among the newest `recent` entries, read back along the
    # primary key; otherwise the GIN index gives at most 10 × wanted, of which the newest are kept.
    "CREATE FUNCTION casedesk_search_candidates(query tsquery, wanted integer, recent integer) "
    "RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    "DECLARE "
    "  hidden text[] := CASE WHEN casedesk_sees_all() THEN '{}'::text[] ELSE casedesk_hidden(false) END; "
    "  found bigint[]; "
    "BEGIN "
    "  SELECT array_agg(w.id) INTO found FROM ("
    "    SELECT r.id FROM (SELECT id, case_id, words FROM search_entry ORDER BY id DESC LIMIT recent) r "
    "    WHERE r.words @@ query AND r.case_id <> ALL (hidden) ORDER BY r.id DESC LIMIT wanted) w; "
    "  IF coalesce(cardinality(found), 0) < wanted THEN "
    "    SELECT array_agg(w.id) INTO found FROM ("
    "      WITH m AS MATERIALIZED ("
    "        SELECT id, case_id FROM search_entry WHERE words @@ query LIMIT 10 * wanted) "
    "      SELECT m.id FROM m WHERE m.case_id <> ALL (hidden) ORDER BY m.id DESC LIMIT wanted) w; "
    "  END IF; "
    "  RETURN QUERY SELECT unnest(found); "
    "END $$",
]
_DROPPED = [
    "DROP FUNCTION casedesk_search_candidates(tsquery, integer, integer)",
    "DROP FUNCTION casedesk_sees_all()",
    "DROP FUNCTION casedesk_claim_case(text)",
    "DROP FUNCTION casedesk_hidden(boolean)",
]


def _hidden_check(case: str) -> str:
    return f"{case} <> ALL (CAST((SELECT casedesk_hidden({{writing}})) AS text[]))"


def _set_policies(table: str, check: str) -> None:
    read, write = check.format(writing="false"), check.format(writing="true")
    quoted = f'"{table}"'
    op.execute(f"ALTER POLICY {table}_read ON {quoted} USING ({read})")
    op.execute(f"ALTER POLICY {table}_add ON {quoted} WITH CHECK ({write})")
    op.execute(f"ALTER POLICY {table}_change ON {quoted} USING ({write}) WITH CHECK ({write})")
    op.execute(f"ALTER POLICY {table}_remove ON {quoted} USING ({write})")


def _all_policies(case_check: str, claim_check: str) -> None:
    for table, column in CASE_TABLES.items():
        _set_policies(table, case_check.format(column=column, writing="{writing}"))
    for table in CLAIM_TABLES:
        _set_policies(table, claim_check)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE search_entry ADD COLUMN words tsvector "
        f"GENERATED ALWAYS AS ({search_vector('body')}) STORED"
    )
    op.execute("CREATE INDEX search_entry_words ON search_entry USING gin (words)")
    op.execute("DROP INDEX search_entry_body")
    for statement in _FUNCTIONS:
        op.execute(statement)
    _all_policies(_hidden_check("{column}"), _hidden_check("casedesk_claim_case(claim_id)"))
    for function in ("casedesk_may_claim", "casedesk_may"):
        op.execute(f"DROP FUNCTION {function}(text, boolean)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _access._FUNCTIONS:
        op.execute(statement)
    _all_policies("casedesk_may({column}, {writing})", "casedesk_may_claim(claim_id, {writing})")
    for statement in _DROPPED:
        op.execute(statement)
    op.execute(f"CREATE INDEX search_entry_body ON search_entry USING gin ({search_vector('body')})")
    op.execute("DROP INDEX search_entry_words")
    op.execute("ALTER TABLE search_entry DROP COLUMN words")
