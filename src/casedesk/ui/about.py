"""The About box: version, licence, and the promise that matters to the people who use it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from casedesk import __version__
from casedesk.core.preferences import APP_NAME
from casedesk.ui.i18n import ltr
from casedesk.ui.icons import app_icon


def about_text() -> str:
    purpose = QCoreApplication.translate(
        "about",
        "Offline case management for open-source investigators: evidence, custody log, claims, "
        "verification and reports.",
    )
    offline = QCoreApplication.translate("about", "Works offline; no telemetry.")
    promise = QCoreApplication.translate(
        "about", "CaseDesk never connects to the network. Your evidence stays on this computer."
    )
    licence = QCoreApplication.translate("about", "Licence: GNU General Public License, version 3 or later.")
    fonts = QCoreApplication.translate(
        "about", "Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License."
    )
    app, qt = ltr(f"{APP_NAME} {__version__}"), ltr(f"Qt {qVersion()}")  # names and versions, as they are
    return (
        f"<h3>{app}</h3><p>{purpose}</p><p><b>{offline}</b> {promise}</p><p>{licence}<br>{fonts}<br>{qt}</p>"
    )


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("about", "About CaseDesk"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text())
    box.setObjectName("aboutBox")
    box.open()
    return box
