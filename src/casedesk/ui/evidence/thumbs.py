"""Thumbnails for the evidence views: loaded off the UI thread, on demand, kept in a small LRU cache.

Views ask for a thumbnail only when they paint a row (the model calls :meth:`ThumbnailCache.icon`
from ``data(DecorationRole)``), so a case of 10,000 items costs nothing until it is scrolled. Requests
go on a stack served newest-first: after a fast scroll the rows now on screen load before the ones
that flew past, and the stack is bounded so stale requests are simply forgotten (and asked for again
if they come back into view). Workers read files and build QImages; QPixmaps are made on the main
thread, as Qt requires.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, QRect, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from casedesk.core.service import CaseService

MAX_QUEUED = 256  # requests beyond this are dropped, oldest first: they scrolled away
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


class _Signals(QObject):
    loaded = Signal(str, bool, QImage)


class ThumbnailCache(QObject):
    """Pixmaps for evidence thumbnails, keyed by (sha256, blurred)."""

    ready = Signal(str)  # sha256 whose thumbnail (or lack of one) is now known

    def __init__(self, svc: CaseService, size: int, capacity: int = 600, parent: QObject | None = None):
        super().__init__(parent)
        self.svc = svc
        self.size = size
        self.capacity = capacity
        # The pool is created before the signal carrier: children die in creation order, and the pool
        # waits for its workers, so no worker can emit on a deleted carrier.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)
        self._cache: OrderedDict[Key, QIcon | None] = OrderedDict()  # None: no thumbnail exists
        self._pending: set[Key] = set()
        self._queue: deque[Key] = deque()
        self._lock = threading.Lock()
        self._workers = 0
        self._closed = False
        self.hidden_label = self.tr("Graphic")
        self.loads = 0  # finished loads, for tests and the benchmark

    # -- main thread ------------------------------------------------------------------------------
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
        with self._lock:
            self._queue.clear()
        self._pending.clear()
        self._cache.clear()

    def close(self) -> None:
        """Stop serving requests and wait for the workers (before the service is closed)."""
        self._closed = True
        with self._lock:
            self._queue.clear()
        self._pool.waitForDone()

    def _request(self, key: Key) -> None:
        self._pending.add(key)
        dropped: list[Key] = []
        with self._lock:
            self._queue.append(key)
            while len(self._queue) > MAX_QUEUED:
                dropped.append(self._queue.popleft())
            start = self._workers < self._pool.maxThreadCount()
            if start:
                self._workers += 1
        self._pending.difference_update(dropped)
        if start:
            self._pool.start(self._drain)

    @Slot(str, bool, QImage)
    def _on_loaded(self, sha256: str, blurred: bool, image: QImage) -> None:
        key = (sha256, blurred)
        self._pending.discard(key)
        if self._closed:
            return
        pixmap = None if image.isNull() else QPixmap.fromImage(image)
        if pixmap is not None and blurred:
            pixmap = label_graphic(pixmap, self.hidden_label)
        self._cache[key] = None if pixmap is None else QIcon(pixmap)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.loads += 1
        self.ready.emit(sha256)

    # -- worker threads ---------------------------------------------------------------------------
    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue or self._closed:
                    self._workers -= 1
                    return
                sha256, blurred = self._queue.pop()  # newest first: what is on screen now
            self._signals.loaded.emit(sha256, blurred, self._load(sha256, blurred))

    def _load(self, sha256: str, blurred: bool) -> QImage:
        path = self.svc.derived_path(sha256, "thumb")
        if path is None:
            return QImage()
        image = read_image(path)
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
