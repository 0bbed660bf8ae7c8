"""Metadata reading at ingest: the long-lived exiftool against exiftool's own fastest way.

Generates N (200, or BENCH_METADATA_FILES) small JPEGs (640×480) with EXIF (make, model, capture
time with offset, GPS on a third of them) in a temporary folder, then interleaved rounds
(bench/_rounds.py) of:
  ours   — ``casedesk.media.meta.run_json`` on each file in turn, as ingest calls it through
           ``read_metadata``: the long-lived exiftool (``-stay_open``), started by the first read
           and closed after the last, so every round pays one exiftool start and exit, as the
           floor does (and exiftool's CPU time, reaped at the close, counts for both);
  floor  — exiftool alone over all the files in one process (``exiftool ARGS file1 ... fileN``,
           the same arguments, output discarded): the bare reading, one Perl start in all.
For the record, once each (they take long): the old way, one exiftool process per file
(``run_json_per_call``), in turn and on 4 threads; and ours on 4 threads (requests take turns on
the one process).
The JSON line (last on stdout) has the standard fields, per_file_ms (ours), per_call_seconds and
per_call_per_file_ms (the old way), and speedup_over_per_call.
"""

from __future__ import annotations

import io
import os
import random
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw

from _rounds import Step, emit, note, private_config, run_rounds, sig
from casedesk.media.meta import tool
from casedesk.media.meta.tool import ARGS, ExifTool, find_exiftool, run_command, run_json, run_json_per_call

WIDTH, HEIGHT = 640, 480


def _make_jpeg(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    img = Image.effect_noise((WIDTH, HEIGHT), 48).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(8):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        draw.rectangle([x, y, x + 120, y + 90], fill=tuple(rng.choices(range(256), k=3)))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "BenchCam", f"Model {seed % 5}"
    exif.get_ifd(0x8769).update({0x9003: f"2025:03:14 10:{seed % 60:02d}:00", 0x9011: "+01:00"})
    if seed % 3 == 0:
        exif[0x8825] = {1: "N", 2: (21.0, 19.0, 48.0), 3: "E", 4: (0.0, 57.0, float(seed % 60))}
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif)
    path.write_bytes(out.getvalue())


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _on_threads(
    read: Callable[[ExifTool, list[Path]], object], exiftool: ExifTool, files: list[Path]
) -> None:
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="bench-meta") as pool:
        list(pool.map(lambda p: read(exiftool, [p]), files))


def main() -> None:
    private_config()
    exiftool = find_exiftool()
    if exiftool is None:
        raise SystemExit("bench: exiftool is not installed (apt install libimage-exiftool-perl)")
    count = int(os.environ.get("BENCH_METADATA_FILES", "200"))
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-meta-") as tmp:
        files = [Path(tmp) / f"IMG_{n:04d}.jpg" for n in range(count)]
        for n, path in enumerate(files):
            _make_jpeg(path, n)
        note(f"{count} JPEGs of {WIDTH}x{HEIGHT} with EXIF, exiftool {exiftool.version}")

        def ours() -> None:
            for path in files:
                run_json(exiftool, [path])
            tool.close()  # timed: one start and one exit a round, as the floor; and its CPU counted

        def floor() -> None:
            run_command([exiftool.executable, *ARGS, *(os.path.abspath(p) for p in files)], 600.0)

        ours()  # warm-up: page cache, Perl modules; also File:System:FileAccessDate settles
        floor()
        rounds = run_rounds({"ours": Step(ours), "floor": Step(floor)})
        per_call = _timed(lambda: [run_json_per_call(exiftool, [p]) for p in files])
        note(f"one process per file: {per_call:.2f} s")
        per_call_threads = _timed(lambda: _on_threads(run_json_per_call, exiftool, files))
        note(f"one process per file, 4 threads: {per_call_threads:.2f} s")
        ours_threads = _timed(lambda: (_on_threads(run_json, exiftool, files), tool.close()))
        note(f"ours, 4 threads: {ours_threads:.2f} s")
    fields = rounds.compare("ours", "floor")
    emit(
        {
            "name": "metadata_ingest",
            **fields,
            "files": count,
            "exiftool": exiftool.version,
            "cores": os.cpu_count(),
            "per_file_ms": sig(fields["seconds"] / count * 1000),
            "floor": "one exiftool process over all files, same arguments",
            "per_call_seconds": sig(per_call),
            "per_call_per_file_ms": sig(per_call / count * 1000),
            "speedup_over_per_call": round(per_call / fields["seconds"], 1),
            "per_call_4_threads_seconds": sig(per_call_threads),
            "threads_4_seconds": sig(ours_threads),
        }
    )


if __name__ == "__main__":
    main()
