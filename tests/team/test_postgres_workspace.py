"""A whole case on a team database (a real PostgreSQL server): the service API unchanged on top."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError as SQLIntegrityError

from casedesk.bundle import export_bundle, import_bundle
from casedesk.core.db import head_revision
from casedesk.core.history import materialize
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime
from casedesk.core.vocabulary import ObjectKind

from .postgres_server import PostgresServer


def _png(path: Path, color: str, size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, color).save(path, "PNG")
    return path


def open_team(folder: Path, url: str) -> CaseService:
    return CaseService.open(WorkspaceLocation(folder, database_url=url), "typed name")


@pytest.fixture
def team(tmp_path: Path, postgres_url: str) -> Iterator[CaseService]:
    service = open_team(tmp_path / "team", postgres_url)
    yield service
    service.close()


def test_a_case_from_start_to_bundle_on_postgres(
    team: CaseService, tmp_path: Path, postgres_server: PostgresServer
) -> None:
    assert team.workspace.db.engine.dialect.name == "postgresql"
    assert team.investigator == "casedesk_admin"  # the authenticated role, not the typed name
    summary = team.workspace_summary()
    assert (summary.database, summary.schema, summary.team) == ("postgresql", head_revision(), True)

    case_id = team.create_case("Frappe près de Tessalit", "Rapport de sécurité", tags=["Mali"]).id
    source = team.add_source(case_id, "Defense Atlas", handle="@DefenseAtlas009", reliability="F").id
    place = team.add_place(case_id, "Tessalit", 20.2, 1.01, "approximate").id
    team.add_event(case_id, PartialTime.day(2025, 3, 14), "Alleged strike", place_id=place)
    folder = tmp_path / "files"
    folder.mkdir()
    results = team.add_files(case_id, [_png(folder / "one.png", "red"), _png(folder / "two.png", "blue")])
    first, second = (r.evidence_id for r in results)
    assert first and second
    team.update_evidence(first, description="Camion brûlé", source_id=source)
    claim = team.add_claim(case_id, "التسريبات الصوتية تؤكد وجود قتلى", language="ar").id
    team.link_claim_evidence(claim, first)
    team.link_claim_source(claim, source)
    team.set_check(team.checklist(case_id)[0].id, "passed", "found")
    team.add_note(case_id, "Need a second source.")

    # Edit, then undo it (the interface undoes by applying the inverse change).
    team.update_claim(claim, text="wording to take back")
    assert [h.object_id for h in team.search("wording")] == [claim]
    team.update_claim(claim, text="التسريبات الصوتية تؤكد وجود قتلى")
    assert team.search("wording") == []
    team.remove_claim(claim, "mistake")
    team.restore_claim(claim)

    team.trash_evidence(second, reason="duplicate")
    assert team.search("two.png") == []
    assert [h.object_id for h in team.search("brule")] == [first]
    assert [h.object_type for h in team.search("قَتْلَى")] == ["claim"]

    report = team.verify(case_id)
    assert report.ok, report.problems
    assert report.log_entries_checked == len(team.custody_log(case_id)) > 10
    assert all(e.investigator == "casedesk_admin" for e in team.custody_log(case_id))

    # The record history reads back on PostgreSQL too: the claim as it was at its first entry.
    log = team.custody_log(case_id)
    added = next(e.seq for e in log if e.action == "claim_create")
    with team.workspace.db.read() as s, materialize(s, case_id, added) as past:
        assert past.execute(text("SELECT count(*) FROM claim")).scalar_one() == 1

    # Into a bundle, then into an SQLite workspace and a second team database.
    bundle = tmp_path / "case.casedesk"
    carried = [e.hash for e in team.custody_log(case_id)]
    export_bundle(team, case_id, bundle)
    assert team.custody_log(case_id)[-1].action == "bundle_export"
    laptop = CaseService.open(tmp_path / "laptop", "Laptop Investigator")
    try:
        result = import_bundle(laptop, bundle)
        assert result.status == "imported"
        assert laptop.verify(case_id).ok
        assert [e.hash for e in laptop.custody_log(case_id)][:-1] == carried
    finally:
        laptop.close()
    second_url = postgres_server.url(postgres_server.create_database())
    other = open_team(tmp_path / "team2", second_url)
    try:
        result = import_bundle(other, bundle)
        assert result.status == "imported"
        report = other.verify(case_id)
        assert report.ok, report.problems
        assert [h.object_id for h in other.search("brule")] == [first]
    finally:
        other.close()


def test_custody_entries_are_append_only_in_the_database(team: CaseService) -> None:
    case_id = team.create_case("Append only").id
    with pytest.raises(SQLIntegrityError, match="append-only"), team.workspace.db.write() as s:
        s.execute(text("UPDATE custody_entry SET investigator = 'someone else'"))
    with pytest.raises(SQLIntegrityError, match="append-only"), team.workspace.db.write() as s:
        s.execute(text("DELETE FROM custody_entry"))
    with pytest.raises(SQLIntegrityError, match="append-only"), team.workspace.db.write() as s:
        s.execute(text("TRUNCATE custody_entry CASCADE"))
    assert team.verify(case_id).ok


def test_carried_entries_are_append_only_in_the_database(team: CaseService) -> None:
    case_id = team.create_case("Carried").id
    with team.workspace.db.write() as s:
        s.execute(
            text(
                "INSERT INTO carried_entry (case_id, hash, seq, prev_hash, payload) "
                "VALUES (:c, :h, 1, :p, CAST(:payload AS json))"
            ),
            {"c": case_id, "h": "a" * 64, "p": "0" * 64, "payload": json.dumps({"seq": 1})},
        )
    for statement in ("UPDATE carried_entry SET seq = 2", "DELETE FROM carried_entry"):
        with pytest.raises(SQLIntegrityError, match="append-only"), team.workspace.db.write() as s:
            s.execute(text(statement))


def test_details_are_stored_as_the_hashed_text(team: CaseService) -> None:
    """verify checks the stored text without decoding it: the column must give back what was hashed."""
    case_id = team.create_case("Ünïcödé «details»", "عربي").id
    team.record_action(
        case_id,
        "report_export",
        ObjectKind.CASE,
        case_id,
        z=1,
        a=["é", {"b": None}],
        f=0.1,
        t="«quoted» \\ back",
    )
    with team.workspace.db.read() as s:
        kinds = dict(
            s.execute(
                text(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_name = 'custody_entry'"
                )
            ).all()
        )
    assert kinds["details"] == "text"
    report = team.verify(case_id)
    assert report.ok, report.problems
