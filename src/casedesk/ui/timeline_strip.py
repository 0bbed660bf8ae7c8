"""The painted strip of a case's events: in time order, long empty stretches shortened, marker shape
showing how precisely each event is known."""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from casedesk.core.views import EventView
from casedesk.ui.formats import partial_time_text
from casedesk.ui.widgets import text_direction


def instant(event: EventView) -> datetime:
    return datetime.fromisoformat(event.when.utc.replace("Z", "+00:00"))


class TimelineStrip(QWidget):
    """A painted strip of the events in order. Long empty stretches are shortened (marked //) so that
    a 2021 precedent and three days in March 2025 fit one view; marker shape shows precision.

    Time runs in the reading direction: left to right, and right to left in a right-to-left interface
    (the layout is computed left to right and mirrored).
    """

    eventClicked = Signal(str)

    MARGIN = 60
    LABEL_WIDTH = 190

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[EventView] = []
        self.selected: str | None = None
        self._xs: list[float] = []
        self._breaks: list[float] = []
        self.setMinimumHeight(210)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def set_events(self, events: list[EventView]) -> None:
        self.events = sorted(events, key=lambda e: e.when.utc)
        self._layout()
        self.update()

    def set_selected(self, event_id: str | None) -> None:
        self.selected = event_id
        self.update()

    def positions(self) -> list[float]:
        """Where each event's marker is, in time order (decreasing x when right to left)."""
        return list(self._xs)

    def _mirror(self, x: float) -> float:
        return self.width() - x if self.isRightToLeft() else x

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._layout()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        """Place events left to right; each gap gets room growing with the log of its length."""
        self._breaks = []
        if not self.events:
            self._xs = []
            return
        times = [instant(e) for e in self.events]
        steps = [0.0]
        for a, b in itertools.pairwise(times):
            days = max(0.0, (b - a).total_seconds() / 86400)
            steps.append(1.0 + math.log1p(days))
        total = sum(steps) or 1.0
        width = max(1.0, self.width() - 2 * self.MARGIN)
        x = float(self.MARGIN) if len(self.events) > 1 else self.width() / 2
        xs: list[float] = []
        for i, step in enumerate(steps):
            x += width * step / total if len(self.events) > 1 else 0.0
            xs.append(x)
            if i and (times[i] - times[i - 1]).days > 60:
                self._breaks.append(self._mirror((xs[i - 1] + x) / 2))
        self._xs = [self._mirror(x) for x in xs]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        axis_y = self.height() / 2
        painter.setPen(QPen(muted, 2))
        painter.drawLine(QPointF(self.MARGIN / 2, axis_y), QPointF(self.width() - self.MARGIN / 2, axis_y))
        for bx in self._breaks:  # "//": a long empty stretch shortened here
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 6))
            painter.drawLine(QPointF(bx - 4, axis_y), QPointF(bx + 4, axis_y))
            painter.setPen(QPen(muted, 1.5))
            for dx in (-3, 3):
                painter.drawLine(QPointF(bx + dx - 3, axis_y + 6), QPointF(bx + dx + 3, axis_y - 6))
        self._paint_labels(painter, axis_y, text_colour, muted, accent)
        painter.end()

    def label_boxes(self) -> list[tuple[int, QRectF]]:
        """Where each event's label goes: (row, rectangle), rows 0/1 near the axis above/below, 2/3 far.

        Each label takes the first row where it clears the previous one, so neighbours never overlap
        while there is room; boxes are kept inside the widget.
        """
        metrics = QFontMetrics(self.font())
        line_h = metrics.height()
        axis_y = self.height() / 2
        tops = [
            axis_y - 12 - 2 * line_h,
            axis_y + 12,
            axis_y - 18 - 4 * line_h,
            axis_y + 18 + 2 * line_h,
        ]
        right_edge = [-1e9] * 4  # packed in reading order, left to right, then mirrored
        boxes: list[tuple[int, QRectF]] = []
        for ev, shown_x in zip(self.events, self._xs, strict=False):
            x = self._mirror(shown_x)
            title = metrics.elidedText(ev.title, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH)
            when = partial_time_text(ev.when)
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(when)) + 10
            left = min(max(2.0, x - width / 2), self.width() - width - 2)
            free = [r for r in range(4) if right_edge[r] + 8 <= left]
            row = free[0] if free else min(range(4), key=lambda r: right_edge[r])
            right_edge[row] = left + width
            if self.isRightToLeft():
                left = self.width() - left - width
            boxes.append((row, QRectF(left, tops[row], width, 2 * line_h)))
        return boxes

    def _paint_labels(
        self, painter: QPainter, axis_y: float, text: QColor, muted: QColor, accent: QColor
    ) -> None:
        metrics = QFontMetrics(self.font())
        line_h = metrics.height()
        for ev, x, (row, box) in zip(self.events, self._xs, self.label_boxes(), strict=False):
            chosen = ev.id == self.selected
            colour = accent if chosen else text
            self._marker(painter, ev.when.precision, x, axis_y, colour)
            if row >= 2:  # a leader line to labels in the far rows
                painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
                end_y = box.bottom() if row == 2 else box.top()
                painter.drawLine(QPointF(x, axis_y + (-9 if row == 2 else 9)), QPointF(x, end_y))
            font = self.font()
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(colour)
            date_box = QRectF(box.left(), box.top(), box.width(), line_h)
            title_box = QRectF(box.left(), box.top() + line_h, box.width(), line_h)
            date_row, title_row = (title_box, date_box) if row in (0, 2) else (date_box, title_box)
            # Above the axis the date sits next to it, below as well: dates line up with the markers.
            painter.drawText(date_row, Qt.AlignmentFlag.AlignCenter, partial_time_text(ev.when))
            painter.setPen(colour if chosen else muted)
            title = metrics.elidedText(ev.title, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH)
            # The title reads in its own direction (an Arabic title right to left in any interface).
            direction = text_direction(ev.title)
            painter.setLayoutDirection(
                self.layoutDirection() if direction == Qt.LayoutDirection.LayoutDirectionAuto else direction
            )
            painter.drawText(title_row, Qt.AlignmentFlag.AlignCenter, title)
            painter.setLayoutDirection(self.layoutDirection())

    @staticmethod
    def _marker(painter: QPainter, precision: str, x: float, y: float, colour: QColor) -> None:
        painter.setPen(QPen(colour, 2))
        if precision in ("year", "month"):  # a bracket: known only to a span of time
            half = 14 if precision == "year" else 8
            path = QPainterPath()
            path.moveTo(x - half, y - 7)
            path.lineTo(x - half, y + 7)
            path.moveTo(x + half, y - 7)
            path.lineTo(x + half, y + 7)
            path.moveTo(x - half, y)
            path.lineTo(x + half, y)
            painter.drawPath(path)
        elif precision == "day":  # a diamond: the day, not the hour
            path = QPainterPath()
            path.moveTo(x, y - 7)
            path.lineTo(x + 7, y)
            path.lineTo(x, y + 7)
            path.lineTo(x - 7, y)
            path.closeSubpath()
            painter.setBrush(colour)
            painter.drawPath(path)
        else:  # a dot: a moment
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, y), 5, 5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _nearest(self, x: float) -> int:
        if not self._xs:
            return -1
        best = min(range(len(self._xs)), key=lambda i: abs(self._xs[i] - x))
        return best if abs(self._xs[best] - x) < 24 else -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = self._nearest(event.position().x())
        if i >= 0:
            self.eventClicked.emit(self.events[i].id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self._nearest(event.position().x())
        if i >= 0:
            ev = self.events[i]
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{partial_time_text(ev.when)} — {ev.title}", self
            )
        else:
            QToolTip.hideText()
