"""The one item model over a case's evidence, shared by the thumbnail grid and the detail table.

Each item is a light :class:`~casedesk.ui.evidence.rows.Row`; its facts (times, tags, text) follow
in the background (see :mod:`casedesk.ui.evidence.loader`), the first page's at once. After a write
the model re-reads only the items the write touched and updates, inserts or removes just those rows,
so selection and scroll position stay put. Sorting is done here (a Python sort of 100,000 rows takes
a fraction of a second, where letting the proxy compare rows through ``data()`` would take seconds);
filtering is the proxy's job.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Collection, Iterable
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.labels import flag_labels, format_size, format_time, kind_label
from casedesk.ui.evidence.loader import RowLoader, Snapshot, read_views
from casedesk.ui.evidence.rows import Column, Facts, Row, row_of, sort_key, update_row
from casedesk.ui.evidence.thumbs import Placeholders, ThumbnailCache
from casedesk.ui.tasks import run_read

FIRST_PAGE = 500  # read on the UI thread: the first screens, and every small case, at once
SYNC_REFRESH = 200  # items re-read at once after a change (a tenth of a second at most); more in the pool
VIEW_CACHE = 64  # full views kept for the viewer (the item shown, the ones just edited)
FACT_COLUMNS = (Column.CAPTURED, Column.FLAGS, Column.DESCRIPTION)  # sorts that need the facts

Index = QModelIndex | QPersistentModelIndex

RowRole = Qt.ItemDataRole.UserRole + 1  # the row's Row
IdRole = Qt.ItemDataRole.UserRole + 2  # its evidence id
HiddenRole = Qt.ItemDataRole.UserRole + 3  # True while a graphic item is shown blurred
ThumbStateRole = Qt.ItemDataRole.UserRole + 4  # "loaded", "missing", "loading", "unknown"

__all__ = ["Column", "EvidenceModel", "HiddenRole", "IdRole", "RowRole", "ThumbStateRole"]


def ranges(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs: one model signal per run, not per row."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class EvidenceModel(QAbstractTableModel):
    loaded = Signal()  # every row of the current case is in
    factsLoaded = Signal()  # every row's facts are in: sorts, filters and the tag list are complete
    rowsRefreshed = Signal(list)  # ids re-read after a change and still in the case

    def __init__(
        self, svc: CaseService, thumbs: ThumbnailCache, blur_graphic: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.thumbs = thumbs
        self.placeholders = Placeholders(thumbs.size)
        self.blur_graphic = blur_graphic
        self.case_id: str | None = None
        self.loading = False  # rows still coming
        self.facts_loading = False  # facts still coming
        self.load_error = ""
        self._rows: list[Row] = []
        self._row_of: dict[str, int] = {}
        self._revealed: set[str] = set()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._generation = 0
        self._touched: set[str] = set()  # re-read since this load began: fresher than any page
        self._gone: dict[str, float] = {}  # rank of each item that left, to put it back if restored
        self._next_rank = 0.0
        self._newest: tuple[datetime, str] | None = None  # latest (added, id) seen: where new items go
        self._views: OrderedDict[str, EvidenceView] = OrderedDict()
        self._requests = 0
        self._latest: dict[str, int] = {}  # id -> the newest re-read asked for it
        self._closed = False
        self.loader = RowLoader(svc, self)

    # -- loading ----------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        """Replace the rows with the evidence of ``case_id`` (none for None)."""
        self._generation += 1
        self.loader.stop()
        if case_id != self.case_id:
            self._revealed.clear()
        self.case_id = case_id
        self.load_error = ""
        self._touched, self._gone, self._latest = set(), {}, {}
        self._views.clear()
        views = self.svc.evidence_page(case_id, 0, FIRST_PAGE) if case_id else []
        self.beginResetModel()
        self._rows = [row_of(view, rank) for rank, view in enumerate(views)]
        self._next_rank = float(len(self._rows))
        self._newest = max(((v.added_at, v.id) for v in views), default=None)
        self._sort_rows()
        self._reindex()
        self.endResetModel()
        more = case_id is not None and len(views) == FIRST_PAGE
        self.loading = self.facts_loading = more
        if case_id is not None and more:
            self.loader.start(case_id, self._generation, FIRST_PAGE)
        else:
            self.loaded.emit()
            self.factsLoaded.emit()

    def reload(self) -> None:
        self.show_case(self.case_id)

    def close(self) -> None:
        """Take nothing more from the pools (the pools themselves are stopped by ``cancel_all``)."""
        self._closed = self.loader.closed = True
        self.loader.stop()

    def rows_arrived(self, generation: int, snapshot: Snapshot) -> None:
        """The whole case, in one snapshot: add what the first page did not have."""
        if generation != self._generation:
            return
        rank, total = snapshot.rank, len(snapshot.rows)
        stale = [r for r in self._rows if r.id not in rank and r.id not in self._touched]
        self._remove_rows(stale)  # left the case between the first page and the snapshot
        for row in self._rows:
            # Items added by a change since this load began stay after the snapshot, in their order.
            row.rank = rank[row.id] if row.id in rank else total + row.rank
        self._next_rank = max([float(total), *(r.rank + 1 for r in self._rows)])
        known = set(self._row_of) | self._touched
        fresh = [row for row in snapshot.rows if row.id not in known]
        if self._sort is None and not is_sorted_by_rank(self._rows):
            self.sort(-1)  # an item restored meanwhile went to the end; put it back in its place
        self._insert_rows(fresh)
        self.loading = False
        self.loaded.emit()

    def facts_arrived(self, generation: int, facts: list[tuple[str, Facts]]) -> None:
        if generation != self._generation:
            return
        changed = []
        for evidence_id, item_facts in facts:
            row = self._row_of.get(evidence_id)
            if row is not None and self._rows[row].facts is None:  # a re-read row is fresher
                self._rows[row].facts = item_facts
                changed.append(row)
                key = (item_facts.added_at, evidence_id)
                if self._newest is None or key > self._newest:
                    self._newest = key
        # One signal per run of rows (a page is one run, unless sorted): never one range spanning the
        # case, which the proxy would answer by filtering every row again.
        for first, last in ranges(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def facts_done(self, generation: int) -> None:
        if generation != self._generation:
            return
        self.facts_loading = False
        if self._sort is not None and self._sort[0] in FACT_COLUMNS:
            self.sort(*self._sort)
        self.factsLoaded.emit()

    def load_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = self.facts_loading = False
            self.load_error = message
            self.loaded.emit()
            self.factsLoaded.emit()

    def ids_without_facts(self) -> list[str]:
        return [row.id for row in self._rows if row.facts is None]

    # -- after a change ---------------------------------------------------------------------------
    def refresh_ids(self, ids: Collection[str]) -> None:
        """Re-read these items (ids that are no evidence of this case are ignored) and update their rows.

        A few at once; many on the READ pool, so a write on thousands of items never freezes the
        window. Each id keeps only its newest re-read, whichever arrives first.
        """
        wanted = list(dict.fromkeys(ids))
        if not wanted or self.case_id is None:
            return
        self._requests += 1
        request = self._requests
        self._latest.update(dict.fromkeys(wanted, request))
        if len(wanted) <= SYNC_REFRESH:
            self._apply_request(request, read_views(self.svc, wanted))
            return
        svc, generation = self.svc, self._generation

        def arrived(found: dict[str, EvidenceView | None]) -> None:
            if generation == self._generation and not self._closed:
                self._apply_request(request, found)

        run_read(None, lambda: read_views(svc, wanted), arrived)

    @property
    def refreshing(self) -> bool:
        """A re-read after a change has not arrived yet."""
        return bool(self._latest)

    def _apply_request(self, request: int, found: dict[str, EvidenceView | None]) -> None:
        newest = {i: v for i, v in found.items() if self._latest.get(i) == request}
        for evidence_id in newest:
            del self._latest[evidence_id]
        self.apply_views(newest)

    def apply_views(self, found: dict[str, EvidenceView | None]) -> None:
        """Fresh views of some items (None: not evidence any more): update, insert or remove their rows."""
        changed: list[int] = []
        gone: list[Row] = []
        fresh: list[Row] = []
        key = sort_key(self._sort[0]) if self._sort is not None else sort_key(Column.ADDED)
        moved = False
        for evidence_id, view in found.items():
            row = self._row_of.get(evidence_id)
            active = view is not None and not view.trashed and view.case_id == self.case_id
            if view is None or not active:
                self._views.pop(evidence_id, None)
                if row is not None:
                    gone.append(self._rows[row])
                continue
            self._touched.add(evidence_id)
            self._remember(view)
            if row is None:
                fresh.append(row_of(view, self._rank_for(view)))
                continue
            was = self._rows[row]
            if view.graphic and not was.graphic:
                self._revealed.add(evidence_id)  # whoever just flagged it has seen it
            before = key(was)
            update_row(was, view)
            moved = moved or key(was) != before
            changed.append(row)
        for first, last in ranges(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        self._remove_rows(gone)
        self._insert_rows(fresh)
        if moved and self._sort is not None:
            self.sort(*self._sort)  # the edit moved a row (a new name, say): sort again
        self.rowsRefreshed.emit([i for i, v in found.items() if i in self._row_of and v is not None])

    def _rank_for(self, view: EvidenceView) -> float:
        """Where an item that (re)appears belongs in the catalogue: its old place, or by time added."""
        if view.id in self._gone:
            return self._gone.pop(view.id)
        key = (view.added_at, view.id)
        if self._newest is None or key > self._newest:  # the usual case: just added
            self._newest = key
            rank, self._next_rank = self._next_rank, self._next_rank + 1
            return rank
        below = [r.rank for r in self._rows if r.facts is not None and (r.facts.added_at, r.id) < key]
        above = [r.rank for r in self._rows if r.facts is not None and (r.facts.added_at, r.id) > key]
        if not above:
            rank, self._next_rank = self._next_rank, self._next_rank + 1
            return rank
        low, high = (max(below) if below else -1.0), min(above)
        return (low + high) / 2

    def _remove_rows(self, rows: list[Row]) -> None:
        if not rows:
            return
        for row in rows:
            self._gone[row.id] = row.rank
        for first, last in reversed(ranges(self._row_of[r.id] for r in rows)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        self._reindex()

    def _insert_rows(self, rows: list[Row]) -> None:
        if not rows:
            return
        if self._sort is not None:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._reindex()
            self.sort(*self._sort)
            return
        rows = sorted(rows, key=lambda r: r.rank)
        if not self._rows or rows[0].rank > self._rows[-1].rank:  # the usual case: all after the rest
            groups = {len(self._rows): rows}
        else:
            ranks = [r.rank for r in self._rows]
            groups = {}
            for row in rows:
                groups.setdefault(bisect_left(ranks, row.rank), []).append(row)
        for at, group in sorted(groups.items(), reverse=True):  # from the end: earlier places stay valid
            self.beginInsertRows(QModelIndex(), at, at + len(group) - 1)
            self._rows[at:at] = group
            self.endInsertRows()
        self._reindex()

    # -- row access -------------------------------------------------------------------------------
    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, evidence_id: str) -> int | None:
        return self._row_of.get(evidence_id)

    def view(self, evidence_id: str) -> EvidenceView:
        """The full view of an item (for the viewer): kept from the last read, else read now."""
        view = self._views.get(evidence_id)
        if view is None:
            view = self.svc.evidence_view(evidence_id)
        self._remember(view)
        return view

    def _remember(self, view: EvidenceView) -> None:
        self._views[view.id] = view
        self._views.move_to_end(view.id)
        while len(self._views) > VIEW_CACHE:
            self._views.popitem(last=False)

    def tags(self) -> list[str]:
        found = {tag for row in self._rows if row.facts is not None for tag in row.facts.tags}
        return sorted(found, key=str.casefold)

    def _reindex(self) -> None:
        self._row_of = {row.id: number for number, row in enumerate(self._rows)}

    # -- vicarious-trauma protection --------------------------------------------------------------
    def is_hidden(self, item: Row | EvidenceView) -> bool:
        return self.blur_graphic and item.graphic and item.id not in self._revealed

    def reveal(self, evidence_id: str) -> None:
        if evidence_id not in self._revealed:
            self._revealed.add(evidence_id)
            row = self._row_of.get(evidence_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def set_blur_graphic(self, enabled: bool) -> None:
        if enabled != self.blur_graphic:
            self.blur_graphic = enabled
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

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
        row = self._rows[index.row()]
        column = index.column()
        if row.facts is None and role in (Qt.ItemDataRole.DisplayRole, RowRole):
            self.loader.want(row.rank)  # on screen: read its facts next
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            icon = self.thumbs.icon(row.sha256, self.is_hidden(row))
            return icon if icon is not None else self.placeholders.icon(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FLAGS and not row.decode_ok:
            return QColor(160, 60, 0)
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        if role == HiddenRole:
            return self.is_hidden(row)
        if role == ThumbStateRole:
            return self.thumbs.state(row.sha256, self.is_hidden(row))
        return None

    def _display(self, row: Row, column: int) -> str:
        facts = row.facts
        if column == Column.NAME:
            return row.original_name
        if column == Column.KIND:
            return kind_label(row.kind)
        if column == Column.SIZE:
            return format_size(row.size)
        if column == Column.FLAGS:
            return ", ".join(flag_labels(row))
        if facts is None:
            return ""  # times and description follow in a moment
        if column == Column.CAPTURED:
            return format_time(facts.captured_at)
        if column == Column.ADDED:
            return format_time(facts.added_at)
        if column == Column.DESCRIPTION:
            return facts.description
        return ""

    def _tooltip(self, row: Row) -> str:
        lines = [row.original_name, kind_label(row.kind)]
        flags = flag_labels(row)
        if flags:
            lines.append(", ".join(flags))
        if self.is_hidden(row):
            lines.append(self.tr("Hidden as graphic: select it and click the picture to reveal."))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 restores the order items were added in."""
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        if self._sort is None:
            self._rows.sort(key=lambda r: r.rank)
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
        key = sort_key(column)
        known = [r for r in self._rows if key(r) is not None]
        unknown = [r for r in self._rows if key(r) is None]
        known.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = known + unknown


def is_sorted_by_rank(rows: list[Row]) -> bool:
    """The rows are in catalogue order (the order the model keeps when no sort is chosen)."""
    return all(a.rank <= b.rank for a, b in pairwise(rows))
