"""Annotations travel in bundles (format 6): exported, imported with their history, merged, checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import export_bundle, import_bundle
from casedesk.bundle.errors import BundleError
from casedesk.core.service import CaseService

from .helpers import repack, small_case

BODY = {"drawing": {"base": [10.0, 40.0], "top": [10.0, 5.0]}, "shadow_bearing": 200.0}


def _first_item(svc: CaseService, case_id: str) -> str:
    return svc.case_view(case_id).evidence[0].id


def _annotated(source: CaseService, folder: Path) -> tuple[str, str]:
    case_id = small_case(source, folder)
    evidence_id = _first_item(source, case_id)
    mark = source.add_annotation(evidence_id, "shadow", BODY, width=64, height=48, label="Pole").id
    source.update_annotation(mark, body={**BODY, "shadow_bearing": 201.5})
    return case_id, mark


def test_an_annotation_and_its_history_travel(source: CaseService, svc: CaseService, tmp_path: Path) -> None:
    case_id, mark = _annotated(source, tmp_path / "files")
    removed = source.add_annotation(_first_item(source, case_id), "shadow", BODY, width=64, height=48).id
    source.remove_annotation(removed, "Wrong pole")
    bundle = export_bundle(source, case_id, tmp_path / "out.casedesk").path
    assert import_bundle(svc, bundle).status == "imported"

    (here,) = svc.case_annotations(case_id)
    there = source.annotation(mark)
    assert here == there  # every field, times included
    assert here.body["shadow_bearing"] == 201.5
    (hidden,) = svc.case_annotations(case_id, removed=True)[1:]
    assert hidden.id == removed and hidden.removed_reason == "Wrong pole"
    # The history came too: as of the entry that added it, the drawing reads as first drawn.
    added = next(e.seq for e in source.custody_log(case_id) if e.action == "annotation_add")
    versions = [
        v
        for v in svc.export_records(case_id, []).history
        if v["table"] == "annotation" and v["row_key"] == mark
    ]
    assert [v["entry_seq"] for v in versions][:1] == [added]
    assert versions[0]["data"]["body"] == BODY
    assert svc.verify(case_id).ok


def test_an_annotation_made_elsewhere_is_merged(
    source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id = small_case(source, tmp_path / "files")
    first = export_bundle(source, case_id, tmp_path / "first.casedesk").path
    assert import_bundle(svc, first).status == "imported"
    mark = source.add_annotation(_first_item(source, case_id), "shadow", BODY, width=64, height=48).id
    second = export_bundle(source, case_id, tmp_path / "second.casedesk").path
    assert import_bundle(svc, second).status == "merged"
    assert [a.id for a in svc.case_annotations(case_id)] == [mark]
    assert svc.custody_log(case_id)[-1].action == "bundle_merge"


def test_an_annotation_on_an_item_the_bundle_lacks_is_refused(
    source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id, _mark = _annotated(source, tmp_path / "files")
    bundle = export_bundle(source, case_id, tmp_path / "out.casedesk").path

    def elsewhere(document: dict[str, Any]) -> None:
        document["annotations"][0]["evidence_id"] = "00000000-0000-0000-0000-000000000000"

    forged = repack(bundle, tmp_path / "forged.casedesk", manifest=elsewhere)
    with pytest.raises(BundleError, match=r"annotation .* refers to evidence"):
        import_bundle(svc, forged)
    assert svc.list_cases() == []


def test_a_drawing_that_is_not_an_object_is_refused(
    source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id, _mark = _annotated(source, tmp_path / "files")
    bundle = export_bundle(source, case_id, tmp_path / "out.casedesk").path

    def broken(document: dict[str, Any]) -> None:
        document["annotations"][0]["body"] = [1, 2]

    with pytest.raises(BundleError, match=r"annotations\[0\]\.body must be a JSON object"):
        import_bundle(svc, repack(bundle, tmp_path / "broken.casedesk", manifest=broken))
