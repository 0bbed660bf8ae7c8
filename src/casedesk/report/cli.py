"""``casedesk export CASE --pdf OUT.pdf [--as-of SEQ|HASH] [--language en|fr|ar] [options]``: the face
of ``export_pdf``."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from casedesk.cli_keys import signing_key
from casedesk.core.service import CaseService
from casedesk.core.tasks import ProgressSink, TaskControl
from casedesk.report.export import export_pdf
from casedesk.report.i18n import default_language, resolve
from casedesk.report.options import ReportOptions, parse_sections


def options_from(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(
        sections=parse_sections(args.sections),
        omit_graphic=args.omit_graphic,
        omit_personal=args.omit_personal,
        blur_sensitive=args.blur_sensitive,
        custody=args.custody,
        classification=args.classification,
        language=report_language(args),
    )  # --deterministic is accepted and changes nothing: every report is reproducible


def report_language(args: argparse.Namespace) -> str:
    """--language if given, else CASEDESK_LANGUAGE or the preferences' interface language, else English.

    A --language no report is written in is passed on as typed, for the options to refuse by name.
    """
    asked = getattr(args, "language", None)
    if asked:
        return resolve(asked) or str(asked)
    return default_language()


def run_export(svc: CaseService, args: argparse.Namespace, out: TextIO, progress: ProgressSink) -> int:
    case_id = svc.resolve_case(args.case)
    options = options_from(args)
    options.validate()  # before any work, so a typo in --sections costs nothing
    control = TaskControl(progress=progress)
    key = None if args.unsigned else signing_key()
    result = export_pdf(
        svc, case_id, args.pdf, options, control, as_of=args.as_of, key=key, sign=not args.unsigned
    )
    if args.json:
        record = {
            "path": str(result.path),
            "pages": result.pages,
            "size": result.size,
            "sha256": result.sha256,
            "as_of": {"seq": result.as_of_seq, "hash": result.as_of_hash},
            "signed_by": key.public.fingerprint if key else None,
        }
        json.dump(record, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(f"{result.path}\n  pages: {result.pages}\n  size: {result.size:,} bytes\n")
        out.write(f"  sha256: {result.sha256}\n")
        out.write(f"  as of entry {result.as_of_seq}: {result.as_of_hash}\n")
        out.write(f"  signed with key {key.public.grouped_fingerprint}\n" if key else "  unsigned\n")
    return 0
