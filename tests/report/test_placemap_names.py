"""The report's map: drawn for a case with GPS evidence and no place, with country names in its language."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from casedesk.core.service import CaseService
from casedesk.core.vocabulary import ObjectKind
from casedesk.report import ReportOptions, export_pdf
from casedesk.report.context import snapshot
from casedesk.report.i18n import language
from casedesk.report.placemap import PlaceMap, with_place_map

from .conftest import DemoTemplate, open_copy

COUNTRIES = {"en": ("Algeria", "Mali"), "fr": ("Algérie", "Mali"), "ar": ("الجزائر", "مالي")}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_a_case_with_gps_evidence_and_no_place_gets_a_map(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    for place in svc.list_places(case_id):
        svc.remove_record(ObjectKind.PLACE, place.id, "Not needed")
    assert svc.list_places(case_id) == []
    with svc.reader(case_id) as reader:
        ctx = snapshot(svc, reader, ReportOptions())
        flowables = with_place_map(ctx, [])
        (drawn,) = [f for f in flowables if isinstance(f, PlaceMap)]
        assert drawn.content.places == () and len(drawn.content.evidence) >= 1
        pdf = tmp_path / "map.pdf"
        SimpleDocTemplate(str(pdf)).build(flowables)
    text = nfkc(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "the case records no place" in text
    assert "Algeria" in text and "Natural Earth" in text
    subprocess.run(["pdftoppm", "-r", "60", "-singlefile", "-png", pdf, tmp_path / "map"], check=True)
    data = Image.open(tmp_path / "map.png").convert("RGB").tobytes()
    blue = sum(
        1
        for i in range(0, len(data), 3)
        if abs(data[i] - 0x1F) < 30 and abs(data[i + 1] - 0x5F) < 30 and data[i + 2] > 0x90
    )
    assert blue >= 4  # the photo's GPS square


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_country_names_are_written_in_the_report_language(
    demo_template: DemoTemplate, tmp_path: Path, code: str
) -> None:
    svc = open_copy(demo_template, tmp_path / "workspace")
    try:
        out = export_pdf(
            svc, demo_template.case_id, tmp_path / f"{code}.pdf", ReportOptions(language=code), sign=False
        )
    finally:
        svc.close()
    attribution = nfkc(language(code).tr("Borders: Natural Earth"))
    page = next(p for p in PdfReader(out.path).pages if attribution in nfkc(p.extract_text()))
    pieces: list[str] = []
    page.extract_text(visitor_text=lambda text, *_: pieces.append(nfkc(text).strip()))
    for name in COUNTRIES[code]:
        # Drawn as a piece of text of its own (the table and the title only mention it within others);
        # Arabic is drawn shaped, in visual order: read back, its letters may come reversed.
        assert name in pieces or name[::-1] in pieces, name
