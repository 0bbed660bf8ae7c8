"""Errors shown in plain words: a dialog for problems, the status bar for quiet news. Never a traceback."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from casedesk.core.errors import Cancelled, CaseDeskError
from casedesk.ui.i18n import core_text, isolate, ltr

STATUS_TIMEOUT_MS = 6000


def plain_words(exc: BaseException) -> str:
    """The one line a user reads: core errors carry their own message (shown in the interface's
    language), anything else gets a generic one."""
    if isinstance(exc, CaseDeskError):
        return core_text(exc.message) or type(exc).__name__
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "messages", "CaseDesk was not allowed to read or write a file: {0}"
        ).format(ltr(exc.filename) if exc.filename else isolate(exc))
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("messages", "A file could not be found: {0}").format(
            ltr(exc.filename) if exc.filename else isolate(exc)
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate("messages", "The operating system reported a problem: {0}").format(
            isolate(exc.strerror or exc)
        )
    return QCoreApplication.translate(
        "messages", "Something went wrong inside CaseDesk and this step did not finish."
    )


def show_status(parent: QWidget | None, text: str, timeout_ms: int = STATUS_TIMEOUT_MS) -> bool:
    """Put a short message in the status bar of ``parent``'s main window; False if there is none."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)
        return True
    return False


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox | None:
    """Show ``exc`` to the user. Cancelled goes to the status bar; the rest to a non-blocking dialog.

    The dialog is opened with ``open()`` rather than ``exec()`` so a worker result never blocks the
    event loop (and tests can find and close it).
    """
    if isinstance(exc, Cancelled):
        show_status(parent, QCoreApplication.translate("messages", "Cancelled"))
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "CaseDesk"))
    box.setText(plain_words(exc))
    if not isinstance(exc, CaseDeskError):
        # Unexpected failures keep the technical details one click away for a bug report.
        box.setInformativeText(
            QCoreApplication.translate(
                "messages", "If this keeps happening, copy the details into a bug report."
            )
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A non-blocking summary dialog (end of ingest, verify result, export done)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("infoBox")
    box.open()
    return box
