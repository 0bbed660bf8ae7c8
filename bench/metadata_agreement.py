"""Full metadata through exiftool: agreement with exiftool's own values, and the cost over exiftool.

Files: every media file of the shared corpus's camera/ (camera, phone and edited photos, HEIC/HEIF,
GoPro MP4, Mac MOV), forensics/ and c2pa/ stills and audio (../shared/corpus).

Agreement (capture time, GPS, make, model), for each file where exiftool finds the value, against
exiftool's preferred instance of the tag (asked without a group; :mod:`casedesk.media.meta.agreement`):
  meta     — ``casedesk.media.meta.read_metadata`` (what ``casedesk meta`` and the viewer show);
  ingest   — ``casedesk.media.probe_file``, what ingest records (stills through exiftool; video
             through PyAV's container tags until avprobe calls the same chooser);
  builtin  — ``probe_file`` with exiftool hidden: the hand-written EXIF reader alone.
Timing, interleaved rounds (bench/_rounds.py): ours is read_metadata on every file (one exiftool
process each, parse, group, choose); the floor is exiftool alone, the same arguments, one process per
file, output discarded. ``one_process_seconds`` is exiftool reading all files in a single process.
The JSON line (last on stdout) has the standard fields and ``agreement`` per reader and field.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from _rounds import Step, emit, note, private_config, run_rounds, sig
from casedesk.media import probe_file
from casedesk.media.api import MediaInfo
from casedesk.media.meta import ExifTool, find_exiftool, read_metadata, run_command
from casedesk.media.meta.agreement import Tally, Values, reference_values
from casedesk.media.meta.tool import ARGS, ENV_VAR

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
MEDIA = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".mp4", ".mov", ".wav")


def corpus_files() -> list[Path]:
    files = [
        p
        for folder in ("camera", "forensics", "c2pa")
        for p in sorted((CORPUS / folder).iterdir())
        if p.suffix.lower() in MEDIA
    ]
    if not files:
        raise SystemExit(f"bench: no corpus files in {CORPUS}")
    return files


def _ingest_values(info: MediaInfo) -> Values:
    return Values(info.captured_at, info.gps, info.camera_make, info.camera_model)


def agreement(tool: ExifTool, files: list[Path]) -> dict[str, object]:
    reference = reference_values(tool, files)
    tallies = {"meta": Tally(), "ingest": Tally(), "builtin": Tally()}
    for path, ref in zip(files, reference, strict=True):
        c = read_metadata(path, tool).chosen
        ours = Values(
            c.captured_at.value if c.captured_at else None,
            c.gps.value if c.gps else None,
            c.make.value if c.make else None,
            c.model.value if c.model else None,
        )
        tallies["meta"].add(path.name, ours, ref)
        tallies["ingest"].add(path.name, _ingest_values(probe_file(path)), ref)
    os.environ[ENV_VAR] = "/nonexistent/exiftool"  # hides exiftool: the built-in reader alone
    try:
        for path, ref in zip(files, reference, strict=True):
            tallies["builtin"].add(path.name, _ingest_values(probe_file(path)), ref)
    finally:
        del os.environ[ENV_VAR]
    for name, tally in tallies.items():
        for line in tally.disagreements:
            note(f"{name}: {line}")
    return {name: {**t.figures(), "disagreements": t.disagreements} for name, t in tallies.items()}


def main() -> None:
    private_config()
    tool = find_exiftool()
    if tool is None:
        raise SystemExit("bench: exiftool is not installed (apt install libimage-exiftool-perl)")
    files = corpus_files()
    note(f"{len(files)} files, exiftool {tool.version}")

    def ours() -> None:
        for path in files:
            read_metadata(path, tool)

    def floor() -> None:
        for path in files:
            run_command([tool.executable, *ARGS, os.path.abspath(path)], 60.0)

    ours()  # warm-up: page cache, Perl modules
    floor()
    rounds = run_rounds({"ours": Step(ours), "floor": Step(floor)})
    start = time.perf_counter()
    subprocess.run(
        [tool.executable, *ARGS, *(os.path.abspath(p) for p in files)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=600,
        check=False,
    )
    one_process = time.perf_counter() - start
    fields = rounds.compare("ours", "floor")
    emit(
        {
            "name": "metadata_agreement",
            **fields,
            "files": len(files),
            "exiftool": tool.version,
            "one_process_seconds": sig(one_process),
            "agreement": agreement(tool, files),
        }
    )


if __name__ == "__main__":
    main()
