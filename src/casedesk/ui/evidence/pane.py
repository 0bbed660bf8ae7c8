"""The Evidence tab: filters and a grid or list of a case's evidence, with the viewer beside it.

Everything that changes a case goes through the service; long work (ingest, still extraction,
reading every checklist for a filter) runs through :func:`casedesk.ui.tasks.run_task`.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.errors import CaseDeskError, NotFoundError, UsageError
from casedesk.core.ingest import IngestResult
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import utcnow
from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.audio import RecordNoteDialog, microphone_available
from casedesk.ui.evidence.delegate import PAD, GridDelegate
from casedesk.ui.evidence.filterbar import FilterBar
from casedesk.ui.evidence.model import Column, EvidenceModel, EvidenceRole
from casedesk.ui.evidence.proxy import EvidenceFilter, EvidenceProxy
from casedesk.ui.evidence.summary import IngestSummary
from casedesk.ui.evidence.thumbs import ThumbnailCache
from casedesk.ui.evidence.viewer import EvidenceViewer
from casedesk.ui.messages import show_error, show_info, show_status
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import TaskHandle, run_task

CheckStates = Mapping[str, frozenset[str]]


class EvidencePane(QWidget):
    changed = Signal()  # after any change: ingest, still grabbed, edit, trash

    VIEW_GRID, VIEW_LIST = 0, 1

    def __init__(
        self, svc: CaseService, ops: CaseOps, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.prefs = prefs
        self.case_id: str | None = None
        self.last_summary: IngestSummary | None = None
        self.last_message: QMessageBox | None = None
        self._check_states: dict[str, frozenset[str]] | None = None
        self._pending_select: str | None = None
        self.setAcceptDrops(True)

        self.thumbs = ThumbnailCache(svc, prefs.thumbnail_size, parent=self)
        self.model = EvidenceModel(svc, self.thumbs, prefs.blur_graphic, self)
        self.proxy = EvidenceProxy(self)
        self.proxy.setSourceModel(self.model)

        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setToolTip(
            self.tr("Copy files into the case (originals are hashed and kept unchanged)")
        )
        self.record_button = QPushButton(self.tr("Record audio note…"))
        self.grid_button = QPushButton(self.tr("Grid"))
        self.list_button = QPushButton(self.tr("List"))
        self.view_group = QButtonGroup(self)
        for index, button in enumerate((self.grid_button, self.list_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
        self.grid_button.setChecked(True)
        self.filters = FilterBar()
        self.count_label = QLabel()

        self.grid = self._make_grid()
        self.table = self._make_table()
        self.table.setSelectionModel(self.grid.selectionModel())  # one selection, two views
        self.views = QStackedWidget()
        self.views.addWidget(self.grid)
        self.views.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.left = QStackedWidget()
        self.left.addWidget(self.empty)
        self.left.addWidget(self.views)
        self.viewer = EvidenceViewer(svc)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.record_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show as")))
        top.addWidget(self.grid_button)
        top.addWidget(self.list_button)
        left_box = QWidget()
        left_layout = QVBoxLayout(left_box)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.left, 1)
        left_layout.addWidget(self.count_label)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left_box)
        self.split.addWidget(self.viewer)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)

        self.add_button.clicked.connect(self._choose_files)
        self.record_button.clicked.connect(self.record_audio_note)
        self.view_group.idClicked.connect(self.set_view_mode)
        self.filters.criteriaChanged.connect(self._apply_filter)
        self.filters.sortChanged.connect(self._sort_chosen)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.model.loaded.connect(self._on_loaded)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_counts)
        self.viewer.changed.connect(self._on_edited)
        self.viewer.trashRequested.connect(self.trash_evidence)
        self.viewer.grabRequested.connect(self.grab_still)
        self.viewer.openRequested.connect(self.select_evidence)
        self.viewer.revealRequested.connect(self.reveal)
        self.show_case(None)

    def _make_grid(self) -> QListView:
        size = self.prefs.thumbnail_size
        grid = QListView()
        grid.setViewMode(QListView.ViewMode.IconMode)
        grid.setModel(self.proxy)
        grid.setModelColumn(Column.NAME)
        grid.setIconSize(QSize(size, size))
        delegate = GridDelegate(size, grid)
        grid.setItemDelegate(delegate)
        line = grid.fontMetrics().height()
        grid.setGridSize(QSize(size + 2 * PAD + 8, delegate.box_size().height() + 2 * line + 3 * PAD + 8))
        grid.setUniformItemSizes(True)  # no per-item size query: 10,000 items lay out at once
        grid.setResizeMode(QListView.ResizeMode.Adjust)
        grid.setMovement(QListView.Movement.Static)
        grid.setMouseTracking(True)  # hover highlight
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        return grid

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        # Header clicks sort through the proxy (which hands the work to the model); no indicator until
        # the user asks, since the starting order is "as added".
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.proxy.sort)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(40)
        table.setIconSize(QSize(48, 36))
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        digits = table.fontMetrics().horizontalAdvance("2025-03-14 09:42:00 UTC") + 16
        widths = {Column.NAME: 240, Column.KIND: 90, Column.CAPTURED: digits, Column.ADDED: digits}
        widths |= {Column.SIZE: 80, Column.FLAGS: 130}
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        return table

    @Slot(int, Qt.SortOrder)
    def _sort_chosen(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self.proxy.sort(column, order)

    # -- public API ------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.viewer.show_evidence(None)
            self._pending_select = None
        self.case_id = case_id
        self._check_states = None
        self.add_button.setEnabled(case_id is not None)
        self.record_button.setEnabled(case_id is not None)
        self.model.show_case(case_id)
        self._after_reset()

    def refresh(self) -> None:
        """Re-read the case, keeping the item shown selected if it is still there."""
        current = self.current_id() or self._pending_select
        self._check_states = None
        self.model.reload()
        self._after_reset()
        if current:
            self.select_evidence(current)

    def select_evidence(self, evidence_id: str) -> None:
        row = self.model.row_of(evidence_id)
        if row is None:
            self._pending_select = evidence_id if self.model.loading else None
            return
        self._pending_select = None
        index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        if not index.isValid():  # hidden by the filters: show everything rather than nothing
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        selection = self.grid.selectionModel()
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.current_view_widget().scrollTo(index)

    def add_paths(self, paths: Sequence[Path]) -> TaskHandle[list[IngestResult]] | None:
        """Ingest files and folders (recursively); a summary dialog follows."""
        case_id = self.case_id
        if case_id is None:
            show_error(self, UsageError(self.tr("Open a case before adding evidence.")))
            return None
        chosen = [Path(p) for p in paths]

        def work(control: TaskControl) -> list[IngestResult]:
            return self.svc.add_files(case_id, chosen, recursive=True, control=control)

        return run_task(self, self.tr("Adding evidence"), work, self._on_ingested, self._on_task_failed)

    # -- more actions ----------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.grid.selectionModel().currentIndex()
        view = index.data(EvidenceRole) if index.isValid() else None
        return view.id if isinstance(view, EvidenceView) else None

    def current_view_widget(self) -> QAbstractItemView:
        return self.grid if self.views.currentIndex() == self.VIEW_GRID else self.table

    def set_view_mode(self, mode: int) -> None:
        self.views.setCurrentIndex(mode)
        (self.grid_button if mode == self.VIEW_GRID else self.list_button).setChecked(True)
        index = self.grid.selectionModel().currentIndex()
        if index.isValid():
            self.current_view_widget().scrollTo(index)

    def set_blur_graphic(self, enabled: bool) -> None:
        """Follow a change of the preference (the main window calls this after its dialog)."""
        self.prefs.blur_graphic = enabled
        self.model.set_blur_graphic(enabled)
        view = self.viewer.view
        if view is not None:
            self.viewer.show_evidence(view, self.model.is_hidden(view))

    def reveal(self, evidence_id: str) -> None:
        self.model.reveal(evidence_id)
        if self.viewer.view is not None and self.viewer.view.id == evidence_id:
            self.viewer.reveal()

    def grab_still(self, evidence_id: str, position_s: float) -> TaskHandle[list[IngestResult]]:
        """Take the frame at ``position_s`` of footage as new evidence (provenance kept by the core)."""

        def work(control: TaskControl) -> list[IngestResult]:
            return self.svc.extract_stills(evidence_id, at=[position_s], control=control)

        return run_task(self, self.tr("Grabbing still"), work, self._on_grabbed, self._on_task_failed)

    def trash_evidence(self, evidence_id: str) -> QInputDialog | None:
        """Ask for confirmation (and an optional reason for the custody log), then move to the trash."""
        row = self.model.row_of(evidence_id)
        if row is None:
            return None
        name = self.model.view_at(row).original_name
        dialog = QInputDialog(self)
        dialog.setObjectName("trashDialog")
        dialog.setWindowTitle(self.tr("Move to trash"))
        dialog.setLabelText(
            self.tr(
                "Move “{0}” to the trash?\nIt stays in the workspace and can be restored. "
                "Reason (written to the custody log):"
            ).format(name)
        )
        dialog.setOkButtonText(self.tr("Move to trash"))
        dialog.textValueSelected.connect(lambda reason: self._trash(evidence_id, reason))
        dialog.open()
        return dialog

    def record_audio_note(self) -> RecordNoteDialog | None:
        if self.case_id is None:
            show_error(self, UsageError(self.tr("Open a case before recording a note.")))
            return None
        if not microphone_available():
            self.last_message = self._message(
                QMessageBox.Icon.Warning,
                self.tr("No microphone found"),
                self.tr(
                    "No microphone found. Connect or enable a microphone (and allow CaseDesk to use it), "
                    "then try again. You can also add a recording made elsewhere with Add files…"
                ),
            )
            return None
        folder = Path(tempfile.mkdtemp(prefix="casedesk-note-"))
        stamp = utcnow().strftime("%Y-%m-%d %H%M%S")
        dialog = RecordNoteDialog(folder / f"audio note {stamp} UTC.wav", self)
        dialog.accepted.connect(lambda: self._ingest_note(dialog, folder))
        dialog.rejected.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        dialog.open()
        return dialog

    def apply_filter(self, criteria: EvidenceFilter) -> None:
        """Filter as if chosen in the bar (loads checklist states first when that filter needs them)."""
        if criteria.needs_check_states and self._check_states is None and self.case_id is not None:
            case_id = self.case_id
            run_task(
                self,
                self.tr("Reading checklists"),
                lambda _control: self.svc.evidence_check_states(case_id),
                lambda states: self._got_check_states(case_id, states, criteria),
            )
            return
        self.proxy.set_filter(criteria)
        self._update_counts()

    # -- slots -----------------------------------------------------------------------------------
    @Slot(EvidenceFilter)
    def _apply_filter(self, criteria: EvidenceFilter) -> None:
        self.apply_filter(criteria)

    def _got_check_states(
        self, case_id: str, states: dict[str, frozenset[str]], criteria: EvidenceFilter
    ) -> None:
        if case_id != self.case_id:
            return
        self._check_states = states
        self.proxy.set_check_states(states)
        self.apply_filter(criteria)

    def _after_reset(self) -> None:
        self.filters.set_tags(self.model.tags())
        self._update_counts()
        if self._pending_select:
            self.select_evidence(self._pending_select)

    @Slot()
    def _on_loaded(self) -> None:
        self.filters.set_tags(self.model.tags())
        self._update_counts()
        if self._pending_select:
            self.select_evidence(self._pending_select)
        if self.model.load_error:
            show_error(
                self,
                CaseDeskError(self.tr("Not every item could be read: {0}").format(self.model.load_error)),
            )

    @Slot()
    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.case_id is None:
            self.empty.setText(self.tr("Open or create a case to see its evidence."))
        else:
            self.empty.setText(
                self.tr("No evidence yet.\nAdd files, record an audio note, or drop files here.")
            )
        self.left.setCurrentIndex(1 if total or self.model.loading else 0)
        if self.model.loading:
            text = self.tr("Loading… {0} items so far").format(total)
        elif shown == total:
            text = self.tr("{0} items").format(total)
        else:
            text = self.tr("{0} of {1} items match the filters").format(shown, total)
        self.count_label.setText(text)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = current.data(EvidenceRole) if current.isValid() else None
        if isinstance(view, EvidenceView):
            self.viewer.show_evidence(view, self.model.is_hidden(view))
        else:
            self.viewer.show_evidence(None)

    @Slot(str)
    def _on_edited(self, evidence_id: str) -> None:
        try:
            view = self.svc.evidence_view(evidence_id)
        except NotFoundError:
            self.refresh()
            return
        was = self.model.view_at(row) if (row := self.model.row_of(evidence_id)) is not None else None
        if was is not None and view.graphic and not was.graphic:
            self.model.reveal(evidence_id)  # whoever just flagged it has seen it
        self.model.update_view(view)
        self.viewer.update_view(view, self.model.is_hidden(view))
        self.filters.set_tags(self.model.tags())
        if self._check_states is not None:
            states = {item.state for item in self.svc.checklist(view.case_id, evidence_id)}
            self._check_states[evidence_id] = frozenset(states)
            self.proxy.set_check_states(self._check_states)
        self.changed.emit()

    def _on_ingested(self, results: list[IngestResult]) -> None:
        summary = IngestSummary.of(results)
        self.last_summary = summary
        first = next((r.evidence_id for r in results if r.status in ("added", "flagged")), None)
        self.refresh()
        if first:
            self.select_evidence(first)
        self.last_message = show_info(self, self.tr("Evidence added"), summary.headline(), summary.details())
        self.changed.emit()

    def _on_grabbed(self, results: list[IngestResult]) -> None:
        self.refresh()
        result = results[0] if results else None
        if result is not None and result.evidence_id:
            self.select_evidence(result.evidence_id)
            if result.status == "duplicate":
                show_status(self, self.tr("That frame is already in the case; it is selected."))
            else:
                show_status(self, self.tr("Still added, linked to its footage and offset."))
        self.changed.emit()

    def _on_task_failed(self, _exc: BaseException) -> None:
        # The error has been shown; a cancelled ingest may still have added some files.
        self.refresh()
        self.changed.emit()

    def _trash(self, evidence_id: str, reason: str) -> None:
        try:
            self.svc.trash_evidence(evidence_id, reason=reason.strip())
        except CaseDeskError as exc:
            show_error(self, exc, self.tr("Not moved to the trash"))
            return
        row = self.model.row_of(evidence_id)
        self.model.remove(evidence_id)
        self._update_counts()
        if self.model.rowCount() and row is not None:
            self.select_evidence(self.model.view_at(min(row, self.model.rowCount() - 1)).id)
        else:
            self.viewer.show_evidence(None)
        show_status(self, self.tr("Moved to the trash."))
        self.changed.emit()

    def _ingest_note(self, dialog: RecordNoteDialog, folder: Path) -> None:
        path, transcript, case_id = dialog.recorded_path(), dialog.transcript(), self.case_id
        if path is None or case_id is None:
            shutil.rmtree(folder, ignore_errors=True)
            return

        def work(control: TaskControl) -> list[IngestResult]:
            results = self.svc.add_files(case_id, [path], control=control)
            for result in results:
                if result.evidence_id and result.status != "duplicate" and transcript.strip():
                    self.svc.update_evidence(result.evidence_id, transcript=transcript)
            return results

        def done(results: list[IngestResult]) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._on_ingested(results)

        def failed(exc: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._on_task_failed(exc)

        run_task(self, self.tr("Adding audio note"), work, done, failed)

    @Slot()
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if files:
            self.add_paths([Path(f) for f in files])

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("evidenceMessage")
        box.open()  # never blocks: tests and workers keep running
        return box

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def close_workers(self) -> None:
        """Wait for background readers before the workspace closes (the main window calls this)."""
        self.thumbs.close()
        self.model.close()
        self.viewer.close_workers()
        self.viewer.footage.player.stop()
        self.viewer.audio.player.stop()
