"""The still to draw on: click the object's base and top, the shadow's tip and two reference points.

The drawing is an overlay in the view (scene items over the picture), never painted into the
picture: the evidence is not changed, and the points are kept in picture pixels. The view is always
left to right, whatever the interface's direction: a picture is not mirrored in Arabic.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from casedesk.chrono import Point, ShadowDrawing

# The points in the order they are asked for; their numbers are drawn beside them on the picture.
STEPS = ("base", "top", "tip", "reference_from", "reference_to")
OBJECT = QColor("#ffd23f")
SHADOW = QColor("#ff6b35")
REFERENCE = QColor("#35a7ff")
COLOURS = {
    "base": OBJECT,
    "top": OBJECT,
    "tip": SHADOW,
    "reference_from": REFERENCE,
    "reference_to": REFERENCE,
}
ZOOM_STEP = 1.25


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)  # the same on screen whatever the zoom
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class DrawingView(QGraphicsView):
    """Shows the still; a left click puts the selected point where it lands, then selects the next."""

    pointsChanged = Signal()
    stepChanged = Signal(str)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(40, 42, 46))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = image
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        picture = QGraphicsPixmapItem(QPixmap.fromImage(image))
        picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(picture)
        self._scene.setSceneRect(QRectF(0, 0, image.width(), image.height()))
        self.points: dict[str, QPointF] = {}
        self.step = STEPS[0]
        self._overlay: list[QGraphicsItem] = []
        self._fitting = True

    # -- the drawing -------------------------------------------------------------------------------
    def set_step(self, step: str) -> None:
        if step in STEPS and step != self.step:
            self.step = step
            self.stepChanged.emit(step)

    def place(self, step: str, point: QPointF) -> None:
        """Put a point (picture pixels, clamped to the picture) and select the next one not placed."""
        x = min(max(point.x(), 0.0), float(self.image.width()))
        y = min(max(point.y(), 0.0), float(self.image.height()))
        self.points[step] = QPointF(x, y)
        missing = [s for s in STEPS[STEPS.index(step) + 1 :] + STEPS if s not in self.points]
        if missing:
            self.set_step(missing[0])
        self._redraw()
        self.pointsChanged.emit()

    def set_drawing(self, drawing: ShadowDrawing) -> None:
        """Show a stored drawing again (its points only: the bearing is the dialog's)."""
        for step in STEPS:
            p: Point = getattr(drawing, step)
            self.points[step] = QPointF(p.x, p.y)
        self._redraw()
        self.pointsChanged.emit()

    def complete(self) -> bool:
        return all(step in self.points for step in STEPS)

    def drawing(self, reference_bearing: float) -> ShadowDrawing | None:
        if not self.complete():
            return None
        p = {step: Point(self.points[step].x(), self.points[step].y()) for step in STEPS}
        return ShadowDrawing(
            p["base"], p["top"], p["tip"], p["reference_from"], p["reference_to"], reference_bearing
        )

    def clear(self) -> None:
        self.points.clear()
        self.set_step(STEPS[0])
        self._redraw()
        self.pointsChanged.emit()

    def _redraw(self) -> None:
        for item in self._overlay:
            self._scene.removeItem(item)
        self._overlay = []
        pts = self.points
        for start, end, colour in (
            ("base", "top", OBJECT),
            ("base", "tip", SHADOW),
            ("reference_from", "reference_to", REFERENCE),
        ):
            if start in pts and end in pts:
                self._line(pts[start], pts[end], colour)
        if "reference_from" in pts and "reference_to" in pts:
            self._arrow_head(pts["reference_from"], pts["reference_to"], REFERENCE)
        for number, step in enumerate(STEPS, start=1):
            if step in pts:
                self._marker(pts[step], COLOURS[step], str(number))

    def _add(self, item: QGraphicsItem) -> None:
        item.setZValue(2)
        self._scene.addItem(item)
        self._overlay.append(item)

    def _line(self, a: QPointF, b: QPointF, colour: QColor) -> None:
        halo = QGraphicsLineItem(QLineF(a, b))
        halo.setPen(_pen(QColor(0, 0, 0, 160), 5))
        self._add(halo)
        line = QGraphicsLineItem(QLineF(a, b))
        line.setPen(_pen(colour, 2.5))
        self._add(line)

    def _arrow_head(self, a: QPointF, b: QPointF, colour: QColor) -> None:
        line = QLineF(b, a)
        head = QGraphicsPolygonItem()
        wing1 = QLineF.fromPolar(14, line.angle() + 25).p2()
        wing2 = QLineF.fromPolar(14, line.angle() - 25).p2()
        head.setPolygon(QPolygonF([QPointF(0, 0), wing1, wing2]))
        head.setBrush(QBrush(colour))
        head.setPen(_pen(QColor(0, 0, 0, 160), 1))
        head.setPos(b)
        head.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self._add(head)

    def _marker(self, at: QPointF, colour: QColor, label: str) -> None:
        dot = QGraphicsEllipseItem(QRectF(-6, -6, 12, 12))
        dot.setBrush(QBrush(colour))
        dot.setPen(_pen(QColor("black"), 1.5))
        dot.setPos(at)
        dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self._add(dot)
        text = QGraphicsSimpleTextItem(label, dot)
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        text.setBrush(QBrush(QColor("white")))
        text.setPen(_pen(QColor("black"), 0.6))
        text.setPos(8, -8 - text.boundingRect().height() / 2)

    # -- view ----------------------------------------------------------------------------------------
    def fit(self) -> None:
        self._fitting = True
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        self._fitting = False
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.place(self.step, self.mapToScene(event.position().toPoint()))
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.fit()

    def view_point(self, step: str) -> QPointF:
        """Where a picture point is in the view's coordinates (tests click there)."""
        return QPointF(self.mapFromScene(self.points[step]))
