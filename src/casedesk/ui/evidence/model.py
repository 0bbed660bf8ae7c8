"""The one item model over a case's evidence, shared by the thumbnail grid and the detail table.

Rows are :class:`EvidenceView` values from ``svc.evidence_page``. The first page is read at once so
the view fills immediately; a big case streams its remaining pages from a worker thread, appended as
they arrive. Sorting is done here (a Python sort of 10,000 rows takes milliseconds, where letting the
proxy compare rows through ``data()`` would take most of a second); filtering is the proxy's job.
"""

from __future__ import annotations

import threading
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor

from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.labels import flag_labels, format_size, format_time, kind_label
from casedesk.ui.evidence.thumbs import Placeholders, ThumbnailCache

FIRST_PAGE = 500  # read on the UI thread: the first screens, and every small case, at once
NEXT_PAGE = 5000  # read by the worker for big cases: few, large inserts keep the UI thread free

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    KIND = 1
    CAPTURED = 2
    ADDED = 3
    SIZE = 4
    FLAGS = 5
    DESCRIPTION = 6


EvidenceRole = Qt.ItemDataRole.UserRole + 1  # the row's EvidenceView
IdRole = Qt.ItemDataRole.UserRole + 2  # its evidence id
HiddenRole = Qt.ItemDataRole.UserRole + 3  # True while a graphic item is shown blurred
ThumbStateRole = Qt.ItemDataRole.UserRole + 4  # "loaded", "missing", "loading", "unknown"


def _captured_key(view: EvidenceView) -> datetime | None:
    return view.captured_at


def _sort_key(column: int) -> Any:
    """Key for a column; None from a key means "unknown", always listed last."""
    keys: dict[int, Any] = {
        Column.NAME: lambda v: v.original_name.casefold(),
        Column.KIND: lambda v: v.kind,
        Column.CAPTURED: _captured_key,
        Column.ADDED: lambda v: v.added_at,
        Column.SIZE: lambda v: v.size,
        Column.FLAGS: lambda v: (not v.graphic, not v.personal_data, v.decode_status == "ok"),
        Column.DESCRIPTION: lambda v: v.description.casefold() or None,
    }
    return keys.get(column, keys[Column.ADDED])


class _PageSignals(QObject):
    page = Signal(int, list)  # generation, rows
    done = Signal(int)
    failed = Signal(int, str)


