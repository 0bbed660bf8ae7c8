"""``casedesk key …``: the investigator's signing key and the keys they trust.

These verbs need no workspace: the key lives in the per-user key folder (see
:func:`casedesk.proof.keys.key_dir`). ``signing_key`` is how every command that signs (report and
bundle export) unlocks the key: made on first need, unlocked with ``CASEDESK_KEY_PASSPHRASE`` or a
passphrase typed at the terminal when the key is protected.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from casedesk.core.errors import UsageError
from casedesk.i18n import msg
from casedesk.proof.errors import PassphraseRequired
from casedesk.proof.keys import (
    KeyStore,
    PublicKey,
    SigningKey,
    TrustStore,
    group_fingerprint,
    parse_fingerprint,
)

PASSPHRASE_ENV = "CASEDESK_KEY_PASSPHRASE"


def add_key_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    key = sub.add_parser("key", help="your signing key, and the keys you trust").add_subparsers(
        dest="key_cmd", parser_class=parser_class
    )
    show = key.add_parser("show", help="show your key's fingerprint (made on first need)")
    show.add_argument("--json", action="store_true")
    export = key.add_parser("export-public", help="write your public key to a file, to give to others")
    export.add_argument("out", type=Path)
    trust = key.add_parser("trust", help="trust a public key file or a fingerprint, under a name")
    trust.add_argument("key", help="a public key file (PEM) or a fingerprint")
    trust.add_argument("--name", help="whose key it is (default: the file's name)")
    lst = key.add_parser("list", help="list the keys you trust")
    lst.add_argument("--json", action="store_true")
    forget = key.add_parser("forget", help="stop trusting a key")
    forget.add_argument("fingerprint")


def signing_key(store: KeyStore | None = None) -> SigningKey:
    """The investigator's key, unlocked (made now if there is none yet)."""
    store = store or KeyStore()
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return store.load_or_create(passphrase)
    except PassphraseRequired:
        if not sys.stdin.isatty():
            raise UsageError(
                msg(
                    "Your signing key is protected by a passphrase; set {variable} or run this in a "
                    "terminal to type it.",
                    variable=PASSPHRASE_ENV,
                )
            ) from None
        return store.load(getpass.getpass("Passphrase of your signing key: "))


def run_key(args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, CliUsageError, print_json
    from casedesk.cli_usage import needs_one_of

    store, trusted = KeyStore(), TrustStore()
    if args.key_cmd is None:
        raise CliUsageError(needs_one_of("key", "show, export-public, trust, list, forget"))
    if args.key_cmd == "show":
        public = store.public_key() if store.exists() else signing_key(store).public
        record = {
            "fingerprint": public.fingerprint,
            "grouped": public.grouped_fingerprint,
            "folder": str(store.folder),
            "protected": store.is_protected(),
        }
        if args.json:
            print_json(record, out)
        else:
            out.write(f"Your signing key: {public.grouped_fingerprint}\n")
            out.write(f"Kept in {store.folder}{' (passphrase protected)' if record['protected'] else ''}\n")
            out.write("Give others this fingerprint out of band (in person, by phone) to check yours.\n")
        return EXIT_OK
    if args.key_cmd == "export-public":
        if not store.exists():
            signing_key(store)
        public = store.export_public(args.out)
        out.write(f"Wrote the public key {public.grouped_fingerprint} to {args.out}\n")
        return EXIT_OK
    if args.key_cmd == "trust":
        key = _key_argument(args.key)
        name = args.name or (Path(args.key).stem if isinstance(key, PublicKey) else "")
        if not name:
            raise UsageError(msg("Say whose key this is with --name."))
        entry = trusted.trust(key, name)
        out.write(f"Trusted {group_fingerprint(entry.fingerprint)} as {entry.name!r}\n")
        return EXIT_OK
    if args.key_cmd == "forget":
        if not trusted.forget(args.fingerprint):
            raise UsageError(
                msg("No trusted key has the fingerprint {fingerprint}.", fingerprint=args.fingerprint)
            )
        out.write("Forgotten.\n")
        return EXIT_OK
    entries = trusted.entries()
    if args.json:
        print_json(
            [
                {
                    "name": e.name,
                    "fingerprint": e.fingerprint,
                    "has_public_key": e.public_key is not None,
                    "added": e.added,
                }
                for e in entries
            ],
            out,
        )
    else:
        for e in entries:
            out.write(f"{group_fingerprint(e.fingerprint)}  {e.name}\n")
        if not entries:
            out.write("You trust no keys yet: casedesk key trust FILE|FINGERPRINT --name NAME\n")
    return EXIT_OK


def _key_argument(text: str) -> PublicKey | str:
    """A public key read from a file, or else the text as a fingerprint (checked by the trust store)."""
    path = Path(text).expanduser()
    if path.is_file():
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(msg("Cannot read {path}: {reason}.", path=path, reason=exc.strerror)) from None
        return PublicKey.from_pem(data)
    return parse_fingerprint(text)
