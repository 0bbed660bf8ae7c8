"""A newer export of a case already here is merged: additions land, conflicts are reported, nothing
local is overwritten, and the local custody chain stays linear and verifiable."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import export_bundle, import_bundle
from casedesk.bundle.errors import BundleError
from casedesk.core import custody
from casedesk.core.merged import HEADER_FIELDS, Carried, merged_entries
from casedesk.core.service import CaseService
from casedesk.core.timeutil import parse_iso

from .helpers import png, repack, small_case, tree_state


@pytest.fixture
def shared(source: CaseService, svc: CaseService, tmp_path: Path) -> tuple[str, Path]:
    """Alice's case, exported once and imported by the test investigator (``svc``)."""
    case_id = small_case(source, tmp_path / "alice-files")
    first = export_bundle(source, case_id, tmp_path / "first.casedesk")
    assert import_bundle(svc, first.path).status == "imported"
    return case_id, tmp_path


def _carried(svc: CaseService, case_id: str) -> dict[str, dict[str, Any]]:
    """The remote entries this workspace keeps for the case, by hash."""
    return {row["hash"]: row for row in svc.export_records(case_id, []).carried}


def _claim(svc: CaseService, case_id: str) -> str:
    return svc.case_view(case_id).claims[0].id


def test_newer_export_merges_additions_and_reports_conflicts(
    shared: tuple[str, Path], source: CaseService, svc: CaseService
) -> None:
    case_id, folder = shared
    claim = _claim(svc, case_id)
    # Alice carries on: new evidence, a new claim and note, and a status change...
    new_file = png(folder / "three.png", "green")
    new_evidence = source.add_files(case_id, [new_file])[0].evidence_id
    new_claim = source.add_claim(case_id, "The trucks carried fuel.").id
    source.add_note(case_id, "Asked a second source.")
    source.update_claim(claim, status="supported")
    alice_after_first_export = [e.hash for e in source.custody_log(case_id)]
    second = export_bundle(source, case_id, folder / "second.casedesk")
    # ...while here the same claim was judged differently.
    svc.update_claim(claim, status="disputed")
    log_before = [e.hash for e in svc.custody_log(case_id)]

    result = import_bundle(svc, second.path)

    assert result.status == "merged"
    assert result.added_evidence == 1
    view = svc.case_view(case_id)
    assert new_evidence in {e.id for e in view.evidence}
    assert new_claim in {c.id for c in view.claims}
    assert "Asked a second source." in {n.text for n in view.notes}
    assert next(c for c in view.claims if c.id == claim).status == "disputed"  # local value kept
    assert len(result.conflicts) == 1
    assert "status here 'disputed', in the bundle 'supported'" in result.conflicts[0]
    assert "Kept this workspace's value" in result.conflicts[0]

    log = svc.custody_log(case_id)
    assert [e.hash for e in log[:-1]] == log_before  # nothing local rewritten
    merge = log[-1]
    assert (merge.action, merge.object_id) == ("bundle_merge", second.sha256)
    assert merge.details["conflicts"] == result.conflicts
    new_entries = merge.details["new_entries"]
    # Alice's entries after the common prefix: her export entry and her four changes.
    common = merge.details["common_entries"]
    assert [n["hash"] for n in new_entries] == alice_after_first_export[common:]
    assert result.added_entries == len(new_entries) == 5
    # The merge names each entry by its header; the payloads are kept once, apart from the log,
    # and each still proves itself.
    assert all(set(item) == set(HEADER_FIELDS) for item in new_entries)
    kept = _carried(svc, case_id)
    assert set(kept) == {n["hash"] for n in new_entries}
    for item in new_entries:
        whole = kept[item["hash"]]
        payload = dict(whole["payload"], at=parse_iso(whole["payload"]["at"]))
        assert custody.chain_hash(item["prev_hash"], custody.entry_payload(**payload)) == item["hash"]
        assert (whole["seq"], whole["prev_hash"]) == (item["seq"], item["prev_hash"])
    report = svc.verify(case_id)
    assert report.ok, report.problems
    assert report.files_checked == 3


