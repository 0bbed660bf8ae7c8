"""What the map shows of a case: places (with their precision as a circle on the ground), evidence
taken where its GPS says (its thumbnail in a callout), and timeline events at their place.

Markers keep their size on screen at every zoom (``ItemIgnoresTransformations``); a precision circle
is drawn on the ground, so it grows as the map zooms in. Each marker names the object it stands for
(``object_type``, ``object_id``), which the view reports when it is clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from casedesk.ui.map.world import scene_metres, scene_point

PLACE_COLOUR = QColor(28, 91, 184)
EVENT_COLOUR = QColor(214, 110, 20)
EVIDENCE_COLOUR = QColor(40, 40, 48)
HALO = QColor(255, 255, 255, 230)
THUMB = 44  # the side of an evidence callout, in pixels

Z_CIRCLE, Z_EVENT, Z_PLACE, Z_EVIDENCE = 30.0, 40.0, 41.0, 42.0


def label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(max(8.0, font.pointSizeF() * 0.92))
    font.setBold(True)
    return font


def halo_text(text: str, at: QPointF, font: QFont) -> tuple[QPainterPath, QPainterPath]:
    """The text as a path and the white halo around it, legible over land, sea and imagery alike."""
    glyphs = QPainterPath()
    glyphs.addText(at, font, text)
    stroker = QPainterPathStroker()
    stroker.setWidth(3.5)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return glyphs, stroker.createStroke(glyphs)


class MapMarker(QGraphicsItem):
    """A marker for one of the case's objects, a constant size on screen."""

    def __init__(self, object_type: str, object_id: str, lon: float, lat: float, tip: str) -> None:
        super().__init__()
        self.object_type = object_type
        self.object_id = object_id
        self.lon, self.lat = lon, lat
        self.setPos(scene_point(lon, lat))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)


class PlaceMarker(MapMarker):
    RADIUS = 7.0

    def __init__(self, place_id: str, name: str, lon: float, lat: float, tip: str) -> None:
        super().__init__("place", place_id, lon, lat, tip)
        self.name = name
        self.setZValue(Z_PLACE)
        font = label_font()
        self._text, self._halo = halo_text(name, QPointF(self.RADIUS + 5, 4.5), font)
        self.label_shown = True

    def label_rect(self) -> QRectF:
        """The name's box, in pixels from the marker's point."""
        return self._halo.boundingRect()

    def show_label(self, shown: bool) -> None:
        """Names that would overprint another's are left out until the map is zoomed in."""
        if shown != self.label_shown:
            self.prepareGeometryChange()
            self.label_shown = shown

    def _dot(self) -> QRectF:
        r = self.RADIUS
        return QRectF(-r, -r, 2 * r, 2 * r)

    def boundingRect(self) -> QRectF:
        shape = self._halo.boundingRect().united(self._dot()) if self.label_shown else self._dot()
        return shape.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2.0))
        painter.setBrush(PLACE_COLOUR)
        painter.drawEllipse(self._dot())
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(0, 0), 2.2, 2.2)
        if self.label_shown:
            painter.fillPath(self._halo, HALO)
            painter.fillPath(self._text, QColor(20, 30, 50))


class EventMarker(MapMarker):
    """A timeline event, a small diamond in a row below its place (several events share a place)."""

    SIDE = 6.0

    def __init__(self, event_id: str, lon: float, lat: float, index: int, tip: str) -> None:
        super().__init__("timeline_event", event_id, lon, lat, tip)
        self.setZValue(Z_EVENT)
        self._centre = QPointF(-6.0 + index * 15.0, 17.0)

    def boundingRect(self) -> QRectF:
        s = self.SIDE + 2
        return QRectF(self._centre.x() - s, self._centre.y() - s, 2 * s, 2 * s)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c, s = self._centre, self.SIDE
        diamond = QPainterPath(QPointF(c.x(), c.y() - s))
        for point in (QPointF(c.x() + s, c.y()), QPointF(c.x(), c.y() + s), QPointF(c.x() - s, c.y())):
            diamond.lineTo(point)
        diamond.closeSubpath()
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(EVENT_COLOUR)
        painter.drawPath(diamond)


class EvidenceMarker(MapMarker):
    """An item with GPS: its thumbnail (or its kind's placeholder) in a callout pointing at the spot."""

    def __init__(
        self, evidence_id: str, lon: float, lat: float, tip: str, placeholder: QPixmap, index: int = 0
    ) -> None:
        super().__init__("evidence", evidence_id, lon, lat, tip)
        self.setZValue(Z_EVIDENCE + index * 0.01)
        self._pixmap = placeholder
        self._box = QRectF(-THUMB / 2 + index * 8, -THUMB - 14 - index * 8, THUMB, THUMB)
        self.has_thumbnail = False

    def set_thumbnail(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.has_thumbnail = True
        self.update()

    def boundingRect(self) -> QRectF:
        return self._box.united(QRectF(-4, -4, 8, 8)).adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self._box
        pointer = QPainterPath(QPointF(box.center().x() - 6, box.bottom()))
        pointer.lineTo(QPointF(0, 0))
        pointer.lineTo(QPointF(box.center().x() + 6, box.bottom()))
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(EVIDENCE_COLOUR)
        painter.drawPath(pointer)
        painter.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 3, 3)
        if not self._pixmap.isNull():
            scaled = self._pixmap.scaled(
                box.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            source = QRectF(
                (scaled.width() - box.width()) / 2,
                (scaled.height() - box.height()) / 2,
                box.width(),
                box.height(),
            )
            painter.drawPixmap(box, scaled, source)
        painter.setBrush(EVIDENCE_COLOUR)
        painter.drawEllipse(QPointF(0, 0), 3.0, 3.0)


class PrecisionCircle(QGraphicsEllipseItem):
    """How far the place may really be from its coordinates, drawn on the ground."""

    def __init__(self, lon: float, lat: float, metres: float, tip: str) -> None:
        r = scene_metres(metres, lat)
        centre = scene_point(lon, lat)
        super().__init__(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        self.metres = metres
        self.setZValue(Z_CIRCLE)
        pen = QPen(PLACE_COLOUR, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(QBrush(QColor(PLACE_COLOUR.red(), PLACE_COLOUR.green(), PLACE_COLOUR.blue(), 38)))
        self.setToolTip(tip)
