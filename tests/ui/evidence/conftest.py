"""Fixtures for the Evidence pane tests: a real service, a case, small real media files, the pane itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService

from .helpers import write_jpeg, write_mp4, write_png, write_wav


@pytest.fixture
def media(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return {
        "red": write_jpeg(folder / "red.jpg", (200, 30, 30), exif_time="2025:03:14 10:00:00"),
        "blue": write_png(folder / "blue.png", (30, 30, 200)),
        "green": write_jpeg(folder / "green.jpg", (30, 160, 60), exif_time="2025:03:13 08:00:00"),
        "note": write_wav(folder / "note.wav"),
        "clip": write_mp4(folder / "clip.mp4"),
    }


@pytest.fixture
def prefs() -> Preferences:
    return Preferences(thumbnail_size=96, blur_graphic=True)


@pytest.fixture
def case_id(svc: CaseService) -> str:
    return svc.create_case("Trucks near the border").id


@pytest.fixture
def make_pane(qtbot, svc: CaseService, prefs: Preferences) -> Iterator:  # type: ignore[no-untyped-def]
    from casedesk.ui.evidence import EvidencePane
    from casedesk.ui.ops import CaseOps

    panes = []

    def make(case: str | None, preferences: Preferences = prefs) -> EvidencePane:
        pane = EvidencePane(svc, CaseOps(svc), preferences)
        qtbot.addWidget(pane)
        pane.resize(1200, 800)
        pane.show()
        pane.show_case(case)
        panes.append(pane)
        return pane

    yield make
    for pane in panes:
        pane.close_workers()


@pytest.fixture
def pane(make_pane, case_id: str):  # type: ignore[no-untyped-def]
    return make_pane(case_id)
