"""Benchmark: export the report of a 1,000-item case, against a bare ReportLab floor.

Builds a case with 1,000 small generated JPEGs (ingested with ``svc.add_files``, so thumbnails are
the real derived ones), exports it once to warm up, then runs interleaved rounds (bench/_rounds.py) of:
  ours       — ``export_pdf`` of the case;
  floor      — a bare ReportLab canvas that only places the same thumbnails on the same number of
               pages: the least any report with these pictures could cost;
  text_floor — informative: the same bare canvas placing the same pictures *and* drawing every
               string the report drew (recorded from an export: font, size, position, text) with
               ReportLab's ``drawString``, without any layout, wrapping, shaping or bidi. It is the
               least a report with this text costs in ReportLab, and shows how much of the time is
               ReportLab's own text drawing rather than CaseDesk's layout (``ratio_to_text_floor``).
ReportLab writes one PDF on one core, so the floors are single-threaded too: that is the fastest way.

Peak memory (tracemalloc, Python allocations) is measured outside the rounds, and for a 250-item case
too, to show how it scales with the item count: ``memory_growth_kb_per_item`` is the difference per
added item, to be set against ``thumbnail_kb_per_item``, the pictures each item adds to the file.

The target is growth well under the thumbnail bytes: pages and pictures go to the file as each page
ends and the case is read a page of rows at a time, so what still grows is per-item bookkeeping,
about 2 KB an item: ReportLab's tables of object numbers and file offsets (an image and half a page
per item), its bookmarks and the outline objects it makes from them when saving (one per item), and
the report's map from item to catalogue number. Caches of set text, bounded at a few thousand
entries, may still be filling in the smaller case, and then add to the difference.

Run: ``.venv/bin/python bench/report.py`` (a few minutes). The last line is JSON.
"""

from __future__ import annotations

import math
import random
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from _rounds import Step, emit, note, private_config, run_rounds
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.report import ReportOptions, blocks, document, export_pdf
from casedesk.report.text import LineLayout

ITEMS = 1000
SMALL = 250


