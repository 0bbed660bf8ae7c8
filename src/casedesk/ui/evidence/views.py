"""The two views of the evidence model (thumbnail grid, detail list) and what they have selected."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView

from casedesk.ui.evidence.delegate import PAD, GridDelegate
from casedesk.ui.evidence.model import Column
from casedesk.ui.formats import utc_text
from casedesk.ui.widgets import BidiDelegate


def make_grid(proxy: QSortFilterProxyModel, size: int) -> QListView:
    grid = QListView()
    grid.setObjectName("evidenceGrid")
    grid.setViewMode(QListView.ViewMode.IconMode)
    grid.setModel(proxy)
    grid.setModelColumn(Column.NAME)
    grid.setIconSize(QSize(size, size))
    delegate = GridDelegate(size, grid)
    grid.setItemDelegate(delegate)
    line = grid.fontMetrics().height()
    grid.setGridSize(QSize(size + 2 * PAD + 8, delegate.box_size().height() + 2 * line + 3 * PAD + 8))
    grid.setUniformItemSizes(True)  # no per-item size query: 100,000 items lay out at once
    grid.setResizeMode(QListView.ResizeMode.Adjust)
    grid.setMovement(QListView.Movement.Static)
    grid.setMouseTracking(True)  # hover highlight
    # Ctrl-click, Shift-click and Ctrl+A select many items, for the actions on a selection.
    grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return grid


def make_table(proxy: QSortFilterProxyModel) -> QTableView:
    table = QTableView()
    table.setObjectName("evidenceList")
    table.setModel(proxy)
    table.setItemDelegate(BidiDelegate(table))  # each name reads in its own direction
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    # Header clicks sort through the proxy (which hands the work to the model); no indicator until
    # the user asks, since the starting order is "as added".
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.sortIndicatorChanged.connect(proxy.sort)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(40)
    table.setIconSize(QSize(48, 36))
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    sample = utc_text(datetime(2025, 12, 28, 23, 58, 58), seconds=True)  # a long date in this locale
    digits = table.fontMetrics().horizontalAdvance(sample) + 16
    widths = {Column.NAME: 240, Column.KIND: 90, Column.CAPTURED: digits, Column.ADDED: digits}
    widths |= {Column.SIZE: 80, Column.FLAGS: 130}
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    return table


def selected_proxy_rows(selection: QItemSelectionModel) -> list[tuple[int, int]]:
    """The selected rows as merged (first, last) runs, from the selection's ranges (never per index,
    so selecting all of 100,000 items costs nothing until an action needs their ids)."""
    chosen = selection.selection()
    spans = sorted((r.top(), r.bottom()) for r in (chosen.at(i) for i in range(chosen.size())) if r.isValid())
    merged: list[tuple[int, int]] = []
    for top, bottom in spans:
        if merged and top <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def selected_count(selection: QItemSelectionModel) -> int:
    return sum(last - first + 1 for first, last in selected_proxy_rows(selection))
