"""The user's tile files: MBTiles and PMTiles read, and every bad file refused with a clear message."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest

from casedesk.basemap import BasemapError, TileFormat, TileKey, open_archive
from casedesk.basemap.mercator import tms_row

from .tilefiles import RED, make_mbtiles, make_pmtiles, tile_bytes, world_keys

BLUE = (20, 60, 200)


def test_mbtiles_are_read_with_their_rows_flipped(tmp_path: Path) -> None:
    north, south = TileKey(1, 0, 0), TileKey(1, 0, 1)
    path = make_mbtiles(
        tmp_path / "t.mbtiles",
        {north: tile_bytes(RED), south: tile_bytes(BLUE), TileKey(0, 0, 0): tile_bytes()},
        {"minzoom": "0", "maxzoom": "1", "bounds": "-180,-85,180,85"},
    )
    archive = open_archive(path)
    info = archive.info
    assert (info.kind, info.name, info.format) == ("mbtiles", "Test tiles", TileFormat.PNG)
    assert (info.min_zoom, info.max_zoom, info.bounds) == (0, 1, (-180.0, -85.0, 180.0, 85.0))
    found = archive.read([north, south, TileKey(1, 1, 1)])
    assert set(found) == {north, south}  # the absent tile is left out
    assert found[north] == tile_bytes(RED) and found[south] == tile_bytes(BLUE)
    with sqlite3.connect(path) as db:  # the south tile is stored at TMS row 0, the north one at row 1
        row = db.execute("SELECT tile_row FROM tiles WHERE zoom_level = 1 AND tile_data = ?", (found[north],))
        assert row.fetchone()[0] == tms_row(1, 0) == 1


def test_zoom_range_and_format_come_from_the_tiles_without_metadata(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "t.mbtiles", {k: tile_bytes(fmt="JPEG") for k in world_keys(2)})
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM metadata")
    db.close()
    info = open_archive(path).info
    assert (info.format, info.min_zoom, info.max_zoom, info.name) == (TileFormat.JPEG, 0, 2, "t")


def test_webp_tiles(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "w.mbtiles", {TileKey(0, 0, 0): tile_bytes(fmt="WEBP")}, {"format": ""})
    assert open_archive(path).info.format is TileFormat.WEBP


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BasemapError, match=r"was not found: it may have been moved"):
        open_archive(tmp_path / "gone.mbtiles")


def test_a_file_that_is_no_tile_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.mbtiles"
    path.write_bytes(b"these are not tiles" * 100)
    with pytest.raises(BasemapError, match="neither an MBTiles nor a PMTiles file, or it is damaged"):
        open_archive(path)


def test_a_damaged_mbtiles_file(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "t.mbtiles", {k: tile_bytes() for k in world_keys(3)})
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # SQLite's header stays, its first page is gone
    path.write_bytes(bytes(data))
    with pytest.raises(BasemapError, match="is damaged and cannot be read") as caught:
        open_archive(path)
    assert "t.mbtiles" in str(caught.value)


def test_a_truncated_mbtiles_file(tmp_path: Path) -> None:
    path = make_mbtiles(
        tmp_path / "t.mbtiles", {k: tile_bytes((k.x * 60, k.y * 60, 9)) for k in world_keys(3)}
    )
    archive = open_archive(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])  # cut short after it was added
    with pytest.raises(BasemapError, match="is damaged and cannot be read"):
        archive.read(world_keys(3))


def test_an_sqlite_file_without_tiles(tmp_path: Path) -> None:
    path = tmp_path / "other.mbtiles"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE something (x)")
    db.close()
    with pytest.raises(BasemapError, match="has no tiles table: it is not an MBTiles file"):
        open_archive(path)
    empty = make_mbtiles(tmp_path / "empty.mbtiles", {})
    with pytest.raises(BasemapError, match="holds no tiles"):
        open_archive(empty)


def test_vector_tiles_are_refused_with_the_reason(tmp_path: Path) -> None:
    path = make_mbtiles(
        tmp_path / "v.mbtiles", {TileKey(0, 0, 0): gzip.compress(b"\x1a\x00")}, {"format": "pbf"}
    )
    with pytest.raises(BasemapError, match="holds pbf tiles; CaseDesk draws raster tiles only"):
        open_archive(path)


def test_pmtiles(tmp_path: Path) -> None:
    tiles = [(k, tile_bytes((k.z * 80, k.x * 60, k.y * 60))) for k in world_keys(2)]
    archive = open_archive(make_pmtiles(tmp_path / "t.pmtiles", tiles))
    info = archive.info
    assert (info.kind, info.name, info.format, info.min_zoom, info.max_zoom) == (
        "pmtiles",
        "PM test",
        TileFormat.PNG,
        0,
        2,
    )
    assert info.attribution == "© PM test"
    found = archive.read([TileKey(2, 3, 1), TileKey(2, 0, 0), TileKey(5, 0, 0)])
    assert found == {
        TileKey(2, 3, 1): dict(tiles)[TileKey(2, 3, 1)],
        TileKey(2, 0, 0): dict(tiles)[TileKey(2, 0, 0)],
    }


def test_vector_and_damaged_pmtiles(tmp_path: Path) -> None:
    vector = make_pmtiles(tmp_path / "v.pmtiles", [(TileKey(0, 0, 0), b"\x1a\x00")], tile_type=1)
    with pytest.raises(BasemapError, match=r"holds vector \(MVT\) tiles"):
        open_archive(vector)
    good = make_pmtiles(tmp_path / "d.pmtiles", [(k, tile_bytes()) for k in world_keys(1)])
    data = bytearray(good.read_bytes())
    data[127:160] = b"\x00" * 33  # the root directory
    good.write_bytes(bytes(data))
    with pytest.raises(BasemapError, match="is damaged and cannot be read"):
        archive = open_archive(good)
        archive.read(world_keys(1))
    cut = tmp_path / "cut.pmtiles"
    cut.write_bytes(good.read_bytes()[:40])
    with pytest.raises(BasemapError, match="is damaged and cannot be read"):
        open_archive(cut)
