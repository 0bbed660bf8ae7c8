"""Accounts and per-case access on a real PostgreSQL server, with two investigators' roles (and a third
who was granted nothing): the database itself enforces who reads and who writes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text

from casedesk.core import search as search_module
from casedesk.core.errors import CaseDeskError, NotFoundError, UsageError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.models import Base
from casedesk.core.service import CaseService

from .postgres_server import PostgresServer
from .test_postgres_search import index_scans

_numbers = itertools.count(1)


@dataclass
class Desk:
    admin: CaseService
    alice: CaseService
    bob: CaseService
    carol: CaseService
    names: dict[str, str]  # "alice" -> this test's role name
    database: str


@pytest.fixture
def desk(tmp_path: Path, postgres_server: PostgresServer, postgres_url: str) -> Iterator[Desk]:
    database = postgres_url.rsplit("/", 1)[1]
    admin = CaseService.open(WorkspaceLocation(tmp_path / "admin", database_url=postgres_url), "typed")
    n = next(_numbers)
    names = {who: f"{who}_{n}" for who in ("alice", "bob", "carol")}
    with postgres_server.admin(database) as conn:
        for role in names.values():
            statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}")
            conn.execute(statement.format(sql.Identifier(role), sql.Literal(postgres_server.password)))
    opened = {
        who: CaseService.open(
            WorkspaceLocation(tmp_path / who, database_url=postgres_server.url(database, role)), "typed"
        )
        for who, role in names.items()
    }
    yield Desk(admin, opened["alice"], opened["bob"], opened["carol"], names, database)
    for svc in (admin, *opened.values()):
        svc.close()


def test_each_investigator_is_named_by_the_role_they_connect_as(desk: Desk) -> None:
    case_id = desk.admin.create_case("Open to the team").id
    desk.alice.add_note(case_id, "from alice")
    desk.bob.add_note(case_id, "from bob")
    log = desk.admin.custody_log(case_id)
    assert [e.investigator for e in log] == ["casedesk_admin", desk.names["alice"], desk.names["bob"]]
    assert desk.admin.verify(case_id).ok


def test_a_restricted_case_is_read_and_written_only_as_granted(desk: Desk) -> None:
    alice, bob = desk.names["alice"], desk.names["bob"]
    case_id = desk.admin.create_case("Restricted strike").id
    open_id = desk.admin.create_case("Open case").id
    desk.admin.grant_access(case_id, alice, write=True)
    desk.admin.grant_access(case_id, bob, write=False)
    assert [(a.role, a.can_write) for a in desk.admin.case_access(case_id)] == [(alice, True), (bob, False)]

    desk.alice.add_note(case_id, "seen at the crossing")
    assert [n.text for n in desk.bob.case_view(case_id).notes] == ["seen at the crossing"]  # bob reads
    entries = len(desk.admin.custody_log(case_id))
    with pytest.raises(CaseDeskError) as refused:
        desk.bob.add_note(case_id, "not allowed")
    assert f"does not let {bob} do this" in str(refused.value)
    assert len(desk.admin.custody_log(case_id)) == entries  # nothing recorded
    # Carol was granted nothing: the case is not there for her, in the list, by id, or in search.
    assert [c.title for c in desk.carol.list_cases()] == ["Open case"]
    with pytest.raises(NotFoundError):
        desk.carol.case_view(case_id)
    assert desk.carol.search("crossing") == []
    assert desk.alice.search("crossing")
    with pytest.raises(NotFoundError):  # not even there to be refused
        desk.carol.add_note(case_id, "slipped in")
    desk.carol.add_note(open_id, "the open case is everyone's")

    actions = [e.action for e in desk.admin.custody_log(case_id)]
    assert actions == ["case_create", "access_grant", "access_grant", "note_add"]
    assert desk.admin.verify(case_id).ok

    desk.admin.revoke_access(case_id, bob)
    with pytest.raises(NotFoundError):
        desk.bob.case_view(case_id)
    desk.admin.revoke_access(case_id, alice)  # the last grant gone: open to the team again
    assert "Restricted strike" in {c.title for c in desk.carol.list_cases()}


def test_search_ranks_only_what_the_investigator_may_read_through_the_index(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row-level security would keep the GIN index from serving an investigator's search (``@@`` is
    not leakproof); the candidates are found as the owner, the cases hidden from her left out
    before the newest are kept, so hidden matches neither show nor crowd out hers."""
    open_id = desk.admin.create_case("Open case").id
    hidden_id = desk.admin.create_case("Restricted strike").id
    desk.admin.grant_access(hidden_id, desk.names["alice"], write=True)
    desk.admin.add_note(open_id, "crossing at dawn")
    desk.admin.add_note(open_id, "crossing at dusk")
    for n in range(5):  # newer than hers, and each a better match
        desk.alice.add_note(hidden_id, f"crossing {n}: " + "crossing " * 5)
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 2)
    for recent in (search_module.RECENT_ENTRIES, 2):  # the newest entries read, then the index
        monkeypatch.setattr(search_module, "RECENT_ENTRIES", recent)
        with desk.carol.workspace.db.read() as s:
            s.execute(text("SET LOCAL enable_seqscan = off"))
            before = index_scans(s)
            found = search_module.search(s, "crossing", limit=2)
            used_index = index_scans(s) > before
        assert sorted(h.excerpt for h in found) == ["crossing at dawn", "crossing at dusk"]
        assert used_index == (recent == 2)
    assert len(desk.alice.search("crossing")) == 7


def test_only_the_administrator_grants(desk: Desk) -> None:
    case_id = desk.admin.create_case("Owned").id
    with pytest.raises(UsageError, match="Only the workspace's administrator"):
        desk.alice.grant_access(case_id, desk.names["alice"], write=True)
    with pytest.raises(UsageError, match="has no role"):
        desk.admin.grant_access(case_id, "nobody_at_all", write=False)
    with desk.alice.workspace.db.write() as s, pytest.raises(Exception, match="permission denied"):
        s.execute(
            text(
                "INSERT INTO case_access (case_id, role, can_write, granted_by, granted_at) "
                "VALUES (:c, 'x', true, 'x', 'x')"
            ),
            {"c": case_id},
        )


def test_the_custody_log_is_append_only_for_investigators_even_without_its_triggers(
    desk: Desk, postgres_server: PostgresServer
) -> None:
    case_id = desk.admin.create_case("Append only").id
    desk.alice.add_note(case_id, "a note")
    with postgres_server.admin(desk.database) as conn:  # the owner's triggers, gone
        conn.execute("ALTER TABLE custody_entry DISABLE TRIGGER USER")
    alice = desk.names["alice"]
    for statement in ("UPDATE custody_entry SET action = 'forged'", "DELETE FROM custody_entry"):
        with (
            psycopg.connect(
                host=postgres_server.host,
                port=postgres_server.port,
                user=alice,
                password=postgres_server.password,
                dbname=desk.database,
            ) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute(statement)
    assert desk.admin.verify(case_id).ok


def test_every_table_holding_a_case_s_rows_is_guarded(desk: Desk) -> None:
    """A table added later without its policies fails here."""
    with desk.admin.workspace.db.read() as s:
        guarded = {
            name
            for name, on in s.execute(
                text("SELECT relname, relrowsecurity FROM pg_class WHERE relkind = 'r'")
            )
            if on
        }
    case_tables = {
        t.name for t in Base.metadata.sorted_tables if "case_id" in t.columns or t.name == "case"
    } | {"claim_evidence", "claim_source", "search_entry"}
    assert case_tables <= guarded, case_tables - guarded
