"""The Map tab in the main window: where it sits, opening items from it, and its Arabic layout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolBar

from casedesk.core.service import CaseService
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.i18n import install_language, remove_language
from casedesk.ui.map.markers import EvidenceMarker, PlaceMarker

from ..driving import open_case, settle
from .conftest import ready, view_point


def show_map(qtbot, window, case_id: str):  # type: ignore[no-untyped-def]
    window.resize(1300, 820)
    open_case(qtbot, window, case_id)
    window.panel.tabs.setCurrentIndex(CasePanel.MAP)
    ready(qtbot, window.panel.map)
    return window.panel.map


def test_the_map_tab_sits_after_the_timeline(qtbot, main_window, case_id: str) -> None:  # type: ignore[no-untyped-def]
    tabs = main_window.panel.tabs
    assert CasePanel.TIMELINE + 1 == CasePanel.MAP and CasePanel.MAP + 1 == CasePanel.CUSTODY
    assert tabs.count() == 8 and tabs.widget(CasePanel.MAP) is main_window.panel.map
    open_case(qtbot, main_window, case_id)
    assert tabs.tabText(CasePanel.MAP) == "Map" and tabs.tabText(CasePanel.CUSTODY).startswith(
        "Custody log ("
    )
    assert main_window.panel.map.markers.markers == []  # not read until it is looked at


def test_clicking_the_photo_opens_it_in_the_evidence_tab(qtbot, main_window, case_id: str) -> None:  # type: ignore[no-untyped-def]
    tab = show_map(qtbot, main_window, case_id)
    [photo] = [m for m in tab.markers.markers if isinstance(m, EvidenceMarker)]
    qtbot.mouseClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(tab, photo) + QPoint(0, -36)
    )
    settle(qtbot)
    panel = main_window.panel
    assert panel.tabs.currentIndex() == CasePanel.EVIDENCE
    qtbot.waitUntil(lambda: panel.evidence.current_id() == photo.object_id, timeout=5000)


def test_clicking_a_place_opens_it_in_the_overview(
    qtbot, main_window, svc: CaseService, case_id: str
) -> None:  # type: ignore[no-untyped-def]
    tab = show_map(qtbot, main_window, case_id)
    tessalit = next(m for m in tab.markers.markers if isinstance(m, PlaceMarker) and "Tessalit" in m.name)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(tab, tessalit))
    settle(qtbot)
    assert main_window.panel.tabs.currentIndex() == CasePanel.OVERVIEW


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_language(qapp, "ar")
    yield
    remove_language(qapp, installed)


def test_in_arabic_the_toolbar_is_mirrored_and_the_map_is_not(  # type: ignore[no-untyped-def]
    qtbot, arabic, main_window, case_id: str
) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tab = show_map(qtbot, main_window, case_id)
    assert tab.isRightToLeft() and tab.picker.isRightToLeft()
    assert not tab.view.isRightToLeft()
    places = {m.name: m for m in tab.markers.markers if isinstance(m, PlaceMarker)}
    tessalit, tin_zaouatine = places["Tessalit, Mali"], places["Tin Zaouatine / Tinzaouaten (border)"]
    assert view_point(tab, tessalit).x() < view_point(tab, tin_zaouatine).x()  # east is still on the right
    toolbar = tab.findChild(QToolBar, "mapToolbar")
    assert toolbar is not None and toolbar.isRightToLeft()
    first, last = toolbar.widgetForAction(tab.fit_action), toolbar.widgetForAction(tab.measure_action)
    assert first.x() > last.x()  # "Show all" comes first, read from the right
