"""Analyse the selected items, or the whole case: recognise their text, examine the stills.

Long tasks on the work pool with progress and Cancel; what each batch recorded is announced even
when a later one is cancelled (the core records in batches, each with its custody entries). Items
that cannot be read or examined (sound, footage) are left out of the selection, not refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.preferences import Preferences
from casedesk.core.tasks import TaskControl
from casedesk.ui.evidence.edits import EvidenceEdits
from casedesk.ui.evidence.intake import changes_since, custody_seq
from casedesk.ui.tasks import TaskHandle, run_task


class AnalysisActions(QObject):
    """The "Analyse" menu of the pane's toolbar and context menu."""

    def __init__(
        self,
        pane: QWidget,
        edits: EvidenceEdits,
        prefs: Preferences,
        selected_ids: Callable[[], list[str]],
        case_id: Callable[[], str | None],
    ) -> None:
        super().__init__(pane)
        self.pane, self.edits, self.svc, self.prefs = pane, edits, edits.svc, prefs
        self._selected_ids, self._case_id = selected_ids, case_id
        self.task: TaskHandle[Changes] | None = None
        self.last_box: QMessageBox | None = None
        self.recognise = QAction(self.tr("Recognise text"), self)
        self.recognise.setToolTip(self.tr("Read the text in the selected stills and PDF documents"))
        self.recognise.triggered.connect(self.recognise_selected)
        self.examine = QAction(self.tr("Examine (image forensics)"), self)
        self.examine.setToolTip(self.tr("Examine the selected stills and keep their findings"))
        self.examine.triggered.connect(self.examine_selected)
        self.recognise_case = QAction(self.tr("Recognise text in every still not read yet"), self)
        self.recognise_case.triggered.connect(self.recognise_unread)
        self.menu = QMenu(self.tr("Analyse"), pane)
        self.menu.addActions([self.recognise, self.examine])
        self.menu.addSeparator()
        self.menu.addAction(self.recognise_case)
        self.action = self.menu.menuAction()
        self.action.setToolTip(self.tr("Recognise text, examine stills"))
        self.update_enabled(0)

    def update_enabled(self, count: int) -> None:
        has_case = self._case_id() is not None
        for each in (self.recognise, self.examine):
            each.setEnabled(count > 0 and has_case)
        self.recognise_case.setEnabled(has_case)
        self.action.setEnabled(has_case)

    def recognise_selected(self) -> TaskHandle[Changes] | None:
        svc, ids, languages = self.svc, self._selected_ids(), self.prefs.ocr_languages

        def work(control: TaskControl) -> Changes:
            readable = svc.readable_among(ids)
            if not readable:
                return NO_CHANGES
            return svc.recognise_text(readable, fallback=languages, control=control)

        nothing = self.tr("None of the items chosen is a still image or a PDF document.")
        return self._start(self.tr("Recognising text"), work, nothing)

    def examine_selected(self) -> TaskHandle[Changes] | None:
        svc, ids = self.svc, self._selected_ids()

        def work(control: TaskControl) -> Changes:
            stills = svc.readable_among(ids, documents=False)
            return svc.examine_evidence(stills, control=control) if stills else NO_CHANGES

        nothing = self.tr("None of the items chosen is a still image.")
        return self._start(self.tr("Examining stills"), work, nothing)

    def recognise_unread(self) -> TaskHandle[Changes] | None:
        case_id, svc, languages = self._case_id(), self.svc, self.prefs.ocr_languages
        if case_id is None:
            return None

        def work(control: TaskControl) -> Changes:
            unread = svc.text_unrecognised(case_id)
            return svc.recognise_text(unread, fallback=languages, control=control) if unread else NO_CHANGES

        nothing = self.tr("The text of every still and PDF document of the case has been read already.")
        return self._start(self.tr("Recognising text in the case"), work, nothing)

    def _start(
        self, title: str, work: Callable[[TaskControl], Changes], nothing: str
    ) -> TaskHandle[Changes] | None:
        case_id = self._case_id()
        if case_id is None:
            return None
        svc, ops = self.svc, self.edits.ops
        after = custody_seq(svc, case_id)

        def done(changes: Changes) -> None:
            self.task = None
            ops.announce(changes)
            if not changes:
                self.last_box = QMessageBox(
                    QMessageBox.Icon.Information,
                    title,
                    nothing,
                    QMessageBox.StandardButton.Ok,
                    self.pane,
                )
                self.last_box.open()

        def failed(_exc: BaseException) -> None:
            self.task = None  # shown already; what was recorded before a cancel is announced
            ops.announce(changes_since(svc, case_id, after))

        self.task = run_task(self.pane, title, work, done, failed)
        return self.task
