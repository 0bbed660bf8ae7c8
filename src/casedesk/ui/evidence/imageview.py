"""A picture viewer: zoom (wheel or buttons), pan (drag), fit, rotate the view, and hide graphic content.

Rotating or zooming changes only the view, never the evidence. A hidden (graphic) picture is replaced
by a heavily blurred copy rather than blurred by an effect, so zooming in cannot bring detail back;
one click on it asks to reveal. Over a picture the viewer can lay an analysis view (error levels, noise
residual) and the boxes of the words recognised in it; both are drawn in the picture's own pixels,
scaled from the size they were computed at (the original's), and neither is shown while it is hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItemGroup,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from casedesk.ui.evidence.thumbs import blur_image

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 40.0


BOX_COLOUR = QColor(0, 200, 255)  # word boxes: cyan reads over photos and over both analysis views


@dataclass(frozen=True, slots=True)
class WordBox:
    """A recognised word's box, in the pixels of the image it was recognised in."""

    x: int
    y: int
    w: int
    h: int
    tip: str  # the word and its confidence, shown on hover


def hide_picture(image: QImage) -> QImage:
    """Blur so strongly that only colours remain, whatever the size (about 12 pixels across)."""
    return blur_image(image, max(2, max(image.width(), image.height()) // 12))


class ImageView(QGraphicsView):
    revealRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        # The note (why there is no picture, or how to reveal one) sits on a dark plate, unscaled.
        self._plate = QGraphicsRectItem()
        self._plate.setBrush(QColor(0, 0, 0, 180))
        self._plate.setPen(QPen(Qt.PenStyle.NoPen))
        self._plate.setZValue(1)
        self._plate.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self._note = QGraphicsSimpleTextItem(self._plate)
        self._note.setBrush(QColor("white"))
        self._scene.addItem(self._plate)
        self._overlay = QGraphicsPixmapItem()  # an analysis view over the picture
        self._overlay.setZValue(0.5)
        self._overlay.setTransformationMode(Qt.TransformationMode.FastTransformation)  # pixels as computed
        self._scene.addItem(self._overlay)
        self._boxes = QGraphicsItemGroup()
        self._boxes.setZValue(0.6)
        self._boxes.setHandlesChildEvents(False)  # each box keeps its own tooltip
        self._scene.addItem(self._boxes)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(40, 42, 46))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.hidden = False
        self.fitting = True
        self.rotation = 0
        self._image = QImage()

    # -- content ---------------------------------------------------------------------------------
    def set_image(self, image: QImage, hidden: bool = False) -> None:
        self._image = image
        self.hidden = hidden and not image.isNull()
        self.rotation = 0
        self.resetTransform()
        shown = hide_picture(image) if self.hidden else image
        self._item.setPixmap(QPixmap.fromImage(shown) if not shown.isNull() else QPixmap())
        self._show_note("")
        if self.hidden:
            self._show_note(self.tr("Graphic content hidden. Click the picture to reveal it."))
        self._scene.setSceneRect(QRectF(self._item.boundingRect()))
        self.set_overlay(None)
        self.set_word_boxes([], QSize())
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.hidden else Qt.CursorShape.OpenHandCursor)
        self.fit()

    def set_message(self, text: str) -> None:
        """No picture: say why (not decodable, no preview, still loading)."""
        self._image = QImage()
        self.hidden = False
        self.resetTransform()
        self._item.setPixmap(QPixmap())
        self.set_overlay(None)
        self.set_word_boxes([], QSize())
        self._show_note(text)
        self._scene.setSceneRect(QRectF(-300, -150, 600, 300))
        self.centerOn(0, 0)

    def reveal(self) -> None:
        if self.hidden:
            self.set_image(self._image, hidden=False)

    def _fit_to_picture(self, width: int, height: int) -> float:
        """The scale from an image of ``width`` x ``height`` (the original's size) to the picture shown."""
        shown = self._item.pixmap()
        return shown.width() / width if width > 0 and height > 0 and not shown.isNull() else 0.0

    def set_overlay(self, image: QImage | None, opacity: float = 0.7) -> None:
        """Lay ``image`` (an analysis view of the original, at its size) over the picture; None removes it."""
        if image is None or image.isNull() or self.hidden:
            self._overlay.setPixmap(QPixmap())
            return
        scale = self._fit_to_picture(image.width(), image.height())
        self._overlay.setPixmap(QPixmap.fromImage(image))
        self._overlay.setScale(scale or 1.0)
        self._overlay.setOpacity(max(0.0, min(1.0, opacity)))

    def set_overlay_opacity(self, opacity: float) -> None:
        self._overlay.setOpacity(max(0.0, min(1.0, opacity)))

    def has_overlay(self) -> bool:
        return not self._overlay.pixmap().isNull()

    def set_word_boxes(self, boxes: Sequence[WordBox], size: QSize) -> None:
        """Outline recognised words; ``size`` is the image the boxes were measured in."""
        for child in self._boxes.childItems():
            self._boxes.removeFromGroup(child)
            self._scene.removeItem(child)
        scale = self._fit_to_picture(size.width(), size.height())
        if self.hidden or not scale:
            return
        pen = QPen(BOX_COLOUR)
        pen.setCosmetic(True)  # one pixel wide at any zoom
        pen.setWidthF(1.5)
        for box in boxes:
            rect = QGraphicsRectItem(box.x * scale, box.y * scale, box.w * scale, box.h * scale)
            rect.setPen(pen)
            rect.setToolTip(box.tip)
            self._boxes.addToGroup(rect)

    def picture_item(self) -> QGraphicsPixmapItem:
        return self._item

    def picture_rect(self) -> QRectF:
        """The picture's extent in scene coordinates (empty when there is none)."""
        return self._item.sceneBoundingRect() if not self._item.pixmap().isNull() else QRectF()

    def word_box_count(self) -> int:
        return len(self._boxes.childItems())

    def has_image(self) -> bool:
        return not self._image.isNull()

    def shown_image(self) -> QImage:
        return self._item.pixmap().toImage()

    def _show_note(self, text: str) -> None:
        self._note.setText(text)
        self._plate.setVisible(bool(text))
        box = self._note.boundingRect().adjusted(-14, -10, 14, 10)
        self._plate.setRect(box.translated(-box.width() / 2 - box.left(), -box.height() / 2 - box.top()))
        self._note.setPos(self._plate.rect().left() + 14, self._plate.rect().top() + 10)
        self._plate.setPos(self._item.boundingRect().center())

    # -- view operations -------------------------------------------------------------------------
    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11() ** 2 + self.transform().m12() ** 2
        scale = current**0.5
        factor = max(MIN_SCALE / scale, min(MAX_SCALE / scale, factor)) if scale else factor
        self.fitting = False
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.fitting = False
        self.resetTransform()
        self.rotate(self.rotation)

    def fit(self) -> None:
        self.fitting = True
        if self._item.pixmap().isNull():
            return
        self.resetTransform()
        self.rotate(self.rotation)
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    def rotate_by(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self.rotate(degrees)
        if self.fitting:
            self.fit()

    def current_scale(self) -> float:
        t = self.transform()
        return float((t.m11() ** 2 + t.m12() ** 2) ** 0.5)

    # -- events ----------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hidden or self._item.pixmap().isNull():
            return
        self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.hidden and event.button() == Qt.MouseButton.LeftButton:
            self.revealRequested.emit()
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()
