"""A shadow drawing kept as an annotation beside the still: the service's round trip, logged and versioned."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.history import state_as_of
from casedesk.core.service import CaseService
from casedesk.core.service.annotations import body_sha256
from casedesk.core.vocabulary import ObjectKind

BODY = {
    "drawing": {
        "base": [700.0, 560.0],
        "top": [700.0, 420.0],
        "tip": [620.0, 600.0],
        "reference_from": [120.0, 640.0],
        "reference_to": [120.0, 360.0],
        "reference_bearing": 0.0,
    },
    "shadow_bearing": 243.4,
    "shadow_ratio": 0.64,
}


@pytest.fixture
def item(svc: CaseService, tmp_path: Path) -> tuple[str, str]:
    case_id = svc.create_case("Convoy near Tessalit").id
    picture = tmp_path / "still.png"
    Image.new("RGB", (1024, 768), "tan").save(picture)
    (result,) = svc.add_files(case_id, [picture])
    assert result.evidence_id
    return case_id, result.evidence_id


def _versions(svc: CaseService, case_id: str, seq: int) -> list[dict[str, object]]:
    with svc.workspace.db.read() as s:
        return state_as_of(s, case_id, seq)["annotation"]


def test_a_drawing_is_added_edited_removed_and_restored_each_with_its_entry(
    svc: CaseService, item: tuple[str, str]
) -> None:
    case_id, evidence_id = item
    added = svc.add_annotation(evidence_id, "shadow", BODY, width=1024, height=768, label="Truck's shadow")
    assert added.touches(ObjectKind.ANNOTATION, ObjectKind.EVIDENCE) and added.touches_case(case_id)
    (view,) = svc.list_annotations(evidence_id)
    assert view.id == added.id and view.kind == "shadow" and view.body == BODY
    assert (view.width, view.height, view.label) == (1024, 768, "Truck's shadow")
    assert svc.case_annotations(case_id) == [view]
    entry = svc.custody_log(case_id)[-1]
    assert (entry.action, entry.object_type, entry.object_id) == ("annotation_add", "annotation", view.id)
    assert entry.details["evidence_id"] == evidence_id
    assert entry.details["body"] == BODY and entry.details["body_sha256"] == body_sha256(BODY)
    added_at = entry.seq

    moved = {**BODY, "shadow_bearing": 250.0}
    edited = svc.update_annotation(view.id, body=moved)
    assert edited.before[view.id]["body"] == BODY  # enough to undo
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "annotation_edit"
    assert entry.details["changes"]["body_sha256"] == {"from": body_sha256(BODY), "to": body_sha256(moved)}
    assert entry.details["body"] == moved
    assert not svc.update_annotation(view.id, body=moved)  # nothing changed, nothing logged
    edited_at = entry.seq

    svc.remove_annotation(view.id, "Drawn on the wrong truck")
    assert svc.list_annotations(evidence_id) == []
    (hidden,) = svc.list_annotations(evidence_id, removed=True)
    assert hidden.removed and hidden.removed_reason == "Drawn on the wrong truck"
    assert svc.custody_log(case_id)[-1].action == "annotation_remove"
    svc.restore_annotation(view.id)
    assert svc.custody_log(case_id)[-1].action == "annotation_restore"
    assert [a.body for a in svc.list_annotations(evidence_id)] == [moved]

    # Versioned like a note: the case as of each entry holds the drawing as it then stood.
    assert [v["body"] for v in _versions(svc, case_id, added_at)] == [BODY]
    assert [v["body"] for v in _versions(svc, case_id, edited_at)] == [moved]
    assert _versions(svc, case_id, added_at - 1) == []
    assert svc.verify(case_id).ok


def test_what_is_not_a_drawing_is_refused(svc: CaseService, item: tuple[str, str]) -> None:
    case_id, evidence_id = item
    before = len(svc.custody_log(case_id))
    with pytest.raises(UsageError, match="annotation kind"):
        svc.add_annotation(evidence_id, "scribble", BODY, width=1, height=1)
    with pytest.raises(UsageError, match="JSON object"):
        svc.add_annotation(evidence_id, "shadow", {"x": float("nan")}, width=1, height=1)
    with pytest.raises(UsageError, match="whole numbers"):
        svc.add_annotation(evidence_id, "shadow", BODY, width=-1, height=1)
    with pytest.raises(NotFoundError):
        svc.add_annotation("no-such-item", "shadow", BODY, width=1, height=1)
    with pytest.raises(NotFoundError, match="No annotation"):
        svc.update_annotation("no-such-annotation", label="x")
    svc.trash_evidence(evidence_id)
    with pytest.raises(UsageError, match="trash"):
        svc.add_annotation(evidence_id, "shadow", BODY, width=1, height=1)
    assert len(svc.custody_log(case_id)) == before + 1  # only the trashing
