"""Helpers that drive the real window the way a user does: wait for its reads, answer its dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from casedesk.ui.records import ReasonDialog
from casedesk.ui.tasks import running_tasks


def settle(qtbot, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Process events until no read is running or about to start (tabs may coalesce on a 0 ms timer)."""
    quiet = 0

    def calm() -> bool:
        nonlocal quiet
        QCoreApplication.processEvents()
        quiet = quiet + 1 if not running_tasks() else 0
        return quiet >= 3

    qtbot.waitUntil(calm, timeout=timeout)


def open_case(qtbot, window, case_id: str) -> None:  # type: ignore[no-untyped-def]
    """Open a case in the window and wait until every tab has its data."""
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.panel.case_id == case_id, timeout=5000)
    settle(qtbot)


def answer_reason(reason: str | None) -> list[str]:
    """Answer the next reason dialog: type ``reason`` and press OK (None: Cancel). Returns what it said."""
    seen: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        dialog = dialogs[0]
        seen.append(dialog.windowTitle())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append("ok enabled before typing" if ok.isEnabled() else "ok disabled before typing")
        if reason is None:
            dialog.reject()
            return
        dialog.reason.setText(reason)
        ok.click()

    QTimer.singleShot(0, answer)
    return seen


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Once a top-level widget of ``kind`` is visible (a modal dialog), do ``act`` with it."""

    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            act(found[0])
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
