"""Icons: Qt's standard set, plus small state markers painted on the fly (no image files to ship)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QStyle

# Colours chosen to stay readable on light and dark palettes and for red-green colour blindness
# (shape differs too: filled for passed, ring for pending).
STATE_COLOURS = {
    "passed": "#2e7d32",
    "failed": "#c62828",
    "inconclusive": "#ef8f00",
    "pending": "#9e9e9e",
    "not_applicable": "#607d8b",
    "unverified": "#9e9e9e",
    "supported": "#558b2f",
    "confirmed": "#2e7d32",
    "disputed": "#ef8f00",
    "false": "#c62828",
    "supports": "#2e7d32",
    "contradicts": "#c62828",
    "context": "#607d8b",
}


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def directional(pixmap: QStyle.StandardPixmap) -> QIcon:
    """A standard icon that points along the reading direction (play, seek back and forward), mirrored
    in a right-to-left interface, where the position slider beside it runs from right to left too.

    Qt mirrors its arrows (SP_ArrowBack, SP_ArrowForward) itself, but not its media icons.
    """
    icon = standard(pixmap)
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return icon
    flip = QTransform().scale(-1, 1)
    mirrored = QIcon()
    for size in icon.availableSizes() or [QSize(16, 16), QSize(24, 24), QSize(32, 32)]:
        mirrored.addPixmap(icon.pixmap(size).transformed(flip))
    return mirrored


@cache
def dot(state: str, size: int = 12) -> QIcon:
    """A small marker for a checklist state, claim status or stance."""
    colour = QColor(STATE_COLOURS.get(state, "#9e9e9e"))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    if state in ("pending", "unverified", "not_applicable", "context"):
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    path = resources.files("casedesk.resources") / "icons" / "casedesk.svg"
    icon = QIcon(str(path))
    return icon if not icon.isNull() else standard(QStyle.StandardPixmap.SP_DirIcon)
