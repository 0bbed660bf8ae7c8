"""The ``casedesk`` command line: a thin layer over :class:`casedesk.core.service.CaseService`.

Exit status: 0 success, 1 a check failed (verify found problems, some files were not added),
2 usage error, unknown case or unknown object. The verbs on a case's sources, claims, places,
events and notes are in :mod:`casedesk.cli_records`. Errors are one line on stderr, never a traceback.

What the core says (errors, warnings, verify details, progress) is written in the language
``CASEDESK_LANGUAGE`` names (en, fr, ar), English by default; ``--json`` output is data and stays
as recorded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from casedesk import __version__
from casedesk.cli_usage import needs_one_of
from casedesk.core.errors import CaseDeskError, UsageError
from casedesk.core.location import locate
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.tasks import ProgressText, TaskControl
from casedesk.core.views import CaseView, to_jsonable
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import Message, environment_language, msg, msgn, translate
from casedesk.textutil import printable

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliUsageError(Exception):
    """The command line was called wrongly: said in its language by :func:`run` (see cli_usage)."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message = message


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would print usage and exit; we want one line
        raise CliUsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="casedesk", description="Offline case management for open-source investigators.")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    parser.add_argument(
        "--workspace",
        help="workspace folder, or a team workspace's postgresql://USER@HOST[:PORT]/DB "
        "(default: preferences, CASEDESK_WORKSPACE, the per-user data folder)",
    )
    parser.add_argument(
        "--store", help="a team workspace's evidence store, s3://BUCKET[/PREFIX] (default: CASEDESK_STORE)"
    )
    parser.add_argument(
        "--investigator", help="name written to the custody log (default: preferences, OS user)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    sub.add_parser("gui", help="open the desktop application (the default)")
    demo = sub.add_parser("demo", help="create the built-in demo case and print its id")
    demo.add_argument("--json", action="store_true")

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

    _extension_parsers(sub)
    from casedesk.cli_check import add_check_parser
    from casedesk.cli_geo import add_geo_parser
    from casedesk.cli_keys import add_key_parser
    from casedesk.cli_ocr import add_ocr_parser  # it imports this module's helpers
    from casedesk.cli_records import add_record_parsers  # it imports this module's helpers
    from casedesk.cli_timestamps import add_timestamp_parser

    add_key_parser(sub, Parser)
    add_check_parser(sub)
    add_geo_parser(sub)
    add_timestamp_parser(sub)
    add_record_parsers(sub, Parser)
    add_ocr_parser(sub)
    from casedesk.cli_forensics import add_forensics_parser  # it imports this module's helpers

    add_forensics_parser(sub)
    from casedesk.cli_speech import add_speech_parsers  # transcribe and models; imports this module

    add_speech_parsers(sub, Parser)
    from casedesk.cli_pgp import add_pgp_parser

    add_pgp_parser(sub, Parser)
    from casedesk.cli_meta import add_meta_parser

    add_meta_parser(sub)
    from casedesk.cli_team import add_team_parsers

    add_team_parsers(sub)
    from casedesk.cli_access import add_access_parser

    add_access_parser(sub)
    return parser


def _extension_parsers(sub: Any) -> None:
    """Sub-commands whose implementation lives in optional core packages (report, bundle)."""
    export = sub.add_parser("export", help="export a case report as PDF")
    export.add_argument("case")
    export.add_argument("--pdf", type=Path, required=True, help="output file")
    export.add_argument(
        "--as-of",
        metavar="SEQ|HASH",
        help="report the case as it stood right after this custody entry (its number or the start of "
        "its hash; default: the latest entry); the same entry and options give the same bytes later",
    )
    export.add_argument(
        "--deterministic",
        action="store_true",
        help="accepted for older scripts and changes nothing: every report is byte-reproducible",
    )
    export.add_argument("--sections", help="comma-separated sections to include (default: all)")
    export.add_argument("--omit-graphic", action="store_true", help="leave out items flagged graphic")
    export.add_argument("--omit-personal", action="store_true", help="leave out items flagged personal data")
    export.add_argument(
        "--blur-sensitive", action="store_true", help="blur instead of omitting flagged items"
    )
    export.add_argument("--custody", choices=("full", "summary"), default="full")
    export.add_argument("--classification", default="", help="banner on every page, e.g. CONFIDENTIAL")
    export.add_argument(
        "--language",
        choices=("en", "fr", "ar"),
        help="language of the report's own words (default: CASEDESK_LANGUAGE, else the interface "
        "language in the preferences, else en); it is recorded, and a check regenerates in it",
    )
    export.add_argument(
        "--unsigned",
        action="store_true",
        help="do not sign: the document a signed export of the same entry and options begins with",
    )
    export.add_argument("--json", action="store_true")

    bundle = sub.add_parser("bundle", help="carry a case between workspaces").add_subparsers(
        dest="bundle_cmd", parser_class=Parser
    )
    bexp = bundle.add_parser("export", help="write a case bundle")
    bexp.add_argument("case")
    bexp.add_argument("out", type=Path)
    bexp.add_argument("--encrypt", action="store_true")
    bexp.add_argument("--passphrase-file", type=Path)
    bexp.add_argument("--json", action="store_true")
    bimp = bundle.add_parser("import", help="verify and import a case bundle")
    bimp.add_argument("file", type=Path)
    bimp.add_argument("--passphrase-file", type=Path)
    bimp.add_argument(
        "--trust-signer",
        metavar="NAME",
        help="if the bundle is signed by a key you do not trust yet, trust it under NAME "
        "(only after comparing its fingerprint with its owner out of band)",
    )
    bimp.add_argument("--json", action="store_true")


# -- output helpers ------------------------------------------------------------------------------


def said(value: Message | str) -> str:
    """A message of the core, or English text it recorded, in the command line's language, on one line."""
    return printable(translate(value, environment_language()))


def print_json(value: Any, out: TextIO) -> None:
    json.dump(to_jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


class TerminalProgress:
    """A single self-rewriting progress line on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: ProgressText) -> None:
        if not self.enabled:
            return
        width = 30
        filled = width * done // total if total else width
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{total} {said(message)[:40]:<40}")
        sys.stderr.flush()
        if done >= total:
            sys.stderr.write("\n")


# -- commands ------------------------------------------------------------------------------------


def _service(args: argparse.Namespace) -> CaseService:
    prefs = Preferences.load()
    location = locate(
        args.workspace, args.store, preferred_workspace=prefs.workspace, preferred_store=prefs.store
    )
    investigator = args.investigator or prefs.investigator_name()
    return CaseService.open(location, investigator, create_store=args.command == "init")


def cmd_demo(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.core.demo import create_demo_case

    case_id = create_demo_case(svc)
    if args.json:
        print_json({"id": case_id}, out)
    else:
        out.write(case_id + "\n")
    return EXIT_OK


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


def cmd_export(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.report.cli import run_export

    return run_export(svc, args, out, TerminalProgress("Exporting", not args.json))


def cmd_bundle(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    if args.bundle_cmd is None:
        raise CliUsageError(needs_one_of("bundle", "export, import"))
    from casedesk.bundle.cli import run_bundle

    return run_bundle(svc, args, out, TerminalProgress("Bundle", not args.json))


def cmd_timestamp(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_timestamps import run_timestamp

    return run_timestamp(svc, args, out)


def cmd_record(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_records import run_record

    return run_record(svc, args, out)


def cmd_ocr(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_ocr import run_ocr

    return run_ocr(svc, args, out)


def cmd_forensics(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_forensics import run_forensics

    return run_forensics(svc, args, out)


def cmd_speech(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_speech import run_speech

    return run_speech(svc, args, out)


def cmd_pgp(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_pgp import run_pgp

    return run_pgp(svc, args, out)


def cmd_meta(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_meta import run_meta

    return run_meta(svc, args, out)


def cmd_access(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_access import run_access

    return run_access(svc, args, out)


def cmd_team(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_team import run_team

    return run_team(svc, args, out)


COMMANDS: dict[str, Callable[[CaseService, argparse.Namespace, TextIO], int]] = {
    "demo": cmd_demo,
    "case": cmd_case,
    "add": cmd_add,
    "still": cmd_still,
    "wacz": cmd_wacz,
    "verify": cmd_verify,
    "log": cmd_log,
    "search": cmd_search,
    "export": cmd_export,
    "bundle": cmd_bundle,
    "timestamp": cmd_timestamp,
    "ocr": cmd_ocr,
    "forensics": cmd_forensics,
    "transcribe": cmd_speech,  # and "models": casedesk.cli_speech serves both
    "models": cmd_speech,
    "pgp": cmd_pgp,
    "meta": cmd_meta,
    "init": cmd_team,
    "checkout": cmd_team,
    "checkin": cmd_team,
    "migrate": cmd_team,
    "access": cmd_access,
    # a case's records, all driven by the table in casedesk.cli_records
    "source": cmd_record,
    "claim": cmd_record,
    "place": cmd_record,
    "event": cmd_record,
    "note": cmd_record,
}


def cmd_key(args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_keys import run_key

    return run_key(args, out)


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_check import run_check

    return run_check(args, out)


def cmd_geo(args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_geo import run_geo

    return run_geo(args, out)


STANDALONE: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "key": cmd_key,
    "check": cmd_check,
    "sun": cmd_geo,
    "distance": cmd_geo,
}


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        args = build_parser().parse_args(list(argv))
    except CliUsageError as exc:
        err.write(f"casedesk: {said(exc.message)}\n")
        return EXIT_USAGE
    if args.command in (None, "gui"):
        from casedesk.ui.app import run_gui

        return run_gui(args.workspace, args.store)
    svc = None
    try:
        if args.command in STANDALONE:  # commands that need no workspace
            return STANDALONE[args.command](args, out)
        svc = _service(args)
        return COMMANDS[args.command](svc, args, out)
    except UsageError as exc:
        err.write(f"casedesk: {said(exc.message)}\n")
        return EXIT_USAGE
    except CliUsageError as exc:
        err.write(f"casedesk: {said(exc.message)}\n")
        return EXIT_USAGE
    except CaseDeskError as exc:
        err.write(f"casedesk: {said(exc.message)}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        err.write(f"casedesk: {said(msg('interrupted; the workspace is consistent.'))}\n")
        return 130
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        err.write(f"casedesk: {printable(str(exc.strerror or exc) + where)}\n")
        return EXIT_FAILED
    finally:
        if svc is not None:
            svc.close()


def main() -> None:
    sys.exit(run(sys.argv[1:]))
