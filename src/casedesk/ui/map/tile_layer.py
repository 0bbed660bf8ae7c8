"""The user's raster basemap beneath the markers: the tiles of the zoom being looked at, read and decoded
on the MEDIA pool, placed on the GUI thread (QPixmaps are made there, as Qt requires).

While a new zoom's tiles arrive the previous zoom's stay beneath them, so the map never flashes
empty; once every visible tile of the new zoom is in, the others go. A read that fails (a file
unplugged or damaged after it was added) is reported once through ``failed`` and the layer stops
reading that file: no dialog per tile, and never a crash.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

from casedesk.basemap import BasemapError, TileArchive, TileKey
from casedesk.basemap.mercator import tiles_covering
from casedesk.core.tasks import TaskControl
from casedesk.i18n import Message
from casedesk.ui.map.world import WORLD
from casedesk.ui.tasks import Pool, run_task

Z_TILES = 10.0  # above the built-in land (0-5), beneath borders (20) and markers (30+)
MAX_VISIBLE = 96  # tiles in view at once; beyond this (a low-zoom file seen from far out) none are drawn
MAX_ITEMS = 400  # tiles kept in the scene
BATCH = 8


@dataclass(frozen=True, slots=True)
class _Batch:
    images: dict[TileKey, QImage]
    missing: frozenset[TileKey]  # asked for and not in the file (or not a picture)
    error: Message | None


class TileLayer(QObject):
    failed = Signal(object)  # Message: why the file cannot be drawn

    def __init__(self, scene: QGraphicsScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.archive: TileArchive | None = None
        self.zoom = -1
        self._generation = 0
        self._items: dict[TileKey, QGraphicsPixmapItem] = {}
        self._absent: set[TileKey] = set()
        self._pending: set[TileKey] = set()
        self._wanted: list[TileKey] = []
        self.loads = 0  # batches delivered, for tests

    def set_archive(self, archive: TileArchive | None) -> None:
        self._generation += 1
        self.archive = archive
        for item in self._items.values():
            self.scene.removeItem(item)
        self._items.clear()
        self._absent.clear()
        self._pending.clear()
        self._wanted = []
        self.zoom = -1

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def zoom_for(self, scale: float) -> int:
        """The tile zoom whose tiles show at about their own size at this view scale, within the file's."""
        assert self.archive is not None
        info = self.archive.info
        wanted = round(math.log2(max(scale, 1e-9)))
        return max(info.min_zoom, min(info.max_zoom, wanted))

    def update_view(self, visible: QRectF, scale: float) -> None:
        """Show the tiles covering ``visible`` (scene units) at the zoom suited to ``scale``."""
        if self.archive is None:
            return
        z = self.zoom_for(scale)
        self.zoom = z
        rect = visible.intersected(QRectF(0, 0, WORLD, WORLD))
        if rect.isEmpty():
            return
        keys = tiles_covering(
            rect.left() / WORLD, rect.top() / WORLD, rect.right() / WORLD, rect.bottom() / WORLD, z
        )
        if len(keys) > MAX_VISIBLE:
            self._wanted = []
            return
        self._wanted = keys
        todo = [k for k in keys if k not in self._items and k not in self._absent and k not in self._pending]
        for start in range(0, len(todo), BATCH):
            self._read(todo[start : start + BATCH])
        self._tidy()

    def _read(self, keys: Sequence[TileKey]) -> None:
        archive, generation = self.archive, self._generation
        assert archive is not None
        self._pending.update(keys)

        def work(_control: TaskControl) -> _Batch:
            try:
                found = archive.read(keys)
            except BasemapError as exc:
                return _Batch({}, frozenset(keys), exc.message)
            images = {}
            for key, data in found.items():
                image = QImage.fromData(data)
                if not image.isNull():
                    images[key] = image
            return _Batch(images, frozenset(keys) - images.keys(), None)

        def arrived(batch: _Batch) -> None:
            if generation != self._generation:
                return  # another file was chosen meanwhile
            self._pending.difference_update(keys)
            self.loads += 1
            if batch.error is not None:
                self.set_archive(None)
                self.failed.emit(batch.error)
                return
            self._absent.update(batch.missing)
            for key, image in batch.images.items():
                self._place(key, image)
            self._tidy()

        def lost(_exc: BaseException) -> None:  # a programming error, already shown by the task helper
            if generation == self._generation:
                self._pending.difference_update(keys)

        run_task(None, "", work, arrived, lost, quiet=True, on=Pool.MEDIA)

    def _place(self, key: TileKey, image: QImage) -> None:
        size = WORLD / (1 << key.z)
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        item.setPos(key.x * size, key.y * size)
        item.setScale(size / max(1, image.width()))
        item.setZValue(Z_TILES + key.z / 100)  # finer tiles over coarser ones
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(item)
        self._items[key] = item

    def _tidy(self) -> None:
        """Once the view's tiles are all in, drop those of other zooms; keep at most MAX_ITEMS."""
        wanted = set(self._wanted)
        complete = all(k in self._items or k in self._absent for k in wanted)
        for key in list(self._items):
            stale = key not in wanted and (complete and key.z != self.zoom)
            if stale or (len(self._items) > MAX_ITEMS and key not in wanted):
                self.scene.removeItem(self._items.pop(key))
