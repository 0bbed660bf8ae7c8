"""Analyse ▸ on the selection or the whole case: text recognised in the stills and PDF pages chosen,
stills examined, sound and footage left out; a cancelled run keeps what it recorded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from casedesk.core.service import CaseService

from .helpers import ingest, write_png, write_wav

CORPUS = Path(__file__).parents[3].parent / "shared" / "corpus"
HELLO = CORPUS / "ocr" / "HelloGoogle.tif"


def finished(handle) -> None:  # type: ignore[no-untyped-def]
    assert handle is not None and handle.wait(120_000), "the task did not finish"
    assert handle.error is None, handle.error


def test_the_selection_is_read_and_examined(pane, svc: CaseService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane.prefs.ocr_languages = "eng"
    page, red, note = ingest(
        pane, [HELLO, write_png(tmp_path / "red.png", (200, 0, 0)), write_wav(tmp_path / "n.wav")]
    )
    pane.actions_.select_all.trigger()
    assert pane.selected_ids() and pane.analyse.recognise.isEnabled()
    finished(pane.analyse.recognise_selected())
    assert "Hello" in svc.evidence_text(page.evidence_id).text
    assert svc.evidence_text(red.evidence_id) is not None  # read, and found nothing
    assert svc.evidence_text(note.evidence_id) is None  # sound: left out, not refused
    finished(pane.analyse.examine_selected())
    assert svc.evidence_findings(page.evidence_id) is not None and svc.evidence_findings(red.evidence_id)
    actions = [e.action for e in svc.custody_log(pane.case_id)]
    assert actions.count("text_recognise") == 2 and actions.count("forensics_examine") == 2
    assert pane.analyse.menu in pane.actions_.extra_menus  # in the context menu too


def test_the_case_is_read_where_it_was_not(pane, svc: CaseService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane.prefs.ocr_languages = "eng"
    ingest(pane, [HELLO])
    finished(pane.analyse.recognise_unread())
    assert svc.text_unrecognised(pane.case_id) == []
    (second,) = ingest(pane, [write_png(tmp_path / "blue.png", (0, 0, 200))])
    assert svc.text_unrecognised(pane.case_id) == [second.evidence_id]
    finished(pane.analyse.recognise_unread())
    assert svc.text_unrecognised(pane.case_id) == []
    assert [e.action for e in svc.custody_log(pane.case_id)].count("text_recognise") == 2  # not read twice

    finished(pane.analyse.recognise_unread())  # nothing left: said so
    box = pane.analyse.last_box
    assert isinstance(box, QMessageBox) and "read already" in box.text()
    box.close()


def test_only_sound_chosen_says_so(pane, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (note,) = ingest(pane, [write_wav(tmp_path / "n.wav")])
    pane.select_evidence(note.evidence_id)
    finished(pane.analyse.examine_selected())
    box = pane.analyse.last_box
    assert isinstance(box, QMessageBox) and box.text() == "None of the items chosen is a still image."
    box.close()
