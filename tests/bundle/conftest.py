"""Fixtures shared by the bundle tests. The demo export is built once per session and only read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casedesk.bundle import export_bundle
from casedesk.core.demo import create_demo_case
from casedesk.core.service import CaseService

from .helpers import small_case


@dataclass(frozen=True)
class Exported:
    workspace: Path
    case_id: str
    bundle: Path
    custody_at_export: list[str]  # hashes of the log the bundle carries


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    root = tmp_path_factory.mktemp("demo-source")
    svc = CaseService.open(root / "workspace", "Alice Exporter")
    try:
        case_id = create_demo_case(svc)
        hashes = [e.hash for e in svc.custody_log(case_id)]
        bundle = root / "demo.casedesk"
        export_bundle(svc, case_id, bundle)
    finally:
        svc.close()
    yield Exported(root / "workspace", case_id, bundle, hashes)


@pytest.fixture(scope="session")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    root = tmp_path_factory.mktemp("small-source")
    svc = CaseService.open(root / "workspace", "Alice Exporter")
    try:
        case_id = small_case(svc, root / "files")
        hashes = [e.hash for e in svc.custody_log(case_id)]
        bundle = root / "small.casedesk"
        export_bundle(svc, case_id, bundle)
    finally:
        svc.close()
    yield Exported(root / "workspace", case_id, bundle, hashes)


@pytest.fixture
def source(tmp_path: Path) -> Iterator[CaseService]:
    """A second workspace, the exporting side of a test."""
    svc = CaseService.open(tmp_path / "source-workspace", "Alice Exporter")
    yield svc
    svc.close()
