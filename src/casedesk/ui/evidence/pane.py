"""The Evidence tab: filters and a grid or list of a case's evidence, with the viewer beside it.

Every write goes through the window's :class:`~casedesk.ui.ops.CaseOps` (undoable, announced); the
pane follows ``ops.changed`` and re-reads only the items a change touched, so selection and scroll
position stay where they were. Reads that take a while run on the named pools of
:mod:`casedesk.ui.tasks`; long work (ingest, stills) is in :mod:`casedesk.ui.evidence.intake`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.errors import CaseDeskError
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.evidence.actions import SelectionActions
from casedesk.ui.evidence.analysis_actions import AnalysisActions
from casedesk.ui.evidence.audio import RecordNoteDialog
from casedesk.ui.evidence.edits import EvidenceEdits
from casedesk.ui.evidence.filterbar import FilterBar
from casedesk.ui.evidence.intake import Ingested, Intake
from casedesk.ui.evidence.model import Column, EvidenceModel, IdRole
from casedesk.ui.evidence.proxy import EvidenceFilter, EvidenceProxy
from casedesk.ui.evidence.summary import IngestSummary
from casedesk.ui.evidence.thumbs import ThumbnailCache
from casedesk.ui.evidence.viewer import EvidenceViewer
from casedesk.ui.evidence.views import make_grid, make_table, selected_count, selected_proxy_rows
from casedesk.ui.formats import number
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.messages import show_error
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import TaskHandle, run_read

SYNC_CHECK_STATES = 50  # checklist states re-read item by item after a change; more: all at once, pooled

__all__ = ["EvidencePane"]


class EvidencePane(QWidget):
    VIEW_GRID, VIEW_LIST = 0, 1

    def __init__(
        self, svc: CaseService, ops: CaseOps, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.prefs = prefs
        self.edits = EvidenceEdits(svc, ops)
        self.intake = Intake(self)
        self.case_id: str | None = None
        self.last_summary: IngestSummary | None = None
        self.last_message: QMessageBox | None = None
        self._check_states: dict[str, frozenset[str]] | None = None
        self._pending_select: str | None = None
        self._rows_left = False
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

        self.grid = make_grid(self.proxy, prefs.thumbnail_size)
        self.table = make_table(self.proxy)
        self.table.setSelectionModel(self.grid.selectionModel())  # one selection, two views
        self.selection = self.grid.selectionModel()
        self.views = QStackedWidget()
        self.views.addWidget(self.grid)
        self.views.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.left = QStackedWidget()
        self.left.addWidget(self.empty)
        self.left.addWidget(self.views)
        self.viewer = EvidenceViewer(svc, self.edits, prefs=prefs)
        self.actions_ = SelectionActions(
            self,
            self.edits,
            self.selected_ids,
            self._names_of,
            lambda: self.case_id,
            self.model.tags,
            self.current_view_widget,
        )
        for view in (self.grid, self.table):
            self.actions_.attach(view)
        self.analyse = AnalysisActions(self, self.edits, prefs, self.selected_ids, lambda: self.case_id)
        self.actions_.extra_menus.append(self.analyse.menu)
        self.viewer.set_bulk_actions([*self.actions_.on_selection, self.analyse.action])
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("evidenceActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([*self.actions_.on_selection, self.analyse.action])

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.record_button)
        top.addWidget(self.toolbar)
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
        self.selection.currentChanged.connect(self._on_current)
        self.selection.selectionChanged.connect(self._sync_viewer)
        self.model.loaded.connect(self._on_loaded)
        self.model.factsLoaded.connect(self._on_facts_loaded)
        self.model.rowsRefreshed.connect(self._on_rows_refreshed)
        self.proxy.rowsRemoved.connect(self._note_rows_left)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_counts)
        self.ops.changed.connect(self._on_changes)
        for view in (self.grid, self.table):
            view.verticalScrollBar().valueChanged.connect(self.model.loader.nudge)
        self.thumbs.ready.connect(self._thumbnail_arrived)
        self.viewer.trashRequested.connect(self.trash_evidence)
        self.viewer.grabRequested.connect(self.grab_still)
        self.viewer.openRequested.connect(self.select_evidence)
        self.viewer.revealRequested.connect(self.reveal)
        self.show_case(None)

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
        """Re-read the whole case (after writes made outside ``ops``), keeping the item shown selected."""
        current = self.current_id() or self._pending_select
        self._check_states = None
        self.model.reload()
        self._after_reset()
        if current:
            self.select_evidence(current)

    def select_evidence(self, evidence_id: str) -> None:
        row = self.model.row_of(evidence_id)
        if row is None:
            waiting = self.model.loading or self.model.refreshing
            self._pending_select = evidence_id if waiting else None
            return
        self._pending_select = None
        index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        if not index.isValid():  # hidden by the filters: show everything rather than nothing
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        self.selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.current_view_widget().scrollTo(index)

    def add_paths(self, paths: Sequence[Path]) -> TaskHandle[Ingested] | None:
        return self.intake.add_paths(paths)

    def grab_still(self, evidence_id: str, position_s: float) -> TaskHandle[Ingested] | None:
        return self.intake.grab_still(evidence_id, position_s)

    def record_audio_note(self) -> RecordNoteDialog | None:
        return self.intake.record_audio_note()

    def trash_evidence(self, evidence_id: str) -> QInputDialog | None:
        """Ask for confirmation (and an optional reason for the custody log), then move to the trash."""
        return self.actions_.ask_trash([evidence_id]) if self.model.row_of(evidence_id) is not None else None

    def current_id(self) -> str | None:
        index = self.selection.currentIndex()
        value = index.data(IdRole) if index.isValid() else None
        return value if isinstance(value, str) else None

    def selected_ids(self) -> list[str]:
        """The selected items' ids, in the order shown."""
        proxy, model = self.proxy, self.model
        ids = []
        for first, last in selected_proxy_rows(self.selection):
            for row in range(first, last + 1):
                ids.append(model.row_at(proxy.mapToSource(proxy.index(row, 0)).row()).id)
        return ids

    def _first_selected_names(self, n: int = 3) -> list[str]:
        names: list[str] = []
        for first, last in selected_proxy_rows(self.selection):
            for row in range(first, min(last, first + n - len(names) - 1) + 1):
                names.append(str(self.proxy.index(row, Column.NAME).data()))
            if len(names) >= n:
                break
        return names

    def _names_of(self, ids: Sequence[str]) -> list[str]:
        rows = (self.model.row_of(i) for i in ids)
        return [self.model.row_at(r).original_name for r in rows if r is not None]

    def current_view_widget(self) -> QAbstractItemView:
        return self.grid if self.views.currentIndex() == self.VIEW_GRID else self.table

    def set_view_mode(self, mode: int) -> None:
        self.views.setCurrentIndex(mode)
        (self.grid_button if mode == self.VIEW_GRID else self.list_button).setChecked(True)
        index = self.selection.currentIndex()
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

    def apply_filter(self, criteria: EvidenceFilter) -> None:
        """Filter as if chosen in the bar (loads checklist states first when that filter needs them)."""
        if criteria.needs_check_states and self._check_states is None and self.case_id is not None:
            case_id, svc = self.case_id, self.svc
            self.count_label.setText(self.tr("Reading checklists…"))
            run_read(
                self,
                lambda: svc.evidence_check_states(case_id),
                lambda states: self._got_check_states(case_id, states, criteria),
            )
            return
        self.proxy.set_filter(criteria)
        self._update_counts()

    # -- following changes -----------------------------------------------------------------------
    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        """Whatever made a change (this pane, another tab, undo, an ingest): update what it touched."""
        if not changes.touches_case(self.case_id):
            return
        touched = [*changes.created, *changes.ids]
        if changes.touches(ObjectKind.EVIDENCE):
            self.model.refresh_ids(touched)
        if changes.touches(ObjectKind.CHECK):
            self._refresh_check_states([i for i in touched if self.model.row_of(i) is not None])
            shown = self.viewer.view
            if shown is not None and shown.id in changes.ids:
                self.viewer.checklist.sync_later()

    def _refresh_check_states(self, evidence_ids: list[str]) -> None:
        if self._check_states is None or self.case_id is None:
            return  # not read yet: the checklist filter reads them when it is chosen
        case_id = self.case_id
        if len(evidence_ids) > SYNC_CHECK_STATES:
            svc = self.svc
            run_read(self, lambda: svc.evidence_check_states(case_id), self._set_check_states(case_id))
            return
        for evidence_id in evidence_ids:
            states = {item.state for item in self.svc.checklist(case_id, evidence_id)}
            self._check_states[evidence_id] = frozenset(states)
        self.proxy.set_check_states(self._check_states)

    def _set_check_states(self, case_id: str) -> Callable[[dict[str, frozenset[str]]], None]:
        def arrived(states: dict[str, frozenset[str]]) -> None:
            if case_id == self.case_id and self._check_states is not None:
                self._check_states = states
                self.proxy.set_check_states(states)

        return arrived

    @Slot(list)
    def _on_rows_refreshed(self, ids: list[str]) -> None:
        self.filters.set_tags(self.model.tags())
        shown = self.viewer.view
        if shown is not None and shown.id in ids:
            view = self.model.view(shown.id)
            self.viewer.update_view(view, self.model.is_hidden(view))
        if self._rows_left and not self.selection.hasSelection() and self.selection.currentIndex().isValid():
            # The selected items left (trashed): the neighbour the selection moved to is the one shown.
            self.selection.select(
                self.selection.currentIndex(),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._rows_left = False
        if self._pending_select:
            self.select_evidence(self._pending_select)
        self._update_counts()

    @Slot(str)
    def _thumbnail_arrived(self, _sha256: str) -> None:
        # Repaint what is on screen (Qt coalesces the paints), rather than a dataChanged for every
        # row showing that picture, which the proxy would re-filter one by one.
        self.current_view_widget().viewport().update()

    @Slot()
    def _note_rows_left(self) -> None:
        self._rows_left = True

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
        self._sync_viewer()
        if self._pending_select:
            self.select_evidence(self._pending_select)

    @Slot()
    def _on_loaded(self) -> None:
        self._update_counts()
        if self._pending_select:
            self.select_evidence(self._pending_select)
        if self.model.load_error:
            show_error(
                self,
                CaseDeskError(
                    self.tr("Not every item could be read: {0}").format(isolate(self.model.load_error))
                ),
            )

    @Slot()
    def _on_facts_loaded(self) -> None:
        self.filters.set_tags(self.model.tags())
        if self.proxy.criteria.needs_facts:
            self.proxy.refilter()
        self._update_counts()

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
        picked = selected_count(self.selection)
        if self.model.loading:
            text = plural(self.tr("Loading… %Ln item(s) so far", "", total), total)
        elif shown == total:
            text = plural(self.tr("%Ln item(s)", "", total), total)
        elif self.model.facts_loading and self.proxy.criteria.needs_facts:
            text = plural(
                self.tr("{0} of %Ln item(s) match so far (still reading their details)", "", total), total
            ).format(number(shown))
        else:
            text = plural(self.tr("{0} of %Ln item(s) match the filters", "", total), total).format(
                number(shown)
            )
        if picked > 1:
            #: The evidence count line, then how many items are selected ("12 items · 4 selected").
            text = self.tr("{0} · {1}").format(text, plural(self.tr("%Ln selected", "", picked), picked))
        self.count_label.setText(text)
        self.actions_.update_enabled(picked)
        self.analyse.update_enabled(picked)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._sync_viewer()

    @Slot()
    def _sync_viewer(self) -> None:
        """One item selected (or none, with a current item): show it; several: say how many."""
        count = selected_count(self.selection)
        self._update_counts()
        if count > 1:
            if self.viewer.selected_count != count:
                self.viewer.show_selection(count, self._first_selected_names())
            return
        if count == 1:
            first = selected_proxy_rows(self.selection)[0][0]
            index = self.proxy.index(first, Column.NAME)
        else:
            index = self.selection.currentIndex()
        evidence_id = index.data(IdRole) if index.isValid() else None
        if not isinstance(evidence_id, str):
            if self.viewer.view is not None or self.viewer.selected_count:
                self.viewer.show_evidence(None)
            return
        shown = self.viewer.view
        if shown is not None and shown.id == evidence_id and self.viewer.selected_count == 1:
            return
        try:
            view = self.model.view(evidence_id)
        except CaseDeskError:
            return  # gone since: the change that removed it is on its way
        self.viewer.show_evidence(view, self.model.is_hidden(view))

    @Slot()
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if files:
            self.add_paths([Path(f) for f in files])

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
        """Before the workspace closes (the main window calls this after ``cancel_all``): take nothing
        more from the pools, and stop the players."""
        self.thumbs.close()
        self.model.close()
        self.viewer.close_workers()
        self.viewer.footage.player.stop()
        self.viewer.audio.player.stop()
