"""Item views lay each cell out in its own direction: Arabic right to left, Latin and bare numbers left
to right, whatever the interface's direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

from casedesk.ui.widgets import BidiDelegate

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Defense Atlas", LTR),
        ("دمار الشاحنات", RTL),
        ("[-1.1362027, 6.3779097, 7.1415973]", LTR),  # a sensor's values: no letter, still read as written
        ("0.0", LTR),
        ("٢١٫١", LTR),
    ],
)
def test_each_cell_reads_in_its_own_direction(qtbot, text: str, direction: Qt.LayoutDirection) -> None:  # type: ignore[no-untyped-def]
    view = QTreeView()
    qtbot.addWidget(view)
    view.setLayoutDirection(RTL)  # as in the Arabic interface
    model = QStandardItemModel()
    model.appendRow(QStandardItem(text))
    view.setModel(model)
    delegate = BidiDelegate(view)
    option = QStyleOptionViewItem()
    option.direction = RTL
    delegate.initStyleOption(option, model.index(0, 0))
    assert option.direction == direction


def test_a_cell_without_letters_or_digits_keeps_the_view_s_direction(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTreeView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    model.appendRow(QStandardItem("—"))
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.direction = RTL
    BidiDelegate(view).initStyleOption(option, model.index(0, 0))
    assert option.direction == RTL
