"""The list of cases on the left: status, evidence count and last change, with a filter box.

The whole list is read once, when the window opens. After that a change announced through ``CaseOps``
re-reads only the rows of the cases it touched (off the GUI thread) and moves them to their place
(the list is ordered by last change), keeping the selection.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.errors import NotFoundError
from casedesk.core.service import CaseService
from casedesk.core.views import CaseHeader, CaseSummary
from casedesk.ui.formats import when_text
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.icons import standard
from casedesk.ui.labels import case_statuses
from casedesk.ui.loads import release
from casedesk.ui.messages import show_status
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import Pool, TaskHandle, run_task
from casedesk.ui.widgets import text_direction

_Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseListModel(QAbstractTableModel):
    TITLE, STATUS, EVIDENCE, CHANGED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cases: list[CaseSummary] = []

    def load(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def put(self, case: CaseSummary) -> None:
        """Add or update one case's row and move it to its place (most recently changed first)."""
        row = self.row_of(case.id)
        if row >= 0:
            self.cases[row] = case
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            others = self.cases[:row] + self.cases[row + 1 :]
            target = _position(others, case)
            if target != row:
                # Qt counts the destination before the row leaves: one more when moving down.
                self.beginMoveRows(
                    QModelIndex(), row, row, QModelIndex(), target if target < row else target + 1
                )
                self.cases = [*others[:target], case, *others[target:]]
                self.endMoveRows()
            return
        target = _position(self.cases, case)
        self.beginInsertRows(QModelIndex(), target, target)
        self.cases.insert(target, case)
        self.endInsertRows()

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self.cases) if c.id == case_id), -1)

    def ids(self) -> set[str]:
        return {c.id for c in self.cases}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Case"), self.tr("Status"), self.tr("Items"), self.tr("Changed")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.cases[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return case.title
            if col == self.STATUS:
                return case_statuses().get(case.status, case.status)
            if col == self.EVIDENCE:
                return case.evidence_count
            return when_text(case.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{case.title}\n{case.id}"
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        if role == SUMMARY_ROLE:
            return case
        if role == Qt.ItemDataRole.ForegroundRole and case.status == "closed":
            return _muted()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.EVIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _position(cases: list[CaseSummary], case: CaseSummary) -> int:
    return next((i for i, c in enumerate(cases) if c.updated_at < case.updated_at), len(cases))


def _muted() -> QColor:
    """Closed cases are drawn in the placeholder colour, so open work stands out."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


class CaseDelegate(QStyledItemDelegate):
    """Two lines per case: the title, then status · item count · last change. Fits a narrow column."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        case: CaseSummary = index.data(SUMMARY_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = main if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        if case.status == "closed" and not selected:
            main = muted
        rect = opt.rect.adjusted(8, 6, -8, -6)
        bold = QFont(opt.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        # The title keeps its own direction: an Arabic title reads right to left in any interface.
        painter.setLayoutDirection(text_direction(case.title))
        title = metrics.elidedText(case.title, Qt.TextElideMode.ElideRight, rect.width())
        top = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect, int(top), title)
        painter.setLayoutDirection(opt.direction)
        painter.setFont(opt.font)
        painter.setPen(muted)
        status = case_statuses().get(case.status, case.status)
        count = case.evidence_count
        items = plural(self.tr("%Ln item(s)", "", count), count)
        #: The second line of a case in the list: {0} its status, {1} how many items, {2} last change.
        line = self.tr("{0} · {1} · {2}").format(status, items, when_text(case.updated_at))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom), line)
        painter.restore()


