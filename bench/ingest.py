"""Ingest throughput against the bare work's floor, on camera-sized JPEGs.

Generates N (default 200, or BENCH_INGEST_FILES) 4000×3000 JPEGs, some with EXIF and GPS, then runs
interleaved rounds (bench/_rounds.py) of:
  floor  — the bare work of an ingest over the same files on all cores: read each file once, SHA-256
           it, write its copy and fsync it (ours fsyncs every original, so the floor does too; one
           folder fsync at the end), and make a 256 px thumbnail with Pillow's JPEG draft decoding.
           A thread pool (cores + 1, as ingest uses) or a process pool (cores), whichever a short
           calibration finds faster on this machine;
  ours   — CaseService.add_files into a fresh workspace: hash + copy + fsync + sniff + metadata +
           thumbnail and preview + pHash + database, with its custody entries.
Prints files/s and MB/s for both and, as the last line, a JSON object with the median ratio
(target 1.3), and the process's peak resident memory while adding a quarter of the files and all of
them (it should not grow with the number of files).
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from _rounds import Step, emit, note, run_rounds, with_targets
from casedesk.core.service import CaseService

WIDTH, HEIGHT = 4000, 3000
TARGET_RATIO = 1.3


@functools.cache
def _noise() -> Image.Image:
    return Image.effect_noise((WIDTH, HEIGHT), 40).convert("RGB")


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
    # Full-size sensor-like noise costs more than the rest of a photo: made once per process, and
    # shifted by a random offset for each photo (the photos stay distinct, at the same size).
    noise = ImageChops.offset(_noise(), rng.randrange(WIDTH), rng.randrange(HEIGHT))
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


def _floor_one(args: tuple[Path, Path]) -> str:
    """Read once, hash, write a durable copy, thumbnail: the least an ingest of one photo does."""
    source, target = args
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (256, 256))
        img.thumbnail((256, 256))
    return digest


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


PoolFactory = Callable[[], Executor]


def _floor(files: list[Path], out: Path, pool: PoolFactory) -> None:
    """The pool is made and shut down inside the timed step, so its processes' CPU time is counted."""
    out.mkdir()
    with pool() as executor:
        list(executor.map(_floor_one, [(p, out / p.name) for p in files]))
    _fsync_dir(out)


def _pick_pool(files: list[Path], scratch: Path, cores: int) -> tuple[str, PoolFactory]:
    """Threads (hashlib, zlib and libjpeg release the GIL) or processes: whichever is faster here."""
    pools: dict[str, PoolFactory] = {
        f"threads x{cores + 1}": lambda: ThreadPoolExecutor(max_workers=cores + 1),
        f"processes x{cores}": lambda: ProcessPoolExecutor(max_workers=cores),
    }
    timings = {}
    for name, pool in pools.items():
        best = float("inf")
        for _ in range(2):
            os.sync()
            start = time.perf_counter()
            _floor(files, scratch, pool)
            best = min(best, time.perf_counter() - start)
            shutil.rmtree(scratch)
        timings[name] = best
    chosen = min(timings, key=timings.__getitem__)
    note("floor calibration: " + ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()) + f"; {chosen}")
    return chosen, pools[chosen]


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


class Ours:
    """CaseDesk's whole ingest into a fresh workspace each round (made and removed untimed)."""

    def __init__(self, root: Path, files: list[Path]) -> None:
        self.root, self.files = root, files
        self.svc: CaseService | None = None
        self.case_id = ""
        self.peaks: list[float] = []

    def before(self) -> None:
        self.svc = CaseService.open(self.root, "bench")
        self.case_id = self.svc.create_case("Ingest benchmark").id
        _peak_rss_mb(reset=True)

    def run(self) -> None:
        assert self.svc is not None
        results = self.svc.add_files(self.case_id, self.files)
        bad = [r for r in results if r.status != "added"]
        assert not bad, bad[:3]

    def after(self) -> None:
        peak = _peak_rss_mb()
        if peak is not None:
            self.peaks.append(peak)
        assert self.svc is not None
        self.svc.close()
        shutil.rmtree(self.root)


def main() -> None:
    count = int(os.environ.get("BENCH_INGEST_FILES", "200"))
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        files = [folder / f"IMG_{n:04d}.jpg" for n in range(count)]
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=cores) as makers:
            total_bytes = sum(makers.map(_make_jpeg, [(p, n) for n, p in enumerate(files)]))
        megabytes = total_bytes / 1e6
        note(
            f"generated {count} JPEGs of {WIDTH}x{HEIGHT}, {megabytes:.0f} MB"
            f" in {time.perf_counter() - started:.0f} s"
        )

        pool_name, pool = _pick_pool(files[: max(8, count // 5)], Path(tmp) / "calibrate", cores)
        quarter = Ours(Path(tmp) / "workspace-quarter", files[: count // 4])
        quarter.before()
        quarter.run()
        quarter.after()

        scratch = Path(tmp) / "floor-copies"
        ours = Ours(Path(tmp) / "workspace", files)
        rounds = run_rounds(
            {
                "ours": Step(ours.run, before=ours.before, after=ours.after),
                "floor": Step(lambda: _floor(files, scratch, pool), after=lambda: shutil.rmtree(scratch)),
            }
        )
    fields = rounds.compare("ours", "floor")
    ours_s, floor_s = fields["seconds"], fields["floor_seconds"]
    print(
        f"floor: {count / floor_s:.1f} files/s, {megabytes / floor_s:.0f} MB/s ({floor_s:.2f} s)",
        file=sys.stderr,
    )
    print(
        f"ours:  {count / ours_s:.1f} files/s, {megabytes / ours_s:.0f} MB/s ({ours_s:.2f} s)",
        file=sys.stderr,
    )
    peak_quarter = quarter.peaks[0] if quarter.peaks else None
    peak_all = max(ours.peaks, default=None)
    emit(
        {
            "name": "ingest",
            "files": count,
            "megabytes": round(megabytes, 1),
            "cores": cores,
            **with_targets(fields, ratio=TARGET_RATIO),
            "files_per_s": round(count / ours_s, 1),
            "mb_per_s": round(megabytes / ours_s, 1),
            "floor_files_per_s": round(count / floor_s, 1),
            "floor_mb_per_s": round(megabytes / floor_s, 1),
            "floor": f"read + sha256 + write + fsync + draft thumbnail per file, {pool_name}",
            "cache": "warm",  # the generated photos are in the page cache for both
            # Flat memory: the whole process's peak while adding a quarter of the files, then all.
            f"peak_rss_mb_{count // 4}_files": peak_quarter and round(peak_quarter),
            "peak_rss_mb": peak_all and round(peak_all),
        }
    )


if __name__ == "__main__":
    main()
