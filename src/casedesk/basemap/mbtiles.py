"""MBTiles 1.3: a SQLite file with a ``metadata`` table and a ``tiles`` table whose rows count from the
south (TMS), opened read-only (https://github.com/mapbox/mbtiles-spec)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from casedesk.basemap.errors import BasemapError
from casedesk.basemap.mercator import MAX_ZOOM, TileKey, tms_row
from casedesk.basemap.tiles import (
    FORMAT_NAMES,
    TileSetInfo,
    damaged,
    missing,
    parse_bounds,
    sniff,
    unsupported_format,
)
from casedesk.i18n import msg


@dataclass(frozen=True, slots=True)
class MBTiles:
    info: TileSetInfo

    @classmethod
    def open(cls, path: Path) -> MBTiles:
        with _connect(path) as db:
            try:
                metadata = dict(db.execute("SELECT name, value FROM metadata").fetchall())
            except sqlite3.OperationalError:
                metadata = {}  # the table is optional in practice; the tiles say the rest
            try:
                low, high = db.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
                sample = db.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
            except sqlite3.OperationalError as exc:
                raise BasemapError(
                    msg("{file} has no tiles table: it is not an MBTiles file.", file=path)
                ) from exc
            except sqlite3.DatabaseError as exc:
                raise damaged(path, exc) from exc
        if sample is None:
            raise BasemapError(msg("The basemap file {file} holds no tiles.", file=path))
        named = str(metadata.get("format", "")).strip().lower()
        tile_format = FORMAT_NAMES.get(named) or sniff(bytes(sample[0] or b""))
        if tile_format is None:
            raise unsupported_format(path, named)
        info = TileSetInfo(
            path=path,
            kind="mbtiles",
            name=str(metadata.get("name") or path.stem),
            format=tile_format,
            min_zoom=_zoom(metadata.get("minzoom"), low),
            max_zoom=_zoom(metadata.get("maxzoom"), high),
            bounds=parse_bounds(str(metadata.get("bounds", ""))),
            attribution=str(metadata.get("attribution", "")),
        )
        return cls(info)

    def read(self, keys: Sequence[TileKey]) -> dict[TileKey, bytes]:
        found: dict[TileKey, bytes] = {}
        with _connect(self.info.path) as db:
            try:
                for key in keys:
                    row = db.execute(
                        "SELECT tile_data FROM tiles"
                        " WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                        (key.z, key.x, tms_row(key.z, key.y)),
                    ).fetchone()
                    if row is not None and row[0]:
                        found[key] = bytes(row[0])
            except sqlite3.DatabaseError as exc:
                raise damaged(self.info.path, exc) from exc
        return found


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection: CaseDesk never writes to the user's tile file."""
    if not path.is_file():
        raise missing(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    with closing(connection):
        try:
            yield connection
        except sqlite3.DatabaseError as exc:  # "file is not a database", "disk image is malformed"
            raise damaged(path, exc) from exc


def _zoom(text: object, fallback: object) -> int:
    for value in (text, fallback):
        try:
            return max(0, min(MAX_ZOOM, int(str(value))))
        except ValueError:
            continue
    return 0
