"""How fast the Evidence pane opens a case of 10,000 and of 100,000 items, and how much memory it takes.

Each size gets its own workspace, built in one child process and measured in another, so the memory
figures are the GUI's alone and the two sizes do not share a heap.

How the data is made (ingesting 100,000 files would take the better part of an hour):

- 10,000 items: the evidence rows are inserted directly into the database (one bulk INSERT through
  the workspace's own session) and each row gets a small real JPEG thumbnail in the store's derived
  folder; the originals are not stored and no custody entries are written.
- 100,000 items: 300 small real pictures are ingested through ``svc.add_files`` (the real pipeline:
  originals stored, thumbnails made, custody entries and checklists written), then their rows are
  copied, **in this bench only**, with one bulk INSERT, up to 100,000 rows: each copy has a new id, a
  later time added and its own name, and shares its source's original and thumbnail. The copies have
  no custody entries or checklists of their own. The pane reads neither to open a case.

Then, offscreen, for each size, in the measuring child, interleaved rounds (bench/_rounds.py, at
least five) of the floor and of ours:

- floor: the least the pane must read to know every item, the light rows of the whole case in one
  snapshot (``loader.read_rows``, the same service call the pane makes), with no Qt;
- seconds: from ``EvidencePane.show_case`` (on a fresh pane, made untimed) until the model holds
  every row (the median of the rounds; ratio_to_floor is the median of the per-round ratios);
- first_screen_seconds: until the first page is in the grid (show_case returning);
- thumbs_first_screen_seconds: until every thumbnail on the first screen is loaded and painted;
- facts_seconds: until every row's facts (times, tags, text, for sorts and filters) have arrived in
  the background (last round);
- scroll_frame_ms: mean time to scroll one screen and repaint, over 30 jumps across the case, taken
  right after opening (so while the facts are still being read), median of the rounds;
- rss_mb / peak_rss_mb: resident memory (VmRSS / VmHWM) with the case open, scrolled, and all its
  facts read (last round).

Prints a JSON object as its last line: the 100,000-item figures at the top level, the 10,000-item ones
under "items_10000". Targets: 100,000 items in under 2 s and 400 MB; 10,000 in under 1 s and 500 MB.
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
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from _rounds import Step, emit, note, private_config, run_rounds, with_targets

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from sqlalchemy import insert, select

from casedesk.core.models import Blob, Evidence, new_id
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.timeutil import utcnow

SIZES = (10_000, 100_000)
INGESTED = 300  # real files ingested for the 100,000-item case before its rows are copied
DATA_NOTES = {
    10_000: "rows inserted directly (no ingest), real 160x90 JPEG thumbnails, originals not stored",
    100_000: f"{INGESTED} real pictures ingested, their rows copied by SQL (bench only) to 100,000",
}
TARGETS = {10_000: {"seconds": 1.0, "rss_mb": 500}, 100_000: {"seconds": 2.0, "rss_mb": 400}}


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def picture(i: int) -> Image.Image:
    img = Image.new("RGB", (160, 90), ((i * 37) % 256, (i * 91) % 256, (i * 13) % 256))
    img.paste((20, 20, 20), (i % 120, 30, i % 120 + 40, 70))
    return img


def thumbnail_bytes(i: int) -> bytes:
    out = io.BytesIO()
    picture(i).save(out, "JPEG", quality=75)
    return out.getvalue()


def build_direct(svc: CaseService, items: int) -> str:
    """Rows inserted directly, each with its own real thumbnail (the 10,000-item case)."""
    case_id: str = svc.create_case(f"Bench: {items:,} items").id
    start = utcnow()
    blobs, rows = [], []
    for i in range(items):
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


def build_copied(svc: CaseService, items: int, folder: Path) -> str:
    """A few hundred real ingests, then their rows copied up to ``items`` (the 100,000-item case)."""
    case_id: str = svc.create_case(f"Bench: {items:,} items").id
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(INGESTED):
        path = folder / f"photo_{i:03d}.jpg"
        picture(i).save(path, "JPEG", quality=80)
        files.append(path)
    results = svc.add_files(case_id, files)
    assert all(r.status == "added" for r in results), [r.error for r in results if r.error]
    with svc.workspace.db.read() as s:
        sources = [
            dict(row._mapping)
            for row in s.execute(select(Evidence.__table__).where(Evidence.case_id == case_id))
        ]
    start = max(row["added_at"] for row in sources)
    copies = []
    for n in range(items - len(sources)):
        row = dict(sources[n % len(sources)])  # round robin: any screen shows different pictures
        stem, dot, ext = row["original_name"].rpartition(".")
        row["id"] = new_id()
        row["original_name"] = f"{stem} copy {n // len(sources) + 1:03d}{dot}{ext}"
        row["added_at"] = start + timedelta(milliseconds=n + 1)
        row["tags"] = ["copy"] if n % 10 == 0 else []
        copies.append(row)
    with svc.workspace.db.write() as s:
        s.execute(insert(Evidence), copies)
    return case_id


def read_all(svc: CaseService, case_id: str, items: int) -> None:
    from casedesk.ui.evidence.loader import read_rows

    assert len(read_rows(svc, case_id)) == items


def first_screen(pane: Any) -> list[Any]:
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


def wait(app: Any, condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the evidence view did not fill in time")
        app.processEvents()
        time.sleep(0.001)


class Opening:
    """Ours, one round: a fresh pane (made untimed), then show_case until the model holds every row."""

    def __init__(self, app: Any, svc: CaseService, case_id: str, items: int, rounds: int) -> None:
        self.app, self.svc, self.case_id, self.items, self.rounds = app, svc, case_id, items, rounds
        self.pane: Any = None
        self.t0 = 0.0
        self.times: list[dict[str, float]] = []
        self.scrolls: list[float] = []
        self.facts_s = 0.0
        self.memory = self.peak = 0.0

    def before(self) -> None:
        from casedesk.ui.evidence import EvidencePane
        from casedesk.ui.ops import CaseOps

        self.pane = EvidencePane(self.svc, CaseOps(self.svc), Preferences(thumbnail_size=160))
        self.pane.resize(1400, 900)
        self.pane.show()
        self.app.processEvents()

    def run(self) -> float:
        from casedesk.ui.evidence.model import ThumbStateRole

        app, pane, items = self.app, self.pane, self.items
        assert pane is not None
        self.t0 = t0 = time.perf_counter()
        pane.show_case(self.case_id)
        first = time.perf_counter() - t0
        pane.grid.viewport().repaint()  # paint the first screen: this requests its thumbnails
        wait(app, lambda: all(i.data(ThumbStateRole) in ("loaded", "missing") for i in first_screen(pane)))
        pane.grid.viewport().repaint()
        thumbs = time.perf_counter() - t0
        wait(app, lambda: not pane.model.loading and pane.model.rowCount() == items)
        rows = time.perf_counter() - t0
        self.times.append({"rows": rows, "first": first, "thumbs": thumbs})
        return rows

    def after(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        from casedesk.ui.tasks import cancel_all

        app, pane = self.app, self.pane
        assert pane is not None
        app.processEvents()
        assert pane.proxy.rowCount() == self.items
        self.scrolls.append(measure_scroll(app, pane))
        if len(self.times) == self.rounds:  # the last round also waits for every row's facts
            wait(app, lambda: not self.pane.model.facts_loading)
            self.facts_s = time.perf_counter() - self.t0
            assert not pane.model.ids_without_facts()
            measure_scroll(app, pane)
            self.memory, self.peak = rss_mb(), rss_mb("VmHWM")
        shown = ", ".join(f"{k} {v:.3f} s" for k, v in self.times[-1].items())
        note(f"{self.items}: {shown}; scroll frame {self.scrolls[-1]:.1f} ms; RSS {rss_mb():.0f} MB")
        cancel_all()  # the one shutdown path: a facts read still running stops here
        pane.close_workers()
        pane.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.pane = None
        del pane
        gc.collect()


def measure_scroll(app: Any, pane: Any) -> float:
    bar = pane.grid.verticalScrollBar()
    frames = []
    for step in range(30):
        t0 = time.perf_counter()
        bar.setValue(int(bar.maximum() * ((step * 7) % 30) / 29))
        pane.grid.viewport().repaint()
        app.processEvents()
        frames.append(time.perf_counter() - t0)
    return statistics.mean(frames) * 1000


def measure(root: Path, case_id: str, items: int) -> dict[str, object]:
    """In the measuring child: interleaved rounds of the floor and of opening the case."""
    from PySide6.QtWidgets import QApplication

    from _rounds import ROUNDS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    svc = CaseService.open(root, "Bench")
    read_all(svc, case_id, items)  # warm: the database file in the page cache for both
    gc.collect()
    note(f"{items}: RSS after a first read of the rows {rss_mb():.0f} MB")
    opening = Opening(app, svc, case_id, items, ROUNDS)
    rounds = run_rounds(
        {
            "ours": Step(opening.run, before=opening.before, after=opening.after),
            "floor": Step(lambda: read_all(svc, case_id, items)),
        },
        ROUNDS,
    )
    svc.close()
    fields = with_targets(rounds.compare("ours", "floor"), seconds=TARGETS[items]["seconds"])
    fields["target_rss_mb"] = TARGETS[items]["rss_mb"]
    fields["met_rss"] = opening.memory < TARGETS[items]["rss_mb"]
    fields["met"] = fields["met"] and fields["met_rss"]
    return {
        "items": items,
        **fields,
        "first_screen_seconds": round(statistics.median(r["first"] for r in opening.times), 4),
        "thumbs_first_screen_seconds": round(statistics.median(r["thumbs"] for r in opening.times), 4),
        "facts_seconds": round(opening.facts_s, 3),
        "scroll_frame_ms": round(statistics.median(opening.scrolls), 2),
        "rss_mb": round(opening.memory, 1),
        "peak_rss_mb": round(opening.peak, 1),
        "cache": "warm",
        "data": DATA_NOTES[items],
    }


def child(*args: str) -> str:
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    # Pass on the bench's own notes, not Qt's chatter about missing video drivers.
    sys.stderr.write("".join(line + "\n" for line in done.stderr.splitlines() if line.startswith("bench:")))
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    private_config()  # the parent's, inherited by its children; removed when the parent exits
    if len(sys.argv) == 4 and sys.argv[1] == "--build":
        items, root = int(sys.argv[2]), Path(sys.argv[3])
        svc = CaseService.open(root, "Bench")
        case_id = (
            build_direct(svc, items) if items <= 10_000 else build_copied(svc, items, root.parent / "files")
        )
        svc.close()
        print(case_id)
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--measure":
        emit(measure(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
        return

    figures: dict[int, dict[str, object]] = {}
    for items in SIZES:
        with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as tmp:
            root = Path(tmp) / "workspace"
            t0 = time.perf_counter()
            case_id = child("--build", str(items), str(root))
            note(f"built {items} evidence rows in {time.perf_counter() - t0:.1f} s")
            figures[items] = json.loads(child("--measure", str(root), case_id, str(items)))
    big, small = figures[100_000], figures[10_000]
    emit({"name": "gui_open", **big, "items_10000": small})


if __name__ == "__main__":
    main()
