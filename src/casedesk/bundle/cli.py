"""``casedesk bundle export|import``: argument handling and output; the work is in the package."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from casedesk.bundle.crypto import is_encrypted
from casedesk.bundle.importer import import_bundle
from casedesk.bundle.signature import SignatureState
from casedesk.bundle.writer import export_bundle
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import ProgressSink, TaskControl
from casedesk.i18n import msg
from casedesk.proof.keys import TrustStore
from casedesk.textutil import printable

MIN_PASSPHRASE = 8


def _read_passphrase_file(path: Path) -> str:
    try:
        text = path.expanduser().read_text("utf-8")
    except FileNotFoundError:
        raise UsageError(msg("No passphrase file at {path}.", path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            msg("Cannot read the passphrase file {path}: {reason}.", path=path, reason=exc)
        ) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""  # the first line, without its line ending
    if not passphrase:
        raise UsageError(msg("The passphrase file {path} is empty.", path=path))
    return passphrase


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            msg("The passphrase cannot be asked for here (no terminal); give it with --passphrase-file.")
        )
    return getpass.getpass(label)


def new_passphrase(passphrase_file: Path | None) -> str:
    """A passphrase to encrypt with: from the file, or typed twice."""
    if passphrase_file is not None:
        passphrase = _read_passphrase_file(passphrase_file)
    else:
        passphrase = _prompt("Passphrase for the bundle: ")
        if passphrase != _prompt("Type it again: "):
            raise UsageError(msg("The two passphrases differ; nothing was written."))
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(
            msg(
                "Choose a passphrase of at least {minimum} characters (several words are best).",
                minimum=MIN_PASSPHRASE,
            )
        )
    return passphrase


def existing_passphrase(passphrase_file: Path | None) -> str:
    if passphrase_file is not None:
        return _read_passphrase_file(passphrase_file)
    return _prompt("This bundle is encrypted. Passphrase: ")


def _export(svc: CaseService, args: argparse.Namespace, out: TextIO, control: TaskControl) -> int:
    case_id = svc.resolve_case(args.case)
    if args.passphrase_file is not None and not args.encrypt:
        raise UsageError(msg("--passphrase-file is for encrypted bundles; add --encrypt."))
    passphrase = new_passphrase(args.passphrase_file) if args.encrypt else None
    from casedesk.cli_keys import signing_key

    result = export_bundle(svc, case_id, args.out, passphrase, control, key=signing_key())
    if args.json:
        _print_json({**asdict(result), "path": str(result.path), "encrypted": passphrase is not None}, out)
    else:
        out.write(
            f"Wrote {printable(str(result.path))}: {result.evidence_count} evidence items, "
            f"{result.size / 1e6:.1f} MB{', encrypted' if passphrase else ''}.\n"
            f"  SHA-256 {result.sha256} (recorded in the custody log)\n"
        )
    return 0


def _import(svc: CaseService, args: argparse.Namespace, out: TextIO, control: TaskControl) -> int:
    path: Path = args.file.expanduser()
    passphrase = None
    if path.is_file() and is_encrypted(path):
        passphrase = existing_passphrase(args.passphrase_file)
    result = import_bundle(svc, path, passphrase, control)
    signature = result.signature
    trusted_now = None
    if args.trust_signer and signature.public_key is not None and signature.state == SignatureState.UNKNOWN:
        trusted_now = TrustStore().trust(signature.public_key, args.trust_signer)
    if args.json:
        _print_json(result.to_json() | {"trusted_now": trusted_now.name if trusted_now else None}, out)
        return 0
    title = svc.case_header(result.case_id).title
    verb = {"imported": "Imported", "merged": "Merged into", "unchanged": "Already up to date:"}[
        result.status
    ]
    out.write(f"{verb} case {printable(title)!r} ({result.case_id[:8]}).\n")
    if result.status != "unchanged":
        out.write(
            f"  {result.added_evidence} evidence items and {result.added_entries} custody entries added.\n"
        )
    out.write(f"  Bundle SHA-256 {result.bundle_sha256}\n")
    out.write(f"  Signature: {printable(signature.describe())}\n")
    if trusted_now is not None:
        out.write(f"  You now trust this key as {printable(trusted_now.name)!r}.\n")
    elif signature.warning:
        out.write(f"  warning: {printable(signature.warning)}\n")
    for conflict in result.conflicts:
        out.write(f"  conflict: {printable(conflict)}\n")
    return 0


def _print_json(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def run_bundle(svc: CaseService, args: argparse.Namespace, out: TextIO, progress: ProgressSink) -> int:
    control = TaskControl(progress=progress)
    if args.bundle_cmd == "export":
        return _export(svc, args, out, control)
    if args.bundle_cmd == "import":
        return _import(svc, args, out, control)
    raise UsageError(msg("bundle needs one of: export, import"))
