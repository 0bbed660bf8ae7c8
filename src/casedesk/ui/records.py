"""Removable records (places, timeline events, notes): the reason dialog, how removed ones look, a short
list with Add/Edit/Remove…/Restore, and the undoable writes for all three.

Removal never deletes: the record is hidden, kept, logged with the reason, and shown again (struck
through, the reason in its tooltip) when "Show removed" is ticked, where Restore brings it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.dialogs import FormDialog
from casedesk.ui.i18n import isolate
from casedesk.ui.ops import CaseOps
from casedesk.ui.widgets import BidiDelegate, heading

# The reason the custody log records when an undo removes what was just added. Not translated: the log
# is evidence, read by whoever receives the case, and keeps one language for its own words.
UNDONE = "Undone"


# -- how a removed record looks ---------------------------------------------------------------------


def removed_font(font: QFont) -> QFont:
    struck = QFont(font)
    struck.setStrikeOut(True)
    return struck


def removed_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def removed_tip(reason: str) -> str:
    if reason:
        return QCoreApplication.translate("records", "Removed: {0}").format(isolate(reason))
    return QCoreApplication.translate("records", "Removed (no reason given)")


class ReasonDialog(FormDialog):
    """Asks why a record is removed; OK stays disabled until a reason is given."""

    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            parent,
            intro=self.tr(
                "“{0}” will be hidden, not deleted: it stays in the custody log with your reason "
                "and can be restored under “Show removed”."
            ).format(isolate(what)),
        )
        self.setObjectName("reasonDialog")
        self.reason = QLineEdit()
        self.reason.setObjectName("removalReason")
        self.reason.setPlaceholderText(self.tr("e.g. duplicate entry, wrong location"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.textChanged.connect(lambda text: self.ok_button_enabled(bool(text.strip())))
        self.ok_button_enabled(False)


def ask_reason(parent: QWidget | None, title: str, what: str) -> str | None:
    """The reason typed, or None if the user cancelled."""
    dialog = ReasonDialog(title, what, parent)
    return dialog.reason.text().strip() if dialog.exec() else None


# -- a short list of records ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    text: str
    tooltip: str = ""
    removed: bool = False
    reason: str = ""


class RecordList(QWidget):
    """A heading, a list of records and the buttons that act on the current one."""

    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    restoreRequested = Signal(str)
    showRemovedChanged = Signal(bool)

    def __init__(self, title: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.list = QListWidget()
        self.list.setItemDelegate(BidiDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(130)
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        top = QHBoxLayout()
        top.addWidget(heading(title), 1)
        top.addWidget(self.show_removed)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(lambda: self._emit(self.editRequested, removed=False))
        self.remove_button.clicked.connect(lambda: self._emit(self.removeRequested, removed=False))
        self.restore_button.clicked.connect(lambda: self._emit(self.restoreRequested, removed=True))
        self.list.itemDoubleClicked.connect(lambda _item: self._emit(self.editRequested, removed=False))
        self.list.currentRowChanged.connect(self._enable)
        self.show_removed.toggled.connect(self.showRemovedChanged)
        self.show_removed.toggled.connect(self._enable)
        self._enable()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows, keeping the current one and the scroll position where they still apply."""
        keep, scroll = self.current_id(), self.list.verticalScrollBar().value()
        self.rows = list(rows)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(row.text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(removed_tip(row.reason) if row.removed else row.tooltip)
            if row.removed:
                item.setFont(removed_font(self.list.font()))
                item.setForeground(removed_colour())
            self.list.addItem(item)
        self.list.blockSignals(False)
        if keep is not None:
            self.select(keep)
        self.list.verticalScrollBar().setValue(scroll)
        self._enable()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_row(self) -> Row | None:
        current = self.current_id()
        return next((r for r in self.rows if r.id == current), None)

    def select(self, row_id: str) -> bool:
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _emit(self, signal: SignalInstance, removed: bool) -> None:
        row = self.current_row()
        if row is not None and row.removed == removed:
            signal.emit(row.id)

    def _enable(self, *_args: object) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None and not row.removed)
        self.remove_button.setEnabled(row is not None and not row.removed)
        self.restore_button.setEnabled(row is not None and row.removed)
        self.restore_button.setVisible(self.show_removed.isChecked())


# -- undoable writes ---------------------------------------------------------------------------------


def add_record(
    ops: CaseOps, parent: QWidget | None, text: str, kind: ObjectKind, write: Callable[[], Changes]
) -> Changes | None:
    """Add a place, event or note; undo removes it ("Undone"), redo restores that same record."""
    made: list[str] = []

    def first() -> Changes:
        changes = write()
        made.append(changes.id)
        return changes

    return ops.run(
        parent,
        text,
        first,
        undo=lambda _done: ops.svc.remove_record(kind, made[0], UNDONE),
        redo=lambda _done: ops.svc.restore_record(kind, made[0]),
    )


def edit_record(
    ops: CaseOps,
    parent: QWidget | None,
    text: str,
    object_id: str,
    write: Callable[[], Changes],
    put_back: Callable[[dict[str, object]], Changes],
) -> Changes | None:
    """An edit; undo writes back the values it replaced (``put_back(fields before)``)."""
    return ops.run(parent, text, write, undo=lambda done: put_back(done.before.get(object_id, {})))


def remove_record(
    ops: CaseOps, parent: QWidget | None, text: str, kind: ObjectKind, object_id: str, reason: str
) -> Changes | None:
    svc = ops.svc
    return ops.run(
        parent,
        text,
        lambda: svc.remove_record(kind, object_id, reason),
        undo=lambda _done: svc.restore_record(kind, object_id),
    )


def restore_record(
    ops: CaseOps, parent: QWidget | None, text: str, kind: ObjectKind, object_id: str, reason: str
) -> Changes | None:
    """Restore; undo removes it again with the reason it was first removed for."""
    svc = ops.svc
    return ops.run(
        parent,
        text,
        lambda: svc.restore_record(kind, object_id),
        undo=lambda _done: svc.remove_record(kind, object_id, reason),
    )