class EvidenceModel(QAbstractTableModel):
    loaded = Signal()  # every row of the current case is in

    def __init__(
        self, svc: CaseService, thumbs: ThumbnailCache, blur_graphic: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.thumbs = thumbs
        self.placeholders = Placeholders(thumbs.size)
        self.blur_graphic = blur_graphic
        self.case_id: str | None = None
        self.loading = False
        self.load_error = ""
        self._rows: list[EvidenceView] = []
        self._row_of: dict[str, int] = {}
        self._rows_of_sha: dict[str, list[int]] = {}
        self._revealed: set[str] = set()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._generation = 0
        self._live_generation = [0]  # read by the page worker to notice it is stale
        self._lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _PageSignals(self)
        self._signals.page.connect(self._on_page, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        thumbs.ready.connect(self._on_thumb)

    # -- loading ----------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        """Replace the rows with the evidence of ``case_id`` (none for None)."""
        self._generation += 1
        with self._lock:
            self._live_generation[0] = self._generation
        if case_id != self.case_id:
            self._revealed.clear()
        self.case_id = case_id
        self.load_error = ""
        rows = self.svc.evidence_page(case_id, 0, FIRST_PAGE) if case_id else []
        self.beginResetModel()
        self._rows = rows
        self._sort_rows()
        self._reindex()
        self.endResetModel()
        if case_id and len(rows) == FIRST_PAGE:
            self.loading = True
            generation = self._generation
            self._pool.start(lambda: self._read_rest(case_id, generation, FIRST_PAGE))
        else:
            self.loading = False
            self.loaded.emit()

    def reload(self) -> None:
        self.show_case(self.case_id)

    def close(self) -> None:
        """Stop the page worker (before the service is closed)."""
        with self._lock:
            self._live_generation[0] = -1
        self._pool.waitForDone()

    def _read_rest(self, case_id: str, generation: int, offset: int) -> None:
        # Worker thread: only the service and the signal carrier are touched here.
        try:
            while True:
                with self._lock:
                    if self._live_generation[0] != generation:
                        return
                page = self.svc.evidence_page(case_id, offset, NEXT_PAGE)
                if page:
                    self._signals.page.emit(generation, page)
                if len(page) < NEXT_PAGE:
                    break
                offset += len(page)
        except Exception as exc:  # shown as a note in the pane; the rows read so far stay
            self._signals.failed.emit(generation, str(exc))
            return
        self._signals.done.emit(generation)

    @Slot(int, list)
    def _on_page(self, generation: int, page: list[EvidenceView]) -> None:
        if generation != self._generation:
            return
        fresh = [v for v in page if v.id not in self._row_of]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._index_rows(first)
        self.endInsertRows()
        if self._sort is not None:
            self.sort(*self._sort)

    @Slot(int)
    def _on_done(self, generation: int) -> None:
        if generation == self._generation:
            self.loading = False
            self.loaded.emit()

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_error = message
            self.loaded.emit()

    # -- row access -------------------------------------------------------------------------------
    def view_at(self, row: int) -> EvidenceView:
        return self._rows[row]

    def views(self) -> list[EvidenceView]:
        return list(self._rows)

    def row_of(self, evidence_id: str) -> int | None:
        return self._row_of.get(evidence_id)

    def update_view(self, view: EvidenceView) -> None:
        """Put a fresh copy of one row in place (after an edit), without reloading the case."""
        row = self._row_of.get(view.id)
        if row is None:
            return
        old = self._rows[row]
        self._rows[row] = view
        if old.sha256 != view.sha256:
            self._reindex()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove(self, evidence_id: str) -> None:
        row = self._row_of.get(evidence_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    def tags(self) -> list[str]:
        return sorted({tag for view in self._rows for tag in view.tags}, key=str.casefold)

    def _reindex(self) -> None:
        self._row_of = {}
        self._rows_of_sha = {}
        self._index_rows(0)

    def _index_rows(self, first: int) -> None:
        """Index rows from ``first`` on (appending a page indexes only the page)."""
        row_of, by_sha = self._row_of, self._rows_of_sha
        for row in range(first, len(self._rows)):
            view = self._rows[row]
            row_of[view.id] = row
            by_sha.setdefault(view.sha256, []).append(row)

    # -- vicarious-trauma protection --------------------------------------------------------------
    def is_hidden(self, view: EvidenceView) -> bool:
        return self.blur_graphic and view.graphic and view.id not in self._revealed

    def reveal(self, evidence_id: str) -> None:
        if evidence_id not in self._revealed:
            self._revealed.add(evidence_id)
            self._row_changed(evidence_id)

    def set_blur_graphic(self, enabled: bool) -> None:
        if enabled != self.blur_graphic:
            self.blur_graphic = enabled
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _row_changed(self, evidence_id: str) -> None:
        row = self._row_of.get(evidence_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    @Slot(str)
    def _on_thumb(self, sha256: str) -> None:
        for row in self._rows_of_sha.get(sha256, ()):
            index = self.index(row, Column.NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Kind"),
            Column.CAPTURED: self.tr("Captured"),
            Column.ADDED: self.tr("Added"),
            Column.SIZE: self.tr("Size"),
            Column.FLAGS: self.tr("Flags"),
            Column.DESCRIPTION: self.tr("Description"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            icon = self.thumbs.icon(view.sha256, self.is_hidden(view))
            return icon if icon is not None else self.placeholders.icon(view.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FLAGS and view.decode_status != "ok":
            return QColor(160, 60, 0)
        if role == EvidenceRole:
            return view
        if role == IdRole:
            return view.id
        if role == HiddenRole:
            return self.is_hidden(view)
        if role == ThumbStateRole:
            return self.thumbs.state(view.sha256, self.is_hidden(view))
        return None

    def _display(self, view: EvidenceView, column: int) -> str:
        if column == Column.NAME:
            return view.original_name
        if column == Column.KIND:
            return kind_label(view.kind)
        if column == Column.CAPTURED:
            return format_time(view.captured_at)
        if column == Column.ADDED:
            return format_time(view.added_at)
        if column == Column.SIZE:
            return format_size(view.size)
        if column == Column.FLAGS:
            return ", ".join(flag_labels(view))
        if column == Column.DESCRIPTION:
            first_line = view.description.strip().splitlines()
            return first_line[0] if first_line else ""
        return ""

    def _tooltip(self, view: EvidenceView) -> str:
        lines = [view.original_name, kind_label(view.kind)]
        flags = flag_labels(view)
        if flags:
            lines.append(", ".join(flags))
        if self.is_hidden(view):
            lines.append(self.tr("Hidden as graphic: select it and click the picture to reveal."))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 restores the order items were added in."""
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        old_ids = [view.id for view in self._rows]
        if self._sort is None:
            self._rows.sort(key=lambda v: (v.added_at, v.id))
        self._sort_rows()
        self._reindex()
        persistent = self.persistentIndexList()
        moved = [self.index(self._row_of[old_ids[p.row()]], p.column()) for p in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return  # the service's order: time added, oldest first
        column, order = self._sort
        key = _sort_key(column)
        known = [v for v in self._rows if key(v) is not None]
        unknown = [v for v in self._rows if key(v) is None]
        known.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = known + unknown
