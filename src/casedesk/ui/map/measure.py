"""Measuring on the map and marking a picked point: geodesic distance and forward bearing on WGS 84
(geographiclib, Karney's algorithms: exact to the nanometre), with the line drawn along the geodesic.

``measure`` is the one place the map asks for a distance; when ``casedesk.geo`` offers its own geodesic
function, that is used instead, so the map and the sun tools agree to the millimetre.
"""

from __future__ import annotations

from dataclasses import dataclass

from geographiclib.geodesic import Geodesic
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from casedesk.ui.map.markers import HALO, halo_text, label_font
from casedesk.ui.map.world import scene_point

MEASURE_COLOUR = QColor(200, 30, 60)
Z_MEASURE = 60.0
SAMPLES = 64  # points along a drawn geodesic: smooth at any zoom for the distances a case spans


@dataclass(frozen=True, slots=True)
class Measurement:
    lat1: float
    lon1: float
    lat2: float
    lon2: float
    distance_m: float
    bearing_deg: float  # forward azimuth at the first point, clockwise from true north, 0-360


def measure(lat1: float, lon1: float, lat2: float, lon2: float) -> Measurement:
    """The geodesic from the first point to the second (``casedesk.geo.distance`` when it is there)."""
    try:
        from casedesk.geo import distance
    except ImportError:  # pragma: no cover - only in a build without the geo package
        line = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
        return Measurement(lat1, lon1, lat2, lon2, float(line["s12"]), float(line["azi1"]) % 360.0)
    found = distance(lat1, lon1, lat2, lon2)
    return Measurement(lat1, lon1, lat2, lon2, found.distance_m, found.forward_bearing)


def geodesic_points(m: Measurement, samples: int = SAMPLES) -> list[tuple[float, float]]:
    """(lat, lon) points along the geodesic, ends included."""
    line = Geodesic.WGS84.InverseLine(m.lat1, m.lon1, m.lat2, m.lon2)
    points = []
    for i in range(samples + 1):
        position = line.Position(line.s13 * i / samples)
        points.append((float(position["lat2"]), float(position["lon2"])))
    return points


class PointMark(QGraphicsItem):
    """A picked point or an end of the measured line: a ring with a cross, constant size on screen."""

    def __init__(self, lat: float, lon: float, colour: QColor = MEASURE_COLOUR) -> None:
        super().__init__()
        self.setPos(scene_point(lon, lat))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_MEASURE + 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.colour = colour

    def boundingRect(self) -> QRectF:
        return QRectF(-10, -10, 20, 20)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawEllipse(QPointF(0, 0), 6, 6)
        painter.setPen(QPen(self.colour, 2))
        painter.drawEllipse(QPointF(0, 0), 6, 6)
        painter.drawLine(QPointF(-9, 0), QPointF(9, 0))
        painter.drawLine(QPointF(0, -9), QPointF(0, 9))


class TextMark(QGraphicsItem):
    """A short haloed text on the map (the measured distance), constant size on screen."""

    def __init__(self, at: QPointF, text: str) -> None:
        super().__init__()
        self.setPos(at)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_MEASURE + 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._text, self._halo = halo_text(text, QPointF(10, -8), label_font())

    def boundingRect(self) -> QRectF:
        return self._halo.boundingRect().adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(self._halo, HALO)
        painter.fillPath(self._text, MEASURE_COLOUR)


class Overlay:
    """The measuring line or the picked point now shown; one at a time, cleared by the tab."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []

    def clear(self) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items = []

    def point(self, lat: float, lon: float) -> None:
        self._add(PointMark(lat, lon))

    def line(self, m: Measurement, label: str) -> None:
        path = QPainterPath()
        for i, (lat, lon) in enumerate(geodesic_points(m)):
            if i == 0:
                path.moveTo(scene_point(lon, lat))
            else:
                path.lineTo(scene_point(lon, lat))
        pen = QPen(MEASURE_COLOUR, 2.5)
        pen.setCosmetic(True)
        drawn = QGraphicsPathItem(path)
        drawn.setPen(pen)
        drawn.setZValue(Z_MEASURE)
        drawn.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._add(drawn)
        self.point(m.lat1, m.lon1)
        self.point(m.lat2, m.lon2)
        self._add(TextMark(scene_point(m.lon2, m.lat2), label))

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self.items.append(item)
