"""In French and Arabic, whose words run longer, no dialog cuts a row at its edge: every check box
is as wide as its text needs, and the signing key's fingerprint wraps onto a second line rather
than being cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog

from casedesk.core.preferences import Preferences
from casedesk.ui.i18n import install_language, remove_language
from casedesk.ui.preferences_dialog import PreferencesDialog
from casedesk.ui.workflows import ReportDialog


@pytest.fixture(params=["fr", "ar"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_language(qapp, request.param)
    yield request.param
    remove_language(qapp, installed)


def shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    return dialog


def cut_check_boxes(dialog: QDialog) -> list[str]:
    return [
        box.text()
        for box in dialog.findChildren(QCheckBox)
        if box.isVisibleTo(dialog) and box.width() < box.sizeHint().width()
    ]


def test_the_report_dialog_cuts_no_check_box(qtbot, translated: str) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ReportDialog(None, latest=12))
    assert "«" in dialog.omit_personal.text() or translated == "ar"  # the long French one is there
    assert cut_check_boxes(dialog) == []
    assert dialog.width() >= 460


def test_preferences_cut_no_check_box_and_wrap_the_fingerprint(  # type: ignore[no-untyped-def]
    qtbot, translated: str, tmp_path: Path
) -> None:
    dialog = shown(qtbot, PreferencesDialog(Preferences(), tmp_path))
    assert cut_check_boxes(dialog) == []
    label = dialog.fingerprint
    assert label.wordWrap()
    assert label.width() >= label.minimumSizeHint().width()
