"""Reports in French and Arabic: reproducible, recorded, mirrored right to left, readable when extracted."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from casedesk.report import ReportOptions, ReportResult, export_pdf
from casedesk.report.i18n import language

from .conftest import DemoTemplate, open_copy

Positions = list[tuple[float, float, str]]


@pytest.fixture(scope="module")
def exported(
    demo_template: DemoTemplate, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, ReportResult]]:
    """The demo case as of one entry in each language, exported twice in French and Arabic, each
    time from a fresh copy of the workspace."""
    folder = tmp_path_factory.mktemp("languages")
    results: dict[str, ReportResult] = {}
    seq: int | None = None
    for name, code in (("en", "en"), ("fr", "fr"), ("fr2", "fr"), ("ar", "ar"), ("ar2", "ar")):
        svc = open_copy(demo_template, folder / f"workspace-{name}")
        try:
            results[name] = export_pdf(
                svc,
                demo_template.case_id,
                folder / f"{name}.pdf",
                ReportOptions(language=code),
                as_of=seq,
                sign=False,
            )
            seq = results[name].as_of_seq
        finally:
            svc.close()
    yield results


def text_of(page: PageObject) -> str:
    return unicodedata.normalize("NFKC", page.extract_text())


def positions(page: PageObject) -> Positions:
    """(x, y, text) of every piece of text pypdf reads on the page, in page coordinates."""
    found: Positions = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, unicodedata.normalize("NFKC", text).strip()))

    page.extract_text(visitor_text=visit)
    return found


def x_of(found: Positions, text: str, y: float | None = None) -> float:
    return next(x for x, at, piece in found if piece == text and (y is None or abs(at - y) < 1))


def page_with(reader: PdfReader, text: str) -> PageObject:
    return next(page for page in reader.pages if text in text_of(page))


def test_each_language_gives_the_same_file_for_the_same_entry(exported: dict[str, ReportResult]) -> None:
    for code in ("fr", "ar"):
        first, second = exported[code], exported[f"{code}2"]
        assert first.as_of_seq == second.as_of_seq == exported["en"].as_of_seq
        assert first.path.read_bytes() == second.path.read_bytes()
    assert len({exported[code].sha256 for code in ("en", "fr", "ar")}) == 3
    assert not language("fr").missing and not language("ar").missing  # nothing printed in English


def test_the_language_is_in_the_metadata_the_catalog_and_regenerates(
    exported: dict[str, ReportResult], demo_template: DemoTemplate, tmp_path: Path
) -> None:
    digests = set()
    for code in ("en", "fr", "ar"):
        reader = PdfReader(exported[code].path)
        meta = reader.metadata or {}
        options = json.loads(str(meta["/CaseDeskOptions"]))
        digests.add(str(meta["/CaseDeskManifestDigest"]))
        if code == "en":  # as before reports had languages: no language recorded, none named
            assert "language" not in options and "/Lang" not in reader.trailer["/Root"]
        else:
            assert options["language"] == code and reader.trailer["/Root"]["/Lang"] == code
    assert len(digests) == 1  # the manifest does not depend on the language
    # What `casedesk check` does with a report and its bundle: the recorded options give the same file.
    arabic = PdfReader(exported["ar"].path).metadata or {}
    svc = open_copy(demo_template, tmp_path / "workspace")
    try:
        again = export_pdf(
            svc,
            demo_template.case_id,
            tmp_path / "again.pdf",
            ReportOptions.from_record(json.loads(str(arabic["/CaseDeskOptions"]))),
            as_of=exported["ar"].as_of_seq,
            sign=False,
        )
    finally:
        svc.close()
    assert again.path.read_bytes() == exported["ar"].path.read_bytes()


def test_an_english_report_is_the_default_report(
    exported: dict[str, ReportResult], demo_template: DemoTemplate, tmp_path: Path
) -> None:
    svc = open_copy(demo_template, tmp_path / "workspace")
    try:
        default = export_pdf(
            svc, demo_template.case_id, tmp_path / "d.pdf", as_of=exported["en"].as_of_seq, sign=False
        )
    finally:
        svc.close()
    assert default.path.read_bytes() == exported["en"].path.read_bytes()
    assert "CASE REPORT" in text_of(PdfReader(default.path).pages[0])


def test_the_french_report_is_in_french(exported: dict[str, ReportResult]) -> None:
    reader = PdfReader(exported["fr"].path)
    cover = " ".join(text_of(reader.pages[0]).split())
    assert "RAPPORT SUR LE DOSSIER" in cover and "Dossier en date du" in cover
    assert "Empreinte du manifeste" in cover and "Page 1 sur" in cover
    assert " UTC" in cover and any(month in cover for month in ("janvier", "décembre", "mars", "juin"))
    whole = " ".join(" ".join(text_of(page) for page in reader.pages).split())  # (NFKC: no-break spaces)
    assert "Annexe : manifeste d’intégrité" in whole and "« sha256sum FILE »" in whole
    assert "--as-of N --language fr" in whole
    for english in (
        "Case as of",
        "Manifest digest",
        "How to re-verify",
        "Custody log",
        "Appendix",
        "of 4 passed",
        "Metadata inspected",  # the template's own steps are printed in the report's language
        "Original upload located",
        "No EXIF metadata",  # a warning recorded in English, said in French
    ):
        assert english not in whole
    assert "Métadonnées examinées" in whole and "Publication d’origine localisée" in whole
    assert "Aucune métadonnée EXIF" in whole


def test_the_arabic_report_names_the_checklist_steps_in_arabic(exported: dict[str, ReportResult]) -> None:
    whole = " ".join(text_of(page) for page in PdfReader(exported["ar"].path).pages)
    assert "فحص البيانات الوصفية" in whole and "Metadata inspected" not in whole


def test_the_arabic_cover_reads_in_logical_order_with_its_hashes_intact(
    exported: dict[str, ReportResult],
) -> None:
    result = exported["ar"]
    cover = text_of(PdfReader(result.path).pages[0])
    assert "تقرير القضية" in cover  # the heading, its words in the order they are read
    assert "القيد 40 من سجل العهدة".replace("40", str(result.as_of_seq)) in cover
    assert result.as_of_hash in cover  # left to right, whole, on one line
    manifest = str((PdfReader(result.path).metadata or {})["/CaseDeskManifestDigest"])
    assert manifest in cover
    assert "Case as of" not in cover and "Manifest digest" not in cover


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_pdftotext_reads_the_arabic_report_in_logical_order(exported: dict[str, ReportResult]) -> None:
    result = exported["ar"]
    run = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(result.path), "-"], capture_output=True, check=True
    )
    cover = unicodedata.normalize("NFKC", run.stdout.decode("utf-8"))
    assert "تقرير القضية" in cover and "توقيع المحقق" in cover
    assert result.as_of_hash in cover


def test_the_arabic_layout_is_mirrored(exported: dict[str, ReportResult]) -> None:
    english, arabic = PdfReader(exported["en"].path), PdfReader(exported["ar"].path)
    # Tables: the first column is the rightmost.
    width = float(arabic.pages[0].mediabox.width)
    claims_en = positions(page_with(english, "Credibility"))
    assert next(x for x, _, piece in claims_en if piece.startswith("# Claim Status")) < width / 6
    claims_ar = positions(page_with(arabic, "المصداقية"))
    header = next(y for _, y, piece in claims_ar if piece == "الرقم")
    assert x_of(claims_ar, "الرقم") > x_of(claims_ar, "الادعاء", header) > x_of(claims_ar, "الحالة", header)
    assert x_of(claims_ar, "الرقم") > width * 5 / 6
    # The cover's facts: labels on the right of their values.
    cover = positions(arabic.pages[0])
    assert x_of(cover, "الحادثة") > x_of(cover, exported["ar"].as_of_hash)
    # The page number in the footer's left corner, the case's title in the header's right one.
    page = next((x, y) for x, y, piece in cover if piece == "الصفحة")
    assert page[0] < width / 3 and page[1] < 50
    title = next(x for x, y, piece in cover if piece.startswith("Alleged drone strike") and y > 780)
    assert title > width / 3
