"""Soft removal travels: a removed source, claim or link arrives removed, with its reason. Merging
compares removal as one fact, and bundles of format 1 (before removal travelled) are still read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import BundleError, export_bundle, import_bundle
from casedesk.bundle.schema import REMOVAL_FIELDS, ROW_TABLES
from casedesk.core.service import CaseService

from .conftest import Exported
from .helpers import repack, small_case

REMOVABLE = ["source", "claim", "claim_evidence", "claim_source", "place", "timeline_event", "note"]


def test_a_round_trip_carries_removed_records_with_their_reasons(
    source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id = small_case(source, tmp_path / "files")
    view = source.case_view(case_id)
    claim = view.claims[0]
    rumour = source.add_claim(case_id, "A rumour.").id
    source.unlink_claim_evidence(claim.id, claim.evidence[0].evidence_id, "Wrong truck.")
    source.remove_source(view.sources[0].id, "Sock puppet.", unlink=True)  # and its claim link
    source.remove_claim(rumour, "Never made.")
    bundle = export_bundle(source, case_id, tmp_path / "removed.casedesk")

    assert import_bundle(svc, bundle.path).status == "imported"

    [gone] = svc.list_sources(case_id, removed=True)
    assert (gone.id, gone.removed, gone.removed_reason) == (view.sources[0].id, True, "Sock puppet.")
    assert svc.list_sources(case_id) == []
    assert [c.id for c in svc.list_claims(case_id)] == [claim.id]
    removed_claim = next(c for c in svc.list_claims(case_id, removed=True) if c.id == rumour)
    assert (removed_claim.removed, removed_claim.removed_reason) == (True, "Never made.")
    here = svc.export_records(case_id, REMOVABLE).tables
    [evidence_link] = here["claim_evidence"]
    [source_link] = here["claim_source"]
    assert evidence_link["removed_reason"] == "Wrong truck." and evidence_link["removed_at"] is not None
    assert source_link["removed_reason"] == "Sock puppet." and source_link["removed_at"] is not None
    # Every removable record arrives exactly as it left, times included (each side lists them in
    # its own stored order: a team database's is not a folder's).
    there = source.export_records(case_id, REMOVABLE).tables
    assert {t: _by_id(rows) for t, rows in here.items()} == {t: _by_id(rows) for t, rows in there.items()}


def _by_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: str(row.get("id", row)))


@pytest.fixture
def shared(source: CaseService, svc: CaseService, tmp_path: Path) -> tuple[str, str]:
    """Alice's case, imported here; returns the case and its claim."""
    case_id = small_case(source, tmp_path / "alice-files")
    assert import_bundle(svc, export_bundle(source, case_id, tmp_path / "first.casedesk").path).status
    return case_id, source.case_view(case_id).claims[0].id


def _merge(source: CaseService, svc: CaseService, case_id: str, folder: Path) -> list[str]:
    source.add_note(case_id, "Something new from Alice.")  # so that the bundle has news
    result = import_bundle(svc, export_bundle(source, case_id, folder / "newer.casedesk").path)
    assert result.status == "merged"
    assert "Something new from Alice." in {n.text for n in svc.case_view(case_id).notes}
    return result.conflicts


def test_a_removal_made_there_only_is_reported_and_not_applied(
    shared: tuple[str, str], source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id, claim = shared
    source.remove_claim(claim, "Not what the video shows.")

    conflicts = _merge(source, svc, case_id, tmp_path)

    assert conflicts == [
        f"claim {claim[:8]} ('Drones struck two trucks.'): removed in the bundle "
        "('Not what the video shows.'), not here. Kept this workspace's value."
    ]
    assert [c.id for c in svc.list_claims(case_id)] == [claim]


def test_a_removal_made_here_only_is_kept(
    shared: tuple[str, str], source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id, claim = shared
    svc.remove_claim(claim, "Duplicate of another claim.")

    conflicts = _merge(source, svc, case_id, tmp_path)

    assert conflicts == [
        f"claim {claim[:8]} ('Drones struck two trucks.'): removed here "
        "('Duplicate of another claim.'), not in the bundle. Kept this workspace's value."
    ]
    assert svc.list_claims(case_id) == []


def test_a_record_removed_on_both_sides_is_no_conflict(
    shared: tuple[str, str], source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id, claim = shared
    source.remove_claim(claim, "Not what the video shows.")
    svc.remove_claim(claim, "Duplicate of another claim.")

    assert _merge(source, svc, case_id, tmp_path) == []

    [kept] = svc.list_claims(case_id, removed=True)
    assert kept.removed_reason == "Duplicate of another claim."  # this workspace's own reason


# -- format 1 ---------------------------------------------------------------------------------


def _as_format_1(document: dict[str, Any]) -> None:
    document["version"] = 1
    del document["history"], document["history_start"]  # format 3
    del document["related_cases"]  # format 4
    del document["carried_custody"]  # format 5
    document.pop("annotations", None)  # format 6
    document["case"].pop("ocr_languages", None)  # format 7
    for spec in ROW_TABLES:
        for record in document.get(spec.key, []):
            for name in REMOVAL_FIELDS:
                record.pop(name, None)


def test_a_format_1_bundle_is_still_read_with_nothing_removed(
    small_export: Exported, svc: CaseService, tmp_path: Path
) -> None:
    old = repack(small_export.bundle, tmp_path / "v1.casedesk", manifest=_as_format_1)

    result = import_bundle(svc, old)

    assert result.status == "imported"
    case_id = small_export.case_id
    assert len(svc.list_sources(case_id)) == len(svc.list_sources(case_id, removed=True)) == 1
    links = svc.export_records(case_id, ["claim_evidence"]).tables["claim_evidence"]
    assert [(link["removed_at"], link["removed_reason"]) for link in links] == [(None, "")]
    assert svc.verify(case_id).ok


def test_a_format_1_bundle_may_not_carry_removal(
    small_export: Exported, svc: CaseService, tmp_path: Path
) -> None:
    def forged(document: dict[str, Any]) -> None:
        _as_format_1(document)
        document["claims"][0]["removed_at"] = "2025-03-14T10:00:00Z"

    bundle = repack(small_export.bundle, tmp_path / "forged.casedesk", manifest=forged)
    with pytest.raises(BundleError, match=r"claims\[0\] has unexpected field removed_at"):
        import_bundle(svc, bundle)
