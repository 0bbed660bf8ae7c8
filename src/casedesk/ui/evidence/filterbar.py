"""The row of filter and sort controls above the evidence views."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from casedesk.ui.evidence.labels import KINDS, kind_label
from casedesk.ui.evidence.model import Column
from casedesk.ui.evidence.proxy import EvidenceFilter

SORTS: tuple[tuple[Column | None, Qt.SortOrder], ...] = (
    (None, Qt.SortOrder.AscendingOrder),  # as added, oldest first (the store's order)
    (Column.ADDED, Qt.SortOrder.DescendingOrder),
    (Column.CAPTURED, Qt.SortOrder.AscendingOrder),
    (Column.CAPTURED, Qt.SortOrder.DescendingOrder),
    (Column.NAME, Qt.SortOrder.AscendingOrder),
)


class FilterBar(QWidget):
    criteriaChanged = Signal(EvidenceFilter)
    sortChanged = Signal(int, Qt.SortOrder)  # column (-1: order added), order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.flag = QComboBox()
        self.flag.addItem(self.tr("Any flags"), None)
        self.flag.addItem(self.tr("Graphic"), "graphic")
        self.flag.addItem(self.tr("Personal data"), "personal")
        self.flag.addItem(self.tr("Decode problems"), "decode")
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Any tag"), None)
        self.check = QComboBox()
        self.check.addItem(self.tr("Any checklist state"), None)
        self.check.addItem(self.tr("Checks pending"), "pending")
        self.check.addItem(self.tr("A check failed"), "failed")
        self.check.addItem(self.tr("A check passed"), "passed")
        self.check.addItem(self.tr("A check inconclusive"), "inconclusive")
        self.check.addItem(self.tr("All checks done"), "complete")
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Find in names, descriptions, tags"))
        self.text.setClearButtonEnabled(True)
        self.sort = QComboBox()
        for label in (
            self.tr("Added, oldest first"),
            self.tr("Added, newest first"),
            self.tr("Captured, oldest first"),
            self.tr("Captured, newest first"),
            self.tr("Name"),
        ):
            self.sort.addItem(label)
        self.sort.setToolTip(self.tr("Items without a capture time are listed last"))

        # Two rows, so the bar fits above the grid on a laptop screen: what to show, then how.
        combos = QHBoxLayout()
        for widget in (self.kind, self.flag, self.tag, self.check):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combos.addWidget(widget)
            widget.currentIndexChanged.connect(self._emit)
        combos.addStretch(1)
        find = QHBoxLayout()
        find.addWidget(self.text, 1)
        find.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(combos)
        layout.addLayout(find)
        self.text.textChanged.connect(self._emit)
        self.sort.currentIndexChanged.connect(self._emit_sort)

    def criteria(self) -> EvidenceFilter:
        return EvidenceFilter(
            kind=self.kind.currentData(),
            flag=self.flag.currentData(),
            tag=self.tag.currentData(),
            check=self.check.currentData(),
            text=self.text.text().strip(),
        )

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag.addItem(tag, tag)
        found = self.tag.findData(current) if current is not None else 0
        self.tag.setCurrentIndex(max(0, found))
        self.tag.blockSignals(False)
        if current is not None and found < 0:
            self._emit()

    def set_combo(self, combo: QComboBox, value: str | None) -> None:
        """Pick a filter value programmatically (tests, "show this item")."""
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def clear(self) -> None:
        for combo in (self.kind, self.flag, self.tag, self.check):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._emit()

    @Slot()
    def _emit(self) -> None:
        self.criteriaChanged.emit(self.criteria())

    @Slot(int)
    def _emit_sort(self, index: int) -> None:
        column, order = SORTS[index]
        self.sortChanged.emit(-1 if column is None else int(column), order)
