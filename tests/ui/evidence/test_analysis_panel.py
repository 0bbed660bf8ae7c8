"""The viewer's Analysis tab on real corpus stills: text recognised with its word boxes, forensics
findings in the report's words, the error level view over the picture, the magnifier, findings copied
into a checklist note (and undone)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication

from casedesk.core.service import CaseService
from casedesk.ui.i18n import strip_isolates

from .helpers import ingest, write_wav

CORPUS = Path(__file__).parents[3].parent / "shared" / "corpus"
HELLO = CORPUS / "ocr" / "HelloGoogle.tif"  # its truth: "Hello Google"
DOUBLE = CORPUS / "forensics" / "comp4050.jpg"  # saved at quality 40, then 50


def shown(pane, qtbot, evidence_id: str):  # type: ignore[no-untyped-def]
    pane.select_evidence(evidence_id)
    viewer = pane.viewer
    qtbot.waitUntil(viewer.picture_ready, timeout=10_000)
    panel = viewer.analysis
    viewer.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.analysis is not None, timeout=10_000)
    return panel


def finished(handle) -> None:  # type: ignore[no-untyped-def]
    assert handle is not None
    assert handle.wait(120_000), "the task did not finish"
    assert handle.error is None, handle.error


def test_text_is_recognised_with_its_word_boxes(pane, svc: CaseService, qtbot) -> None:  # type: ignore[no-untyped-def]
    (page,) = ingest(pane, [HELLO])
    panel = shown(pane, qtbot, page.evidence_id)
    assert panel.text_status.text() == "Not recognised yet." and not panel.boxes_check.isEnabled()
    panel.prefs.ocr_languages = "eng"
    finished(panel.recognise())
    qtbot.waitUntil(lambda: "Hello" in panel.text.toPlainText(), timeout=10_000)
    stored = svc.evidence_text(page.evidence_id)
    assert stored is not None and panel.text.toPlainText() == stored.text
    assert strip_isolates(panel.text_status.text()).startswith("Read in eng by Tesseract")
    assert "text_recognise" in [e.action for e in svc.custody_log(pane.case_id)]

    view = pane.viewer.image_view
    assert view.word_box_count() == 0
    panel.boxes_check.setChecked(True)
    assert view.word_box_count() == len(stored.words) >= 2
    first = stored.words[0]
    box = min(view._boxes.childItems(), key=lambda item: item.rect().x())
    scale = view.picture_item().pixmap().width() / stored.width
    assert abs(box.rect().x() - first.x * scale) < 1 and first.text in box.toolTip()
    panel.boxes_check.setChecked(False)
    assert view.word_box_count() == 0

    panel.copy_text()
    assert QGuiApplication.clipboard().text() == stored.text


def test_findings_overlay_and_magnifier(pane, svc: CaseService, qtbot) -> None:  # type: ignore[no-untyped-def]
    (still,) = ingest(pane, [DOUBLE])
    panel = shown(pane, qtbot, still.evidence_id)
    assert panel.findings_status.text() == "Not examined yet." and panel.methods == []
    finished(panel.examine())
    qtbot.waitUntil(lambda: bool(panel.methods), timeout=10_000)
    assert "Error level analysis" in panel.methods and "Double JPEG compression" in panel.methods
    shown_text = panel.findings.toPlainText()
    double = shown_text[shown_text.index("Double JPEG compression") :]
    assert "an indication of double compression" in double  # in the words the report prints
    assert "Method: double_jpeg_compression. Reference:" in double
    assert "none a verdict" in panel.findings_status.text()
    assert svc.custody_log(pane.case_id)[-1].action == "forensics_examine"

    view = pane.viewer.image_view
    before = view.shown_image()
    panel.overlay_box.setCurrentIndex(panel.overlay_box.findData("ela"))
    qtbot.waitUntil(view.has_overlay, timeout=60_000)
    assert panel.views is not None and panel.views.ela.size() == before.size()  # the original's pixels
    assert view._overlay.opacity() == 0.7
    panel.opacity.setValue(30)
    assert abs(view._overlay.opacity() - 0.3) < 1e-6
    panel.overlay_box.setCurrentIndex(panel.overlay_box.findData(""))
    assert not view.has_overlay()
    panel.overlay_box.setCurrentIndex(panel.overlay_box.findData("noise"))
    assert view.has_overlay()  # the views are computed once per original

    panel.magnifier_check.setChecked(True)
    centre = view.mapFromScene(view.picture_rect().center())
    assert panel.magnifier.show_at(centre) and panel.magnifier.loupe.isVisible()
    assert panel.magnifier.loupe.pixmap().width() == 200
    assert not panel.magnifier.show_at(QPoint(-50, -50))  # off the picture: no loupe
    panel.magnifier_check.setChecked(False)
    assert not panel.magnifier.loupe.isVisible()


def test_findings_go_into_a_checklist_note_and_undo(pane, svc: CaseService, qtbot) -> None:  # type: ignore[no-untyped-def]
    (still,) = ingest(pane, [DOUBLE])
    panel = shown(pane, qtbot, still.evidence_id)
    assert not panel.copy_findings_button.isEnabled()  # nothing examined yet
    finished(panel.examine())
    qtbot.waitUntil(panel.copy_findings_button.isEnabled, timeout=10_000)
    assert panel.step_box.currentData() == "ev_metadata"
    step = next(s for s in svc.checklist(pane.case_id, still.evidence_id) if s.key == "ev_metadata")
    pane.edits.set_check(None, step.id, note="EXIF read with exiftool.")  # as the Checklist tab does
    qtbot.waitUntil(lambda: any(s.note for s in panel.analysis.steps), timeout=10_000)
    assert panel.copy_findings() is not None
    note = next(s for s in svc.checklist(pane.case_id, still.evidence_id) if s.id == step.id).note
    assert note.startswith("EXIF read with exiftool.\n\nImage forensics (")  # what was there is kept
    assert "none a verdict" in note and "- Error level analysis: Differences after one re-save" in note
    pane.ops.undo_stack.undo()  # the copy, not the typed note
    assert next(s for s in svc.checklist(pane.case_id, still.evidence_id) if s.id == step.id).note == (
        "EXIF read with exiftool."
    )


def test_not_a_still(pane, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    (note,) = ingest(pane, [write_wav(tmp_path / "note.wav")])
    pane.select_evidence(note.evidence_id)
    panel = pane.viewer.analysis
    assert not pane.viewer.tabs.isTabVisible(pane.viewer.tabs.indexOf(panel))  # a tab for stills only
    assert panel.text_status.text() == "Text recognition and forensics apply to still images."
    assert not panel.recognise_button.isEnabled() and not panel.examine_button.isEnabled()
    assert panel.recognise() is None and panel.examine() is None


def test_nothing_is_laid_over_a_hidden_picture(pane, svc: CaseService, qtbot) -> None:  # type: ignore[no-untyped-def]
    (still,) = ingest(pane, [DOUBLE])
    svc.update_evidence(still.evidence_id, graphic=True)
    pane.show_case(pane.case_id)
    panel = shown(pane, qtbot, still.evidence_id)
    view = pane.viewer.image_view
    assert view.hidden
    panel.overlay_box.setCurrentIndex(panel.overlay_box.findData("ela"))
    qtbot.waitUntil(lambda: panel.views is not None, timeout=60_000)
    assert not view.has_overlay()  # the error levels would show what the blur hides
    panel.magnifier_check.setChecked(True)
    assert not panel.magnifier.show_at(view.mapFromScene(view.picture_rect().center()))
    pane.viewer.reveal()
    assert view.has_overlay()  # laid over once the investigator has chosen to see it
