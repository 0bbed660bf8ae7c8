"""``casedesk ocr CASE EVIDENCE... [--lang ara+fra+eng] [--json]``: the text in stills, recognised now
(in the languages chosen for the case when ``--lang`` is not given).

Each item is recognised again (the stored text replaced, a ``text_recognise`` custody entry each)
and its text printed; ``--json`` prints ``[{"evidence", "lang", "text", "words": [...]}]`` with the
engine and any error beside. Evidence is named by id or unique id prefix within the case. The exit
status is 1 if any item could not be read.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from casedesk.cli_output import EXIT_FAILED, EXIT_OK, TerminalProgress, print_json, said
from casedesk.core.service import CaseService
from casedesk.core.service.text import EvidenceTextView
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.media.ocr import DEFAULT_LANGUAGES
from casedesk.textutil import printable


def add_ocr_parser(sub: Any) -> None:
    ocr = sub.add_parser("ocr", help="recognise and print the text in stills (Tesseract, offline)")
    ocr.add_argument("case")
    ocr.add_argument("evidence", nargs="+", help="evidence ids or unique id prefixes of stills")
    ocr.add_argument(
        "--lang",
        help="Tesseract languages joined by + (default: the case's, else "
        f"{DEFAULT_LANGUAGES}); the first sets the reading order of columns",
    )
    ocr.add_argument("--json", action="store_true")


def run_ocr(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case)
    ids = list(dict.fromkeys(svc.resolve_object(case_id, ObjectKind.EVIDENCE, ref) for ref in args.evidence))
    control = TaskControl(progress=TerminalProgress("Reading text", not args.json))
    svc.recognise_text(ids, args.lang, control=control)
    views = [svc.evidence_text(evidence_id) for evidence_id in ids]
    read = [view for view in views if view is not None]
    if args.json:
        print_json([_json(view) for view in read], out)
    else:
        for view in read:
            _print(view, out)
    return EXIT_OK if all(view.ok for view in read) else EXIT_FAILED


def _json(view: EvidenceTextView) -> dict[str, Any]:
    return {
        "evidence": view.evidence_id,
        "lang": view.languages,
        "text": view.text,
        "words": [word.to_dict() for word in view.words],
        "engine": f"{view.engine} {view.engine_version}",
        "error": view.error,
    }


def _print(view: EvidenceTextView, out: TextIO) -> None:
    out.write(
        f"{view.evidence_id[:8]}  {printable(view.original_name)}  "
        f"({view.engine} {view.engine_version}, {view.languages}, {len(view.words)} words)\n"
    )
    if view.error is not None:
        out.write(f"  error: {said(view.error)}\n")
    for line in view.text.splitlines():
        out.write(f"  {printable(line)}\n" if line.strip() else "\n")
