"""Text in stills (OCR) through the service, against bare Tesseract on the same images.

Makes its own workspace in a temporary folder holding the shared corpus's OCR images with known
text (../shared/corpus/ocr: "Hello Google", a 300 dpi UNLV magazine page in two columns, two
printed Arabic book lines, one of them a low-quality scan, and a Vietnamese word; the Devanagari
word is left out, Debian's tesseract-ocr-hin not being installed), each read in its own languages.

Interleaved rounds (bench/_rounds.py), each page once a round:
  ours  — ``svc.recognise_text(ids, languages)``, what ``casedesk ocr`` and the GUI call: the
          original decoded under ingest's limits into a PNG copy, Tesseract run on it (text and TSV
          in one run, one OpenMP thread), words parsed, the record stored, indexed for search and
          logged, one unit of work per call;
  floor — the bare command on the original file: ``tesseract IMAGE OUT -l LANGS txt tsv`` with
          the same OMP_THREAD_LIMIT=1 (Tesseract's own threads cost more CPU than they save here).
The JSON line (last on stdout) has the standard fields, pages_per_second (ours), and the character
error rate of each page (edit distance over NFC, whitespace-normalised text, casedesk.media.ocr's
character_error_rate) as read in its own languages and, once, in the default ara+fra+eng.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from _rounds import Step, emit, note, private_config, run_rounds, sig
from casedesk.core.service import CaseService
from casedesk.media import ocr

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ocr"
# image, ground truth, languages it is written in
PAGES = (
    ("HelloGoogle.tif", "HelloGoogle.tif.truth.txt", "eng"),
    ("8071_093.3B.tif", "8071_093.3B.txt", "eng"),
    ("IbnJawzi.Muntazam_000007.png", "IbnJawzi.Muntazam_000007.gt.txt", "ara"),
    ("Jahiz.Hayawan_000012.png", "Jahiz.Hayawan_000012.gt.txt", "ara"),
    ("viet.tif", "viet.tif.truth.txt", "fra+eng"),
)


def bare_tesseract(path: Path, languages: str, out: Path) -> None:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = ["tesseract", str(path), str(out), "-l", languages, "txt", "tsv"]
    subprocess.run(command, check=True, capture_output=True, env=env, stdin=subprocess.DEVNULL)


def main() -> None:
    private_config()
    missing = [name for name, truth, _ in PAGES for f in (name, truth) if not (CORPUS / f).is_file()]
    if missing:
        raise SystemExit(f"bench: corpus files missing in {CORPUS}: {', '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-ocr-") as tmp:
        svc = CaseService.open(Path(tmp) / "workspace", "Bench")
        try:
            case_id = svc.create_case("OCR bench").id
            added = svc.add_files(case_id, [CORPUS / name for name, _, _ in PAGES])
            ids = [r.evidence_id for r in added]
            groups: dict[str, list[str]] = {}
            for evidence_id, (_, _, languages) in zip(ids, PAGES, strict=True):
                groups.setdefault(languages, []).append(evidence_id)
            engine = ocr.engine()
            note(f"tesseract {engine.version}, {len(PAGES)} pages, languages {sorted(groups)}")

            def ours() -> None:
                for languages, group in groups.items():
                    svc.recognise_text(group, languages)

            def floor() -> None:
                for n, (name, _, languages) in enumerate(PAGES):
                    bare_tesseract(CORPUS / name, languages, Path(tmp) / f"floor{n}")

            ours()  # warm-up, both: page cache, Tesseract's models
            floor()
            rounds = run_rounds({"ours": Step(ours), "floor": Step(floor)})

            cer: dict[str, float] = {}
            for evidence_id, (name, truth, _) in zip(ids, PAGES, strict=True):
                view = svc.evidence_text(evidence_id)
                assert view is not None and view.ok, name
                cer[name] = round(ocr.character_error_rate((CORPUS / truth).read_text("utf-8"), view.text), 4)
            default_cer = {
                name: round(
                    ocr.character_error_rate(
                        (CORPUS / truth).read_text("utf-8"), ocr.recognise_file(CORPUS / name).text
                    ),
                    4,
                )
                for name, truth, _ in PAGES
            }
        finally:
            svc.close()
    fields = rounds.compare("ours", "floor")
    emit(
        {
            "name": "ocr",
            **fields,
            "pages": len(PAGES),
            "pages_per_second": sig(len(PAGES) / fields["seconds"]),
            "engine": f"tesseract {engine.version}",
            "cer": cer,
            "cer_languages": {name: languages for name, _, languages in PAGES},
            "cer_default_languages": default_cer,
            "default_languages": ocr.DEFAULT_LANGUAGES,
            "skipped": {"raaj.tif": "Devanagari: tesseract-ocr-hin is not installed"},
        }
    )


if __name__ == "__main__":
    main()
