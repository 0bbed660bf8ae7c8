"""The main window: composes the case list, search and the case panel, and routes menu actions.

It holds no logic of its own beyond wiring: edits live in the tabs, long work in ``workflows`` and
``tasks``, every write goes through the one ``CaseOps`` (which owns the Edit menu's undo stack), and
each view refreshes itself from the changes ``CaseOps`` announces.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from casedesk.core.preferences import APP_NAME, Preferences
from casedesk.core.search import SearchHit
from casedesk.core.service import CaseService
from casedesk.core.views import CaseHeader
from casedesk.ui import workflows
from casedesk.ui.about import show_about
from casedesk.ui.case_list import CaseListPanel
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.empty_state import EmptyState
from casedesk.ui.i18n import interface_language, isolate, ltr
from casedesk.ui.icons import app_icon
from casedesk.ui.menus import build_menus
from casedesk.ui.messages import show_status
from casedesk.ui.ops import CaseOps
from casedesk.ui.preferences_dialog import PreferencesDialog
from casedesk.ui.search import SearchPanel
from casedesk.ui.settings import GEOMETRY, LAST_CASE, LAST_FOLDER, SPLITTER, STATE, gui_settings
from casedesk.ui.tasks import cancel_all
from casedesk.ui.team_watch import TeamWatcher


class MainWindow(QMainWindow):
    def __init__(self, svc: CaseService, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.prefs = prefs
        self.restart_requested = False  # the user chose to restart (for a new language) once closed
        self.last_question: QMessageBox | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.search = SearchPanel(svc)
        self.ops = CaseOps(svc, self)
        self.ops.set_error_parent(self)
        self.cases = CaseListPanel(svc, self.ops)
        self.panel = CasePanel(svc, self.ops, prefs)
        self.empty = EmptyState()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.search)
        left.addWidget(self.cases)
        left.setStretchFactor(1, 1)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        self.setCentralWidget(self.splitter)
        self.actions_ = build_menus(
            self,
            {
                "new_case": self.cases.new_case,
                "add_evidence": self.add_evidence,
                "find": self.search.focus,
                "export_pdf": self.export_pdf,
                "export_bundle": self.export_bundle,
                "import_bundle": self.import_bundle,
                "verify": self.panel.custody.verify,
                "preferences": self.edit_preferences,
                "quit": self.close,
                "demo": self.open_demo,
                "about": lambda: show_about(self),
            },
            self.ops.undo_stack,
        )
        self._reveal: SearchHit | None = None
        self.where = QLabel()
        self.statusBar().addPermanentWidget(self.where)
        self._show_where()

        self.cases.caseSelected.connect(self.show_case)
        self.panel.headerChanged.connect(self._header_read)
        self.search.hitActivated.connect(self.open_hit)
        self.empty.newCase.connect(self.cases.new_case)
        self.empty.openDemo.connect(self.open_demo)
        self.cases.reload()
        self._restore()
        self.watcher: TeamWatcher | None = None
        if svc.workspace_summary().team:  # colleagues' work, shown as it lands
            self.watcher = TeamWatcher(svc, self.ops, self)
            self.watcher.trouble.connect(self._team_trouble)
            self.watcher.start()

    # -- cases -------------------------------------------------------------------------------------
    def current_case_id(self) -> str | None:
        return self.panel.case_id

    def show_case(self, case_id: str | None) -> None:
        self.cases.followed = case_id
        self.panel.show_case(case_id)
        self.right.setCurrentWidget(self.panel if case_id else self.empty)
        self.empty.set_first_start(not self.cases.model.cases)
        for action in self.actions_.case_actions():
            action.setEnabled(case_id is not None)
        self._set_title(self.cases.title_of(case_id) if case_id else "")
        self._reveal_hit()

    def open_case(self, case_id: str) -> None:
        """Select a case in the list (which shows it); a case new to the list once its row is read."""
        self.cases.open_case(case_id)

    def case_title(self) -> str:
        """The open case's title, as last read."""
        case_id = self.current_case_id()
        if case_id is None:
            return ""
        header = self.panel.header
        return header.title if header is not None and header.id == case_id else self.cases.title_of(case_id)

    def _header_read(self, header: CaseHeader) -> None:
        self.cases.put_header(header)
        if header.id == self.current_case_id():
            self._set_title(header.title)

    def _set_title(self, title: str) -> None:
        # Not isolated: the window manager draws the title, and some show the marks as boxes.
        self.setWindowTitle(self.tr("{0} — {1}").format(title, APP_NAME) if title else APP_NAME)

    def open_hit(self, hit: SearchHit) -> None:
        self._reveal = hit  # revealed once its case is shown (now, or when its row has been read)
        self.open_case(hit.case_id)
        self._reveal_hit()

    def _reveal_hit(self) -> None:
        hit = self._reveal
        if hit is not None and hit.case_id == self.current_case_id():
            self._reveal = None
            self.panel.reveal(hit.object_type, hit.object_id)

    # -- evidence ----------------------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> object:
        if self.panel.evidence is None or self.current_case_id() is None:
            show_status(self, self.tr("Open a case first; then drop files on it."))
            return None
        self.panel.tabs.setCurrentIndex(CasePanel.EVIDENCE)
        return self.panel.evidence.add_paths(paths)

    def add_evidence(self) -> None:
        if self.current_case_id() is None:
            return
        settings = gui_settings()
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), str(settings.value(LAST_FOLDER, str(Path.home())))
        )
        if names:
            settings.setValue(LAST_FOLDER, str(Path(names[0]).parent))
            self.add_paths([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.current_case_id() is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)  # folders are taken recursively by the pane

    # -- whole-case work ---------------------------------------------------------------------------
    def export_pdf(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            workflows.export_pdf(self, self.ops, case_id, self.case_title())

    def export_bundle(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            workflows.export_bundle(self, self.ops, case_id, self.case_title())

    def import_bundle(self) -> None:
        workflows.import_bundle(self, self.ops, self.open_case)

    def open_demo(self) -> object:
        return workflows.open_demo(self, self.ops, self.open_case)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self.svc.workspace_summary().workspace, self, svc=self.svc)
        if not dialog.exec():
            return
        before = interface_language(self.prefs.language)
        dialog.apply_to(self.prefs)
        self.prefs.save()
        self.svc.investigator = self.prefs.investigator_name()
        if self.panel.evidence is not None:
            self.panel.evidence.set_blur_graphic(self.prefs.blur_graphic)
        self._show_where()
        show_status(self, self.tr("Preferences saved."))
        if interface_language(self.prefs.language) != before:
            self.offer_restart()

    def offer_restart(self) -> QMessageBox:
        """A new language shows after a restart: offer it now (the window closes cleanly first: fields
        being edited are saved, tasks cancelled, the workspace closed) or later."""
        box = QMessageBox(self)
        box.setObjectName("restartQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restart CaseDesk?"))
        box.setText(self.tr("The new language is used once CaseDesk restarts."))
        box.setInformativeText(
            self.tr(
                "Restart now? Everything is already saved; the open case is shown again after the restart."
            )
        )
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.buttonClicked.connect(lambda button: self.restart() if button is now else None)
        box.open()  # never blocks: the answer arrives as a click
        self.last_question = box
        return box

    def restart(self) -> None:
        """Close the window; once the workspace is closed, ``run_gui`` starts CaseDesk again."""
        self.restart_requested = True
        if not self.close():  # the last window closing ends the event loop
            self.restart_requested = False

    def _team_trouble(self, text: str) -> None:
        if text:
            show_status(self, self.tr("Colleagues' changes cannot be shown: {0}").format(text))
        else:
            show_status(self, self.tr("Colleagues' changes are shown again."))

    def _show_where(self) -> None:
        summary = self.svc.workspace_summary()
        if summary.team:  # the investigator is the database role they signed in as
            self.where.setText(
                self.tr("{0} · team workspace {1}").format(
                    isolate(self.svc.investigator), ltr(summary.workspace)
                )
            )
            self.where.setToolTip(summary.workspace)
            return
        root = self.svc.workspace_root.expanduser()
        shown = f"~/{root.relative_to(Path.home())}" if root.is_relative_to(Path.home()) else str(root)
        self.where.setText(self.tr("{0} · workspace {1}").format(isolate(self.svc.investigator), ltr(shown)))
        self.where.setToolTip(str(root))

    # -- session -----------------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = gui_settings()
        geometry = settings.value(GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1320, 820)
            self.splitter.setSizes([330, 990])
        state = settings.value(STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        sizes = settings.value(SPLITTER)
        if isinstance(sizes, QByteArray):
            self.splitter.restoreState(sizes)
        last = settings.value(LAST_CASE)
        if not (isinstance(last, str) and self.cases.select_case(last)):
            self.show_case(None)

    def save_session(self) -> None:
        settings = gui_settings()
        settings.setValue(GEOMETRY, self.saveGeometry())
        settings.setValue(STATE, self.saveState())
        settings.setValue(SPLITTER, self.splitter.saveState())
        settings.setValue(LAST_CASE, self.current_case_id() or "")
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field being edited commits on focus-out, before we go
        self.save_session()
        if self.watcher is not None:
            self.watcher.stop()
        cancel_all()
        if self.panel.evidence is not None:
            self.panel.evidence.close_workers()
        super().closeEvent(event)
