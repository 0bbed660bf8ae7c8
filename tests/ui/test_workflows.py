"""Whole-case work from the menus: PDF report and bundles run in workers and end with a plain summary."""

from __future__ import annotations

from pathlib import Path

from casedesk.ui import workflows
from casedesk.ui.case_panel import CasePanel

from .conftest import message_boxes
from .driving import open_case, settle


def test_file_stem_is_safe_for_any_script() -> None:
    assert workflows.file_stem("Strike near Mali/Algeria: day 1") == "Strike-near-MaliAlgeria-day-1"
    assert workflows.file_stem("قضية الشاحنات") == "قضية-الشاحنات"
    assert workflows.file_stem("///") == "case"


def test_export_pdf_writes_report_and_logs_it(qtbot, main_window, svc, images, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Report case").id
    svc.add_files(case_id, images("r", 1))
    open_case(qtbot, main_window, case_id)
    before = main_window.panel.custody.model.rowCount()
    out = tmp_path / "report.pdf"
    handle = workflows.export_pdf(main_window, main_window.ops, case_id, "Report case", out)
    assert handle is not None and handle.wait(60000), "export did not finish"
    assert handle.error is None
    assert out.read_bytes().startswith(b"%PDF")
    settle(qtbot)  # the export was announced: the custody tab read the entry it appended
    assert main_window.panel.custody.model.rowCount() == before + 1
    assert main_window.panel.custody.model.entries[-1].action == "export_pdf"
    [box] = message_boxes()
    assert str(out) in box.text() and handle.result.sha256 in box.detailedText()


def test_bundle_export_then_import_into_the_same_workspace(
    qtbot, main_window, svc, images, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Bundle case").id
    svc.add_files(case_id, images("b", 2))
    open_case(qtbot, main_window, case_id)
    out = tmp_path / "case.cdbundle"
    handle = workflows.export_bundle(main_window, main_window.ops, case_id, "Bundle case", out)
    assert handle is not None and handle.wait(60000) and handle.error is None
    assert out.stat().st_size == handle.result.size
    for box in message_boxes():
        box.close()

    opened: list[str] = []
    handle = workflows.import_bundle(main_window, main_window.ops, opened.append, out)
    assert handle is not None and handle.wait(60000) and handle.error is None
    assert opened == [case_id]  # the case already here: nothing new, but it is shown
    assert handle.result.added_evidence == 0
    settle(qtbot)
    assert main_window.panel.tabs.count() == 8 and main_window.panel.case_id == case_id
    assert main_window.panel.tabs.tabText(CasePanel.EVIDENCE).endswith("(2)")


def test_importing_a_new_case_announces_it(qtbot, main_window, svc, images, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from casedesk.bundle import export_bundle
    from casedesk.core.service import CaseService

    elsewhere = CaseService.open(tmp_path / "elsewhere", "Field investigator")
    try:
        case_id = elsewhere.create_case("Sent from the field").id
        elsewhere.add_files(case_id, images("f", 1))
        out = tmp_path / "field.cdbundle"
        export_bundle(elsewhere, case_id, out)
    finally:
        elsewhere.close()
    handle = workflows.import_bundle(main_window, main_window.ops, main_window.open_case, out)
    assert handle is not None and handle.wait(60000) and handle.error is None
    for box in message_boxes():
        box.close()
    # The list learns of the new case from the announcement (no reload) and the window opens it.
    qtbot.waitUntil(lambda: main_window.panel.case_id == case_id, timeout=5000)
    settle(qtbot)
    assert [c.title for c in main_window.cases.model.cases] == ["Sent from the field"]
    assert main_window.cases.model.cases[0].evidence_count == 1
    assert main_window.windowTitle() == "Sent from the field — CaseDesk"
