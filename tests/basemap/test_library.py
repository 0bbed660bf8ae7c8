"""The workspace's list of basemaps: a JSON file beside the database, changed whole and atomically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casedesk.basemap import BasemapError, TileKey, add_basemap, choose_basemap, load_library, remove_basemap
from casedesk.basemap.library import LIBRARY_FILE

from .tilefiles import make_mbtiles, tile_bytes


def test_add_choose_and_remove(tmp_path: Path) -> None:
    root = tmp_path / "workspace"
    root.mkdir()
    assert load_library(root).entries == ()
    first = make_mbtiles(tmp_path / "a.mbtiles", {TileKey(0, 0, 0): tile_bytes()}, {"name": "Sahara OSM"})
    second = make_mbtiles(tmp_path / "b.mbtiles", {TileKey(0, 0, 0): tile_bytes()}, {"name": "Imagery"})
    add_basemap(root, first)
    library = add_basemap(root, second)
    assert [e.name for e in library.entries] == ["Sahara OSM", "Imagery"]
    assert library.active == str(second.resolve())  # the one just added is drawn
    assert load_library(root) == library
    saved = json.loads((root / LIBRARY_FILE).read_text("utf-8"))
    assert saved["version"] == 1 and saved["active"] == str(second.resolve())
    assert choose_basemap(root, str(first.resolve())).active == str(first.resolve())
    assert choose_basemap(root, "").active_entry is None
    library = remove_basemap(root, str(first.resolve()))
    assert [e.name for e in library.entries] == ["Imagery"] and first.exists()  # the file is kept
    assert add_basemap(root, second).entries == library.entries  # listed once


def test_a_damaged_file_is_refused_and_not_listed(tmp_path: Path) -> None:
    root = tmp_path / "workspace"
    root.mkdir()
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    with pytest.raises(BasemapError, match="damaged"):
        add_basemap(root, bad)
    assert load_library(root).entries == ()
    with pytest.raises(BasemapError, match="is not in the workspace's list"):
        choose_basemap(root, str(bad))


def test_an_unreadable_list_reads_as_empty(tmp_path: Path) -> None:
    (tmp_path / LIBRARY_FILE).write_text("{not json")
    assert load_library(tmp_path).entries == ()
    (tmp_path / LIBRARY_FILE).write_text(json.dumps({"basemaps": [{"path": "/x.mbtiles"}], "active": "/y"}))
    library = load_library(tmp_path)
    assert [(e.path, e.name) for e in library.entries] == [("/x.mbtiles", "x")] and library.active == ""
