"""Verification checklists: per case and per evidence item, with a plain progress summary and notes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
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

from casedesk.core.changes import Changes
from casedesk.core.checklist import ChecklistTemplate, TemplateText
from casedesk.core.service import CaseService
from casedesk.core.views import ChecklistProgress, CheckView
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.formats import list_text, number, utc_text
from casedesk.ui.i18n import current_language, isolate, plural
from casedesk.ui.icons import dot
from casedesk.ui.labels import check_states
from casedesk.ui.loads import Reader
from casedesk.ui.ops import CaseOps
from casedesk.ui.widgets import BidiDelegate, CommitComboBox, heading

_Index = QModelIndex | QPersistentModelIndex


def check_text(template: ChecklistTemplate, item: CheckView, language: str | None = None) -> TemplateText:
    """A checklist item's phase, title and guidance in the interface language (see
    :meth:`ChecklistTemplate.words`)."""
    scope = "evidence" if item.evidence_id else "case"
    stored = TemplateText(item.phase, item.title, item.guidance)
    return template.words(item.key, scope, stored, language or current_language())


class ProgressText(QObject):
    """A checklist's progress in words. Counts are numerus messages, which lupdate only extracts as such
    from a tr() call: hence a QObject for what is otherwise a function."""

    def of(self, progress: ChecklistProgress) -> str:
        counts = progress.counts
        passed = counts.get("passed", 0)
        parts = [plural(self.tr("%Ln of {0} passed", "", passed), passed).format(number(progress.total))]
        if n := counts.get("failed", 0):
            parts.append(plural(self.tr("%Ln failed", "", n), n))
        if n := counts.get("inconclusive", 0):
            parts.append(plural(self.tr("%Ln inconclusive", "", n), n))
        if n := counts.get("not_applicable", 0):
            parts.append(plural(self.tr("%Ln not applicable", "", n), n))
        if n := counts.get("pending", 0):
            parts.append(plural(self.tr("%Ln pending", "", n), n))
        return list_text(parts)


def progress_text(progress: ChecklistProgress) -> str:
    """ "6 of 11 passed, 1 failed, 4 pending" (states with no items are left out)."""
    return ProgressText().of(progress)


class ChecklistModel(QAbstractTableModel):
    """Checklist items of one scope; State and Note are editable.

    With ``ops`` an edit is made through it (announced, undoable) and shown at once; the items are
    re-read when the announcement arrives. Without, it writes to the service and re-reads directly
    (for hosts not yet on ``CaseOps``).
    """

    PHASE, TITLE, STATE, NOTE, BY = range(5)
    edited = Signal()

    def __init__(self, svc: CaseService, parent: QObject | None = None, ops: CaseOps | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self.case_id: str | None = None
        self.evidence_id: str | None = None
        self.items: list[CheckView] = []

    def load(self, case_id: str | None, evidence_id: str | None = None) -> None:
        """Read the scope's items now, on this thread (ChecklistView.show reads off the GUI thread)."""
        self.set_items(case_id, evidence_id, self.svc.checklist(case_id, evidence_id) if case_id else [])

    def set_items(self, case_id: str | None, evidence_id: str | None, items: list[CheckView]) -> None:
        same_rows = (case_id, evidence_id) == (self.case_id, self.evidence_id) and [i.id for i in items] == [
            i.id for i in self.items
        ]
        if same_rows and items:
            # Same rows, new values: refresh in place so open editors and the selection survive.
            self.items = list(items)
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.case_id, self.evidence_id = case_id, evidence_id
        self.items = list(items)
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
            if col in (self.PHASE, self.TITLE):
                words = check_text(self.svc.template, item)
                return words.phase if col == self.PHASE else words.title
            return [None, None, check_states().get(item.state, item.state), item.note, item.investigator][col]
        if role == Qt.ItemDataRole.EditRole:
            return item.state if col == self.STATE else item.note if col == self.NOTE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.TITLE, self.PHASE):
                return check_text(self.svc.template, item).guidance
            if col == self.NOTE and item.note:
                return item.note
            if col == self.BY and item.updated_at:
                return self.tr("Changed {0}").format(utc_text(item.updated_at))
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.case_id is None:
            return False
        row, item = index.row(), self.items[index.row()]
        title = isolate(check_text(self.svc.template, item).title)
        if index.column() == self.STATE and value != item.state:
            field, label = "state", check_states().get(str(value), str(value))
            text = self.tr("Set “{0}” to {1}").format(title, label)
        elif index.column() == self.NOTE and value != item.note:
            field, text = "note", self.tr("Edit the note on “{0}”").format(title)
        else:
            return False
        if not self._write(item.id, text, {field: str(value)}):
            return False
        if self.ops is None:
            self.items = self.svc.checklist(self.case_id, self.evidence_id)
        else:  # shown now; the re-read that follows the announcement confirms it
            state, note = (str(value), item.note) if field == "state" else (item.state, str(value))
            self.items[row] = replace(item, state=state, note=note, investigator=self.svc.investigator)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()
        return True

    def _write(self, item_id: str, text: str, change: dict[str, str]) -> bool:
        svc = self.svc
        if self.ops is None:
            svc.set_check(item_id, **change)
            return True
        host = self.parent()
        done = self.ops.run(
            host if isinstance(host, QWidget) else None,
            text,
            lambda: svc.set_check(item_id, **change),
            undo=lambda done: svc.set_check(
                item_id, **{k: str(v) for k, v in done.before.get(item_id, {}).items()}
            ),
        )
        return done is not None


