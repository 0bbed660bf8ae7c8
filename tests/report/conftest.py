"""The demo case is built once per session; tests work on copies of its workspace folder."""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from casedesk.core.demo import create_demo_case
from casedesk.core.service import CaseService
from casedesk.report import ReportOptions, ReportResult, export_pdf

INVESTIGATOR = "Test Investigator"


@dataclass(frozen=True)
class DemoTemplate:
    root: Path
    case_id: str


@dataclass(frozen=True)
class Exported:
    result: ReportResult
    reader: PdfReader
    text: str  # pypdf text of every page, NFKC-normalised

    @property
    def flat(self) -> str:
        """The text with all whitespace runs made single spaces (lines wrap anywhere)."""
        return " ".join(self.text.split())

    @property
    def squeezed(self) -> str:
        """The text without any whitespace (hashes wrap mid-string)."""
        return re.sub(r"\s+", "", self.text)


def read_pdf(result: ReportResult) -> Exported:
    reader = PdfReader(result.path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return Exported(result, reader, unicodedata.normalize("NFKC", text))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    root = tmp_path_factory.mktemp("demo-template") / "workspace"
    svc = CaseService.open(root, INVESTIGATOR)
    try:
        case_id = create_demo_case(svc)
    finally:
        svc.close()
    return DemoTemplate(root, case_id)


def open_copy(template: DemoTemplate, where: Path) -> CaseService:
    shutil.copytree(template.root, where)
    return CaseService.open(where, INVESTIGATOR)


@pytest.fixture
def demo(demo_template: DemoTemplate, tmp_path: Path) -> Iterator[tuple[CaseService, str]]:
    """A fresh copy of the demo workspace, and the demo case id."""
    svc = open_copy(demo_template, tmp_path / "demo-copy")
    yield svc, demo_template.case_id
    svc.close()


@pytest.fixture(scope="session")
def demo_report(demo_template: DemoTemplate, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """The demo case exported once with the default options (read-only for tests)."""
    folder = tmp_path_factory.mktemp("demo-report")
    svc = open_copy(demo_template, folder / "workspace")
    try:
        result = export_pdf(svc, demo_template.case_id, folder / "demo.pdf", ReportOptions())
    finally:
        svc.close()
    return read_pdf(result)