class CaseListPanel(QWidget):
    """Cases in the workspace; emits ``caseSelected`` with an id (or None). Edits go through ``ops``."""

    caseSelected = Signal(object)

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self._stale: set[str] = set()  # cases whose rows are to be read again
        self._reading: TaskHandle[list[CaseSummary | str]] | None = None
        self._pending_select: str | None = None  # a case to select once its row has arrived
        # The open case's row follows the header the case panel reads anyway (``put_header``).
        self.followed: str | None = None
        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit()
        self.filter.setObjectName("caseFilter")
        self.filter.setPlaceholderText(self.tr("Filter cases"))
        self.filter.setClearButtonEnabled(True)
        self.table = QListView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CaseDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformItemSizes(True)
        self.new_button = QPushButton(standard(QStyle.StandardPixmap.SP_FileDialogNewFolder), self.tr("New"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.close_button = QPushButton(self.tr("Close case"))
        self.close_button.setToolTip(self.tr("Mark the case closed; it stays in the workspace"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_case)
        self.rename_button.clicked.connect(self.rename_case)
        self.close_button.clicked.connect(self.close_case)
        ops.changed.connect(self._on_changed)

    def reload(self) -> None:
        """Read the whole list (when the window opens; changes then refresh single rows)."""
        keep = self.current_case_id()
        self.table.selectionModel().blockSignals(True)
        self.model.load(self.svc.list_cases())
        self.table.selectionModel().blockSignals(False)
        if keep is not None:
            self.select_case(keep, emit=False)
        self._enable_buttons()

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def title_of(self, case_id: str) -> str:
        row = self.model.row_of(case_id)
        return self.model.cases[row].title if row >= 0 else ""

    def open_case(self, case_id: str) -> bool:
        """Select a case now if its row is here (True), else once its row has been read."""
        if self.select_case(case_id):
            self._pending_select = None
            return True
        self._pending_select = case_id
        self._refresh_rows({case_id})
        return False

    # -- rows refreshed after changes --------------------------------------------------------------
    def put_header(self, header: CaseHeader) -> None:
        """The open case's row, from its freshly read header."""
        self.model.put(summary_of(header))
        self._enable_buttons()

    def _on_changed(self, changes: Changes) -> None:
        others = changes.case_ids - {self.followed} if self.followed in self.model.ids() else changes.case_ids
        if others:
            self._refresh_rows(others)

    def _refresh_rows(self, case_ids: Collection[str]) -> None:
        self._stale.update(case_ids)
        if self._reading is None:
            self._read_stale()

    def _read_stale(self) -> None:
        wanted, self._stale = sorted(self._stale), set()
        svc = self.svc

        def work() -> list[CaseSummary | str]:
            return [_summary(svc, case_id) for case_id in wanted]

        self._reading = run_task(
            self, "", lambda _control: work(), self._rows_read, self._read_failed, quiet=True, on=Pool.READ
        )

    def _rows_read(self, rows: list[CaseSummary | str]) -> None:
        if not shiboken6.isValid(self):
            return
        self._release()
        for row in rows:
            if isinstance(row, CaseSummary):
                self.model.put(row)
            elif row == self._pending_select:  # the id of a case that is no longer there
                self._pending_select = None
                show_status(self, self.tr("That case is no longer in the workspace."))
        if self._pending_select is not None and self.select_case(self._pending_select):
            self._pending_select = None
        self._enable_buttons()
        if self._stale:
            self._read_stale()

    def _read_failed(self, _exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._release()
        if self._stale:
            self._read_stale()

    def _release(self) -> None:
        if self._reading is not None:
            release(self._reading)
        self._reading = None

    def select_case(self, case_id: str, emit: bool = True) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter: clear it so the case can be shown
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not emit:
            self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if not emit:
            self.table.selectionModel().blockSignals(False)
        return True

    def _current_changed(self, *_args: object) -> None:
        self._enable_buttons()
        self.caseSelected.emit(self.current_case_id())

    def _enable_buttons(self) -> None:
        has = self.current_case_id() is not None
        self.rename_button.setEnabled(has)
        self.close_button.setEnabled(has)

    def create_case(self, title: str) -> str | None:
        svc = self.svc
        changes = self.ops.run(
            self, self.tr("Create case “{0}”").format(isolate(title)), lambda: svc.create_case(title)
        )
        if changes is None:
            return None
        # Shown at once as it is known to be; the row read that follows the change fills it in.
        self.model.put(CaseSummary(changes.id, title, "open", 0, datetime.now(UTC)))
        self.select_case(changes.id)
        return changes.id

    def new_case(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New case"), self.tr("Title of the new case"))
        if ok and title.strip():
            self.create_case(title.strip())

    def rename_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        old = self.title_of(case_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename case"), self.tr("New title"), text=old)
        if ok and title.strip() and title.strip() != old:
            self._edit(case_id, self.tr("Rename case “{0}”").format(isolate(old)), title=title.strip())

    def close_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            title = isolate(self.title_of(case_id))
            self._edit(case_id, self.tr("Close case “{0}”").format(title), status="closed")

    def _edit(self, case_id: str, text: str, **fields: Any) -> None:
        svc = self.svc
        self.ops.run(
            self,
            text,
            lambda: svc.update_case(case_id, **fields),
            undo=lambda done: svc.update_case(case_id, **done.before.get(case_id, {})),
        )


def _summary(svc: CaseService, case_id: str) -> CaseSummary | str:
    """A case's row, from its header (a few small queries); its id alone if it is gone."""
    try:
        header = svc.case_header(case_id)
    except NotFoundError:
        return case_id
    return summary_of(header)


def summary_of(header: CaseHeader) -> CaseSummary:
    evidence = header.counts.get("evidence", 0)
    return CaseSummary(header.id, header.title, header.status, evidence, header.updated_at)