class StateDelegate(BidiDelegate):
    """An always-visible combo in the State column that commits as soon as another state is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = CommitComboBox([(label, key) for key, label in check_states().items()], parent)
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
    """Summary line, progress bar and the editable item table for one checklist scope.

    Given ``ops``, it writes through it and re-reads its items (off the GUI thread) whenever a change
    to checks of its case is announced.
    """

    edited = Signal()

    def __init__(
        self,
        svc: CaseService,
        parent: QWidget | None = None,
        compact: bool = False,
        ops: CaseOps | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.model = ChecklistModel(svc, self, ops)
        self._reader = Reader[tuple[str | None, list[CheckView]]](self, self._arrived)
        self._scope: tuple[str | None, str | None] = (None, None)  # (case, item) shown or coming
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
        self.model.dataChanged.connect(lambda *_args: self._show_progress())
        if ops is not None:
            ops.changed.connect(self._on_changed)

    def load(self, case_id: str | None, evidence_id: str | None = None) -> None:
        """Read and show a scope now, on this thread."""
        self._reader.read(None, lambda: (None, []))  # a read still running is no longer wanted
        self._scope = (case_id, evidence_id)
        self.model.load(case_id, evidence_id)

    def show_scope(self, case_id: str | None, evidence_id: str | None = None) -> None:
        """Show a scope, read off the GUI thread; until it arrives the previous one stays."""
        self._scope = (case_id, evidence_id)
        if case_id is None:
            self._reader.read(None, lambda: (None, []))
            self.model.set_items(None, None, [])
            return
        svc = self.svc
        self._reader.read(case_id, lambda: (evidence_id, svc.checklist(case_id, evidence_id)))

    def _arrived(self, result: tuple[str | None, list[CheckView]]) -> None:
        evidence_id, items = result
        if evidence_id == self._scope[1]:  # the case is checked by the reader
            self.model.set_items(self._scope[0], evidence_id, items)

    def _on_changed(self, changes: Changes) -> None:
        case_id, evidence_id = self._scope
        if changes.touches_case(case_id) and changes.touches(ObjectKind.CHECK):
            self.show_scope(case_id, evidence_id)

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
        self.summary.setText(progress_text(progress) if progress.total else self.tr("No checklist items."))
        self.bar.setMaximum(max(1, progress.total))
        self.bar.setValue(progress.counts.get("passed", 0))


class ScopeModel(QAbstractListModel):
    """The checklist scopes of a case: the whole case, then each active item (thousands, cheaply)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scopes: list[tuple[str, str | None]] = []

    def set_scopes(self, scopes: list[tuple[str, str | None]]) -> None:
        self.beginResetModel()
        self.scopes = scopes
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.scopes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, evidence_id = self.scopes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.UserRole:
            return evidence_id
        return None


class ChecklistTab(QWidget):
    """The Checklist tab: pick the case or one evidence item, then work through its checks."""

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.case_id: str | None = None
        self._pending_scope: str | None = None
        self._scopes = Reader[list[tuple[str, str | None]]](self, self._show_scopes)
        self.scope_model = ScopeModel(self)
        self.scope = QComboBox()
        self.scope.setObjectName("checklistScope")
        self.scope.setModel(self.scope_model)
        # Sized by a typical name, not by measuring every one of thousands of items at each reset.
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(32)
        self.view = ChecklistView(svc, ops=ops)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Checklist for")))
        row.addWidget(self.scope)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        ops.changed.connect(self._on_changed)

    def show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self._pending_scope = None
            self.case_id = case_id
            self._set_scopes([(self.tr("The whole case"), None)], None)
        self._read_scopes()

    def _on_changed(self, changes: Changes) -> None:
        # The scopes are the case's items: they come (created) and go (trash) with evidence changes.
        # A check change on an item touches that item too, but leaves the list as it is.
        if changes.touches_case(self.case_id) and (
            changes.created
            or (changes.touches(ObjectKind.EVIDENCE) and not changes.touches(ObjectKind.CHECK))
        ):
            self._read_scopes()

    def _read_scopes(self) -> None:
        case_id, svc, whole = self.case_id, self.svc, self.tr("The whole case")

        def work() -> list[tuple[str, str | None]]:
            assert case_id is not None
            with svc.reader(case_id) as reader:
                rows = reader.evidence_rows(0, 1_000_000)
            return [(whole, None), *((r.original_name, r.id) for r in rows)]

        self._scopes.read(case_id, work)

    def _show_scopes(self, scopes: list[tuple[str, str | None]]) -> None:
        self._set_scopes(scopes, self._pending_scope or self.scope.currentData())

    def _set_scopes(self, scopes: list[tuple[str, str | None]], keep: str | None) -> None:
        self.scope.blockSignals(True)
        self.scope_model.set_scopes(scopes)
        found = self.scope.findData(keep) if keep is not None else 0
        if found >= 0:
            self._pending_scope = None
        self.scope.setCurrentIndex(max(0, found))
        self.scope.blockSignals(False)
        self._scope_changed()

    def show_evidence(self, evidence_id: str | None) -> None:
        """Show the checklist of one item (once the item list has arrived, if it is still loading)."""
        found = self.scope.findData(evidence_id) if evidence_id is not None else 0
        if found < 0:
            self._pending_scope = evidence_id
            return
        self.scope.setCurrentIndex(found)

    def _scope_changed(self) -> None:
        self.view.show_scope(self.case_id, self.scope.currentData())
