"""Small form dialogs used by several tabs (pick an item, enter a line of text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class FormDialog(QDialog):
    """A titled form with OK/Cancel; subclasses add rows and read their values after ``exec()``."""

    def __init__(self, title: str, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # The explicit minimum width above turns the layout's own minimum off: restore it where it
        # is wider, so that no row (a long translated check box, "Exclure les pièces marquées
        # « données personnelles »") is cut at the dialog's edge.
        layout = self.layout()
        if layout is not None and layout.minimumSize().width() > self.minimumWidth():
            self.setMinimumWidth(layout.minimumSize().width())
        super().showEvent(event)

    def ok_button_enabled(self, enabled: bool) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(enabled)


def combo(choices: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box
