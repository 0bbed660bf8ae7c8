"""The map view: a QGraphicsView over the Web Mercator scene, panned by dragging or the arrow keys and
zoomed by the wheel, + and -, or a pinch; a click opens the marker under it, or reports where it fell.

It is never mirrored: east stays on the right in an Arabic interface too (the tab's toolbar follows
the layout direction; the map is geography). It knows nothing of cases: the tab fills the scene.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsScene, QGraphicsView, QPinchGesture, QWidget

from casedesk.basemap.mercator import EARTH_CIRCUMFERENCE_M
from casedesk.ui.map.markers import MapMarker
from casedesk.ui.map.readout import length_text
from casedesk.ui.map.world import WORLD, lonlat, world_rect

SEA = QColor(202, 222, 238)
SCALE_BAR_PX = 110  # the longest the scale bar may be
MIN_SCALE = 0.5  # the whole world in 128 pixels: no point zooming out further
MAX_SCALE = float(1 << 21)  # zoom 21: a few centimetres a pixel
WHEEL_STEP = 1.25  # scale factor per wheel notch (120 units)
KEY_STEP = 2.0
CLICK_SLOP = 5  # pixels a press may move and still count as a click


def nice_length(most: float) -> float:
    """The longest 1, 2 or 5 times a power of ten metres not over ``most`` (a scale bar's length)."""
    power = 10.0 ** math.floor(math.log10(max(most, 1e-3)))
    return next((step * power for step in (5.0, 2.0) if step * power <= most), power)


class Mode(Enum):
    BROWSE = "browse"  # clicks open markers
    PICK = "pick"  # clicks report coordinates
    MEASURE = "measure"  # clicks set the ends of a measured line


class MapView(QGraphicsView):
    markerClicked = Signal(str, str)  # object_type, object_id
    pointClicked = Signal(float, float)  # lat, lon (in PICK and MEASURE modes)
    pointerMoved = Signal(float, float)  # lat, lon under the pointer
    viewChanged = Signal()  # after a pan or zoom settles (tiles and labels follow it)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.mode = Mode.BROWSE
        self._press: QPoint | None = None
        self._settle = QTimer(self)  # set first: the calls below already scroll
        self._settle.setSingleShot(True)
        self._settle.setInterval(60)
        self._settle.timeout.connect(self.viewChanged)
        self.setObjectName("mapView")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # geography is not mirrored
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(SEA)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        margin = WORLD  # room to pan the world's edge to the middle of the view
        self.setSceneRect(world_rect().adjusted(-margin, -margin / 4, margin, margin / 4))
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.resetTransform()

    # -- zoom and position ---------------------------------------------------------------------------
    @property
    def scale_factor(self) -> float:
        """View pixels per scene unit: 2**z at tile zoom z."""
        return float(self.transform().m11())

    @property
    def zoom_level(self) -> float:
        return math.log2(self.scale_factor)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom by ``factor`` about a viewport point (the centre by default), within the map's limits."""
        current = self.scale_factor
        target = min(MAX_SCALE, max(MIN_SCALE, current * factor))
        if math.isclose(target, current):
            return
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / current, target / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._changed()

    def set_zoom(self, level: float, centre: QPointF | None = None) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, 2.0**level))
        self.resetTransform()
        self.scale(target, target)
        if centre is not None:
            self.centerOn(centre)
        self._changed()

    def fit(self, rect: QRectF, max_level: float = 12.0) -> None:
        """Show ``rect`` (scene units) whole, no closer than zoom ``max_level`` (a lone marker)."""
        viewport = self.viewport().rect()
        width, height = max(rect.width(), 1e-12), max(rect.height(), 1e-12)
        scale = min(viewport.width() / width, viewport.height() / height)
        self.set_zoom(min(max_level, math.log2(max(scale, MIN_SCALE))), rect.center())

    def fit_world(self) -> None:
        self.fit(QRectF(0, WORLD * 0.15, WORLD, WORLD * 0.6))

    def pan_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._changed()

    def _changed(self) -> None:
        self._settle.start()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """A scale bar in the bottom-left corner, true at the view's middle latitude."""
        super().drawForeground(painter, rect)
        _lon, lat = lonlat(self.mapToScene(self.viewport().rect().center()))
        metres_per_px = EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (WORLD * self.scale_factor)
        length = nice_length(metres_per_px * SCALE_BAR_PX)
        pixels = length / metres_per_px
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, bottom = 12.0, self.viewport().height() - 12.0
        text = length_text(length, round_number=True)
        font = painter.font()
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        width = max(pixels, float(painter.fontMetrics().horizontalAdvance(text))) + 12
        painter.fillRect(QRectF(left - 6, bottom - 26, width, 30), QColor(255, 255, 255, 190))
        painter.setPen(QPen(QColor(40, 40, 40), 2))
        bar = [QPointF(left, bottom - 7), QPointF(left, bottom), QPointF(left + pixels, bottom)]
        painter.drawPolyline([*bar, QPointF(left + pixels, bottom - 7)])
        painter.drawText(QPointF(left, bottom - 10), text)
        painter.restore()

    # -- modes ---------------------------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        cursor = Qt.CursorShape.OpenHandCursor if mode is Mode.BROWSE else Qt.CursorShape.CrossCursor
        self.viewport().setCursor(cursor)

    def marker_at(self, pos: QPoint) -> MapMarker | None:
        return next((item for item in self.items(pos) if isinstance(item, MapMarker)), None)

    # -- input ---------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120.0
        if notches:
            self.zoom_by(WHEEL_STEP**notches, event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        step_x, step_y = self.viewport().width() // 6, self.viewport().height() // 6
        moves = {
            Qt.Key.Key_Left: (-step_x, 0),
            Qt.Key.Key_Right: (step_x, 0),
            Qt.Key.Key_Up: (0, -step_y),
            Qt.Key.Key_Down: (0, step_y),
        }
        if key in moves:
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(KEY_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / KEY_STEP)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.mode is not Mode.BROWSE:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)  # the hand drag put its own back
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() > CLICK_SLOP:
            return  # that was a drag
        self.click_at(pos)

    def click_at(self, pos: QPoint) -> None:
        """What a click at a viewport point does in the current mode."""
        if self.mode is Mode.BROWSE:
            marker = self.marker_at(pos)
            if marker is not None:
                self.markerClicked.emit(marker.object_type, marker.object_id)
            return
        lon, lat = lonlat(self.mapToScene(pos))
        self.pointClicked.emit(lat, lon)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        lon, lat = lonlat(self.mapToScene(event.position().toPoint()))
        self.pointerMoved.emit(lat, lon)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), centre)
                event.accept()
                return True
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture  # macOS trackpads
        ):
            self.zoom_by(1.0 + event.value(), event.position().toPoint())
            return True
        return super().viewportEvent(event)
