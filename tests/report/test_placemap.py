"""The Places section's map: drawn from the shipped borders, numbered as the table, reproducible."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from casedesk.basemap.mercator import to_world
from casedesk.core.service import CaseService
from casedesk.report import ReportOptions, export_pdf
from casedesk.report.i18n import language
from casedesk.report.placemap import MapContent, MapPlace, MapPoint, fit_view, nice_length

from .conftest import INVESTIGATOR, DemoTemplate, open_copy

Found = list[tuple[float, float, str]]


def texts(page: PageObject) -> Found:
    """(x, y, text) of the pieces of text on a page, in page coordinates."""
    found: Found = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, unicodedata.normalize("NFKC", text).strip()))

    page.extract_text(visitor_text=visit)
    return found


def places_page(reader: PdfReader, attribution: str) -> PageObject | None:
    wanted = unicodedata.normalize("NFKC", attribution)  # French puts a no-break space before ":"
    return next((p for p in reader.pages if wanted in page_text(p)), None)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def page_text(page: PageObject) -> str:
    return unicodedata.normalize("NFKC", page.extract_text())


def export(template: DemoTemplate, folder: Path, code: str = "en") -> Path:
    svc = open_copy(template, folder / "workspace")
    try:
        out = folder / f"demo-{code}.pdf"
        export_pdf(svc, template.case_id, out, ReportOptions(language=code), sign=False)
    finally:
        svc.close()
    return out


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_the_places_page_has_the_map_with_the_table_numbers(
    demo_template: DemoTemplate, tmp_path: Path, code: str
) -> None:
    lang = language(code)
    reader = PdfReader(export(demo_template, tmp_path, code))
    page = places_page(reader, lang.tr("Borders: Natural Earth"))
    assert page is not None, "no page carries the map's attribution"
    assert lang.tr("Places") in page_text(page)
    found = texts(page)
    # The attribution's Latin run ("Natural Earth") is one piece of text in every language.
    (attribution_y,) = {round(y) for _, y, t in found if "Natural Earth" in t}
    header_y = next(y for _, y, t in found if "Bordj Badji Mokhtar" in t) + 8  # the table's first row
    # The three places' numbers are drawn on the map (above the table and the attribution) ...
    on_map = sorted(t for _, y, t in found if t in {"1", "2", "3"} and y > header_y + 20)
    assert on_map == ["1", "2", "3"]
    assert all(y > attribution_y for _, y, t in found if t in on_map and y > header_y + 20)
    # ... and again in the table's "#" column.
    in_table = sorted(t for _, y, t in found if t in {"1", "2", "3"} and header_y - 90 < y < header_y)
    assert in_table == ["1", "2", "3"]
    assert lang.tr("N", "north arrow on a map") in [t for _, _, t in found]
    assert any(
        t.endswith(nfkc(lang.tr("{0} km", "a distance on a map's scale bar").format("")).strip())
        for _, _, t in found
    )
    content = page.get_contents()
    assert content is not None
    assert b" f*" in content.get_data()  # the land, filled from the borders' polygons


def test_the_map_is_reproducible(demo_template: DemoTemplate, tmp_path: Path) -> None:
    first = export(demo_template, tmp_path / "one")
    second = export(demo_template, tmp_path / "two")
    assert first.read_bytes() == second.read_bytes()


def test_withheld_items_keep_their_position_off_the_map(demo_template: DemoTemplate, tmp_path: Path) -> None:
    svc = open_copy(demo_template, tmp_path / "workspace")
    try:
        (item,) = [e for e in svc.evidence_page(demo_template.case_id, 0, 100) if e.gps is not None]
        svc.update_evidence(item.id, personal_data=True)
        out = tmp_path / "withheld.pdf"
        export_pdf(svc, demo_template.case_id, out, ReportOptions(omit_personal=True), sign=False)
    finally:
        svc.close()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "1 item(s) with a GPS position withheld from this report are not shown." in text
    assert "Borders: Natural Earth" in text  # the places are still drawn


def test_a_case_without_coordinates_has_no_map(tmp_path: Path) -> None:
    svc = CaseService.open(tmp_path / "workspace", INVESTIGATOR)
    try:
        case_id = svc.create_case("No coordinates").id
        svc.add_place(case_id, "Somewhere near the border", precision="unknown")
        out = tmp_path / "plain.pdf"
        export_pdf(svc, case_id, out, ReportOptions(), sign=False)
    finally:
        svc.close()
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Somewhere near the border" in text
    assert "Natural Earth" not in text


def test_the_view_holds_every_point_and_circle_at_the_aspect() -> None:
    content = MapContent(
        (MapPlace(1, 0.95, 21.33, 3_000.0), MapPlace(2, 2.97, 19.96, 15_000.0)),
        (MapPoint(1.01, 20.2),),
    )
    view = fit_view(content, 480.0, 300.0)
    assert (view.x1 - view.x0) / (view.y1 - view.y0) == pytest.approx(480.0 / 300.0)
    for lon, lat in ((0.95, 21.33), (2.97, 19.96), (1.01, 20.2)):
        x, y = view.page_of_world(*to_world(lon, lat))
        assert 20 < x < 460 and 20 < y < 280
    alone = fit_view(MapContent((MapPlace(1, 0.95, 21.33, None),), ()), 480.0, 300.0)
    assert alone.x1 > alone.x0 and alone.y1 > alone.y0  # one point still gives a map around it


def test_scale_bar_lengths_are_round() -> None:
    assert nice_length(73_000.0) == 50_000.0
    assert nice_length(19_999.0) == 10_000.0
    assert nice_length(2_100.0) == 2_000.0
    assert nice_length(0.9) == 0.5