def test_merging_the_same_changes_again_adds_nothing(
    shared: tuple[str, Path], source: CaseService, svc: CaseService, workspace_dir: Path
) -> None:
    case_id, folder = shared
    source.add_note(case_id, "One more thing.")
    second = export_bundle(source, case_id, folder / "second.casedesk")
    assert import_bundle(svc, second.path).status == "merged"
    # Alice exports again with nothing new except that export's own entry... which we have not seen.
    third = export_bundle(source, case_id, folder / "third.casedesk")
    merged_again = import_bundle(svc, third.path)
    assert merged_again.status == "merged"
    assert merged_again.added_entries == 1  # only the second export's entry is new here
    assert merged_again.added_evidence == 0
    svc.list_cases()
    before = tree_state(workspace_dir)

    for bundle in (second.path, third.path, folder / "first.casedesk"):
        assert import_bundle(svc, bundle).status == "unchanged"

    assert tree_state(workspace_dir) == before
    assert [n.text for n in svc.case_view(case_id).notes].count("One more thing.") == 1


def test_merge_back_the_other_way(shared: tuple[str, Path], source: CaseService, svc: CaseService) -> None:
    """The importer's own changes travel back to Alice; her chain stays intact too."""
    case_id, folder = shared
    place = svc.add_place(case_id, "Bordj Badji Mokhtar", 21.33, 0.95).id
    back = export_bundle(svc, case_id, folder / "back.casedesk")

    result = import_bundle(source, back.path)

    assert result.status == "merged"
    assert result.conflicts == []
    assert place in {p.id for p in source.case_view(case_id).places}
    actions = [n["action"] for n in source.custody_log(case_id)[-1].details["new_entries"]]
    assert actions == ["bundle_import", "place_add"]
    assert source.verify(case_id).ok


def test_evidence_purged_here_is_not_restored(
    shared: tuple[str, Path], source: CaseService, svc: CaseService
) -> None:
    case_id, folder = shared
    victim = svc.case_view(case_id).evidence[-1]
    svc.trash_evidence(victim.id)
    svc.purge_evidence(victim.id, "Personal data of a bystander.")
    source.add_note(case_id, "Something new from Alice.")
    newer = export_bundle(source, case_id, folder / "newer.casedesk")

    result = import_bundle(svc, newer.path)

    assert result.status == "merged"
    assert victim.id not in {e.id for e in svc.case_view(case_id).evidence + svc.case_view(case_id).trash}
    assert result.conflicts == [
        f"evidence {victim.id[:8]} ('two.png'): purged in this workspace; not restored from the bundle."
    ]
    assert not svc.workspace.store.has(victim.sha256)
    assert svc.verify(case_id).ok


def test_entries_seen_through_a_third_party_are_not_recorded_twice(
    shared: tuple[str, Path], source: CaseService, svc: CaseService
) -> None:
    case_id, folder = shared  # Alice -> us
    carol = CaseService.open(folder / "carol-workspace", "Carol")
    try:
        assert (
            import_bundle(carol, export_bundle(svc, case_id, folder / "b1.casedesk").path).status
            == "imported"
        )
        source.add_note(case_id, "Alice, later.")
        assert (
            import_bundle(svc, export_bundle(source, case_id, folder / "a2.casedesk").path).status == "merged"
        )
        via_us = import_bundle(carol, export_bundle(svc, case_id, folder / "b2.casedesk").path)
        assert via_us.status == "merged"
        assert "Alice, later." in {n.text for n in carol.case_view(case_id).notes}

        direct = import_bundle(carol, export_bundle(source, case_id, folder / "a3.casedesk").path)

        # Carol already holds Alice's note entry and first export, nested in our merge entry;
        # only Alice's second export entry is new to her.
        assert direct.status == "merged"
        assert direct.added_entries == 1
        assert [n["action"] for n in carol.custody_log(case_id)[-1].details["new_entries"]] == [
            "bundle_export"
        ]
        assert carol.verify(case_id).ok
    finally:
        carol.close()


