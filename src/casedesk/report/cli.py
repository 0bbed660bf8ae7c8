"""``casedesk export CASE --pdf OUT.pdf [options]``: the command-line face of ``export_pdf``."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from casedesk.core.service import CaseService
from casedesk.core.tasks import ProgressSink, TaskControl
from casedesk.report.export import export_pdf
from casedesk.report.options import ReportOptions, parse_sections


def options_from(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(
        sections=parse_sections(args.sections),
        omit_graphic=args.omit_graphic,
        omit_personal=args.omit_personal,
        blur_sensitive=args.blur_sensitive,
        custody=args.custody,
        classification=args.classification,
        deterministic=args.deterministic,
    )


def run_export(svc: CaseService, args: argparse.Namespace, out: TextIO, progress: ProgressSink) -> int:
    case_id = svc.resolve_case(args.case)
    options = options_from(args)
    options.validate()  # before any work, so a typo in --sections costs nothing
    result = export_pdf(svc, case_id, args.pdf, options, TaskControl(progress=progress))
    if args.json:
        record = {
            "path": str(result.path),
            "pages": result.pages,
            "size": result.size,
            "sha256": result.sha256,
        }
        json.dump(record, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(f"{result.path}\n  pages: {result.pages}\n  size: {result.size:,} bytes\n")
        out.write(f"  sha256: {result.sha256}\n")
    return 0
