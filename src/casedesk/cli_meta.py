"""``casedesk meta CASE EVIDENCE [--json]``: every tag an item's original carries, read by exiftool.

Tags are printed grouped as exiftool groups them (EXIF, MakerNotes, IPTC, XMP, ICC_Profile,
QuickTime, ID3, PDF ...), after the capture time, GPS, camera and software chosen from them, each
with the tag it came from, and the findings (groups that disagree, an edit history, an editor).
``--json`` prints ``{"evidence", "reader", "chosen": {field: {"value", "source"}}, "findings",
"groups": {group: {sub-group: {tag: value as exiftool shows it}}}, "numbers": {"group:sub:tag":
value as stored}}`` (only where it differs from what is shown, e.g. Flash 16). Needs exiftool;
without it, says what to install.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from casedesk.core.service.metadata import MetadataView
from casedesk.core.vocabulary import ObjectKind
from casedesk.textutil import printable

_LABELS = {
    "captured_at": "Captured",
    "gps": "GPS",
    "gps_time": "GPS time",
    "make": "Make",
    "model": "Model",
    "software": "Software",
}


def add_meta_parser(sub: Any) -> None:
    meta = sub.add_parser("meta", help="print every metadata tag of an item, grouped (needs exiftool)")
    meta.add_argument("case")
    meta.add_argument("evidence", help="evidence id or unique id prefix")
    meta.add_argument("--json", action="store_true")


def run_meta(svc: Any, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, print_json

    case_id = svc.resolve_case(args.case)
    evidence_id = svc.resolve_object(case_id, ObjectKind.EVIDENCE, args.evidence)
    view: MetadataView = svc.full_metadata(evidence_id)
    if args.json:
        print_json(view.to_dict(), out)
    else:
        write_text(view, out)
    return EXIT_OK


def write_text(view: MetadataView, out: TextIO) -> None:
    out.write(f"{view.evidence_id[:8]}  {printable(view.original_name)}  ({view.reader})\n")
    for chosen in view.chosen:
        label = _LABELS.get(chosen.name, chosen.name)
        out.write(f"  {label + ':':<10} {printable(chosen.value)}  [{chosen.source}]\n")
    if view.implied_offset:
        out.write(f"  {'Offset:':<10} {view.implied_offset}  [implied by GPS time]\n")
    for finding in view.findings:
        out.write(f"  ! {printable(finding)}\n")
    for group, subgroups in view.groups.items():
        for subgroup, tags in subgroups.items():
            out.write(f"[{group}]\n" if subgroup == group else f"[{group}:{subgroup}]\n")
            width = min(32, max(len(name) for name in tags))
            for name, value in tags.items():
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                out.write(f"  {name:<{width}} {printable(text)}\n")
    if view.truncated:
        out.write(f"({view.truncated} more tags not shown)\n")
