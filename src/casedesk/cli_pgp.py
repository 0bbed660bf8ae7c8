"""``casedesk pgp import KEYFILE`` / ``casedesk pgp list [--json]``: the workspace's OpenPGP public keys.

Detached signatures (``x.jpg.asc``, ``x.jpg.sig``) are checked against these keys, at ingest and when
provenance is read again; importing a key changes no case (read the signed items' provenance again
to check them with it). Compare a key's fingerprint with its owner out of band before relying on it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.i18n import msg
from casedesk.provenance.openpgp import PgpKey
from casedesk.textutil import printable


def add_pgp_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    pgp = sub.add_parser("pgp", help="OpenPGP public keys that detached signatures are checked against")
    verbs = pgp.add_subparsers(dest="pgp_cmd", parser_class=parser_class)
    imp = verbs.add_parser("import", help="import the public keys of a key file (armoured or binary)")
    imp.add_argument("keyfile", type=Path)
    imp.add_argument("--json", action="store_true")
    lst = verbs.add_parser("list", help="list the imported keys")
    lst.add_argument("--json", action="store_true")


def run_pgp(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, CliUsageError, print_json
    from casedesk.cli_usage import needs_one_of

    if args.pgp_cmd == "import":
        try:
            data = args.keyfile.read_bytes()
        except OSError as exc:
            raise UsageError(
                msg("{path}: cannot be read ({reason}).", path=args.keyfile, reason=exc.strerror)
            ) from exc
        keys = svc.import_pgp_keys(data)
    elif args.pgp_cmd == "list":
        keys = svc.pgp_keys()
    else:
        raise CliUsageError(needs_one_of("pgp", "import, list"))
    if args.json:
        print_json(keys, out)
    else:
        for key in keys:
            _print(key, out)
    return EXIT_OK


def _print(key: PgpKey, out: TextIO) -> None:
    fingerprint = " ".join(key.fingerprint[i : i + 4] for i in range(0, len(key.fingerprint), 4))
    state = " revoked" if key.revoked else (f" expires {key.expires}" if key.expires else "")
    out.write(f"{fingerprint}  created {key.created}{state}\n")
    for user_id in key.user_ids:
        out.write(f"    {printable(user_id)}\n")
