"""Fixtures for the main-window tests: the real window on a fresh workspace, offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from casedesk.core.demo import create_demo_case
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService

DEMO_INVESTIGATOR = "Test Investigator"


@dataclass(frozen=True)
class DemoTemplate:
    root: Path
    case_id: str


@pytest.fixture(scope="session")
def ui_demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    """The demo case, built once per session; tests that need it work on copies (``demo_svc``)."""
    root = tmp_path_factory.mktemp("ui-demo") / "workspace"
    svc = CaseService.open(root, DEMO_INVESTIGATOR)
    try:
        case_id = create_demo_case(svc)
    finally:
        svc.close()
    return DemoTemplate(root, case_id)


@pytest.fixture
def demo_svc(ui_demo_template: DemoTemplate, tmp_path: Path) -> Iterator[CaseService]:
    """A fresh copy of the demo workspace."""
    where = tmp_path / "demo-copy"
    shutil.copytree(ui_demo_template.root, where)
    service = CaseService.open(where, DEMO_INVESTIGATOR)
    yield service
    service.close()


@pytest.fixture
def demo_case_id(ui_demo_template: DemoTemplate) -> str:
    return ui_demo_template.case_id


@pytest.fixture
def prefs() -> Preferences:
    return Preferences(thumbnail_size=96)


@pytest.fixture
def main_window(qtbot, svc: CaseService, prefs: Preferences) -> Iterator:  # type: ignore[no-untyped-def]
    from casedesk.ui.main_window import MainWindow

    window = MainWindow(svc, prefs)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()  # cancels running tasks and stops the pane's workers before the workspace closes
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


@pytest.fixture
def images(tmp_path: Path) -> Callable[[str, int], list[Path]]:
    """Write ``n`` small distinct PNGs into a named folder and return their paths."""

    def make(folder: str, n: int) -> list[Path]:
        target = tmp_path / folder
        target.mkdir(parents=True, exist_ok=True)
        paths = []
        seed = sum(folder.encode())  # different folders get different pixels (no duplicates)
        for i in range(n):
            path = target / f"{folder.replace('/', '-')}-{i}.png"
            Image.new("RGB", (48, 32), ((40 * i + seed) % 256, seed % 256, 160)).save(path)
            paths.append(path)
        return paths

    return make


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
