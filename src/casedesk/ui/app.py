"""Starting the desktop application: Qt set-up, fonts, language, opening the workspace, the window."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casedesk import __version__
from casedesk.core.errors import CaseDeskError
from casedesk.core.location import WorkspaceLocation, locate
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.ui.collector import collect_on_gui_thread
from casedesk.ui.i18n import install_language
from casedesk.ui.icons import app_icon
from casedesk.ui.main_window import MainWindow
from casedesk.ui.messages import plain_words

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)


def load_fonts(app: QApplication) -> None:
    """Register the bundled fonts so Latin and Arabic render the same on every machine."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resources.files("casedesk.resources") / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    if families:
        font = QFont(app.font())
        # Noto Sans first, Noto Naskh Arabic as the fallback for Arabic script.
        font.setFamilies([*families, *font.families()])
        app.setFont(font)


def setup_application(app: QApplication, prefs: Preferences) -> list[object]:
    """Names, icon, fonts, language. Returns objects to keep alive (installed translators)."""
    QCoreApplication.setApplicationName("CaseDesk")
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName("CaseDesk")
    app.setWindowIcon(app_icon())
    load_fonts(app)
    collect_on_gui_thread(app)  # before any pool thread runs: none of them may free a Qt object
    return list(install_language(app, prefs.language))


def open_service(workspace: str | None, store: str | None, prefs: Preferences) -> CaseService | None:
    """Open the workspace (the command line's, else the preferences'); if that fails, explain why and
    offer another folder (None: the user quit)."""
    location: WorkspaceLocation | None = None
    while True:
        try:
            if location is None:
                location = locate(
                    workspace, store, preferred_workspace=prefs.workspace, preferred_store=prefs.store
                )
            return CaseService.open(location, prefs.investigator_name())
        except (CaseDeskError, OSError) as exc:
            box = QMessageBox()
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("app", "CaseDesk cannot open the workspace"))
            box.setText(plain_words(exc))
            choose = box.addButton(
                QCoreApplication.translate("app", "Choose another folder…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            start = location.folder.parent if location is not None and not location.is_team else Path.home()
            folder = QFileDialog.getExistingDirectory(
                None, QCoreApplication.translate("app", "Workspace folder"), str(start)
            )
            if not folder:
                return None
            location = WorkspaceLocation(Path(folder))


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments this CaseDesk was started with: the same interpreter, its options and
    the same command line (``casedesk --workspace DIR``, ``python -m casedesk``, …)."""
    arguments = list(sys.orig_argv[1:]) if getattr(sys, "orig_argv", None) else list(sys.argv)
    return sys.executable, arguments


def relaunch() -> bool:
    """Start a new CaseDesk with the same command line (after this one has closed its workspace)."""
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    return bool(started)


def run_gui(workspace: str | None = None, store: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prefs = Preferences.load()
    keep = setup_application(app, prefs)
    svc = open_service(workspace, store, prefs)
    if svc is None:
        return 1
    window = MainWindow(svc, prefs)
    window.show()
    try:
        return app.exec()
    finally:
        del keep
        svc.close()
        # Restarting for a new language: the workspace is closed first, so the new process opens it.
        if window.restart_requested:
            relaunch()
