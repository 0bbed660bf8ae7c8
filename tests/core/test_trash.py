"""Nothing is hard-deleted by an ordinary action: trash, restore and an explicit, logged purge."""

from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService


def _add(svc: CaseService, case_id: str, path: Path, color: str) -> str:
    Image.new("RGB", (32, 24), color).save(path)
    [result] = svc.add_files(case_id, [path])
    assert result.evidence_id
    return result.evidence_id


def test_trash_restore_and_purge_are_logged_and_keep_originals_until_purged(
    svc: CaseService, tmp_path: Path
) -> None:
    case_id = svc.create_case("Trash").id
    evidence_id = _add(svc, case_id, tmp_path / "kept.png", "red")
    svc.update_evidence(evidence_id, description="bystander portrait")
    original = svc.original_path(evidence_id)

    svc.trash_evidence(evidence_id, reason="wrong case")
    view = svc.case_view(case_id)
    assert [e.id for e in view.trash] == [evidence_id] and view.evidence == []
    assert svc.search("bystander") == []
    assert original.is_file()
    with pytest.raises(UsageError, match="reason"):
        svc.purge_evidence(evidence_id, "  ")

    svc.restore_evidence(evidence_id)
    assert [e.id for e in svc.case_view(case_id).evidence] == [evidence_id]
    assert svc.search("bystander")[0].object_id == evidence_id
    with pytest.raises(UsageError, match="trash first"):
        svc.purge_evidence(evidence_id, "not yet")

    svc.trash_evidence(evidence_id)
    svc.purge_evidence(evidence_id, "Personal data of a bystander.")
    assert not original.exists()
    log = svc.custody_log(case_id)
    assert [e.action for e in log][-4:] == [
        "evidence_trash",
        "evidence_restore",
        "evidence_trash",
        "evidence_purge",
    ]
    assert (
        log[-1].details["reason"] == "Personal data of a bystander." and log[-1].details["original_removed"]
    )
    assert svc.verify(case_id).ok


def test_purge_keeps_an_original_another_case_still_cites(svc: CaseService, tmp_path: Path) -> None:
    first, second = svc.create_case("First").id, svc.create_case("Second").id
    shared = tmp_path / "shared.png"
    evidence_id = _add(svc, first, shared, "blue")
    [other] = svc.add_files(second, [shared])
    svc.trash_evidence(evidence_id)
    svc.purge_evidence(evidence_id, "Added to the wrong case.")
    assert other.evidence_id and svc.original_path(other.evidence_id).is_file()
    assert svc.custody_log(first)[-1].details["original_removed"] is False
    assert svc.verify().ok


def test_evidence_check_states_group_each_items_checklist(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("States").id
    a = _add(svc, case_id, tmp_path / "a.png", "red")
    b = _add(svc, case_id, tmp_path / "b.png", "green")
    first_check = svc.checklist(case_id, a)[0]
    svc.set_check(first_check.id, "failed", "EXIF contradicts the claimed date.")
    states = svc.evidence_check_states(case_id)
    assert states == {a: frozenset({"failed", "pending"}), b: frozenset({"pending"})}
