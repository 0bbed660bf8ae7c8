"""Verification checklists: per case and per evidence item, with a plain progress summary and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService
from casedesk.core.views import ChecklistProgress, CheckView, EvidenceView
from casedesk.ui.icons import dot
from casedesk.ui.ops import CaseOps
from casedesk.ui.widgets import BidiDelegate, CommitComboBox, heading

_Index = QModelIndex | QPersistentModelIndex


def state_labels() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("checklist", "Pending"),
        "passed": QCoreApplication.translate("checklist", "Passed"),
        "failed": QCoreApplication.translate("checklist", "Failed"),
        "inconclusive": QCoreApplication.translate("checklist", "Inconclusive"),
        "not_applicable": QCoreApplication.translate("checklist", "Not applicable"),
    }


class ChecklistModel(QAbstractTableModel):
    """Checklist items of one scope; State and Note are editable and save through the service."""

    PHASE, TITLE, STATE, NOTE, BY = range(5)
    edited = Signal()

    def __init__(self, svc: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.case_id: str | None = None
        self.evidence_id: str | None = None
        self.items: list[CheckView] = []

    def load(self, case_id: str | None, evidence_id: str | None = None) -> None:
        self.beginResetModel()
        self.case_id, self.evidence_id = case_id, evidence_id
        self.items = self.svc.checklist(case_id, evidence_id) if case_id else []
        self.endResetModel()

    def progress(self) -> ChecklistProgress:
        return ChecklistProgress.of(self.items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Phase"), self.tr("Check"), self.tr("State"), self.tr("Note"), self.tr("By")][
                section
            ]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (self.STATE, self.NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                item.phase,
                item.title,
                state_labels().get(item.state, item.state),
                item.note,
                item.investigator,
            ][col]
        if role == Qt.ItemDataRole.EditRole:
            return item.state if col == self.STATE else item.note if col == self.NOTE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.TITLE, self.PHASE):
                return item.guidance
            if col == self.NOTE and item.note:
                return item.note
            if col == self.BY and item.updated_at:
                return self.tr("Changed {0} UTC").format(f"{item.updated_at:%Y-%m-%d %H:%M}")
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.case_id is None:
            return False
        item = self.items[index.row()]
        if index.column() == self.STATE and value != item.state:
            self.svc.set_check(item.id, state=str(value))
        elif index.column() == self.NOTE and value != item.note:
            self.svc.set_check(item.id, note=str(value))
        else:
            return False
        # Same rows, new values: refresh in place so open editors and the selection survive.
        self.items = self.svc.checklist(self.case_id, self.evidence_id)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.edited.emit()
        return True


class StateDelegate(BidiDelegate):
    """An always-visible combo in the State column that commits as soon as another state is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = CommitComboBox([(label, key) for key, label in state_labels().items()], parent)
        for i in range(combo.count()):
            combo.setItemIcon(i, dot(str(combo.itemData(i))))
        combo.committed.connect(lambda _value, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, CommitComboBox)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChecklistView(QWidget):
    """Summary line, progress bar and the editable item table for one checklist scope."""

    edited = Signal()

    def __init__(self, svc: CaseService, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(svc, self)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setItemDelegateForColumn(ChecklistModel.STATE, StateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.NOTE, QHeaderView.ResizeMode.Stretch)
        if compact:
            self.table.hideColumn(ChecklistModel.PHASE)
            self.table.hideColumn(ChecklistModel.BY)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        self.model.edited.connect(self._after_edit)
        self.model.modelReset.connect(self._after_reset)

    def load(self, case_id: str | None, evidence_id: str | None = None) -> None:
        self.model.load(case_id, evidence_id)

    def _after_reset(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, ChecklistModel.STATE))
        self.table.resizeColumnToContents(ChecklistModel.PHASE)
        self.table.resizeColumnToContents(ChecklistModel.TITLE)
        self.table.setColumnWidth(ChecklistModel.STATE, 150)
        self.table.resizeColumnToContents(ChecklistModel.BY)
        self._show_progress()

    def _after_edit(self) -> None:
        self._show_progress()
        self.edited.emit()

    def _show_progress(self) -> None:
        progress = self.model.progress()
        self.summary.setText(progress.summary() if progress.total else self.tr("No checklist items."))
        self.bar.setMaximum(max(1, progress.total))
        self.bar.setValue(progress.counts.get("passed", 0))


class ChecklistTab(QWidget):
    """The Checklist tab: pick the case or one evidence item, then work through its checks."""

    edited = Signal()

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.case_id: str | None = None
        self.scope = QComboBox()
        self.scope.setObjectName("checklistScope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view = ChecklistView(svc)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Checklist for")))
        row.addWidget(self.scope)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.view.edited.connect(self.edited)

    def load(self, case_id: str, evidence: list[EvidenceView]) -> None:
        keep = self.scope.currentData() if case_id == self.case_id else None
        self.case_id = case_id
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The whole case"), None)
        for ev in evidence:
            self.scope.addItem(ev.original_name, ev.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(keep)))
        self.scope.blockSignals(False)
        self._scope_changed()

    def show_evidence(self, evidence_id: str | None) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(evidence_id)))

    def _scope_changed(self) -> None:
        self.view.load(self.case_id, self.scope.currentData())
