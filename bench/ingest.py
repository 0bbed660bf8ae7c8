"""Ingest throughput against the bare work's floor, on camera-sized JPEGs.

Generates N (default 200, or BENCH_INGEST_FILES) 4000×3000 JPEGs, some with EXIF and GPS, then:
  floor  — the fastest SHA-256 (hashlib.file_digest) plus the fastest thumbnailer (Pillow with JPEG
           draft decoding) over the same files, spread over all cores;
  ours   — CaseService.add_files into a fresh workspace: hash + copy + sniff + metadata + thumbnail and
           preview + pHash + database, with its custody entries.
Both are the best of two runs (the floor: a thread pool and a process pool; ours: two fresh
workspaces), as the machine may be busy with other work. Prints files/s and MB/s for both and, as
the last line, a JSON object with the ratio, and the process's peak resident memory while adding a
quarter of the files and all of them (it should not grow with the number of files).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw

from casedesk.core.service import CaseService

WIDTH, HEIGHT = 4000, 3000


def _make_jpeg(args: tuple[Path, int]) -> int:
    path, seed = args
    rng = random.Random(seed)
    # A noisy, detailed scene so the JPEG has a camera-like size (a few MB), not a flat colour.
    small = Image.effect_noise((WIDTH // 8, HEIGHT // 8), 64).convert("RGB").resize((WIDTH, HEIGHT))
    draw = ImageDraw.Draw(small)
    for _ in range(40):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        draw.rectangle(
            [x, y, x + rng.randrange(50, 800), y + rng.randrange(50, 600)],
            fill=tuple(rng.choices(range(256), k=3)),
        )
    noise = Image.effect_noise((WIDTH, HEIGHT), 40).convert("RGB")
    img = Image.blend(small, noise, 0.25)
    exif = Image.Exif()
    if seed % 3 == 0:
        exif[0x010F], exif[0x0110] = "BenchCam", "Model 1"
        exif.get_ifd(0x8769).update({0x9003: "2025:03:14 10:42:00", 0x9011: "+01:00"})
        exif[0x8825] = {1: "N", 2: (21.0, 19.0, 48.0), 3: "E", 4: (0.0, 57.0, 0.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", quality=92, exif=exif)
    path.write_bytes(out.getvalue())
    return len(out.getvalue())


def _floor_one(path: Path) -> None:
    with path.open("rb") as handle:
        hashlib.file_digest(handle, "sha256")
    with Image.open(path) as img:
        img.draft("RGB", (256, 256))
        img.thumbnail((256, 256))


def _floor(files: list[Path], workers: int) -> float:
    best = float("inf")
    for pool_cls in (ThreadPoolExecutor, ProcessPoolExecutor):
        with pool_cls(max_workers=workers) as pool:
            list(pool.map(_floor_one, files[:2]))  # warm up workers
            start = time.perf_counter()
            list(pool.map(_floor_one, files))
            best = min(best, time.perf_counter() - start)
    return best


def _peak_rss_mb(reset: bool = False) -> float | None:
    """This process's resident-memory high-water mark (Linux), optionally reset first."""
    try:
        if reset:
            Path("/proc/self/clear_refs").write_text("5")  # "5": reset the peak to the current size
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    peak = [line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(peak[0]) / 1024 if peak else None


def _ours(root: Path, files: list[Path]) -> tuple[float, float | None]:
    """CaseDesk's whole ingest into a fresh workspace (removed afterwards): seconds, peak RSS in MB."""
    svc = CaseService.open(root, "bench")
    case_id = svc.create_case("Ingest benchmark").id
    _peak_rss_mb(reset=True)
    start = time.perf_counter()
    results = svc.add_files(case_id, files)
    seconds = time.perf_counter() - start
    peak = _peak_rss_mb()
    svc.close()
    assert all(r.status == "added" for r in results), [r for r in results if r.status != "added"][:3]
    shutil.rmtree(root)
    return seconds, peak


def main() -> None:
    count = int(os.environ.get("BENCH_INGEST_FILES", "200"))
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        files = [folder / f"IMG_{n:04d}.jpg" for n in range(count)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            total_bytes = sum(pool.map(_make_jpeg, [(p, n) for n, p in enumerate(files)]))
        megabytes = total_bytes / 1e6
        print(f"generated {count} JPEGs of {WIDTH}x{HEIGHT}, {megabytes:.0f} MB", file=sys.stderr)

        floor_s = _floor(files, workers)
        _, peak_quarter = _ours(Path(tmp) / "workspace-quarter", files[: count // 4])
        runs = [_ours(Path(tmp) / f"workspace-{run}", files) for run in range(2)]
        ours_s = min(seconds for seconds, _ in runs)
        peak_all = max((peak for _, peak in runs if peak is not None), default=None)

    print(
        f"floor: {count / floor_s:.1f} files/s, {megabytes / floor_s:.0f} MB/s ({floor_s:.2f} s)",
        file=sys.stderr,
    )
    print(
        f"ours:  {count / ours_s:.1f} files/s, {megabytes / ours_s:.0f} MB/s ({ours_s:.2f} s)",
        file=sys.stderr,
    )
    print(
        json.dumps(
            {
                "name": "ingest",
                "files": count,
                "megabytes": round(megabytes, 1),
                "cores": workers,
                "seconds": round(ours_s, 3),
                "floor_seconds": round(floor_s, 3),
                "ratio_to_floor": round(ours_s / floor_s, 3),
                "files_per_s": round(count / ours_s, 1),
                "mb_per_s": round(megabytes / ours_s, 1),
                "floor_files_per_s": round(count / floor_s, 1),
                "floor_mb_per_s": round(megabytes / floor_s, 1),
                "target_ratio": 1.5,
                # Flat memory: the whole process's peak while adding a quarter of the files, then all.
                f"peak_rss_mb_{count // 4}_files": peak_quarter and round(peak_quarter),
                "peak_rss_mb": peak_all and round(peak_all),
            }
        )
    )


if __name__ == "__main__":
    main()
