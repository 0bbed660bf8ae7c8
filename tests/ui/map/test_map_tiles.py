"""The user's raster basemap drawn beneath the markers, and the messages for files that cannot be."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from basemap.tilefiles import RED, make_mbtiles, tile_bytes, world_keys
from casedesk.basemap.library import LIBRARY_FILE
from casedesk.core.service import CaseService
from casedesk.ui.i18n import strip_isolates
from casedesk.ui.map import MapTab
from casedesk.ui.map.markers import PLACE_COLOUR, PlaceMarker

from .conftest import ready, view_point


def share_of(image: QImage, colour: tuple[int, int, int], tolerance: int = 12) -> float:
    """The share of a sample of pixels within ``tolerance`` of a colour."""
    hits = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            pixel = QColor(image.pixel(x, y))
            total += 1
            if all(abs(a - b) <= tolerance for a, b in zip(pixel.getRgb()[:3], colour, strict=True)):
                hits += 1
    return hits / total


def test_an_mbtiles_file_made_here_is_drawn_beneath_the_markers(
    qtbot, map_tab: MapTab, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    before = map_tab.view.grab().toImage()
    assert share_of(before, RED) == 0
    path = make_mbtiles(tmp_path / "red.mbtiles", {k: tile_bytes(RED) for k in world_keys(4)})
    map_tab.picker.add_file(path)
    ready(qtbot, map_tab)
    assert map_tab.tiles.archive is not None and map_tab.tiles.zoom == 4  # the file's finest zoom
    assert map_tab.picker.combo.currentText() == "Test tiles"
    image = map_tab.view.grab().toImage()
    assert share_of(image, RED) > 0.8  # the tiles cover the view, but for borders and markers
    tessalit = next(m for m in map_tab.markers.markers if isinstance(m, PlaceMarker) and "Tessalit" in m.name)
    ring = view_point(map_tab, tessalit) + QPoint(4, 0)  # inside the blue disc, beside its white centre
    drawn = QColor(image.pixel(ring))
    assert abs(drawn.blue() - PLACE_COLOUR.blue()) < 30 and drawn.red() < 80  # the marker is over the tiles
    assert "© Test contributors" in strip_isolates(map_tab.credit.text())  # the file's attribution, as text
    listed = json.loads((map_tab.svc.workspace_root / LIBRARY_FILE).read_text("utf-8"))
    assert listed["active"] == str(path.resolve())


def test_going_back_to_the_built_in_map(qtbot, map_tab: MapTab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make_mbtiles(tmp_path / "red.mbtiles", {k: tile_bytes(RED) for k in world_keys(2)})
    map_tab.picker.add_file(path)
    ready(qtbot, map_tab)
    map_tab.picker.choose("")
    ready(qtbot, map_tab)
    assert map_tab.tiles.archive is None and share_of(map_tab.view.grab().toImage(), RED) == 0


def test_adding_a_damaged_file_says_why(qtbot, map_tab: MapTab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    map_tab.picker.add_file(bad)
    ready(qtbot, map_tab)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert "bad.mbtiles is damaged and cannot be read" in strip_isolates(boxes[0].text())
    boxes[0].close()
    assert map_tab.picker.library.entries == () and map_tab.tiles.archive is None


def test_a_listed_file_that_went_missing_or_was_damaged(  # type: ignore[no-untyped-def]
    qtbot, svc: CaseService, case_id: str, prefs, tmp_path: Path
) -> None:
    from casedesk.ui.ops import CaseOps

    gone = tmp_path / "gone.mbtiles"
    library = {"version": 1, "basemaps": [{"path": str(gone), "name": "Gone"}], "active": str(gone)}
    (svc.workspace_root / LIBRARY_FILE).write_text(json.dumps(library))
    tab = MapTab(svc, CaseOps(svc), prefs)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(case_id)
    ready(qtbot, tab)
    assert "gone.mbtiles was not found: it may have been moved" in strip_isolates(tab.result.text())
    assert tab.tiles.archive is None and tab.markers.markers  # the map still works


def test_a_file_damaged_after_it_was_added_stops_drawing_with_a_message(  # type: ignore[no-untyped-def]
    qtbot, map_tab: MapTab, tmp_path: Path
) -> None:
    tiles = {k: tile_bytes((k.x * 15 % 250, k.y * 15 % 250, 7)) for k in world_keys(5)}
    path = make_mbtiles(tmp_path / "t.mbtiles", tiles)
    map_tab.picker.add_file(path)
    ready(qtbot, map_tab)
    archive = map_tab.tiles.archive
    assert archive is not None and map_tab.tiles.loads
    path.write_bytes(path.read_bytes()[:2048])  # the drive's copy is cut short
    map_tab.tiles.set_archive(archive)  # forget the tiles read so far, as after a long pan
    map_tab.view.pan_by(40, 0)
    ready(qtbot, map_tab)
    assert map_tab.tiles.archive is None  # it stopped reading the file: one message, not one per tile
    assert "t.mbtiles is damaged and cannot be read" in strip_isolates(map_tab.result.text())
