"""Bundles carry the case's history: the receiver reads the case as of any carried entry exactly as
the exporter does, later changes on either side do not alter those reads, and a bundle whose
history lies is refused with the workspace untouched."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import BundleError, export_bundle, import_bundle
from casedesk.bundle.importer import _writes
from casedesk.bundle.limits import DEFAULT_LIMITS
from casedesk.bundle.merge import plan_import
from casedesk.bundle.verify import open_verified
from casedesk.core.errors import IntegrityError, UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import PartialTime
from casedesk.core.vocabulary import ObjectKind
from casedesk.core.workspace import DB_NAME

from .helpers import png, repack, small_case, tree_state


@dataclass(frozen=True)
class Shared:
    workspace: Path  # A, closed; tests open it (read-only use)
    case_id: str
    bundle: Path
    carried: int  # the entries the bundle carries: 1 .. carried
    start: int  # where the case's history starts


def _build(svc: CaseService, folder: Path) -> str:
    """A case with edits, removals (soft and for good), a related case and a later addition."""
    folder.mkdir(parents=True)
    case_id = svc.create_case("Convoy near Tessalit", "first summary", tags=["Mali"]).id
    other = svc.create_case("Related case").id
    svc.link_cases(case_id, other)
    source = svc.add_source(case_id, "Defense Atlas", handle="@DefenseAtlas009", reliability="F").id
    place = svc.add_place(case_id, "Tessalit", 20.2, 1.01, "approximate").id
    svc.add_event(case_id, PartialTime.day(2025, 3, 14), "Alleged strike", place_id=place)
    files = [png(folder / f"{name}.png", name) for name in ("red", "blue", "green")]
    first, second, third = (r.evidence_id or "" for r in svc.add_files(case_id, files))
    svc.update_evidence(first, description="Burnt truck", source_id=source)
    claim = svc.add_claim(case_id, "Drones struck two trucks.").id
    svc.link_claim_evidence(claim, first, second)
    svc.link_claim_source(claim, source)
    svc.set_check(svc.checklist(case_id)[0].id, "passed", "found")
    svc.set_check(svc.checklist(case_id, first)[0].id, "failed", "no metadata")
    note = svc.add_note(case_id, "Need a second source.").id
    # edits
    svc.update_claim(claim, status="supported", text="Drones struck two trucks near Tessalit.")
    svc.update_case(case_id, summary="second summary")
    svc.update_evidence(first, description="Burnt truck, north side")
    # removals: soft, and for good (rows deleted)
    svc.unlink_claim_evidence(claim, second, "wrong item")
    svc.remove_record(ObjectKind.NOTE, note, "answered")
    svc.remove_source(svc.add_source(case_id, "Rumour mill").id, "not a source")
    svc.trash_evidence(third, reason="duplicate")
    svc.purge_evidence(third, "duplicate of red.png")
    # a later addition
    svc.add_files(case_id, [png(folder / "white.png", "white")])
    svc.add_note(case_id, "Second source found.")
    return case_id


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Shared:
    root = tmp_path_factory.mktemp("history-source")
    svc = CaseService.open(root / "a", "Alice Exporter")
    try:
        case_id = _build(svc, root / "files")
        carried = svc.custody_log(case_id)[-1].seq
        export_bundle(svc, case_id, root / "case.casedesk")
        start = svc.export_records(case_id, []).history_start
    finally:
        svc.close()
    assert start is not None
    return Shared(root / "a", case_id, root / "case.casedesk", carried, start)


@pytest.fixture
def a(shared: Shared) -> Iterator[CaseService]:
    svc = CaseService.open(shared.workspace, "Alice Exporter")
    yield svc
    svc.close()


@pytest.fixture
def b(shared: Shared, tmp_path: Path) -> Iterator[CaseService]:
    """A fresh workspace B into which the bundle was imported."""
    svc = CaseService.open(tmp_path / "b", "Bob Receiver")
    assert import_bundle(svc, shared.bundle).status == "imported"
    yield svc
    svc.close()


def _read(svc: CaseService, case_id: str, as_of: int | None) -> dict[str, Any]:
    """Everything a report shows, read as of one entry (None: now)."""
    with svc.reader(case_id, as_of=as_of) as r:
        rows = r.evidence_rows(0, 1000)
        return {
            "overview": r.overview(),
            "rows": rows,
            "by_sha": r.evidence_rows(0, 1000, by_sha256=True),
            "page": r.evidence_page(0, 1000),
            "checks": r.checks([row.id for row in rows]),
            "custody": r.custody_entries(0, 10_000),
        }


def test_the_receiver_reads_every_carried_entry_as_the_exporter_does(
    shared: Shared, a: CaseService, b: CaseService
) -> None:
    entries = range(shared.start, shared.carried + 1)
    assert shared.start == 1 and len(entries) > 25  # the whole life of the case
    reads = {n: _read(a, shared.case_id, n) for n in entries}
    for n in entries:
        assert _read(b, shared.case_id, n) == reads[n], f"entry {n}"
    # The history really moved: the case changed from entry to entry.
    first, last = reads[shared.start]["overview"], reads[shared.carried]["overview"]
    assert (first.summary, first.evidence_count) == ("first summary", 0)
    assert last.summary == "second summary" and [n.text for n in last.notes] == ["Second source found."]


def test_later_changes_on_either_side_leave_the_carried_entries_alone(
    shared: Shared, a: CaseService, b: CaseService, tmp_path: Path
) -> None:
    entries = range(shared.start, shared.carried + 1)
    before = {n: _read(b, shared.case_id, n) for n in entries}
    [added] = b.add_files(shared.case_id, [png(tmp_path / "late.png", "purple")])
    assert added.evidence_id
    b.update_case(shared.case_id, summary="third summary")
    b.remove_record(ObjectKind.NOTE, b.list_notes(shared.case_id)[0].id, "done")
    for n in entries:
        assert _read(b, shared.case_id, n) == before[n], f"entry {n}"
        assert _read(a, shared.case_id, n) == before[n], f"entry {n}"
    now = _read(b, shared.case_id, None)["overview"]
    assert now.summary == "third summary"
    assert now.evidence_count == before[shared.carried]["overview"].evidence_count + 1


def test_the_import_records_its_own_versions_after_every_carried_entry(
    shared: Shared, a: CaseService, b: CaseService
) -> None:
    carried = a.export_records(shared.case_id, []).history
    here = b.export_records(shared.case_id, [])
    import_entry = b.custody_log(shared.case_id)[-1].seq
    assert import_entry == shared.carried + 1
    assert here.history_start == shared.start
    assert here.history[: len(carried)] == carried  # verbatim, in order
    assert {v["entry_seq"] for v in here.history[len(carried) :]} == {import_entry}
    # As of its import entry the case reads as it stands, its related-case link with it (format 4),
    # although the related case itself stayed behind.
    then, now = _read(b, shared.case_id, import_entry), _read(b, shared.case_id, None)
    assert then == now
    assert (
        now["overview"].related_case_ids
        == _read(a, shared.case_id, shared.carried)["overview"].related_case_ids
    )
    assert now["overview"].related_case_ids != []


def test_a_bundle_without_history_starts_it_at_the_import_entry(shared: Shared, tmp_path: Path) -> None:
    def as_format_2(document: dict[str, Any]) -> None:
        document["version"] = 2
        del document["history"], document["history_start"], document["related_cases"]
        del document["carried_custody"]  # format 5
        document.pop("annotations", None)  # format 6
        document["case"].pop("ocr_languages", None)  # format 7

    old = repack(shared.bundle, tmp_path / "v2.casedesk", manifest=as_format_2)
    svc = CaseService.open(tmp_path / "c", "Carol")
    try:
        assert import_bundle(svc, old).status == "imported"
        import_entry = shared.carried + 1
        assert svc.export_records(shared.case_id, []).history_start == import_entry
        unrecorded = f"before entry {import_entry} was not recorded"
        with pytest.raises(UsageError, match=unrecorded), svc.reader(shared.case_id, as_of=shared.carried):
            pass
        assert _read(svc, shared.case_id, import_entry) == _read(svc, shared.case_id, None)
    finally:
        svc.close()


def test_a_merge_takes_in_no_remote_versions(shared: Shared, b: CaseService, tmp_path: Path) -> None:
    """B exports back to a copy of A after both moved on; A records the merged rows itself."""
    workspace = tmp_path / "a-copy"
    shutil.copytree(shared.workspace, workspace)
    a = CaseService.open(workspace, "Alice Exporter")
    try:
        b.add_note(shared.case_id, "Note made on B")
        export_bundle(b, shared.case_id, tmp_path / "back.casedesk")
        before_log = a.custody_log(shared.case_id)[-1].seq
        before = a.export_records(shared.case_id, []).history
        reads = {n: _read(a, shared.case_id, n) for n in range(shared.start, before_log + 1)}

        assert import_bundle(a, tmp_path / "back.casedesk").status == "merged"

        merge_entry = a.custody_log(shared.case_id)[-1].seq
        after = a.export_records(shared.case_id, []).history
        assert after[: len(before)] == before
        assert {v["entry_seq"] for v in after[len(before) :]} == {merge_entry}
        assert {(v["table"], v["data"]["text"]) for v in after[len(before) :]} == {("note", "Note made on B")}
        for n, read in reads.items():
            assert _read(a, shared.case_id, n) == read, f"entry {n}"
        assert "Note made on B" in [n.text for n in _read(a, shared.case_id, merge_entry)["overview"].notes]
    finally:
        a.close()


# -- hostile histories --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def target_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("history-target")
    svc = CaseService.open(root / "workspace", "Test Investigator")
    try:
        small_case(svc, root / "files", title="A local case")
    finally:
        svc.close()
    return root / "workspace"


@pytest.fixture
def target(target_template: Path, tmp_path: Path) -> Iterator[CaseService]:
    """A workspace that already holds a case, so "unchanged" is a claim about a real database."""
    shutil.copytree(target_template, tmp_path / "target")
    svc = CaseService.open(tmp_path / "target", "Test Investigator")
    yield svc
    svc.close()


def _version(document: dict[str, Any], table: str) -> dict[str, Any]:
    """The first version of a record of ``table`` that holds data."""
    return next(v for v in document["history"] if v["table"] == table and v["data"] is not None)


LIES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "entry beyond the log": (
        lambda d: d["history"][-1].update(entry_seq=len(d["custody"]) + 1),
        r"history\[\d+\] is numbered with entry \d+, outside the history the bundle carries",
    ),
    "entry before the start": (
        lambda d: d.update(history_start=2),
        r"history\[0\] is numbered with entry 1, outside the history",
    ),
    "start beyond the log": (
        lambda d: d.update(history_start=len(d["custody"]) + 5),
        "the history starts at entry .*, which the custody log does not hold",
    ),
    "unknown table": (
        lambda d: d["history"][3].update(table="alembic_version"),
        r"history\[3\]\.table must be one of case, case_link",
    ),
    "data not an object": (
        lambda d: d["history"][3].update(data=["not", "a", "row"]),
        r"history\[3\]\.data must be a JSON object or null",
    ),
    "data a string": (
        lambda d: d["history"][0].update(data="{}"),
        r"history\[0\]\.data must be a JSON object or null",
    ),
    "entry number not a number": (
        lambda d: d["history"][0].update(entry_seq="1"),
        r"history\[0\]\.entry_seq must be a whole number",
    ),
    "a field of the wrong type": (
        lambda d: _version(d, "evidence")["data"].update(added_at="yesterday"),
        r"history\[\d+\]\.data\.added_at must be an ISO 8601 time",
    ),
    "a column missing": (
        lambda d: _version(d, "claim")["data"].pop("credibility"),
        r"history\[\d+\]\.data lacks credibility",
    ),
    "a column too many": (
        lambda d: _version(d, "note")["data"].update(secret="x"),
        r"history\[\d+\]\.data has unexpected field secret",
    ),
    "a key that is not its record's": (
        lambda d: _version(d, "source").update(row_key=_version(d, "claim")["row_key"]),
        r"history\[\d+\]\.row_key does not name the record its data holds",
    ),
    "a record of another case": (
        lambda d: _version(d, "place")["data"].update(case_id="0b1f0b1f-0000-0000-0000-000000000000"),
        r"history\[\d+\] is a version of a record of another case",
    ),
    "the case deleted": (
        lambda d: d["history"].append(
            {"entry_seq": len(d["custody"]), "table": "case", "row_key": d["case"]["id"], "data": None}
        ),
        "deletes the case record",
    ),
    "out of order": (
        lambda d: d["history"].insert(0, d["history"].pop()),
        r"history\[1\] is out of order",
    ),
    "versions without a start": (
        lambda d: d.update(history_start=None),
        "history holds versions, but history_start is null",
    ),
    "no history at all": (lambda d: d.pop("history"), "lacks history"),
    "the case missing from the start": (
        lambda d: d["history"].remove(_version(d, "case")),
        r"lacks the case's own record at its start \(entry 1\)",
    ),
}


@pytest.mark.parametrize("lie", LIES)
def test_a_history_that_lies_is_refused_with_nothing_written(
    lie: str, shared: Shared, target: CaseService, tmp_path: Path
) -> None:
    change, message = LIES[lie]
    bundle = repack(shared.bundle, tmp_path / "lie.casedesk", manifest=change)
    before = tree_state(target.workspace.root)
    with pytest.raises(BundleError, match=message):
        import_bundle(target, bundle)
    assert tree_state(target.workspace.root) == before


def test_the_history_in_the_manifest_is_the_exporters(shared: Shared, a: CaseService) -> None:
    """What travels is the core's own record of the history, entry numbers and all."""
    with zipfile.ZipFile(shared.bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    records = a.export_records(shared.case_id, [])
    assert manifest["history_start"] == records.history_start
    assert manifest["history"] == records.history
    deleted = [v for v in manifest["history"] if v["data"] is None]
    assert {v["table"] for v in deleted} == {"evidence", "checklist_item"}  # the purge


@pytest.mark.parametrize(
    ("lie", "message"),
    [
        ({"table": "custody_entry"}, "is not a record's"),
        ({"entry_seq": 99}, "names entry 99, outside the carried history"),
        ({"data": "not a row"}, "is not a record's"),
    ],
)
def test_the_core_refuses_a_carried_history_that_lies(
    lie: dict[str, Any], message: str, svc: CaseService, source: CaseService, tmp_path: Path
) -> None:
    """The core's own guard, under the bundle's checks: nothing is written."""
    case_id = source.create_case("No evidence").id
    source.update_note(source.add_note(case_id, "first").id, "second")
    bundle = export_bundle(source, case_id, tmp_path / "tiny.casedesk").path
    with open_verified(bundle, None, DEFAULT_LIMITS, TaskControl()) as verified:
        plan = _writes(verified, svc.read_local(lambda local: plan_import(local, verified.manifest)), {})
    forged = replace(plan, history=[{**plan.history[0], **lie}, *plan.history[1:]])
    with pytest.raises(IntegrityError, match=message):
        svc.commit_import(lambda _local: (None, forged))
    assert svc.list_cases() == []
    with pytest.raises(ValueError, match="only come with a new case"):
        svc.commit_import(lambda _local: (None, replace(plan, custody=[])))
    assert svc.list_cases() == []


def test_a_history_that_starts_at_the_migration_baseline_travels(tmp_path: Path) -> None:
    """A case older than history (its baseline written by migration 0004) exports and reads back."""
    workspace = tmp_path / "old"
    svc = CaseService.open(workspace, "tester")
    case_id = small_case(svc, tmp_path / "files")
    svc.close()
    con = sqlite3.connect(workspace / DB_NAME)  # as before 0004: no history at all
    with con:
        con.execute("DROP TABLE record_version")
        con.execute("DROP TABLE history_start")
        con.execute("UPDATE alembic_version SET version_num = '0003'")
    con.close()
    a = CaseService.open(workspace, "tester")
    b = CaseService.open(tmp_path / "b", "receiver")
    try:
        start = a.custody_log(case_id)[-1].seq
        a.add_note(case_id, "after the migration")
        export_bundle(a, case_id, tmp_path / "old.casedesk")
        import_bundle(b, tmp_path / "old.casedesk")
        assert b.export_records(case_id, []).history_start == start
        for n in range(start, start + 2):
            assert _read(b, case_id, n) == _read(a, case_id, n), f"entry {n}"
    finally:
        a.close()
        b.close()


def test_a_related_case_link_travels_and_names_a_case_not_here(
    source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id = source.create_case("Strike near Tessalit").id
    related = source.create_case("Expulsion the day before").id
    gone = source.create_case("An earlier strike").id
    source.link_cases(case_id, related)
    source.link_cases(case_id, gone)
    source.unlink_cases(case_id, gone, "not the same area")
    bundle = export_bundle(source, case_id, tmp_path / "linked.casedesk").path
    import_bundle(svc, bundle)
    [link] = svc.case_header(case_id).related_cases
    assert (link.id, link.title, link.here) == (related, "Expulsion the day before", False)
    # Once the related case arrives too, the link shows it as it is here.
    source.update_case(related, title="Expulsion of 12 drivers, the day before")
    import_bundle(svc, export_bundle(source, related, tmp_path / "related.casedesk").path)
    [link] = svc.case_header(case_id).related_cases
    assert (link.title, link.here) == ("Expulsion of 12 drivers, the day before", True)
