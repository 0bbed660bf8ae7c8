"""The case timeline: events in order, each shown at the precision it is known to, with a painted strip."""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime
from casedesk.core.views import CaseView, EventView, PlaceView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.ops import CaseOps
from casedesk.ui.row_model import Index, RowTableModel
from casedesk.ui.widgets import BidiDelegate, hint, select_id

PRECISION_WORDS = {"year": "year only", "month": "month", "day": "day", "minute": "to the minute"}


def input_form(text: str) -> str:
    """The form a user types ("2025-03-16 15:05 America/Los_Angeles") from PartialTime's canonical text."""
    stamp, precision, zone = text.split("|")
    if precision == "minute":
        return f"{stamp.replace('T', ' ')} {zone}".strip()
    return stamp


def _instant(event: EventView) -> datetime:
    return datetime.fromisoformat(event.when.utc.replace("Z", "+00:00"))


class TimelineModel(RowTableModel):
    WHEN, PRECISION, TITLE, PLACE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: dict[str, PlaceView] = {}

    def load(self, events: list[EventView], places: list[PlaceView]) -> None:
        self.places = {p.id: p for p in places}
        self.set_rows(sorted(events, key=lambda e: e.when.utc))

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Known to"), self.tr("Event"), self.tr("Place")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return event.when.display
            if col == self.PRECISION:
                return self.tr(PRECISION_WORDS.get(event.when.precision, event.when.precision))
            if col == self.TITLE:
                return event.title
            place = self.places.get(event.place_id or "")
            return place.name if place else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.description or event.title
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None


class TimelineStrip(QWidget):
    """A painted strip of the events in order. Long empty stretches are shortened (marked //) so that
    a 2021 precedent and three days in March 2025 fit one view; marker shape shows precision."""

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
        return list(self._xs)

    def resizeEvent(self, event: Any) -> None:
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        """Place events left to right; each gap gets room growing with the log of its length."""
        self._breaks = []
        if not self.events:
            self._xs = []
            return
        times = [_instant(e) for e in self.events]
        steps = [0.0]
        for a, b in itertools.pairwise(times):
            days = max(0.0, (b - a).total_seconds() / 86400)
            steps.append(1.0 + math.log1p(days))
        total = sum(steps) or 1.0
        width = max(1.0, self.width() - 2 * self.MARGIN)
        x = float(self.MARGIN) if len(self.events) > 1 else self.width() / 2
        self._xs = []
        for i, step in enumerate(steps):
            x += width * step / total if len(self.events) > 1 else 0.0
            self._xs.append(x)
            if i and (times[i] - times[i - 1]).days > 60:
                self._breaks.append((self._xs[i - 1] + x) / 2)

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
        right_edge = [-1e9] * 4
        boxes: list[tuple[int, QRectF]] = []
        for ev, x in zip(self.events, self._xs, strict=False):
            title = metrics.elidedText(ev.title, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH)
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(ev.when.display)) + 10
            left = min(max(2.0, x - width / 2), self.width() - width - 2)
            free = [r for r in range(4) if right_edge[r] + 8 <= left]
            row = free[0] if free else min(range(4), key=lambda r: right_edge[r])
            right_edge[row] = left + width
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
            painter.drawText(date_row, Qt.AlignmentFlag.AlignCenter, ev.when.display)
            painter.setPen(colour if chosen else muted)
            title = metrics.elidedText(ev.title, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH)
            painter.drawText(title_row, Qt.AlignmentFlag.AlignCenter, title)

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
            QToolTip.showText(event.globalPosition().toPoint(), f"{ev.when.display} — {ev.title}", self)
        else:
            QToolTip.hideText()


class EventDialog(FormDialog):
    """Add or edit an event; the date is read as PartialTime.parse reads it, with live feedback."""

    def __init__(
        self, places: list[PlaceView], parent: QWidget | None = None, event: EventView | None = None
    ):
        super().__init__(self.tr("Edit event") if event else self.tr("New event"), parent)
        self.when = QLineEdit(input_form(event.when.text) if event else "")
        self.when.setPlaceholderText(
            "2025-03-14  ·  2024-12  ·  2021  ·  2025-03-16 15:05 America/Los_Angeles"
        )
        self.feedback = QLabel()
        self.title = QLineEdit(event.title if event else "")
        self.description = QPlainTextEdit(event.description if event else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.place = combo([(self.tr("(no place)"), None)] + [(p.name, p.id) for p in places])
        if event is not None and event.place_id:
            self.place.setCurrentIndex(max(0, self.place.findData(event.place_id)))
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow("", self.feedback)
        self.form.addRow(self.tr("Event"), self.title)
        self.form.addRow(self.tr("Details"), self.description)
        self.form.addRow(self.tr("Place"), self.place)
        self.parsed: PartialTime | None = None
        self.when.textChanged.connect(self._check)
        self.title.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        try:
            self.parsed = PartialTime.parse(self.when.text()) if self.when.text().strip() else None
        except ValueError as exc:
            self.parsed = None
            self.feedback.setText(str(exc))
        else:
            if self.parsed is None:
                self.feedback.setText(
                    self.tr("Give as much as is known: a year, a month, a day or a minute.")
                )
            else:
                words = self.tr(PRECISION_WORDS[self.parsed.precision.value])
                self.feedback.setText(
                    self.tr("Shown as “{0}” (known to: {1})").format(self.parsed.display(), words)
                )
        self.ok_button_enabled(self.parsed is not None and bool(self.title.text().strip()))


class TimelineTab(QWidget):
    edited = Signal()

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.view: CaseView | None = None
        self.strip = TimelineStrip()
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (TimelineModel.WHEN, TimelineModel.PRECISION, TimelineModel.PLACE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.add_button = QPushButton(self.tr("New event…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr("▬ year or month only   ◆ day   ● exact time   // time shortened")), 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.details)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.strip)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.strip.eventClicked.connect(self.select_event)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(self._edit_event)
        self.add_button.clicked.connect(self._add_event)
        self.edit_button.clicked.connect(self._edit_event)

    def load(self, view: CaseView) -> None:
        keep = self.current_event_id()
        self.view = view
        self.model.load(view.timeline, view.places)
        self.strip.set_events(view.timeline)
        if keep:
            self.select_event(keep)
        self._row_changed()

    def current_event_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index)

    def select_event(self, event_id: str) -> None:
        select_id(self.table, self.model, event_id)

    def _row_changed(self, *_args: object) -> None:
        event_id = self.current_event_id()
        self.strip.set_selected(event_id)
        self.edit_button.setEnabled(event_id is not None)
        event = self.model.rows[self.model.row_of(event_id)] if event_id else None
        self.details.setText(event.description if event else "")

    def _add_event(self) -> None:
        if self.view is None:
            return
        dialog = EventDialog(self.view.places, self)
        if dialog.exec() and dialog.parsed is not None:
            self.svc.add_event(
                self.view.id,
                dialog.parsed,
                dialog.title.text().strip(),
                dialog.description.toPlainText().strip(),
                dialog.place.currentData(),
            )
            self.edited.emit()

    def _edit_event(self, *_args: object) -> None:
        event_id = self.current_event_id()
        if self.view is None or event_id is None:
            return
        event = self.model.rows[self.model.row_of(event_id)]
        dialog = EventDialog(self.view.places, self, event)
        if dialog.exec() and dialog.parsed is not None:
            self.svc.update_event(
                event_id,
                when=dialog.parsed,
                title=dialog.title.text().strip(),
                description=dialog.description.toPlainText().strip(),
                place_id=dialog.place.currentData(),
            )
            self.edited.emit()
