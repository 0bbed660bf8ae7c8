"""The Map tab on a copy of the demo case (built once per session), offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.ui.map import MapTab
from casedesk.ui.map.markers import MapMarker
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import running_tasks


@pytest.fixture
def svc(demo_svc: CaseService) -> CaseService:
    """A fresh copy of the demo workspace (the main window fixture uses it too)."""
    return demo_svc


@pytest.fixture
def case_id(demo_case_id: str) -> str:
    return demo_case_id


def ready(qtbot, tab: MapTab, timeout: int = 15000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the tab has read everything and no task is running."""
    quiet = 0

    def calm() -> bool:
        nonlocal quiet
        quiet = quiet + 1 if not tab.busy and not running_tasks() else 0
        return quiet >= 3

    qtbot.waitUntil(calm, timeout=timeout)
    qtbot.wait(80)  # the view's settle timer (60 ms) and the tiles it asks for
    qtbot.waitUntil(lambda: not tab.busy and not running_tasks(), timeout=timeout)


@pytest.fixture
def map_tab(qtbot, svc: CaseService, case_id: str, prefs: Preferences) -> Iterator[MapTab]:  # type: ignore[no-untyped-def]
    tab = MapTab(svc, CaseOps(svc), prefs)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_case(case_id)
    ready(qtbot, tab)
    yield tab
    tab.close()


def view_point(tab: MapTab, marker: MapMarker, offset: QPointF | None = None) -> QPoint:
    """Where a marker's point (plus an offset in pixels) is in the view's viewport."""
    point = tab.view.mapFromScene(marker.pos())
    return point + (offset or QPointF()).toPoint()


Clicker = Callable[[QPoint], None]