def make_jpegs(folder: Path, count: int) -> list[Path]:
    """Distinct 800×600 photos-like JPEGs (shapes and noise), about 40 KB each."""
    rng = random.Random(7)
    paths = []
    for n in range(count):
        img = Image.new("RGB", (800, 600), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        draw = ImageDraw.Draw(img)
        for _ in range(12):
            x, y = rng.randrange(800), rng.randrange(600)
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            draw.ellipse([x - 60, y - 40, x + 60, y + 40], fill=colour)
        draw.text((20, 20), f"bench item {n}", fill="white")
        path = folder / f"photo_{n:04d}.jpg"
        img.save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def ingest(svc: CaseService, title: str, files: list[Path]) -> str:
    case_id: str = svc.create_case(title, "Benchmark case: generated photos.").id
    results = svc.add_files(case_id, files)
    assert all(r.status in ("added", "flagged") for r in results), "ingest failed"
    for number, result in enumerate(results):
        if number % 10 == 0 and result.evidence_id:  # some items carry text, as real cases do
            svc.update_evidence(result.evidence_id, description=f"Photo {number}: vehicles near a road.")
    return case_id


def thumbnails(svc: CaseService, case_id: str) -> list[Path | None]:
    return [svc.derived_path(ev.sha256, "thumb") for ev in svc.case_view(case_id).evidence]


def floor(thumbs: list[Path | None], pages: int, out: Path) -> None:
    """A bare canvas placing the same thumbnails on the same number of pages."""
    per_page = math.ceil(len(thumbs) / pages)
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    for index, thumb in enumerate(thumbs):
        if thumb is None:
            continue
        slot = index % per_page
        canvas.drawImage(str(thumb), 50, 700 - (slot % 6) * 120, width=110, height=82)
        if slot == per_page - 1:
            canvas.showPage()
    for _ in range(max(0, pages - canvas.getPageNumber() + 1)):
        canvas.showPage()
    canvas.save()


Run = tuple[str, float, str, float, float]  # font, size, text, x, y


def record_text(svc: CaseService, case_id: str, out: Path) -> list[list[Run]]:
    """Every run of text the report draws, page by page, recorded while exporting it."""
    pages: list[list[Run]] = [[]]
    line, show_page = blocks.TextWriter.line, document._ReportCanvas.showPage

    def recording_line(self: blocks.TextWriter, layout: LineLayout, x: float, y: float, size: float) -> None:
        pages[-1].extend((run.font, size, run.text, x + run.x, y) for run in layout.runs)
        line(self, layout, x, y, size)

    def recording_show_page(self: document._ReportCanvas) -> None:
        pages.append([])
        show_page(self)

    blocks.TextWriter.line = recording_line
    document._ReportCanvas.showPage = recording_show_page
    try:
        export_pdf(svc, case_id, out, ReportOptions())
    finally:
        blocks.TextWriter.line = line
        document._ReportCanvas.showPage = show_page
    return pages[:-1]  # the canvas shows one more page when it saves


def text_floor(thumbs: list[Path | None], pages: list[list[Run]], out: Path) -> None:
    """A bare canvas drawing the recorded text and placing the same thumbnails, page by page."""
    per_page = math.ceil(len(thumbs) / len(pages))
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    for number, runs in enumerate(pages):
        for font, size, text, x, y in runs:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
        for slot, thumb in enumerate(thumbs[number * per_page : (number + 1) * per_page]):
            if thumb is not None:
                canvas.drawImage(str(thumb), 50, 700 - (slot % 6) * 120, width=110, height=82)
        canvas.showPage()
    canvas.save()


def peak_memory(svc: CaseService, case_id: str, out: Path) -> float:
    tracemalloc.start()
    try:
        export_pdf(svc, case_id, out, ReportOptions())
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> None:
    private_config()
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-report-") as tmp:
        root = Path(tmp)
        files_dir = root / "files"
        files_dir.mkdir()
        started = time.perf_counter()
        files = make_jpegs(files_dir, ITEMS)
        svc = CaseService.open(root / "workspace", "Bench")
        try:
            big = ingest(svc, "Benchmark case, 1,000 items", files)
            small = ingest(svc, "Benchmark case, 250 items", files[:SMALL])
            note(f"setup: {time.perf_counter() - started:.1f} s")

            export_pdf(svc, small, root / "warm-up.pdf", ReportOptions())  # fonts parsed, caches filled
            reports: list[int] = []
            control = TaskControl(progress=lambda done, total, message: reports.append(done))
            result = export_pdf(svc, big, root / "report.pdf", ReportOptions(), control)
            text = record_text(svc, big, root / "report-text.pdf")
            thumbs = thumbnails(svc, big)
            results = []

            def ours() -> None:
                results.append(export_pdf(svc, big, root / "report.pdf", ReportOptions()))

            rounds = run_rounds(
                {
                    "ours": Step(ours),
                    "floor": Step(lambda: floor(thumbs, result.pages, root / "floor.pdf")),
                    "text_floor": Step(lambda: text_floor(thumbs, text, root / "text-floor.pdf")),
                }
            )
            # Each export logs itself in the custody log, which the report prints (a detail a line):
            # pages creep by about one every two exports. Within 1 %, the rounds do the same work.
            pages_seen = sorted({r.pages for r in results})
            assert pages_seen[-1] - result.pages <= max(2, result.pages // 100), (result.pages, pages_seen)
            thumb_bytes = sum(p.stat().st_size for p in thumbs if p is not None)
            peak_big = peak_memory(svc, big, root / "report-mem.pdf")
            peak_small = peak_memory(svc, small, root / "report-small.pdf")
            floor_size = (root / "floor.pdf").stat().st_size
        finally:
            svc.close()
    fields = rounds.compare("ours", "floor")
    text_ratios = rounds.ratios("ours", "text_floor")
    emit(
        {
            "name": "report",
            "items": ITEMS,
            **fields,
            "pages": result.pages,
            "pages_in_rounds": pages_seen,
            "text_floor_seconds": round(rounds.median("text_floor"), 3),
            "ratio_to_text_floor": round(statistics.median(text_ratios), 3),
            "text_ratio_min": round(min(text_ratios), 3),
            "text_ratio_max": round(max(text_ratios), 3),
            "strings_drawn": sum(map(len, text)),
            "size_bytes": result.size,
            "bytes_per_item": round(result.size / ITEMS),
            "thumbnail_bytes": thumb_bytes,
            "floor_size_bytes": floor_size,
            "peak_memory_mb": round(peak_big, 1),
            f"peak_memory_mb_{SMALL}_items": round(peak_small, 1),
            "memory_growth_kb_per_item": round((peak_big - peak_small) * 1024 / (ITEMS - SMALL), 2),
            "thumbnail_kb_per_item": round(thumb_bytes / 1024 / ITEMS, 2),
            "progress_reports_per_export": len(reports),
        }
    )


if __name__ == "__main__":
    main()
