"""The languages text is recognised in, as check boxes: for a case (the Overview) and for the
workspace's default (Preferences ▸ Text recognition). Tesseract's codes, joined by "+" in the order
offered: the first sets the reading order of a page's columns."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

OCR_LANGUAGES = ("ara", "fra", "eng")  # Tesseract's codes, in the order offered (and joined)


class OcrLanguagesField(QWidget):
    """One check box per language; ``committed(codes)`` when the user changes the choice."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {"ara": self.tr("Arabic"), "fra": self.tr("French"), "eng": self.tr("English")}
        self.boxes = {code: QCheckBox(names[code]) for code in OCR_LANGUAGES}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self.committed.emit(self.value()))
            row.addWidget(box)
        row.addStretch(1)

    def value(self) -> str:
        return "+".join(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, codes: str) -> None:
        """Show a stored choice (no ``committed``): the codes joined by "+"; "" checks none."""
        chosen = {c.strip() for c in codes.split("+") if c.strip()}
        for code, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in chosen)
