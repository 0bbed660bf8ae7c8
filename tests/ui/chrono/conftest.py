"""The evidence pane on a copy of the demo case (built once per session), offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService


@pytest.fixture
def svc(demo_svc: CaseService) -> CaseService:
    """A fresh copy of the demo workspace (the shared one of tests/ui/conftest.py)."""
    return demo_svc


@pytest.fixture
def case_id(demo_case_id: str) -> str:
    return demo_case_id


@pytest.fixture
def pane(qtbot, svc: CaseService, case_id: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from casedesk.ui.evidence import EvidencePane
    from casedesk.ui.ops import CaseOps

    pane = EvidencePane(svc, CaseOps(svc), Preferences(thumbnail_size=96, blur_graphic=True))
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    pane.show_case(case_id)
    yield pane
    pane.close_workers()
