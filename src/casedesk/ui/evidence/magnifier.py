"""A magnifier over the picture viewer: the pixels under the cursor, enlarged, in a loupe that follows it.

The loupe renders the scene itself (the picture and any analysis view or word boxes over it), not a
grab of the screen, so at "fit" zoom it still shows the original's own pixels, each as a crisp block
(no smoothing: a forensic look must not invent detail). It is never shown over a hidden picture.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QFrame, QLabel

from casedesk.ui.evidence.imageview import ImageView

SIZE = 200  # the loupe's side, in screen pixels
MIN_ZOOM = 4.0  # screen pixels per original pixel, at least
OFFSET = 24  # from the cursor to the loupe's near corner


class Magnifier(QObject):
    """Turned on and off with :meth:`set_enabled`; follows the mouse over ``view``'s viewport."""

    def __init__(self, view: ImageView) -> None:
        super().__init__(view)
        self.view = view
        self.enabled = False
        self.loupe = QLabel(view.viewport())
        self.loupe.setObjectName("magnifier")
        self.loupe.setFixedSize(SIZE, SIZE)
        self.loupe.setFrameShape(QFrame.Shape.Box)
        self.loupe.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.loupe.hide()
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self.view.viewport().setMouseTracking(on or self.view.viewport().hasMouseTracking())
        if not on:
            self.loupe.hide()

    def zoom(self) -> float:
        return max(MIN_ZOOM, 2 * self.view.current_scale())

    def show_at(self, where: QPoint) -> bool:
        """Show the loupe for the viewport point ``where``; False (hidden) off the picture."""
        view = self.view
        if not self.enabled or view.hidden or not view.has_image():
            self.loupe.hide()
            return False
        centre = view.mapToScene(where)
        if not view.picture_rect().contains(centre):
            self.loupe.hide()
            return False
        self.loupe.setPixmap(self.render(centre))
        x = where.x() + OFFSET
        y = where.y() + OFFSET
        bounds = view.viewport().rect()
        if x + SIZE > bounds.right():
            x = where.x() - OFFSET - SIZE
        if y + SIZE > bounds.bottom():
            y = where.y() - OFFSET - SIZE
        self.loupe.move(max(0, x), max(0, y))
        self.loupe.show()
        self.loupe.raise_()
        return True

    def render(self, centre: QPointF) -> QPixmap:
        """The square of the scene around ``centre``, enlarged to the loupe, as the view turns it."""
        side = SIZE / self.zoom()
        source = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        out = QPixmap(SIZE, SIZE)
        out.fill(QColor(40, 42, 46))
        picture = self.view.picture_item()
        mode = picture.transformationMode()
        picture.setTransformationMode(Qt.TransformationMode.FastTransformation)  # blocks, not blur
        painter = QPainter(out)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            self.view.scene().render(painter, QRectF(0, 0, SIZE, SIZE), source)
            pen = QPen(QColor(255, 255, 255, 160))
            painter.setPen(pen)
            middle = SIZE / 2
            painter.drawLine(QPointF(middle - 6, middle), QPointF(middle + 6, middle))
            painter.drawLine(QPointF(middle, middle - 6), QPointF(middle, middle + 6))
        finally:
            painter.end()
            picture.setTransformationMode(mode)
        if self.view.rotation:
            out = out.transformed(QTransform().rotate(self.view.rotation))
        return out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport's last events arrive while the view is being destroyed: then nothing is drawn.
        if self.enabled and watched is self._viewport and shiboken6.isValid(self.view):
            if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                self.show_at(event.position().toPoint())
            elif event.type() == QEvent.Type.Leave:
                self.loupe.hide()
        return False


__all__ = ["Magnifier"]
