"""Changing the language in the Preferences offers to restart CaseDesk; restarting runs the same command
again once the window has closed; right-to-left mirrors what has a direction."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QMessageBox, QStyle

from casedesk.core.timeutil import PartialTime
from casedesk.ui import app
from casedesk.ui.preferences_dialog import PreferencesDialog


def choose_language(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """The Preferences dialog answers as a user would: pick ``code`` and press OK."""

    def run(self: PreferencesDialog) -> int:
        self.language.setCurrentIndex(self.language.findData(code))
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", run)


def button(box: QMessageBox, text: str) -> Any:
    return next(b for b in box.buttons() if b.text() == text)


def test_a_new_language_offers_restart_now_or_later(qtbot, monkeypatch, main_window, prefs) -> None:  # type: ignore[no-untyped-def]
    choose_language(monkeypatch, "fr")
    main_window.edit_preferences()
    box = main_window.last_question
    assert box is not None and box.isVisible() and box.objectName() == "restartQuestion"
    assert {b.text() for b in box.buttons()} == {"Restart now", "Later"}
    assert prefs.language == "fr"
    button(box, "Later").click()
    assert not main_window.restart_requested and main_window.isVisible()


def test_restart_now_closes_the_window_cleanly_then_asks_for_the_restart(
    qtbot, monkeypatch, main_window, prefs
) -> None:  # type: ignore[no-untyped-def]
    choose_language(monkeypatch, "ar")
    main_window.edit_preferences()
    button(main_window.last_question, "Restart now").click()
    assert main_window.restart_requested
    assert not main_window.isVisible()  # closed through closeEvent: session saved, tasks cancelled


def test_the_same_language_asks_nothing(qtbot, monkeypatch, main_window, prefs) -> None:  # type: ignore[no-untyped-def]
    choose_language(monkeypatch, "")  # system default, which is English here, as before
    main_window.edit_preferences()
    assert main_window.last_question is None


def test_the_language_choices_name_each_language_in_itself(qtbot, prefs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(prefs, tmp_path)
    qtbot.addWidget(dialog)
    labels = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert labels == ["System default", "English", "Français", "العربية"]


def test_relaunch_runs_the_same_interpreter_and_command_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    started: list[tuple[str, list[str], str]] = []
    monkeypatch.setattr(
        sys, "orig_argv", ["/usr/bin/python3", "-X", "utf8", "-m", "casedesk", "--workspace", "w"]
    )
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda p, a, d: started.append((p, list(a), d)) or (True, 42))
    )
    assert app.restart_command() == (sys.executable, ["-X", "utf8", "-m", "casedesk", "--workspace", "w"])
    assert app.relaunch()
    assert started[0][:2] == (sys.executable, ["-X", "utf8", "-m", "casedesk", "--workspace", "w"])


# -- right to left -------------------------------------------------------------------------------------


def test_the_timeline_strip_runs_right_to_left_in_arabic(qtbot) -> None:  # type: ignore[no-untyped-def]
    from casedesk.core.views import EventView, PartialTimeView
    from casedesk.ui.timeline_strip import TimelineStrip

    def event(n: int, when: str) -> EventView:
        return EventView(
            f"e{n}", PartialTimeView.of(PartialTime.parse(when)), f"Event {n}", "", None, False, ""
        )  # type: ignore[arg-type]

    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(800, 220)
    strip.set_events([event(1, "2021"), event(2, "2025-03-14"), event(3, "2025-03-16 15:05 UTC")])
    ltr = strip.positions()
    assert ltr == sorted(ltr)
    strip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = strip.positions()
    assert rtl == sorted(rtl, reverse=True)  # the earliest event is on the right
    assert rtl == pytest.approx([strip.width() - x for x in ltr])
    boxes = [box for _row, box in strip.label_boxes()]
    assert all(box.left() >= 0 and box.right() <= strip.width() for box in boxes)


@pytest.mark.parametrize(
    ("pixmap", "mirrored"),
    [
        (QStyle.StandardPixmap.SP_ArrowBack, QStyle.StandardPixmap.SP_ArrowRight),
        (QStyle.StandardPixmap.SP_ArrowForward, QStyle.StandardPixmap.SP_ArrowLeft),
    ],
)
def test_direction_icons_mirror_in_right_to_left(qapp, pixmap, mirrored) -> None:  # type: ignore[no-untyped-def]
    """Undo and Redo's arrows (Qt's standard icons) point the reading direction's way."""
    from casedesk.ui.icons import standard

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        shown = standard(pixmap).pixmap(16, 16).toImage()
        expected = standard(mirrored).pixmap(16, 16).toImage()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert shown == expected


def test_media_icons_mirror_in_right_to_left(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt leaves its media icons as they are: play and seek point the way the mirrored slider runs."""
    from PySide6.QtGui import QTransform

    from casedesk.ui.icons import directional, standard

    play = QStyle.StandardPixmap.SP_MediaPlay
    assert directional(play).pixmap(16, 16).toImage() == standard(play).pixmap(16, 16).toImage()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        shown = directional(play).pixmap(16, 16).toImage()
        flipped = standard(play).pixmap(16, 16).transformed(QTransform().scale(-1, 1)).toImage()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert shown == flipped and shown != standard(play).pixmap(16, 16).toImage()
