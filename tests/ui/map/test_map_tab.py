"""The Map tab on the demo case: its markers, opening an item by clicking it, measuring, picking a point,
panning and zooming."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic
from PySide6.QtCore import QPoint, Qt

from casedesk.core.service import CaseService
from casedesk.ui.i18n import strip_isolates
from casedesk.ui.map import MapTab, Mode
from casedesk.ui.map.markers import EventMarker, EvidenceMarker, PlaceMarker, PrecisionCircle
from casedesk.ui.map.measure import measure
from casedesk.ui.map.world import lonlat

from .conftest import ready, view_point


def places_of(tab: MapTab) -> dict[str, PlaceMarker]:
    return {m.name: m for m in tab.markers.markers if isinstance(m, PlaceMarker)}


def test_the_demo_cases_three_places_are_on_the_map(map_tab: MapTab, svc: CaseService, case_id: str) -> None:
    places = places_of(map_tab)
    expected = {p.name: p for p in svc.list_places(case_id)}
    assert set(places) == set(expected) and len(places) == 3
    for name, marker in places.items():
        assert marker.object_id == expected[name].id
        assert (marker.lat, marker.lon) == (expected[name].lat, expected[name].lon)
        assert map_tab.view.viewport().rect().contains(view_point(map_tab, marker))  # fitted on open
    circles = sorted(i.metres for i in map_tab.markers.items if isinstance(i, PrecisionCircle))
    assert circles == [3000, 3000, 15000]  # two town centres, one approximate
    [photo] = [m for m in map_tab.markers.markers if isinstance(m, EvidenceMarker)]
    assert (photo.lat, photo.lon) == (21.33, 0.95)  # the stand-in photo's EXIF GPS
    evidence = svc.evidence_view(photo.object_id)
    assert evidence.gps is not None and evidence.original_name == "standin_photo_bbm.jpg"
    placed_events = [e for e in svc.list_events(case_id) if e.place_id]
    events = [m for m in map_tab.markers.markers if isinstance(m, EventMarker)]
    assert sorted(m.object_id for m in events) == sorted(e.id for e in placed_events) and events


def test_a_region_draws_natural_earth_at_1_50m_and_the_world_at_1_110m(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    assert map_tab.drawn_scale == "50m"
    map_tab.view.fit_world()
    ready(qtbot, map_tab)
    assert map_tab.drawn_scale == "110m"
    map_tab.fit_markers()
    ready(qtbot, map_tab)
    assert map_tab.drawn_scale == "50m"


def test_the_photo_shows_its_thumbnail(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    [photo] = [m for m in map_tab.markers.markers if isinstance(m, EvidenceMarker)]
    qtbot.waitUntil(lambda: photo.has_thumbnail, timeout=10000)


def test_clicking_a_marker_asks_to_open_its_item(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    tessalit = places_of(map_tab)["Tessalit, Mali"]
    with qtbot.waitSignal(map_tab.openRequested, timeout=2000) as opened:
        qtbot.mouseClick(
            map_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(map_tab, tessalit)
        )
    assert opened.args == ["place", tessalit.object_id]
    [photo] = [m for m in map_tab.markers.markers if isinstance(m, EvidenceMarker)]
    thumbnail = view_point(map_tab, photo) + QPoint(0, -36)  # the callout above the spot
    with qtbot.waitSignal(map_tab.openRequested, timeout=2000) as opened:
        qtbot.mouseClick(map_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=thumbnail)
    assert opened.args == ["evidence", photo.object_id]


def test_a_click_on_empty_ground_opens_nothing_and_a_drag_pans(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(map_tab.openRequested):
        qtbot.mouseClick(map_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_measuring_between_two_clicks_is_the_geodesic(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    map_tab.set_mode(Mode.MEASURE)
    view = map_tab.view
    ends = [QPoint(120, 140), QPoint(760, 520)]
    with qtbot.waitSignal(map_tab.measured, timeout=2000) as done:
        for end in ends:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    measured = done.args[0]
    (lon1, lat1), (lon2, lat2) = (lonlat(view.mapToScene(p)) for p in ends)
    reference = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    assert measured.distance_m == pytest.approx(reference["s12"], abs=1.0)
    assert measured.bearing_deg == pytest.approx(reference["azi1"] % 360, abs=1e-6)
    assert measured.distance_m > 10_000
    assert "bearing" in map_tab.result.text() and map_tab.copy_button.isVisible()
    assert len(map_tab.overlay.items) == 4  # the line, its two ends and the label


def test_measure_from_bordj_badji_mokhtar_to_tessalit() -> None:
    m = measure(21.33, 0.95, 20.20, 1.01)
    reference = Geodesic.WGS84.Inverse(21.33, 0.95, 20.20, 1.01)
    assert m.distance_m == pytest.approx(reference["s12"], abs=1.0)
    assert m.distance_m == pytest.approx(125_263, abs=1)  # a little south of due south: 177.1°
    assert m.bearing_deg == pytest.approx(177.13, abs=0.01)


def test_pick_mode_reports_the_clicked_coordinates(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    map_tab.set_mode(Mode.PICK)
    tessalit = places_of(map_tab)["Tessalit, Mali"]
    with qtbot.waitSignal(map_tab.coordinatesPicked, timeout=2000) as picked:
        qtbot.mouseClick(
            map_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(map_tab, tessalit)
        )
    lat, lon = picked.args
    degrees_per_pixel = 360 / (256 * map_tab.view.scale_factor)
    assert lat == pytest.approx(20.20, abs=2 * degrees_per_pixel)
    assert lon == pytest.approx(1.01, abs=2 * degrees_per_pixel)
    assert map_tab.picked == (lat, lon)
    assert strip_isolates(map_tab.result.text()).startswith(f"{lat:.5f} N, {lon:.5f} E")
    qtbot.waitUntil(lambda: "Africa/Bamako" in map_tab.result.text(), timeout=10000)  # Mali's zone
    assert map_tab.add_place_button.isVisible()
    map_tab.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == f"{lat:.6f}, {lon:.6f}"


def test_a_picked_point_becomes_a_place(qtbot, map_tab: MapTab, svc: CaseService, case_id: str) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.case_fields import PlaceDialog

    from ..driving import when_shown

    map_tab.set_mode(Mode.PICK)
    map_tab.pick(20.5, 1.5)
    seen: list[tuple[float, float, str]] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append((dialog.lat.value(), dialog.lon.value(), dialog.precision.text()))
        dialog.name.setText("Wadi crossing")
        dialog.accept()

    when_shown(PlaceDialog, fill)
    map_tab.add_place_button.click()
    ready(qtbot, map_tab)
    assert seen[0][:2] == (20.5, 1.5) and seen[0][2].startswith("picked on the map, ±")
    added = [p for p in svc.list_places(case_id) if p.name == "Wadi crossing"]
    assert len(added) == 1 and (added[0].lat, added[0].lon) == (20.5, 1.5)
    assert "Wadi crossing" in places_of(map_tab)  # the map redrew on the change


def test_keys_and_wheel_zoom_and_pan(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    view = map_tab.view
    view.setFocus()
    before = view.scale_factor
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor == pytest.approx(before * 2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor == pytest.approx(before)
    centre = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    moved = view.mapToScene(view.viewport().rect().center())
    assert moved.x() > centre.x() and moved.y() == pytest.approx(centre.y())
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    wheel = QWheelEvent(
        QPointF(300, 300),
        view.viewport().mapToGlobal(QPointF(300, 300)),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor == pytest.approx(before * 1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_0)  # back to the case's markers
    assert view.scale_factor == pytest.approx(before)


def test_a_pinch_zooms(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    view = map_tab.view
    before = view.scale_factor
    at = QPointF(400, 300)
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        at,
        at,
        view.viewport().mapToGlobal(at),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(view.viewport(), pinch)
    assert view.scale_factor == pytest.approx(before * 1.5)


def test_escape_leaves_a_mode(qtbot, map_tab: MapTab) -> None:  # type: ignore[no-untyped-def]
    map_tab.set_mode(Mode.MEASURE)
    map_tab.measure_point(21.0, 1.0)
    qtbot.keyClick(map_tab.view, Qt.Key.Key_Escape)
    assert map_tab.view.mode is Mode.BROWSE and not map_tab.measure_action.isChecked()
    assert map_tab.overlay.items == []
