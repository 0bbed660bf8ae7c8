"""Image forensics on stills (what ``casedesk forensics`` runs), against a bare Pillow decode + re-encode.

Makes its own workspace in a temporary folder holding the shared corpus's forensics files (single and
double JPEG compression, an XMP edit history, a letterboxed EXIF thumbnail), a camera JPEG and an
iPhone HEIC (../shared/corpus).

Interleaved rounds (bench/_rounds.py), each image once a round:
  ours  — ``casedesk.forensics.examine(svc.original_path(id))``: decoded once under ingest's limits,
          error level analysis (JPEG re-save at 90), noise residual (3x3 median), JPEG tables and
          their quality, the DCT-histogram double-compression measure, the thumbnail comparison and
          the XMP history;
  floor — the bare Pillow work ELA cannot do without: decode the file and re-encode it as JPEG at
          quality 90 in memory.
The JSON line (last on stdout) has the standard fields, images_per_second (ours) and, per file, the
double-compression numbers (gaps, tested bins, indication, primary quality) and the estimated quality.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image

from _rounds import Step, emit, note, private_config, run_rounds, sig
from casedesk.core.service import CaseService
from casedesk.forensics import examine
from casedesk.media.images import ensure_heif_opener

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FILES = (
    "forensics/comp40.jpg",
    "forensics/comp4050.jpg",
    "forensics/tanners_ridge.jpg",
    "forensics/45-gps_ifd.jpg",
    "camera/DSCN0042.jpg",
    "camera/iphone_13_pro_max.HEIC",
)


def bare_pillow(path: Path) -> None:
    with Image.open(path) as im:
        im.load()
        im.convert("RGB").save(io.BytesIO(), "JPEG", quality=90)


def main() -> None:
    private_config()
    missing = [name for name in FILES if not (CORPUS / name).is_file()]
    if missing:
        raise SystemExit(f"bench: corpus files missing in {CORPUS}: {', '.join(missing)}")
    ensure_heif_opener()
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-forensics-") as tmp:
        svc = CaseService.open(Path(tmp) / "workspace", "Bench")
        try:
            case_id = svc.create_case("Forensics bench").id
            ids = [r.evidence_id for r in svc.add_files(case_id, [CORPUS / name for name in FILES])]
            originals = [svc.original_path(evidence_id) for evidence_id in ids]
            note(f"{len(FILES)} stills: {', '.join(Path(name).name for name in FILES)}")

            def ours() -> None:
                for original in originals:
                    examine(original, svc.limits)

            def floor() -> None:
                for original in originals:
                    bare_pillow(original)

            ours()  # warm-up, both: page cache, pillow-heif
            floor()
            rounds = run_rounds({"ours": Step(ours), "floor": Step(floor)})
            per_file = {}
            for name, original in zip(FILES, originals, strict=True):
                report = examine(original, svc.limits)
                double, tables = report.double_compression, report.quantisation
                per_file[Path(name).name] = {
                    "estimated_quality": None if tables is None else tables.estimated_quality,
                    "standard_tables": None if tables is None else tables.standard,
                    "gap_bins": None if double is None else double.gap_bins,
                    "tested_bins": None if double is None else double.tested_bins,
                    "double_compression_indicated": None if double is None else double.indicated,
                    "primary_quality": None if double is None else double.primary_quality,
                    "thumbnail_content_matches": None
                    if report.thumbnail is None
                    else report.thumbnail.content_matches,
                }
        finally:
            svc.close()
    fields = rounds.compare("ours", "floor")
    emit(
        {
            "name": "forensics",
            **fields,
            "images": len(FILES),
            "images_per_second": sig(len(FILES) / fields["seconds"]),
            "files": per_file,
        }
    )


if __name__ == "__main__":
    main()
