"""``casedesk case|add|still|wacz|verify|log|search``: a case, its evidence, its log, and search."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from casedesk.cli_output import (
    EXIT_FAILED,
    EXIT_OK,
    CliUsageError,
    Parser,
    TerminalProgress,
    print_json,
    said,
)
from casedesk.cli_usage import needs_one_of
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.views import CaseView, to_jsonable
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg, msgn
from casedesk.textutil import printable


def add_case_parsers(sub: Any) -> None:
    case = sub.add_parser("case", help="create, list and show cases").add_subparsers(
        dest="case_cmd", parser_class=Parser
    )
    new = case.add_parser("new", help="create a case and print its id")
    new.add_argument("title")
    new.add_argument("--summary", default="")
    lst = case.add_parser("list", help="list cases")
    lst.add_argument("--json", action="store_true")
    show = case.add_parser("show", help="show one case")
    show.add_argument("case")
    show.add_argument("--json", action="store_true")

    add = sub.add_parser("add", help="add files to a case as evidence")
    add.add_argument("case")
    add.add_argument("paths", nargs="+", type=Path)
    add.add_argument("--recursive", "-r", action="store_true")
    add.add_argument("--json", action="store_true")

    still = sub.add_parser("still", help="extract stills from footage")
    still.add_argument("case")
    still.add_argument("evidence", help="evidence id or unique id prefix of the footage")
    still.add_argument("--at", type=float, action="append", default=[], help="time offset in seconds")
    still.add_argument("--every", type=float, help="one still every N seconds")
    still.add_argument("--keyframes", action="store_true", help="one still per keyframe")
    still.add_argument("--json", action="store_true")

    wacz = sub.add_parser(
        "wacz", help="take the media, screenshots and page text of a web archive already in a case"
    )
    wacz.add_argument("case")
    wacz.add_argument("evidence", help="evidence id or unique id prefix of the web archive (WACZ)")
    wacz.add_argument("--json", action="store_true")

    verify = sub.add_parser("verify", help="re-hash originals and check custody chains")
    verify.add_argument("case", nargs="?")
    verify.add_argument("--json", action="store_true")

    log = sub.add_parser("log", help="show a case's custody log")
    log.add_argument("case")
    log.add_argument("--json", action="store_true")

    search = sub.add_parser("search", help="search all cases")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")


def cmd_case(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    if args.case_cmd == "new":
        out.write(svc.create_case(args.title, args.summary).id + "\n")
        return EXIT_OK
    if args.case_cmd == "list":
        cases = svc.list_cases()
        if args.json:
            print_json(
                [
                    {"id": c.id, "title": c.title, "status": c.status, "evidence_count": c.evidence_count}
                    for c in cases
                ],
                out,
            )
        else:
            for c in cases:
                out.write(f"{c.id[:8]}  {c.status:<12} {c.evidence_count:>5}  {printable(c.title)}\n")
        return EXIT_OK
    if args.case_cmd == "show":
        view = svc.case_view(svc.resolve_case(args.case))
        if args.json:
            shown = to_jsonable(view)
            items = shown["evidence"] + shown["trash"]
            provenance = svc.provenance_of([item["id"] for item in items])
            for item in items:  # issue 14's object; a reading's time stays out (bundles do not carry it)
                found = provenance[item["id"]]
                item["provenance"] = to_jsonable(
                    {"c2pa": found.c2pa, "signatures": found.signatures, "wacz": found.wacz}
                )
                # the signed phone capture it is the media of; every proof a ProofMode ZIP holds
                item["provenance"]["capture"] = found.capture.to_dict() if found.capture else None
                item["provenance"]["captures"] = [r.to_dict() for r in found.captures]
            shown["annotations"] = to_jsonable(svc.case_annotations(view.id))
            print_json(shown, out)
        else:
            _print_case(view, out)
        return EXIT_OK
    raise CliUsageError(needs_one_of("case", "new, list, show"))


def _print_case(view: CaseView, out: TextIO) -> None:
    out.write(f"{printable(view.title)}\n  id: {view.id}\n  status: {view.status}\n")
    if view.incident_time:
        out.write(f"  incident: {view.incident_time.display}\n")
    if view.tags:
        out.write(f"  tags: {', '.join(view.tags)}\n")
    out.write(f"  evidence: {len(view.evidence)}  sources: {len(view.sources)}  claims: {len(view.claims)}\n")
    out.write(f"  checklist: {view.checklist_progress.summary()}\n")
    for ev in view.evidence:
        out.write(f"    {ev.id[:8]}  {ev.kind:<8} {ev.sha256[:12]}  {printable(ev.original_name)}\n")
    for claim in view.claims:
        out.write(f"    claim [{claim.status}, {claim.credibility}] {printable(claim.text)}\n")


def cmd_add(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case)
    control = TaskControl(progress=TerminalProgress("Adding", not args.json))
    results = svc.add_files(case_id, args.paths, recursive=args.recursive, control=control)
    if args.json:
        print_json(results, out)
    else:
        for r in results:
            _print_ingest(r, out)
    return EXIT_FAILED if any(r.status == "error" for r in results) or not results else EXIT_OK


def _print_ingest(r: Any, out: TextIO) -> None:
    if r.status == "error":
        out.write(f"error      {said(r.error) if r.error else printable(r.path)}\n")
        return
    facts = []
    if r.width and r.height:
        facts.append(f"{r.width}×{r.height}")
    if r.duration_s is not None:
        facts.append(f"{r.duration_s:.2f} s")
    if r.captured_at:
        facts.append(f"captured {r.captured_at}")
    if r.gps:
        facts.append(f"GPS {r.gps['lat']:.5f}, {r.gps['lon']:.5f}")
    out.write(f"{r.status:<10} {r.kind:<8} {r.media_type:<24} {r.sha256[:12]}  {printable(r.path)}")
    out.write(f"  ({'; '.join(facts)})\n" if facts else "\n")
    for warning in r.warnings:
        out.write(f"           warning: {said(warning)}\n")


def cmd_still(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case)
    evidence_id = svc.resolve_object(case_id, ObjectKind.EVIDENCE, args.evidence)
    control = TaskControl(progress=TerminalProgress("Extracting", not args.json))
    results = svc.extract_stills(
        evidence_id, at=args.at, every_s=args.every, keyframes=args.keyframes, control=control
    )
    if args.json:
        print_json(results, out)
    else:
        for r in results:
            _print_ingest(r, out)
    return EXIT_OK


def cmd_wacz(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    """For archives added before their media were taken at ingest; again, it adds nothing twice."""
    case_id = svc.resolve_case(args.case)
    evidence_id = svc.resolve_object(case_id, ObjectKind.EVIDENCE, args.evidence)
    control = TaskControl(progress=TerminalProgress("Taking", not args.json))
    results = svc.extract_wacz_resources(evidence_id, control=control)
    if args.json:
        print_json(results, out)
    else:
        for r in results:
            _print_ingest(r, out)
    return EXIT_FAILED if any(r.status == "error" for r in results) else EXIT_OK


def cmd_verify(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case) if args.case else None
    report = svc.verify(case_id, TaskControl(progress=TerminalProgress("Verifying", not args.json)))
    if args.json:
        print_json(report, out)
    else:
        counts = msg(
            "{originals}, {entries}.",
            originals=msgn("%n originals re-hashed", report.files_checked),
            entries=msgn("%n custody entries checked", report.log_entries_checked),
        )
        outcome = (
            msg("OK: {counts}", counts=counts)
            if report.ok
            else msg("PROBLEMS FOUND: {counts}", counts=counts)
        )
        out.write(f"{said(outcome)}\n")
        for p in report.problems:
            out.write(f"  {p.kind} {p.object}: {said(p.detail)}\n")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_log(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    entries = svc.custody_log(svc.resolve_case(args.case))
    if args.json:
        print_json(entries, out)
    else:
        for e in entries:
            out.write(
                f"{e.seq:>4}  {e.at:%Y-%m-%d %H:%M:%S}Z  {printable(e.investigator):<16} {e.action:<18} "
                f"{e.object_type}:{e.object_id[:8]}  {e.hash[:12]}\n"
            )
    return EXIT_OK


def cmd_search(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    hits = svc.search(args.query)
    if args.json:
        print_json(hits, out)
        return EXIT_OK
    current = None
    for hit in hits:
        if hit.case_id != current:
            current = hit.case_id
            out.write(f"{printable(hit.case_title)} ({hit.case_id[:8]})\n")
        out.write(f"  {hit.object_type}.{hit.field} {hit.object_id[:8]}: {printable(hit.excerpt)}\n")
    if not hits:
        out.write(f"{said(msg('No matches.'))}\n")
    return EXIT_OK


CASE_COMMANDS: dict[str, Callable[[CaseService, argparse.Namespace, TextIO], int]] = {
    "case": cmd_case,
    "add": cmd_add,
    "still": cmd_still,
    "wacz": cmd_wacz,
    "verify": cmd_verify,
    "log": cmd_log,
    "search": cmd_search,
}
