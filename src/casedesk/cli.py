"""The ``casedesk`` command line: a thin layer over :class:`casedesk.core.service.CaseService`.

Exit status (:mod:`casedesk.cli_output`): 0 success, 1 a check failed (verify found problems, some
files were not added), 2 usage error, unknown case or unknown object. Each family of verbs has its
module: a case and its evidence in :mod:`casedesk.cli_cases`, a case's sources, claims, places,
events and notes in :mod:`casedesk.cli_records`, and so on; this one parses, opens the workspace and
dispatches. Errors are one line on stderr, never a traceback.

What the core says (errors, warnings, verify details, progress) is written in the language
``CASEDESK_LANGUAGE`` names (en, fr, ar), English by default; ``--json`` output is data and stays
as recorded.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from casedesk import __version__
from casedesk.cli_access import add_access_parser, run_access
from casedesk.cli_cases import CASE_COMMANDS, add_case_parsers
from casedesk.cli_check import add_check_parser, run_check
from casedesk.cli_forensics import add_forensics_parser, run_forensics
from casedesk.cli_geo import add_geo_parser, run_geo
from casedesk.cli_keys import add_key_parser, run_key
from casedesk.cli_meta import add_meta_parser, run_meta
from casedesk.cli_ocr import add_ocr_parser, run_ocr
from casedesk.cli_output import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliUsageError,
    Parser,
    TerminalProgress,
    print_json,
    said,
)
from casedesk.cli_pgp import add_pgp_parser, run_pgp
from casedesk.cli_records import add_record_parsers, run_record
from casedesk.cli_speech import add_speech_parsers, run_speech
from casedesk.cli_team import add_team_parsers, run_team
from casedesk.cli_timestamps import add_timestamp_parser, run_timestamp
from casedesk.cli_usage import needs_one_of
from casedesk.core.errors import CaseDeskError, UsageError
from casedesk.core.location import locate
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.i18n import msg
from casedesk.textutil import printable


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

    add_case_parsers(sub)
    _extension_parsers(sub)
    add_key_parser(sub, Parser)
    add_check_parser(sub)
    add_geo_parser(sub)
    add_timestamp_parser(sub)
    add_record_parsers(sub, Parser)
    add_ocr_parser(sub)
    add_forensics_parser(sub)
    add_speech_parsers(sub, Parser)  # transcribe and models
    add_pgp_parser(sub, Parser)
    add_meta_parser(sub)
    add_team_parsers(sub)
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


def cmd_export(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.report.cli import run_export

    return run_export(svc, args, out, TerminalProgress("Exporting", not args.json))


def cmd_bundle(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    if args.bundle_cmd is None:
        raise CliUsageError(needs_one_of("bundle", "export, import"))
    from casedesk.bundle.cli import run_bundle

    return run_bundle(svc, args, out, TerminalProgress("Bundle", not args.json))


COMMANDS: dict[str, Callable[[CaseService, argparse.Namespace, TextIO], int]] = {
    **CASE_COMMANDS,
    "demo": cmd_demo,
    "export": cmd_export,
    "bundle": cmd_bundle,
    "timestamp": run_timestamp,
    "ocr": run_ocr,
    "forensics": run_forensics,
    "transcribe": run_speech,  # and "models": casedesk.cli_speech serves both
    "models": run_speech,
    "pgp": run_pgp,
    "meta": run_meta,
    "init": run_team,
    "checkout": run_team,
    "checkin": run_team,
    "migrate": run_team,
    "access": run_access,
    # a case's records, all driven by the table in casedesk.cli_records
    "source": run_record,
    "claim": run_record,
    "place": run_record,
    "event": run_record,
    "note": run_record,
}


STANDALONE: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "key": run_key,
    "check": run_check,
    "sun": run_geo,
    "distance": run_geo,
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
