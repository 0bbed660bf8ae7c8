"""``casedesk check FILE [--bundle B]``: check a bundle or a report with no workspace of one's own.

Exit status 0 when everything holds (warnings, such as a signer you do not trust yet, are shown but
do not fail), 1 when anything does not, 2 for a usage error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casedesk.checker import CheckReport, Status, check_bundle, check_report
from casedesk.core.errors import UsageError
from casedesk.i18n import msg
from casedesk.proof.keys import TrustStore
from casedesk.textutil import printable

MARKS = {Status.OK: "ok", Status.WARNING: "warning", Status.FAILED: "FAILED"}


def add_check_parser(sub: Any) -> None:
    check = sub.add_parser(
        "check", help="check a bundle or a report (signature, hashes, chain; with --bundle, regeneration)"
    )
    check.add_argument("file", type=Path, help="a bundle (.casedesk) or a report (.pdf)")
    check.add_argument(
        "--bundle", type=Path, help="for a report: the bundle it came with, to regenerate it and compare"
    )
    check.add_argument("--passphrase-file", type=Path, help="the passphrase of an encrypted bundle")
    check.add_argument("--json", action="store_true")


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.bundle.cli import existing_passphrase
    from casedesk.bundle.crypto import is_encrypted
    from casedesk.cli_output import EXIT_FAILED, EXIT_OK, print_json

    path: Path = args.file.expanduser()
    if not path.is_file():
        raise UsageError(msg("No file at {path}.", path=path))
    carried: Path | None = args.bundle.expanduser() if args.bundle else None
    encrypted = next((p for p in (path, carried) if p is not None and p.is_file() and is_encrypted(p)), None)
    passphrase = existing_passphrase(args.passphrase_file) if encrypted else None
    with path.open("rb") as handle:
        is_pdf = handle.read(5) == b"%PDF-"
    trust = TrustStore()  # the reader's own trusted keys
    if is_pdf:
        report = check_report(path, carried, passphrase, trust=trust)
    elif carried is not None:
        raise UsageError(msg("--bundle goes with a report: casedesk check REPORT.pdf --bundle BUNDLE"))
    else:
        report = check_bundle(path, passphrase, trust=trust)
    if args.json:
        print_json(report.to_json(), out)
    else:
        _print(report, out)
    return EXIT_OK if report.ok else EXIT_FAILED


def _print(report: CheckReport, out: TextIO) -> None:
    out.write(f"{printable(report.file)}: a CaseDesk {report.kind}\n")
    for finding in report.findings:
        out.write(f"  {MARKS[finding.status]:<8} {finding.check}: {printable(finding.detail)}\n")
    out.write("Everything checked holds.\n" if report.ok else "Something does not hold (see FAILED above).\n")
