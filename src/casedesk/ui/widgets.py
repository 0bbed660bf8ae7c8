"""Small reusable widgets: fields that save themselves, and text that picks its own direction.

Edits in CaseDesk have no "save" button: a field commits when editing finishes (Return, focus-out, or a
combo change) and only if the value really changed, so every custody entry records a real edit.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casedesk.ui.row_model import RowTableModel

_ISOLATE_STARTS = frozenset({"LRI", "RLI", "FSI"})


def text_direction(text: str) -> Qt.LayoutDirection:
    """The paragraph direction of ``text`` from its first strong character (Unicode bidi rule P2).

    As P2 says, what sits between an isolate and its PDI is skipped: in "⁨Gao⁩ — 21.33 شمالًا" (user data
    isolated in a translated pattern) the pattern's words decide. With nothing strong outside the
    isolates, the first strong character inside them does.
    """
    depth = 0
    first_inside = Qt.LayoutDirection.LayoutDirectionAuto
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _ISOLATE_STARTS:
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif kind in ("R", "AL", "L"):
            direction = Qt.LayoutDirection.LeftToRight if kind == "L" else Qt.LayoutDirection.RightToLeft
            if depth == 0:
                return direction
            if first_inside == Qt.LayoutDirection.LayoutDirectionAuto:
                first_inside = direction
    return first_inside


def is_rtl(text: str) -> bool:
    return text_direction(text) == Qt.LayoutDirection.RightToLeft


class CommitLineEdit(QLineEdit):
    """A line edit that emits ``committed(text)`` once editing finishes with a changed value."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self._previous = ""
        self.editingFinished.connect(self._commit)

    def set_saved_text(self, text: str) -> None:
        """Show the stored value, unless the user is in the middle of changing this very field."""
        if self.hasFocus() and self.text() != self._saved:
            self._saved = text
            return
        self._saved = text
        self.setText(text)
        self.setCursorPosition(0)

    def revert(self) -> None:
        """Undo the last commit in the field (the receiver refused the value)."""
        self._saved = self._previous
        self.setText(self._saved)

    def _commit(self) -> None:
        if self.text() != self._saved:
            self._previous, self._saved = self._saved, self.text()
            self.committed.emit(self.text())


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that commits on focus-out or Ctrl+Return; each paragraph finds its direction."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTabChangesFocus(True)

    def set_saved_text(self, text: str) -> None:
        if self.hasFocus() and self.toPlainText() != self._saved:
            self._saved = text
            return
        self._saved = text
        self.setPlainText(text)

    def commit(self) -> None:
        if self.toPlainText() != self._saved:
            self._saved = self.toPlainText()
            self.committed.emit(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            return
        super().keyPressEvent(event)


class CommitComboBox(QComboBox):
    """A combo of (label, value) pairs that emits ``committed(value)`` when the user picks another."""

    committed = Signal(object)

    def __init__(self, choices: list[tuple[str, Any]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        if choices:
            self.set_choices(choices)
        self.activated.connect(self._on_activated)

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        self._loading = True
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        self._loading = False

    def set_value(self, value: Any) -> None:
        self._loading = True
        index = self.findData(value)
        self.setCurrentIndex(index)
        self._loading = False

    def value(self) -> Any:
        return self.currentData()

    def _on_activated(self, _index: int) -> None:
        if not self._loading:
            self.committed.emit(self.currentData())


class BidiLabel(QLabel):
    """A label whose alignment follows its text: Arabic right-aligned and right-to-left."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        direction = text_direction(text)
        if direction == Qt.LayoutDirection.LayoutDirectionAuto:
            self.unsetLayoutDirection()
        else:
            self.setLayoutDirection(direction)
        # AlignLeading follows the layout direction just set: right for Arabic, left for Latin.
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)


class BidiDelegate(QStyledItemDelegate):
    """Item views draw each cell with its own text direction, so Arabic rows read right to left."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction == Qt.LayoutDirection.LayoutDirectionAuto and any(c.isdigit() for c in option.text):
            # Numbers with no letter ("[-1.13, 6.37]", "0.0", a time): read left to right, as written.
            direction = Qt.LayoutDirection.LeftToRight
        if direction != Qt.LayoutDirection.LayoutDirectionAuto:
            option.direction = direction
            option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


class WrappingBidiDelegate(BidiDelegate):
    """A column of sentences (a transcript's): each cell wrapped to the column's width, its row as tall
    as its text. The view must measure its rows again when the column is resized (doItemsLayout)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        column_width = getattr(view, "columnWidth", None)
        if not callable(column_width):
            return hint
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        width = max(40, int(column_width(index.column())) - 12)
        box = styled.fontMetrics.boundingRect(
            QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, styled.text
        )
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    """Secondary text in the palette's placeholder colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` current and selected. QTableView.selectRow picks its column from the viewport edge,
    which finds none in a right-to-left view that has not been laid out yet; this works in both."""
    index = view.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def select_id(view: QAbstractItemView, model: RowTableModel, row_id: str) -> None:
    """Make the row of ``row_id`` current (and scrolled to), if the model has it."""
    row = model.row_of(row_id)
    if row >= 0:
        select_row(view, row)
