"""One table model shape for the case's lists (claims, sources, timeline): rows are view dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows are frozen views with an ``id``; subclasses give the headers and how each cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> list[int] | None:
        """Show ``rows``. When they are the same objects in the same order (an edit, not an add or a
        removal), only the rows that differ are updated, and their numbers returned, so views keep
        their place and redraw little; otherwise the model is reset and None returned."""
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return None
        changed = [i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new]
        self.rows = rows
        last = self.columnCount() - 1
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return changed

    def row_of(self, row_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == row_id), -1)

    def id_at(self, index: Index) -> str | None:
        return str(self.rows[index.row()].id) if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
