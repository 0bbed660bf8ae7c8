"""The list of cases on the left: status, evidence count and last change, with a filter box."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

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

from casedesk.core.service import CaseService
from casedesk.core.views import CaseSummary
from casedesk.ui.icons import standard
from casedesk.ui.labels import case_statuses, count_text
from casedesk.ui.widgets import text_direction

_Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(at: datetime, now: datetime | None = None) -> str:
    """A compact "last change": time today, else the date."""
    now = now or datetime.now(UTC)
    local = at.astimezone()
    return f"{local:%H:%M}" if local.date() == now.astimezone().date() else f"{local:%d %b %Y}"


class CaseListModel(QAbstractTableModel):
    TITLE, STATUS, EVIDENCE, CHANGED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cases: list[CaseSummary] = []

    def load(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self.cases) if c.id == case_id), -1)

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
        items = count_text(case.evidence_count, "1 item", "{0} items")
        line = f"{status} · {items} · {when_text(case.updated_at)}"
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom), line)
        painter.restore()


class CaseListPanel(QWidget):
    """Cases in the workspace; emits ``caseSelected`` with an id (or None) and ``changed`` after edits."""

    caseSelected = Signal(object)
    changed = Signal()

    def __init__(self, svc: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
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

    def reload(self) -> None:
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

    def create_case(self, title: str) -> str:
        case_id = self.svc.create_case(title).id
        self.reload()
        self.select_case(case_id)
        self.changed.emit()
        return case_id

    def new_case(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New case"), self.tr("Title of the new case"))
        if ok and title.strip():
            self.create_case(title.strip())

    def rename_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        old = self.model.cases[self.model.row_of(case_id)].title
        title, ok = QInputDialog.getText(self, self.tr("Rename case"), self.tr("New title"), text=old)
        if ok and title.strip() and title.strip() != old:
            self.svc.update_case(case_id, title=title.strip())
            self.reload()
            self.changed.emit()

    def close_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.svc.update_case(case_id, status="closed")
            self.reload()
            self.changed.emit()
