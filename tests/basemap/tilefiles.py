"""Tile files made in the test: MBTiles (SQLite, TMS rows) and PMTiles (with Protomaps' own writer),
filled with small one-colour pictures made with Pillow."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from PIL import Image

from casedesk.basemap.mercator import TileKey, tms_row

RED = (220, 30, 40)


def tile_bytes(colour: tuple[int, int, int] = RED, fmt: str = "PNG", size: int = 256) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, fmt)
    return out.getvalue()


def world_keys(max_zoom: int) -> list[TileKey]:
    return [TileKey(z, x, y) for z in range(max_zoom + 1) for x in range(1 << z) for y in range(1 << z)]


def make_mbtiles(
    path: Path,
    tiles: dict[TileKey, bytes],
    metadata: dict[str, str] | None = None,
) -> Path:
    """An MBTiles 1.3 file: ``tiles`` keyed by XYZ (north-first) rows, stored as TMS rows."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"
        )
        meta = {"name": "Test tiles", "format": "png", "attribution": "© Test <b>contributors</b>"}
        meta.update(metadata or {})
        db.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
        db.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(k.z, k.x, tms_row(k.z, k.y), data) for k, data in tiles.items()],
        )
    db.close()
    return path


def make_pmtiles(path: Path, tiles: Iterable[tuple[TileKey, bytes]], tile_type: int = 2) -> Path:
    from pmtiles.tile import Compression, TileType, zxy_to_tileid
    from pmtiles.writer import Writer

    ordered = sorted(tiles, key=lambda item: zxy_to_tileid(item[0].z, item[0].x, item[0].y))
    with path.open("wb") as handle:
        writer = Writer(handle)
        for key, data in ordered:
            writer.write_tile(zxy_to_tileid(key.z, key.x, key.y), data)
        writer.finalize(
            {
                "tile_type": TileType(tile_type),
                "tile_compression": Compression.NONE,
                "min_lon_e7": -1800000000,
                "min_lat_e7": -850000000,
                "max_lon_e7": 1800000000,
                "max_lat_e7": 850000000,
                "center_zoom": 0,
                "center_lon_e7": 0,
                "center_lat_e7": 0,
            },
            {"name": "PM test", "attribution": "© PM test"},
        )
    return path
