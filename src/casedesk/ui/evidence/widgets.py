"""Small widgets the evidence pane needs and Qt lacks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QTextEdit, QWidget


class NotesEdit(QTextEdit):
    """Multi-line plain text with QLineEdit's ``editingFinished``: emitted when focus leaves after a change.

    A QTextEdit rather than a QPlainTextEdit: it gives each paragraph the direction and alignment of
    its own text, so an Arabic line sits right-aligned, right to left, beside English ones.
    """

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted formatting would be lost on save anyway
        self.setTabChangesFocus(True)
        self._saved = ""

    def set_saved_text(self, text: str) -> None:
        """Show stored text; only later edits count as changes."""
        self._saved = text
        self.setPlainText(text)

    def is_modified(self) -> bool:
        return self.toPlainText() != self._saved

    def finish(self) -> None:
        if self.is_modified():
            self._saved = self.toPlainText()
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()
