"""What keeps a report's memory flat: pages written as they end, grids and manifest read a row at a time."""

from __future__ import annotations

import hashlib
import io
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.report import ReportOptions, compat, export_pdf
from casedesk.report.blocks import Cell, Grid, StreamedGrid
from casedesk.report.compat import PDFError, PDFImageXObject, PDFPage
from casedesk.report.layout import cell, grid, streamed_grid
from casedesk.report.manifest import ManifestEntry, digest, entries
from casedesk.report.pdfstream import stream_to
from casedesk.report.styles import make_styles

from .conftest import read_pdf

# -- the streaming document ---------------------------------------------------------------------


@pytest.fixture
def jpeg(tmp_path: Path) -> Path:
    path = tmp_path / "picture.jpg"
    Image.new("RGB", (64, 48), (200, 60, 30)).save(path, "JPEG")
    return path


def _draw(canvas: Canvas, jpeg: Path, pages: int) -> None:
    """Pages that each show the same picture and a form defined only after the last page."""
    for number in range(1, pages + 1):
        canvas.drawString(72, 720, f"page {number} of")
        canvas.drawImage(str(jpeg), 72, 500, width=64, height=48)
        canvas.doForm("count")
        canvas.showPage()


def _define_count(canvas: Canvas, pages: int) -> None:
    canvas.beginForm("count")
    canvas.drawString(200, 720, str(pages))
    canvas.endForm()


def test_pages_and_images_go_to_the_file_before_save(tmp_path: Path, jpeg: Path) -> None:
    path = tmp_path / "streamed.pdf"
    with path.open("wb") as sink:
        canvas = Canvas(sink, pagesize=A4, pageCompression=1)
        doc = stream_to(canvas, sink)
        doc.reserve_form("count")
        _draw(canvas, jpeg, 1)
        sink.flush()
        assert jpeg.read_bytes() in path.read_bytes()  # the picture is in the file already
        assert not any(isinstance(obj, PDFPage | PDFImageXObject) for obj in compat.objects(doc).values())
        _draw(canvas, jpeg, 2)
        _define_count(canvas, 3)
        canvas.save()
    data = path.read_bytes()
    assert data.count(jpeg.read_bytes()) == 1  # drawn on every page, stored once
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    assert texts == ["page 1 of 3", "page 1 of 3", "page 2 of 3"]


def test_the_pages_are_those_reportlab_would_write(tmp_path: Path, jpeg: Path) -> None:
    def contents(streamed: bool) -> list[bytes]:
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
        if streamed:
            stream_to(canvas, out).reserve_form("count")
        _draw(canvas, jpeg, 3)
        _define_count(canvas, 3)
        canvas.save()
        return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(out.getvalue())).pages]

    assert contents(streamed=True) == contents(streamed=False)


def test_a_reserved_form_that_is_never_defined_fails_the_save(jpeg: Path) -> None:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    stream_to(canvas, out).reserve_form("count")
    _draw(canvas, jpeg, 1)
    with pytest.raises(PDFError, match="never defined"):
        canvas.save()


# -- the streamed grid --------------------------------------------------------------------------

STYLES = make_styles()
WIDTHS = [30.0, 300.0]


def _rows(count: int) -> Iterator[list[Cell]]:
    for n in range(count):  # rows of one to three lines
        yield [cell(str(n), STYLES.cell), cell(" ".join(["word"] * (1 + n % 3 * 40)), STYLES.cell)]


def _counted(rows: Iterator[list[Cell]], taken: list[int]) -> Iterator[list[Cell]]:
    for row in rows:
        taken[0] += 1
        yield row


def _layout(table: Flowable) -> list[bytes]:
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(50, 50, 400, 700)])])
    doc.build([table])
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_a_streamed_grid_lays_out_as_a_grid_of_all_its_rows() -> None:
    header: Sequence[str] = ["#", "Text"]
    eager = _layout(grid(STYLES, WIDTHS, list(_rows(400)), header=header))
    streamed = _layout(streamed_grid(STYLES, WIDTHS, _rows(400), header=header))
    assert len(eager) > 5
    assert streamed == eager


def test_a_streamed_grid_sets_only_the_rows_a_page_needs() -> None:
    taken = [0]
    table = StreamedGrid(WIDTHS, _counted(_rows(400), taken), STYLES.grid, max_height=700)
    _, height = table.wrap(400, 300)
    assert height > 300 and taken[0] < 40  # says it does not fit, having set a page's worth
    head, rest = table.split(400, 300)
    assert isinstance(head, Grid) and not isinstance(head, StreamedGrid)
    assert isinstance(rest, StreamedGrid)
    assert taken[0] < 40
    rest.wrap(400, 1e9)  # everything offered: every row is set
    assert taken[0] == 400


# -- the manifest -------------------------------------------------------------------------------


def test_manifest_entries_sort_only_items_sharing_a_sha256() -> None:
    class Item:
        def __init__(self, sha256: str, size: int, name: str) -> None:
            self.sha256, self.size, self.name = sha256, size, name

    items = [Item("a" * 64, 5, "b.jpg"), Item("a" * 64, 5, "a.jpg"), Item("b" * 64, 9, "c.jpg")]
    lines = list(entries(items, lambda item: item.name))
    assert lines == [
        ManifestEntry("a" * 64, 5, "a.jpg"),
        ManifestEntry("a" * 64, 5, "b.jpg"),
        ManifestEntry("b" * 64, 9, "c.jpg"),
    ]
    text = "".join(sorted(f"{i.sha256}  {i.size}  {i.name}\n" for i in items))
    assert digest(lines) == hashlib.sha256(text.encode()).hexdigest()
    with pytest.raises(ValueError, match="SHA-256 order"):
        list(entries(reversed(items), lambda item: item.name))


# -- one moment of the case ---------------------------------------------------------------------


def test_changes_made_while_the_report_is_laid_out_are_not_in_it(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    head = svc.custody_log(case_id)[-1]
    evidence = svc.case_view(case_id).evidence
    changed: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        if done == 1 and not changed:  # the first section is laid out; the catalogue is still to come
            svc.update_evidence(evidence[-1].id, description="EDITEDDURINGEXPORT")
            svc.trash_evidence(evidence[0].id)
            changed.append(message)

    result = export_pdf(svc, case_id, tmp_path / "r.pdf", ReportOptions(), TaskControl(progress))
    report = read_pdf(result)
    assert changed
    assert "EDITEDDURINGEXPORT" not in report.text
    assert f"{len(evidence)} items" in report.flat and "in the trash" not in report.text
    assert head.hash in report.squeezed  # the cover's head is the one before the edits
    log = svc.custody_log(case_id)
    assert [e.action for e in log[-3:]] == ["evidence_edit", "evidence_trash", "export_pdf"]
    assert not any(e.hash in report.squeezed for e in log[-3:])
