"""How one item looks in the thumbnail grid: the picture centred in a fixed box, the name, a fact line.

A fixed box keeps names on one baseline whatever the picture's shape, and the fact line (kind,
duration, flags) tells footage, audio and flagged items apart at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casedesk.ui.evidence.labels import flag_labels, kind_label
from casedesk.ui.evidence.model import RowRole
from casedesk.ui.evidence.rows import Row
from casedesk.ui.formats import decimal, offset_text

PAD = 6


def fact_line(row: Row) -> str:
    """Kind, duration, where a still was taken, flags (duration and offset once the facts are read)."""
    parts = [kind_label(row.kind)]
    facts = row.facts
    if facts is not None and facts.duration_s:
        parts.append(offset_text(facts.duration_s, milliseconds=False))
    if facts is not None and facts.still_offset_s is not None:
        #: Where in its footage a still was taken, in seconds ("@ 12.500 s").
        at = QCoreApplication.translate("delegate", "@ {0} s")
        parts.append(at.format(decimal(facts.still_offset_s, 3)))
    parts += flag_labels(row)
    return " · ".join(parts)


class GridDelegate(QStyledItemDelegate):
    def __init__(self, thumb_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumb_size = thumb_size

    def box_size(self) -> QSize:
        return QSize(self.thumb_size, self.thumb_size * 3 // 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        box = self.box_size()
        return QSize(box.width() + 2 * PAD, box.height() + 2 * line + 3 * PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(RowRole)
        if not isinstance(row, Row):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = rect.adjusted(2, 2, -2, -2)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(cell, 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(cell, 6, 6)

        box = QRect(
            rect.left() + (rect.width() - self.box_size().width()) // 2,
            rect.top() + PAD,
            *self.box_size().toTuple(),
        )
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            pixmap = icon.pixmap(box.size())
            size = pixmap.deviceIndependentSize().toSize()
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)

        metrics = option.fontMetrics
        line = metrics.height()
        text_rect = QRect(rect.left() + PAD, box.bottom() + PAD, rect.width() - 2 * PAD, line)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        name = metrics.elidedText(row.original_name, Qt.TextElideMode.ElideMiddle, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, name)
        facts_rect = text_rect.translated(0, line)
        small = QColor(palette.color(role))
        if not selected:
            small = (
                QColor(170, 70, 0)
                if row.graphic or not row.decode_ok
                else palette.color(QPalette.ColorRole.PlaceholderText)
            )
        painter.setPen(small)
        facts = metrics.elidedText(fact_line(row), Qt.TextElideMode.ElideRight, facts_rect.width())
        painter.drawText(facts_rect, Qt.AlignmentFlag.AlignCenter, facts)
        painter.restore()
