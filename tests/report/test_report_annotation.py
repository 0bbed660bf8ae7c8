"""The catalogue draws a chronolocation's drawing over the still, as the covered log left it."""

from __future__ import annotations

import math
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from casedesk.chrono import ChronoPlace, ChronoRequest, Point, ShadowDrawing, annotation_body, chronolocate
from casedesk.core.service import CaseService
from casedesk.geo import Place, sun_position
from casedesk.report import ReportOptions, export_pdf
from casedesk.report.i18n import language

PHOTO = "standin_photo_bbm.jpg"  # EXIF GPS 21.33 N, 0.95 E; taken 2025-03-14 10:42 +01:00
CAPTION = "Chronolocation drawing (custody entry {0})"


def _annotate(svc: CaseService, case_id: str) -> tuple[str, int]:
    """A shadow drawn on the demo photo and searched at its GPS position, kept as an annotation."""
    item = next(e for e in svc.evidence_page(case_id, 0, 50) if e.original_name == PHOTO)
    assert item.gps is not None and item.width and item.height
    w, h = item.width, item.height
    assert item.captured_at is not None
    bearing = sun_position(Place(item.gps.lat, item.gps.lon), item.captured_at).shadow_bearing
    assert bearing is not None
    base, length = Point(w * 0.55, h * 0.75), h * 0.2
    drawing = ShadowDrawing(
        base,
        Point(base.x, h * 0.45),
        Point(
            base.x + length * math.sin(math.radians(bearing)),
            base.y - length * math.cos(math.radians(bearing)),
        ),
        Point(w * 0.1, h * 0.9),
        Point(w * 0.1, h * 0.3),
        0.0,
    )
    place = ChronoPlace("GPS", item.gps.lat, item.gps.lon, from_gps=True)
    result = chronolocate(ChronoRequest(drawing, place, date(2025, 3, 14), date(2025, 3, 14), tolerance=8))
    svc.add_annotation(item.id, "shadow", annotation_body(result), width=w, height=h, label="Truck")
    return item.id, svc.custody_log(case_id)[-1].seq


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _page_of(pdf: Path, text: str) -> int:
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        if text in nfkc(page.extract_text()):
            return number
    raise AssertionError(f"no page shows {text!r}")


def _render(pdf: Path, page: int, out: Path) -> Image.Image:
    stem = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", "-png", pdf, stem],
        check=True,
    )
    return Image.open(stem.with_suffix(".png")).convert("RGB")


def _count(image: Image.Image, colour: tuple[int, int, int], within: int = 40) -> int:
    data = image.tobytes()
    pixels = (data[i : i + 3] for i in range(0, len(data), 3))
    return sum(1 for pixel in pixels if all(abs(a - b) <= within for a, b in zip(pixel, colour, strict=True)))


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_drawing_is_drawn_over_the_still(
    demo: tuple[CaseService, str], tmp_path: Path, code: str
) -> None:
    svc, case_id = demo
    _item, seq = _annotate(svc, case_id)
    pdf = export_pdf(
        svc, case_id, tmp_path / f"report-{code}.pdf", ReportOptions(language=code), sign=False
    ).path
    lang = language(code)
    caption = nfkc(lang.tr(CAPTION).format(seq)) if code == "en" else str(seq)
    page = _page_of(pdf, nfkc(lang.tr("Shadow bearing")) if code == "ar" else caption)
    image = _render(pdf, page, tmp_path / f"page-{code}.png")
    # The shadow (red), the object (yellow) and the reference (blue) are on the page, over the still.
    assert _count(image, (0xE0, 0x30, 0x1E)) > 20
    assert _count(image, (0xF2, 0xC2, 0x00)) > 20
    assert _count(image, (0x1F, 0xA8, 0xE0)) > 10
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    if code == "en":
        window = re.search(r"2025-03-14 (\d\d:\d\d:\d\d) to (\d\d:\d\d:\d\d) UTC", text)
        assert window is not None and window[1] <= "09:42:00" <= window[2]  # holds the photo's time (UTC)
    else:  # right to left, the window's two times may be read back in either order
        assert "2025-03-14" in text and len(re.findall(r"\d\d:\d\d:\d\d", text)) >= 2


def test_a_removed_drawing_is_not_drawn_and_an_earlier_report_still_draws_it(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    item_id, seq = _annotate(svc, case_id)
    (mark,) = svc.list_annotations(item_id)
    svc.remove_annotation(mark.id, "Wrong truck")
    now = export_pdf(svc, case_id, tmp_path / "now.pdf", ReportOptions(), sign=False).path
    assert "Chronolocation drawing" not in nfkc(" ".join(p.extract_text() for p in PdfReader(now).pages))
    then = export_pdf(svc, case_id, tmp_path / "then.pdf", ReportOptions(), as_of=seq, sign=False).path
    assert _page_of(then, CAPTION.format(seq))
