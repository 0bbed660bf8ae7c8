"""The evidence pane on a copy of the demo case (built once per session), offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casedesk.core.demo import create_demo_case
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService

INVESTIGATOR = "Test Investigator"


@dataclass(frozen=True)
class DemoTemplate:
    root: Path
    case_id: str


@pytest.fixture(scope="session")
def chrono_demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    root = tmp_path_factory.mktemp("chrono-demo") / "workspace"
    svc = CaseService.open(root, INVESTIGATOR)
    try:
        case_id = create_demo_case(svc)
    finally:
        svc.close()
    return DemoTemplate(root, case_id)


@pytest.fixture
def svc(chrono_demo_template: DemoTemplate, tmp_path: Path) -> Iterator[CaseService]:
    """A fresh copy of the demo workspace."""
    where = tmp_path / "demo-copy"
    shutil.copytree(chrono_demo_template.root, where)
    service = CaseService.open(where, INVESTIGATOR)
    yield service
    service.close()


@pytest.fixture
def case_id(chrono_demo_template: DemoTemplate) -> str:
    return chrono_demo_template.case_id


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
