"""Preferences ▸ Text recognition, and the text of new stills recognised as they are added (Tesseract,
real corpus pages)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.ui.preferences_dialog import PreferencesDialog
from ocr.conftest import ARABIC, PAGES

from .evidence.helpers import ingest, write_wav

ENGLISH = PAGES[0]  # HelloGoogle.tif


@pytest.fixture
def make_pane(qtbot) -> Iterator[Callable[[CaseService, Preferences], object]]:  # type: ignore[no-untyped-def]
    from casedesk.ui.evidence import EvidencePane
    from casedesk.ui.ops import CaseOps

    panes = []

    def make(svc: CaseService, prefs: Preferences):  # type: ignore[no-untyped-def]
        pane = EvidencePane(svc, CaseOps(svc), prefs)
        qtbot.addWidget(pane)
        pane.show()
        pane.show_case(svc.create_case("Posters at the checkpoint").id)
        panes.append(pane)
        return pane

    yield make
    for pane in panes:
        pane.close_workers()


def _recognised(pane) -> None:  # type: ignore[no-untyped-def]
    handle = pane.intake.recognition
    assert handle is not None, "no recognition was started"
    assert handle.wait(120_000), "recognition did not finish"
    assert handle.error is None, handle.error


def test_new_stills_are_read_when_the_preference_is_on(make_pane, svc: CaseService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences(thumbnail_size=96, ocr_at_ingest=True, ocr_languages="ara")
    pane = make_pane(svc, prefs)
    poster, note = ingest(pane, [ARABIC.path, write_wav(tmp_path / "note.wav")])
    _recognised(pane)
    text = svc.evidence_text(poster.evidence_id)
    assert text is not None and text.languages == "ara"
    assert any("\u0600" <= ch <= "\u06ff" for ch in text.text)  # Arabic letters were read
    assert svc.evidence_text(note.evidence_id) is None  # sound is not a still
    actions = [e.action for e in svc.custody_log(pane.case_id)]
    assert actions.count("text_recognise") == 1 and actions.index("text_recognise") > actions.index(
        "evidence_add"
    )

    # The same file again is a duplicate: nothing new to read, nothing started.
    before = pane.intake.recognition
    ingest(pane, [ARABIC.path])
    assert pane.intake.recognition is before


def test_nothing_is_read_when_the_preference_is_off(make_pane, svc: CaseService) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(svc, Preferences(thumbnail_size=96))
    (page,) = ingest(pane, [ENGLISH.path])
    assert pane.intake.recognition is None
    assert svc.evidence_text(page.evidence_id) is None
    assert "text_recognise" not in [e.action for e in svc.custody_log(pane.case_id)]


def test_the_recognition_tab_edits_the_preference(qtbot, svc: CaseService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences(ocr_at_ingest=False, ocr_languages="fra+eng")
    dialog = PreferencesDialog(prefs, tmp_path, svc=svc)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(PreferencesDialog.RECOGNITION)
    boxes = dialog.ocr_languages.boxes
    assert not boxes["ara"].isChecked() and boxes["fra"].isChecked() and boxes["eng"].isChecked()
    assert not boxes["fra"].isEnabled()  # the languages matter only when reading at ingest
    dialog.ocr_at_ingest.setChecked(True)
    assert boxes["fra"].isEnabled()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for code in ("fra", "eng"):
        boxes[code].setChecked(False)
    assert not ok.isEnabled()  # reading with no language is refused, not saved
    boxes["eng"].setChecked(True)
    boxes["ara"].setChecked(True)
    assert ok.isEnabled()
    dialog.apply_to(prefs)
    assert prefs.ocr_at_ingest and prefs.ocr_languages == "ara+eng"  # Arabic first: it sets the order
