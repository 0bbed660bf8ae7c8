"""How fast the Evidence pane opens a case of 10,000 items, and how much memory it takes.

Builds a workspace with one 10,000-item case. Ingesting 10,000 files would take many minutes, so the
evidence rows are inserted directly into the database (one bulk INSERT through the workspace's own
session) and each row gets a small real JPEG thumbnail in the store's derived folder; the originals
themselves are not stored and no custody entries are written (the pane never reads either to open a
case). Then, offscreen:

- floor: the fastest way to get the rows at all, ``svc.evidence_page(case, 0, 10000)`` with no Qt;
- seconds: from ``EvidencePane.show_case`` until the model holds all 10,000 rows (median of 3 runs);
- first_screen_seconds: until the first page is in the grid (show_case returning);
- thumbs_first_screen_seconds: until every thumbnail on the first screen is loaded and painted;
- scroll_frame_ms: mean time to scroll one screen and repaint, over 30 jumps across the case;
- rss_mb / peak_rss_mb: resident memory (VmRSS / VmHWM) with the case open and scrolled.

Prints a JSON object as its last line. Targets: under 1 s and under 500 MB.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="casedesk-bench-config-"))

from PIL import Image
from sqlalchemy import insert

from casedesk.core.models import Blob, Evidence, new_id
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.timeutil import utcnow

ITEMS = 10_000
RUNS = 3
DATA_NOTE = "rows inserted directly (no ingest), real 160x90 JPEG thumbnails, originals not stored"


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def thumbnail_bytes(i: int) -> bytes:
    img = Image.new("RGB", (160, 90), ((i * 37) % 256, (i * 91) % 256, (i * 13) % 256))
    img.paste((20, 20, 20), (i % 120, 30, i % 120 + 40, 70))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=75)
    return out.getvalue()


def build_case(svc: CaseService) -> str:
    case_id = svc.create_case("Bench: 10,000 items").id
    start = utcnow()
    blobs, rows = [], []
    for i in range(ITEMS):
        sha = hashlib.sha256(f"casedesk-bench-original-{i}".encode()).hexdigest()
        folder = svc.workspace.store.derived_dir(sha)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "thumb.jpg").write_bytes(thumbnail_bytes(i))
        blobs.append({"sha256": sha, "size": 1000 + i, "stored_at": start})
        kind = ("still", "still", "still", "video", "audio")[i % 5]
        rows.append(
            {
                "id": new_id(),
                "case_id": case_id,
                "sha256": sha,
                "kind": kind,
                "original_name": f"item_{i:05d}.{ {'still': 'jpg', 'video': 'mp4', 'audio': 'wav'}[kind] }",
                "original_path": f"/media/card/item_{i:05d}",
                "size": 1000 + i,
                "media_type": {"still": "image/jpeg", "video": "video/mp4", "audio": "audio/wav"}[kind],
                "added_at": start + timedelta(milliseconds=i),
                "captured_at": start - timedelta(hours=i % 97) if i % 3 else None,
                "graphic": i % 50 == 0,
                "width": 1280,
                "height": 720,
                "duration_s": 12.0 if kind != "still" else None,
                "tags": ["bench"] if i % 10 == 0 else [],
                "warnings": [],
                "details": {"codec": "mjpeg"},
                "raw_metadata": {"exif": {"Make": "Bench", "Model": "Camera"}},
                "description": "",
                "transcript": "",
                "personal_data": False,
                "decode_status": "ok",
            }
        )
    with svc.workspace.db.write() as s:
        s.execute(insert(Blob), blobs)
        s.execute(insert(Evidence), rows)
    return case_id


def floor_seconds(svc: CaseService, case_id: str) -> float:
    best = float("inf")
    for _ in range(RUNS):
        t0 = time.perf_counter()
        rows = svc.evidence_page(case_id, 0, ITEMS)
        best = min(best, time.perf_counter() - t0)
        assert len(rows) == ITEMS
    return best


def first_screen(pane) -> list:  # type: ignore[no-untyped-def]
    """Proxy indexes of the grid cells visible now."""
    grid = pane.grid
    viewport = grid.viewport().rect()
    top = grid.indexAt(viewport.topLeft())
    start = top.row() if top.isValid() else 0
    shown = []
    for row in range(start, pane.proxy.rowCount()):
        index = pane.proxy.index(row, 0)
        rect = grid.visualRect(index)
        if rect.top() > viewport.bottom():
            break
        if rect.intersects(viewport):
            shown.append(index)
    return shown


def wait(app, condition, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the evidence view did not fill in time")
        app.processEvents()
        time.sleep(0.001)


def measure_open(app, svc: CaseService, case_id: str):  # type: ignore[no-untyped-def]
    """Open the case in a fresh pane; returns the pane and the times (seconds from show_case)."""
    from casedesk.ui.evidence import EvidencePane
    from casedesk.ui.evidence.model import ThumbStateRole
    from casedesk.ui.ops import CaseOps

    pane = EvidencePane(svc, CaseOps(svc), Preferences(thumbnail_size=160))
    pane.resize(1400, 900)
    pane.show()
    app.processEvents()
    t0 = time.perf_counter()
    pane.show_case(case_id)
    first = time.perf_counter() - t0
    pane.grid.viewport().repaint()  # paint the first screen: this requests its thumbnails
    wait(app, lambda: all(i.data(ThumbStateRole) in ("loaded", "missing") for i in first_screen(pane)))
    pane.grid.viewport().repaint()
    thumbs = time.perf_counter() - t0
    wait(app, lambda: not pane.model.loading and pane.model.rowCount() == ITEMS)
    rows = time.perf_counter() - t0
    app.processEvents()
    assert pane.proxy.rowCount() == ITEMS
    return pane, {"rows": rows, "first": first, "thumbs": thumbs}


def measure_scroll(app, pane) -> float:  # type: ignore[no-untyped-def]
    bar = pane.grid.verticalScrollBar()
    frames = []
    for step in range(30):
        t0 = time.perf_counter()
        bar.setValue(int(bar.maximum() * ((step * 7) % 30) / 29))
        pane.grid.viewport().repaint()
        app.processEvents()
        frames.append(time.perf_counter() - t0)
    return statistics.mean(frames) * 1000


def build_workspace(root: Path) -> str:
    """Make the workspace in a child process, so the memory figures are the GUI's alone."""
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--build", str(root)], check=True, capture_output=True, text=True
    )
    print(
        f"built {ITEMS} evidence rows in {time.perf_counter() - t0:.1f} s (rows inserted directly, "
        "small real thumbnails in the store, originals not stored)",
        file=sys.stderr,
    )
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--build":
        svc = CaseService.open(Path(sys.argv[2]), "Bench")
        print(build_case(svc))
        svc.close()
        return

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as tmp:
        case_id = build_workspace(Path(tmp) / "workspace")
        svc = CaseService.open(Path(tmp) / "workspace", "Bench")
        print(f"RSS before the floor: {rss_mb():.0f} MB", file=sys.stderr)
        floor = floor_seconds(svc, case_id)
        gc.collect()
        print(f"RSS after the floor: {rss_mb():.0f} MB", file=sys.stderr)
        runs = []
        for _ in range(RUNS):
            pane, times = measure_open(app, svc, case_id)
            runs.append(times)
            scroll_ms = measure_scroll(app, pane)
            memory, peak = rss_mb(), rss_mb("VmHWM")
            shown = ", ".join(f"{k} {v:.3f} s" for k, v in times.items())
            print(f"run: {shown}; scroll frame {scroll_ms:.1f} ms; RSS {memory:.0f} MB", file=sys.stderr)
            pane.close_workers()
            pane.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            del pane
            gc.collect()
        svc.close()
    seconds = statistics.median(r["rows"] for r in runs)
    print(
        json.dumps(
            {
                "name": "gui_open",
                "items": ITEMS,
                "seconds": round(seconds, 4),
                "floor_seconds": round(floor, 4),
                "ratio_to_floor": round(seconds / floor, 2),
                "first_screen_seconds": round(statistics.median(r["first"] for r in runs), 4),
                "thumbs_first_screen_seconds": round(statistics.median(r["thumbs"] for r in runs), 4),
                "scroll_frame_ms": round(scroll_ms, 2),
                "rss_mb": round(memory, 1),
                "peak_rss_mb": round(peak, 1),
                "targets": {"seconds": 1.0, "rss_mb": 500},
                "data": DATA_NOTE,
            }
        )
    )


if __name__ == "__main__":
    main()