def test_going_back_and_forth_every_recorded_entry_checks(
    shared: tuple[str, Path], source: CaseService, svc: CaseService
) -> None:
    """Alice and we send the case to each other three times, each adding a note: verify recomputes
    the hash of every entry each merge recorded, merges inside merges included."""
    case_id, folder = shared
    for round_ in range(3):
        source.add_note(case_id, f"Alice, round {round_}.")
        import_bundle(svc, export_bundle(source, case_id, folder / f"a{round_}.casedesk").path)
        svc.add_note(case_id, f"Us, round {round_}.")
        import_bundle(source, export_bundle(svc, case_id, folder / f"b{round_}.casedesk").path)
        for side in (svc, source):
            assert side.verify(case_id).ok
    kept = {h: Carried(**row) for h, row in _carried(source, case_id).items()}
    nested = [
        item
        for e in source.custody_log(case_id)
        for item in merged_entries(e.action, e.details, kept)
        if item.action == "bundle_merge"
    ]
    assert nested  # merges recorded inside merges were checked too
    assert any(item.payload is not None for item in nested)  # and followed through their payloads


def test_the_log_grows_with_the_changes_not_with_the_trips(
    shared: tuple[str, Path], source: CaseService, svc: CaseService
) -> None:
    """Each trip adds the same few changes: every merge names only the entries new to it, and each
    remote payload is kept once, so what a merge records does not grow with the case's history."""
    case_id, folder = shared
    sizes: list[int] = []
    for round_ in range(6):
        source.add_note(case_id, f"Alice, round {round_}.")
        import_bundle(svc, export_bundle(source, case_id, folder / f"a{round_}.casedesk").path)
        svc.add_note(case_id, f"Us, round {round_}.")
        import_bundle(source, export_bundle(svc, case_id, folder / f"b{round_}.casedesk").path)
        merge = source.custody_log(case_id)[-1]
        assert merge.action == "bundle_merge"
        sizes.append(len(json.dumps(merge.details)))
    assert max(sizes[1:]) - min(sizes[1:]) < 200, sizes  # the same changes each trip: the same size
    for side, other in ((source, svc), (svc, source)):
        own = {e.hash for e in side.custody_log(case_id)}
        kept = _carried(side, case_id)
        assert not own & set(kept)  # an entry of this log is never also kept as carried
        # Every entry of the other side is held here exactly once: in the log or kept as carried.
        theirs = [e.hash for e in other.custody_log(case_id)]
        # (but for their last export and merge: an export's entry comes after the bundle it names)
        assert set(theirs[:-2]) <= own | set(kept)
        assert side.verify(case_id).ok


@pytest.fixture
def merged(shared: tuple[str, Path], source: CaseService, svc: CaseService) -> tuple[str, CaseService]:
    case_id, folder = shared
    source.add_note(case_id, "Alice, later.")
    import_bundle(svc, export_bundle(source, case_id, folder / "a2.casedesk").path)
    merge = svc.custody_log(case_id)[-1]
    assert merge.action == "bundle_merge" and svc.verify(case_id).ok
    return case_id, svc


