"""The languages a case's text is recognised in: chosen per case (a custody-logged edit of the case),
used when no language is asked for, else the workspace's preference; carried by bundles; set from
the Overview."""

from __future__ import annotations

from pathlib import Path

import pytest

from casedesk.bundle import export_bundle, import_bundle
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService

from .conftest import PAGES


def test_a_case_s_languages_are_an_edit_in_its_custody_log(svc: CaseService) -> None:
    case_id = svc.create_case("Languages").id
    assert svc.case_header(case_id).ocr_languages == ""  # none chosen: the preference's
    svc.update_case(case_id, ocr_languages=" eng+ara+eng ")
    assert svc.case_header(case_id).ocr_languages == svc.case_view(case_id).ocr_languages == "eng+ara"
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "case_edit"
    assert entry.details["changes"] == {"ocr_languages": {"from": "", "to": "eng+ara"}}
    with pytest.raises(UsageError, match="Tesseract languages"):
        svc.update_case(case_id, ocr_languages="arabic, french")
    svc.update_case(case_id, ocr_languages="")  # back to the preference's
    assert svc.case_header(case_id).ocr_languages == ""
    assert svc.verify(case_id).ok


def test_text_is_read_in_the_case_s_languages_else_the_fallback(svc: CaseService) -> None:
    english = PAGES[0]
    case_id = svc.create_case("Read").id
    (added,) = svc.add_files(case_id, [english.path])
    item = added.evidence_id or ""
    svc.recognise_text([item], fallback="fra")
    text = svc.evidence_text(item)
    assert text is not None and text.languages == "fra"  # the case chose none: the preference's
    svc.update_case(case_id, ocr_languages="eng")
    svc.recognise_text([item], fallback="fra")
    text = svc.evidence_text(item)
    assert text is not None and text.languages == "eng" and "Hello" in text.text
    svc.recognise_text([item], "ara+eng")  # asked for by name: as asked
    text = svc.evidence_text(item)
    assert text is not None and text.languages == "ara+eng"


def test_a_bundle_carries_the_case_s_languages(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Carried").id
    svc.update_case(case_id, ocr_languages="ara+fra")
    export_bundle(svc, case_id, tmp_path / "case.cdb")
    other = CaseService.open(tmp_path / "other", "Receiver")
    try:
        import_bundle(other, tmp_path / "case.cdb")
        assert other.case_header(case_id).ocr_languages == "ara+fra"
    finally:
        other.close()


def test_the_overview_sets_the_case_s_languages(qtbot, svc: CaseService) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.ops import CaseOps
    from casedesk.ui.overview import OverviewTab

    case_id = svc.create_case("Overview").id
    ops = CaseOps(svc)
    panel = OverviewTab(svc, ops)
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    panel.show_header(svc.case_header(case_id))
    boxes = panel.ocr_languages.boxes
    assert not any(box.isChecked() for box in boxes.values())
    with qtbot.waitSignal(ops.changed, timeout=10_000):
        boxes["ara"].setChecked(True)
    assert svc.case_header(case_id).ocr_languages == "ara"
    with qtbot.waitSignal(ops.changed, timeout=10_000):
        boxes["eng"].setChecked(True)
    assert svc.case_header(case_id).ocr_languages == "ara+eng"  # in the order offered
    assert [e.action for e in svc.custody_log(case_id)][-2:] == ["case_edit", "case_edit"]
    panel.show_header(svc.case_header(case_id))
    assert [code for code, box in boxes.items() if box.isChecked()] == ["ara", "eng"]
