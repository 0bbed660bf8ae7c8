"""Country names on the Map tab, in the interface's language (CLDR's names; Arabic shaped by Qt)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.ui.i18n import set_default_locale
from casedesk.ui.map import MapTab
from casedesk.ui.map.world import scene_point
from casedesk.ui.ops import CaseOps

from .conftest import ready

NAMES = {
    "en": ("Algeria", "Mali", "Niger"),
    "fr": ("Algérie", "Mali", "Niger"),
    "ar": ("الجزائر", "مالي", "النيجر"),
}


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[str]:
    code: str = request.param
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_default_locale(QLocale(code))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight)
    yield code
    set_default_locale(QLocale.system())
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("in_language", ["en", "fr", "ar"], indirect=True)
def test_country_names_are_written_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, svc: CaseService, case_id: str, prefs: Preferences, in_language: str
) -> None:
    tab = MapTab(svc, CaseOps(svc), prefs)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_case(case_id)
    ready(qtbot, tab)
    tab.view.set_zoom(4.6, scene_point(2.0, 19.0))  # the Sahara, a few countries across
    ready(qtbot, tab)
    shown = {label.name for label in tab.labels.labels if label.isVisible()}
    assert set(NAMES[in_language]) <= shown
    # Zoomed out to the world, small countries' names stay hidden; zoomed in, their neighbours' too.
    tab.view.fit_world()
    ready(qtbot, tab)
    assert "Luxembourg" not in {label.name for label in tab.labels.labels if label.isVisible()}
    tab.close()
