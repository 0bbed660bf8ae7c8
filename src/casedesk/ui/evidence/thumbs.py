"""Thumbnails for the evidence views: loaded off the UI thread, on demand, kept in a small LRU cache.

Views ask for a thumbnail only when they paint a row (the model calls :meth:`ThumbnailCache.icon`
from ``data(DecorationRole)``), so a case of 100,000 items costs nothing until it is scrolled. Requests
go on a stack served newest-first: after a fast scroll the rows now on screen load before the ones
that flew past, and the stack is bounded so stale requests are simply forgotten (and asked for again
if they come back into view). The stack lives on the GUI thread; a few small batches at a time are
decoded on the application's MEDIA pool (:func:`casedesk.ui.tasks.run_task`, quiet), as QImages; QPixmaps are
made on the main thread, as Qt requires.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from casedesk.core.service import CaseService
from casedesk.ui.tasks import Pool, TaskControl, run_task

MAX_QUEUED = 256  # requests beyond this are dropped, oldest first: they scrolled away
BATCH = 6  # thumbnails decoded per pool task: a screenful arrives in a few turns of the event loop
MAX_BATCHES = 3  # batches in flight at once; the MEDIA pool is shared with the viewer
BLUR_FACTOR = 14  # a graphic thumbnail is shrunk this many times and blown up again

Key = tuple[str, bool]  # (sha256, blurred)


def blur_image(image: QImage, factor: int = BLUR_FACTOR) -> QImage:
    """A heavy blur that hides content: shrink, then enlarge smoothly (cheap and thread-safe)."""
    if image.isNull():
        return image
    small = image.scaled(
        max(1, image.width() // factor),
        max(1, image.height() // factor),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        image.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def read_image(path: Path, max_side: int | None = None) -> QImage:
    """Decode an image file (EXIF orientation applied); a null QImage if it cannot be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)  # store files have no extension
    if max_side is not None:
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > max_side:
            reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def label_graphic(pixmap: QPixmap, text: str) -> QPixmap:
    """Stamp a band saying why the picture is hidden."""
    out = QPixmap(pixmap)
    painter = QPainter(out)
    band = QRect(0, out.height() // 2 - 14, out.width(), 28)
    painter.fillRect(band, QColor(0, 0, 0, 150))
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return out


class ThumbnailCache(QObject):
    """Pixmaps for evidence thumbnails, keyed by (sha256, blurred)."""

    ready = Signal(str)  # sha256 whose thumbnail (or lack of one) is now known

    def __init__(self, svc: CaseService, size: int, capacity: int = 600, parent: QObject | None = None):
        super().__init__(parent)
        self.svc = svc
        self.size = size
        self.capacity = capacity
        self._cache: OrderedDict[Key, QIcon | None] = OrderedDict()  # None: no thumbnail exists
        self._pending: set[Key] = set()
        self._queue: deque[Key] = deque()  # touched on the GUI thread only: no lock
        self._batches = 0
        self._closed = False
        self.hidden_label = self.tr("Graphic")
        self.loads = 0  # finished loads, for tests and the benchmark

    def icon(self, sha256: str, blurred: bool) -> QIcon | None:
        """The cached thumbnail, or None (placeholder time); an unknown one is requested."""
        key = (sha256, blurred)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        if key not in self._pending and not self._closed:
            self._request(key)
        return None

    def state(self, sha256: str, blurred: bool) -> str:
        """ "loaded", "missing" (no thumbnail made for this original) or "loading"/"unknown"."""
        key = (sha256, blurred)
        if key in self._cache:
            return "missing" if self._cache[key] is None else "loaded"
        return "loading" if key in self._pending else "unknown"

    def clear(self) -> None:
        self._queue.clear()
        self._pending.clear()
        self._cache.clear()

    def close(self) -> None:
        """Stop serving requests; what is in flight is dropped when it arrives."""
        self._closed = True
        self._queue.clear()

    def _request(self, key: Key) -> None:
        self._pending.add(key)
        self._queue.append(key)
        while len(self._queue) > MAX_QUEUED:
            self._pending.discard(self._queue.popleft())
        self._pump()

    def _pump(self) -> None:
        while self._queue and self._batches < MAX_BATCHES and not self._closed:
            self._start_batch([self._queue.pop() for _ in range(min(BATCH, len(self._queue)))])

    def _start_batch(self, keys: list[Key]) -> None:
        """Decode a few thumbnails (newest requests first) on the MEDIA pool."""

        def work(_control: TaskControl) -> list[QImage]:
            return [self._load(*key) for key in keys]

        def arrived(images: list[QImage]) -> None:
            self._batches -= 1
            if self._closed:
                return
            for key, image in zip(keys, images, strict=True):
                self._store(key, image)
            if not handle.control.cancelled:  # after cancel_all(), start nothing new
                self._pump()

        def failed(_exc: BaseException) -> None:  # shown by the task helper; asked again when seen again
            self._batches -= 1
            self._pending.difference_update(keys)

        self._batches += 1
        handle = run_task(None, "", work, arrived, failed, quiet=True, on=Pool.MEDIA)

    def _store(self, key: Key, image: QImage) -> None:
        self._pending.discard(key)
        pixmap = None if image.isNull() else QPixmap.fromImage(image)
        if pixmap is not None and key[1]:
            pixmap = label_graphic(pixmap, self.hidden_label)
        self._cache[key] = None if pixmap is None else QIcon(pixmap)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.loads += 1
        self.ready.emit(key[0])

    def _load(self, sha256: str, blurred: bool) -> QImage:
        """Pool thread: the file to an image (never a widget, never a pixmap)."""
        try:
            path = self.svc.derived_path(sha256, "thumb")
            image = read_image(path) if path is not None else QImage()
        except OSError:  # an unreadable store folder: a placeholder, like a missing thumbnail
            return QImage()
        if image.isNull():
            return image
        if max(image.width(), image.height()) > self.size:
            image = image.scaled(
                self.size,
                self.size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return blur_image(image) if blurred else image


class Placeholders:
    """One neutral tile per evidence kind, shown until (or instead of) a thumbnail."""

    _ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        "still": QStyle.StandardPixmap.SP_FileDialogContentsView,
        "video": QStyle.StandardPixmap.SP_MediaPlay,
        "audio": QStyle.StandardPixmap.SP_MediaVolume,
        "document": QStyle.StandardPixmap.SP_FileIcon,
        "other": QStyle.StandardPixmap.SP_FileIcon,
    }

    def __init__(self, size: int) -> None:
        self.size = size
        self._tiles: dict[str, QIcon] = {}

    def icon(self, kind: str) -> QIcon:
        if kind not in self._tiles:
            self._tiles[kind] = QIcon(self._tile(kind))
        return self._tiles[kind]

    def _tile(self, kind: str) -> QPixmap:
        side = self.size
        tile = QPixmap(QSize(side, side * 3 // 4))
        tile.fill(QColor(236, 238, 242))
        painter = QPainter(tile)
        painter.setPen(QColor(200, 204, 212))
        painter.drawRect(tile.rect().adjusted(0, 0, -1, -1))
        style = QApplication.style()
        glyph = style.standardIcon(self._ICONS.get(kind, QStyle.StandardPixmap.SP_FileIcon)).pixmap(side // 4)
        painter.drawPixmap((tile.width() - glyph.width()) // 2, (tile.height() - glyph.height()) // 2, glyph)
        painter.end()
        return tile
