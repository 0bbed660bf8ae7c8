"""User raster basemaps: MBTiles and PMTiles files of PNG, JPEG or WebP tiles, read without Qt.

:func:`open_archive` checks a file once (its kind, its tiles' format, its zoom range) and returns an
archive whose :meth:`TileArchive.read` gives the bytes of the tiles asked for. A missing, damaged or
unsupported file raises :class:`~casedesk.basemap.errors.BasemapError` with a message for the user,
never anything else. Each ``read`` opens the file for itself, so reads may run on any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from casedesk.basemap.errors import BasemapError
from casedesk.basemap.mercator import TileKey
from casedesk.i18n import msg

SQLITE_MAGIC = b"SQLite format 3\x00"
PMTILES_MAGIC = b"PMTiles"


class TileFormat(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"


# How tile sets name their format (MBTiles' metadata "format", PMTiles' tile type) -> the format drawn.
FORMAT_NAMES = {
    "png": TileFormat.PNG,
    "jpg": TileFormat.JPEG,
    "jpeg": TileFormat.JPEG,
    "webp": TileFormat.WEBP,
}


@dataclass(frozen=True, slots=True)
class TileSetInfo:
    path: Path
    kind: str  # "mbtiles" or "pmtiles"
    name: str
    format: TileFormat
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # west, south, east, north in degrees
    attribution: str


class TileArchive(Protocol):
    @property
    def info(self) -> TileSetInfo: ...

    def read(self, keys: Sequence[TileKey]) -> dict[TileKey, bytes]:
        """The tiles among ``keys`` that the file holds (absent ones are left out)."""
        ...


def sniff(data: bytes) -> TileFormat | None:
    """A tile's picture format from its first bytes (None: not a raster picture CaseDesk draws)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return TileFormat.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return TileFormat.JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return TileFormat.WEBP
    return None


def open_archive(path: Path) -> TileArchive:
    """The tile file at ``path``, checked: MBTiles (SQLite) or PMTiles, known by its first bytes."""
    from casedesk.basemap.mbtiles import MBTiles
    from casedesk.basemap.pmtiles_archive import PMTilesArchive

    head = _head(path)
    if head.startswith(SQLITE_MAGIC):
        return MBTiles.open(path)
    if head.startswith(PMTILES_MAGIC):
        return PMTilesArchive.open(path)
    raise BasemapError(
        msg(
            "{file} is not a basemap CaseDesk can draw: it is neither an MBTiles nor a PMTiles file, "
            "or it is damaged.",
            file=path,
        )
    )


def parse_bounds(text: str) -> tuple[float, float, float, float] | None:
    """MBTiles' "west,south,east,north" (None if absent or unreadable: the whole world is assumed)."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        return None
    return west, south, east, north


def unsupported_format(path: Path, name: str) -> BasemapError:
    return BasemapError(
        msg(
            "{file} holds {format} tiles; CaseDesk draws raster tiles only (PNG, JPEG or WebP). "
            "Export the area again as raster tiles.",
            file=path,
            format=name or "unknown",
        )
    )


def damaged(path: Path, reason: object) -> BasemapError:
    return BasemapError(
        msg("The basemap file {file} is damaged and cannot be read ({reason}).", file=path, reason=reason)
    )


def missing(path: Path) -> BasemapError:
    return BasemapError(
        msg(
            "The basemap file {file} was not found: it may have been moved, or its drive is not connected.",
            file=path,
        )
    )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(16)
    except FileNotFoundError as exc:
        raise missing(path) from exc
    except OSError as exc:
        raise BasemapError(
            msg("Cannot read the basemap file {file}: {reason}.", file=path, reason=exc.strerror or exc)
        ) from exc