def _raw(svc: CaseService, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Someone with raw access to the database, past its append-only triggers."""
    con = sqlite3.connect(svc.workspace.db_path)
    with con:
        con.execute("DROP TRIGGER carried_entry_no_update")
        con.execute("DROP TRIGGER carried_entry_no_delete")
        for sql, args in statements:
            con.execute(sql, args)
    con.close()


def _problems(svc: CaseService, case_id: str) -> list[str]:
    report = svc.verify(case_id)
    assert not report.ok
    return [p.detail for p in report.problems]


@pytest.mark.folder_only("edits the SQLite file behind the triggers' back")
def test_a_carried_entry_that_was_altered_is_found_by_verify(merged: tuple[str, CaseService]) -> None:
    case_id, svc = merged
    note = next(row for row in _carried(svc, case_id).values() if row["payload"]["action"] == "note_add")
    payload = json.loads(json.dumps(note["payload"]))
    payload["details"]["text"] = "Someone else's words."
    _raw(svc, ("UPDATE carried_entry SET payload = ? WHERE hash = ?", (json.dumps(payload), note["hash"])))
    assert any(f"carried entry {note['seq']} does not match its hash" in p for p in _problems(svc, case_id))


@pytest.mark.folder_only("edits the SQLite file behind the triggers' back")
def test_a_carried_entry_that_was_deleted_is_found_by_verify(merged: tuple[str, CaseService]) -> None:
    case_id, svc = merged
    note = next(row for row in _carried(svc, case_id).values() if row["payload"]["action"] == "note_add")
    _raw(svc, ("DELETE FROM carried_entry WHERE hash = ?", (note["hash"],)))
    assert any("missing from the carried entries" in p for p in _problems(svc, case_id))


@pytest.mark.folder_only("edits the SQLite file behind the triggers' back")
def test_a_carried_entry_slipped_in_is_found_by_verify(merged: tuple[str, CaseService]) -> None:
    """One kept without a merge naming it would make a later merge skip that remote entry."""
    case_id, svc = merged
    head = svc.custody_log(case_id)[-1]
    payload = custody.entry_payload(
        case_id=case_id,
        seq=head.seq + 1,
        at=head.at,
        investigator="Mallory",
        action="note_add",
        object_type="note",
        object_id="n",
        details={"text": "x"},
    )
    forged = custody.chain_hash(head.hash, payload)
    _raw(
        svc,
        (
            "INSERT INTO carried_entry (case_id, hash, seq, prev_hash, payload) VALUES (?, ?, ?, ?, ?)",
            (case_id, forged, head.seq + 1, head.hash, json.dumps(payload)),
        ),
    )
    assert any(
        f"carried entry {head.seq + 1} is named by no merge entry" in p for p in _problems(svc, case_id)
    )


def test_a_bundle_whose_carried_entry_was_altered_is_refused(
    shared: tuple[str, Path], source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id, folder = shared
    svc.add_note(case_id, "Ours.")
    import_bundle(source, export_bundle(svc, case_id, folder / "back.casedesk").path)  # Alice keeps ours
    bundle = export_bundle(source, case_id, folder / "a2.casedesk").path

    def alter(document: dict[str, Any]) -> None:
        note = next(r for r in document["carried_custody"] if r["payload"]["action"] == "note_add")
        note["payload"]["details"]["text"] = "Someone else's words."

    forged = repack(bundle, tmp_path / "forged.casedesk", manifest=alter)
    carol = CaseService.open(tmp_path / "carol", "Carol")
    try:
        with pytest.raises(BundleError, match=r"carried entry \d+ does not match its hash"):
            import_bundle(carol, forged)
        assert carol.list_cases() == []
    finally:
        carol.close()


@pytest.mark.folder_only("edits the SQLite file behind the triggers' back")
def test_a_merge_header_that_was_altered_is_found_by_verify(merged: tuple[str, CaseService]) -> None:
    case_id, svc = merged
    merge = svc.custody_log(case_id)[-1]
    details = json.loads(json.dumps(merge.details))
    note = next(i for i in details["new_entries"] if i["action"] == "note_add")
    note["prev_hash"] = "0" * 64
    payload = custody.entry_payload(
        case_id=case_id,
        seq=merge.seq,
        at=merge.at,
        investigator=merge.investigator,
        action=merge.action,
        object_type=merge.object_type,
        object_id=merge.object_id,
        details=details,
    )
    con = sqlite3.connect(svc.workspace.db_path)
    with con:  # rewritten and re-chained by someone with raw access: the merge is the head
        con.execute("DROP TRIGGER custody_entry_no_update")
        con.execute(
            "UPDATE custody_entry SET details = ?, hash = ? WHERE id = ?",
            (json.dumps(details), custody.chain_hash(merge.prev_hash, payload), merge.id),
        )
    con.close()
    assert any(f"remote entry {note['seq']} does not match its hash" in p for p in _problems(svc, case_id))
