"""Removed rows in the table models of the Sources and Claims tabs: struck through, greyed, the reason
on hover (the same look ``records.RecordList`` gives removed places, events and notes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.ui.records import removed_colour, removed_font, removed_tip


def removed_data(row: Any, role: int) -> Any:
    """What a removed row shows for ``role`` (font, colour, tooltip); None for anything else."""
    if not getattr(row, "removed", False):
        return None
    if role == Qt.ItemDataRole.FontRole:
        return removed_font(QApplication.font())
    if role == Qt.ItemDataRole.ForegroundRole:
        return removed_colour()
    if role == Qt.ItemDataRole.ToolTipRole:
        return removed_tip(str(getattr(row, "removed_reason", "")))
    return None
