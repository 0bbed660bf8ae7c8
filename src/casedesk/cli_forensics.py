"""``casedesk forensics CASE EVIDENCE [--record] [--json] [--ela-out PNG] [--noise-out PNG]``: forensics.

The still's original is decoded (read only) and every method that applies is run: error level
analysis, the JPEG quantisation tables and their quality, double-compression gaps, the embedded
thumbnail against the picture, the noise residual, the XMP edit history. Each finding names its
method and gives numbers, never a verdict. Without ``--record`` nothing is stored or logged; with
it the findings are kept beside the item (replacing the last), for the report, with a
``forensics_examine`` custody entry. ``--json`` prints a list of findings, each with ``method`` and
its values. Evidence is named by id or unique id prefix.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casedesk.cli_output import EXIT_OK, print_json
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.vocabulary import ObjectKind
from casedesk.forensics import ForensicReport, finding_dict
from casedesk.i18n import msg
from casedesk.textutil import printable


def add_forensics_parser(sub: Any) -> None:
    cmd = sub.add_parser("forensics", help="examine a still: error levels, JPEG tables, thumbnail, noise")
    cmd.add_argument("case")
    cmd.add_argument("evidence", help="evidence id or unique id prefix of a still")
    cmd.add_argument("--json", action="store_true")
    cmd.add_argument(
        "--record", action="store_true", help="keep the findings for the report (logged in custody)"
    )
    cmd.add_argument("--ela-out", type=Path, metavar="PNG", help="write the error level view here")
    cmd.add_argument("--noise-out", type=Path, metavar="PNG", help="write the noise residual view here")


def run_forensics(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case)
    evidence_id = svc.resolve_object(case_id, ObjectKind.EVIDENCE, args.evidence)
    original = svc.original_path(evidence_id)
    for target in (args.ela_out, args.noise_out):
        if target is not None and target.resolve() == original.resolve():
            raise UsageError(msg("{path} is the original itself; choose another file.", path=str(target)))
    if args.record:
        # Through the service, which records a still it cannot examine too (the error below is then
        # the same one, said after it was logged).
        svc.examine_evidence([evidence_id])
    report = svc.forensic_report(evidence_id)
    if args.ela_out is not None:
        report.ela_image.save(args.ela_out, "PNG")
    if args.noise_out is not None:
        report.noise_image.save(args.noise_out, "PNG")
    if args.json:
        print_json([{"evidence": evidence_id, **finding_dict(f)} for f in report.findings], out)
    else:
        _print(evidence_id, report, out)
    return EXIT_OK


def _levels(levels: Any) -> str:
    return (
        f"mean {levels.mean:.2f}, p99 {levels.p99}, max {levels.max}; "
        f"tile means median {levels.tile_median:g}, p99 {levels.tile_p99:g} ({levels.tiles} tiles)"
    )


def _print(evidence_id: str, r: ForensicReport, out: TextIO) -> None:
    partial = "  (JPEG data ends early: the part present was examined)" if r.partial else ""
    out.write(f"{evidence_id[:8]}  {printable(r.name)}  {r.media_type} {r.width}x{r.height}{partial}\n")
    e = r.ela
    out.write(
        f"  error_level_analysis (re-saved at JPEG quality {e.quality}, x{e.scale:g}): {_levels(e.levels)}\n"
    )
    q = r.quantisation
    if q is not None:
        kind = "standard IJG tables" if q.standard else "non-standard tables, nearest on the IJG scale"
        out.write(f"  jpeg_quantisation: estimated quality {q.estimated_quality} ({kind})\n")
        for t in q.tables:
            out.write(
                f"    table {t.table} {t.role}: nearest quality {t.nearest_quality}, "
                f"mean error {t.mean_abs_error:.3f}, max error {t.max_abs_error}\n"
            )
    d = r.double_compression
    if d is not None:
        said = "indication of double compression" if d.indicated else "no indication"
        primary = (
            f"; primary quality about {d.primary_quality} ({d.primary_quality_matches} steps match)"
            if d.primary_quality is not None
            else ""
        )
        out.write(
            f"  double_jpeg_compression (DCT histogram gaps, {d.blocks} of {d.blocks_total} blocks): "
            f"{d.gap_bins} gaps in {d.tested_bins} tested bins ({d.gap_fraction:.3f}) at "
            f"{d.coefficients_with_gaps} of {len(d.coefficients)} coefficients{primary}: {said}\n"
        )
    t2 = r.thumbnail
    if t2 is None:
        out.write("  thumbnail_comparison: the file carries no thumbnail\n")
    else:
        frame = "matches" if t2.frame_matches else "differs"
        content = "matches" if t2.content_matches else "differs"
        out.write(
            f"  thumbnail_comparison ({t2.source} {t2.width}x{t2.height}): frame aspect {t2.aspect:.3f} "
            f"vs {t2.main_aspect:.3f} ({frame}), stretched difference {t2.frame_mean_difference:.1f}; "
            f"bars {'/'.join(map(str, t2.bars))}; content aspect {t2.content_aspect:.3f}, pHash distance "
            f"{t2.phash_distance}, difference {t2.content_mean_difference:.1f} (content {content})\n"
        )
    n = r.noise
    out.write(
        f"  noise_residual ({n.median_size}x{n.median_size} median, x{n.scale:g}): {_levels(n.levels)}\n"
    )
    h = r.history
    if h is not None:
        out.write(f"  xmp_edit_history: {len(h.steps)} steps; software: {printable('; '.join(h.software))}\n")
        for s in h.steps:
            fields = [s.when or "-", s.action, s.software or "", s.parameters or ""]
            out.write(f"    {printable('  '.join(f for f in fields if f))}\n")
        for line in h.log:
            out.write(f"    log {printable(line.when or '-')}  {printable(line.text)}\n")
