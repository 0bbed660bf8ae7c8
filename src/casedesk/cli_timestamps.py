"""``casedesk timestamp request|import|trust|list``: trusted time for a case, offline first.

``request CASE OUT.tsq`` writes an RFC 3161 request over the case's custody head and manifest digest
(see :mod:`casedesk.proof.casestamps` for the exact bytes) and prints how to have it answered on
any online machine; ``import CASE FILE.tsr [--tsa-ca FILE]`` checks the answer here and logs it;
``trust [FILE]`` trusts a TSA's certificate (or lists those trusted); ``list CASE`` shows each
request and its answer. A refused import is one line naming the reason, and changes nothing.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import Any, TextIO

from casedesk.cli_output import EXIT_OK, CliUsageError, print_json
from casedesk.cli_usage import needs_one_of
from casedesk.core.service import CaseService
from casedesk.core.timeutil import iso_utc
from casedesk.proof.casestamps import gen_time_text
from casedesk.proof.keys import group_fingerprint
from casedesk.proof.stamp_exchange import (
    ImportResult,
    RequestResult,
    import_timestamp,
    list_timestamps,
    load_certificate_file,
    read_limited,
    request_timestamp,
)
from casedesk.proof.tsa_trust import TrustedTsa, TsaTrustStore
from casedesk.textutil import printable

EXAMPLE_TSA = "https://freetsa.org/tsr"


def add_timestamp_parser(sub: Any) -> None:
    stamp = sub.add_parser("timestamp", help="trusted time: RFC 3161 timestamps of a case, carried offline")
    cmds = stamp.add_subparsers(dest="timestamp_cmd", parser_class=type(stamp))
    request = cmds.add_parser(
        "request", help="write a timestamp request (.tsq) for the case's custody head and manifest digest"
    )
    request.add_argument("case")
    request.add_argument("out", type=Path, help="the request file to write, e.g. case.tsq")
    request.add_argument("--force", action="store_true", help="replace the file if it exists")
    request.add_argument("--json", action="store_true")
    imp = cmds.add_parser("import", help="check a TSA's answer (.tsr) to a request of the case, and log it")
    imp.add_argument("case")
    imp.add_argument("file", type=Path, help="the TimeStampResp file the TSA answered")
    imp.add_argument(
        "--tsa-ca",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="the TSA's CA certificate(s), PEM or DER, as the TSA publishes them (compare the fingerprint "
        "out of band); the one the answer chains to is trusted from then on",
    )
    imp.add_argument("--json", action="store_true")
    trust = cmds.add_parser(
        "trust", help="trust a TSA's certificate(s) for timestamp imports (without FILE: list them)"
    )
    trust.add_argument("file", type=Path, nargs="?", help="a certificate file, PEM or DER")
    trust.add_argument("--json", action="store_true")
    lst = cmds.add_parser("list", help="list the case's timestamp requests and their answers")
    lst.add_argument("case")
    lst.add_argument("--json", action="store_true")


def run_timestamp(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    command = args.timestamp_cmd
    if command == "request":
        return _request(svc, args, out)
    if command == "import":
        return _import(svc, args, out)
    if command == "trust":
        return _trust(args, out)
    if command == "list":
        return _list(svc, args, out)
    raise CliUsageError(needs_one_of("timestamp", "request, import, trust, list"))


# -- request -------------------------------------------------------------------------------------


def answer_commands(request_file: Path) -> list[str]:
    """Shell commands that have the request answered on an online machine (curl, or OpenSSL's TSA)."""
    tsq, tsr = shlex.quote(str(request_file)), shlex.quote(str(request_file.with_suffix(".tsr")))
    return [
        f"curl -sS -H 'Content-Type: application/timestamp-query' --data-binary @{tsq} -o {tsr} "
        f"{EXAMPLE_TSA}",
        f"openssl ts -reply -config tsa.cnf -queryfile {tsq} -out {tsr}",
    ]


def _request(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case)
    result = request_timestamp(svc, case_id, args.out, force=args.force)
    response = result.path.with_suffix(".tsr")
    import_command = f"casedesk timestamp import {case_id} {shlex.quote(str(response))} --tsa-ca TSA-CA.pem"
    if args.json:
        print_json(_request_json(result, answer_commands(args.out), import_command), out)
        return EXIT_OK
    curl, openssl = answer_commands(args.out)
    out.write(
        f"Wrote the timestamp request {printable(str(result.path))} "
        f"(logged as custody entry {result.request_seq}).\n"
        f"  covers entry {result.covered_seq}: {result.covered_hash}\n"
        f"  manifest digest: {result.manifest_digest}\n"
        f"  imprint ({result.hash_algorithm}): {result.imprint}\n"
        f"  nonce: {result.nonce}\n"
        "Have it answered on any online machine, by any RFC 3161 timestamp authority, e.g.:\n"
        f"  {printable(curl)}\n"
        f"  ({EXAMPLE_TSA} is one example; any RFC 3161 TSA URL works in its place)\n"
        "or by a TSA run with OpenSSL (its tsa.cnf names its certificate and key):\n"
        f"  {printable(openssl)}\n"
        f"To read the request first: openssl ts -query -in {printable(shlex.quote(str(args.out)))} -text\n"
        "Then bring the answer back and import it:\n"
        f"  {printable(import_command)}\n"
        "--tsa-ca is the TSA's CA certificate as the TSA publishes it (compare its fingerprint out of "
        "band); it is trusted from then on and not needed again (casedesk timestamp trust lists those "
        "trusted).\n"
    )
    return EXIT_OK


def _request_json(result: RequestResult, commands: list[str], import_command: str) -> dict[str, Any]:
    return {
        "file": str(result.path),
        "entry": {"seq": result.request_seq, "hash": result.request_hash},
        "covers": {"seq": result.covered_seq, "hash": result.covered_hash},
        "manifest_digest": result.manifest_digest,
        "hash_algorithm": result.hash_algorithm,
        "imprint": result.imprint,
        "nonce": str(result.nonce),
        "answer_with": commands,
        "import_with": import_command,
    }


# -- import --------------------------------------------------------------------------------------


def _import(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    case_id = svc.resolve_case(args.case)
    tsa_ca = [cert for path in args.tsa_ca for cert in load_certificate_file(path)]
    response = read_limited(args.file)
    result = import_timestamp(svc, case_id, response, tsa_ca=tsa_ca, file_name=args.file.name)
    if args.json:
        print_json(_import_json(result), out)
        return EXIT_OK
    stamp = result.stamp
    out.write(
        f"Timestamp imported (custody entry {stamp.import_seq}): entry {stamp.covered_seq} "
        f"(hash {stamp.covered_hash}) existed no later than {gen_time_text(stamp.gen_time)} according to "
        f"{printable(stamp.tsa_name)}.\n"
        f"  serial: {stamp.serial}  policy: {stamp.policy}  request: entry {stamp.request_seq}\n"
        f"  signed by: {printable(result.signer)}\n"
        f"  chains to: {printable(result.anchor)} (SHA-256 {group_fingerprint(result.anchor_sha256)})\n"
    )
    if result.newly_trusted is not None:
        out.write(
            "The --tsa-ca certificate it chains to is now trusted for timestamp imports "
            f"(added to {printable(str(result.trust_file))}).\n"
        )
    if result.trust_error is not None:
        out.write(
            f"warning: the import is logged, but its TSA certificate could not be added to the trust list: "
            f"{printable(result.trust_error)}\n"
        )
    return EXIT_OK


def _import_json(result: ImportResult) -> dict[str, Any]:
    stamp = result.stamp
    return {
        "entry": {"seq": stamp.import_seq, "hash": result.import_hash},
        "request_seq": stamp.request_seq,
        "covers": {"seq": stamp.covered_seq, "hash": stamp.covered_hash},
        "manifest_digest": stamp.manifest_digest,
        "gen_time": iso_utc(stamp.gen_time),
        "tsa": stamp.tsa_name,
        "serial": str(stamp.serial),
        "policy": stamp.policy,
        "signer": result.signer,
        "anchor": result.anchor,
        "anchor_sha256": result.anchor_sha256,
        "newly_trusted": _trusted_json(result.newly_trusted) if result.newly_trusted else None,
        "trust_file": str(result.trust_file),
        "trust_error": result.trust_error,
    }


# -- trust ---------------------------------------------------------------------------------------


def _trusted_json(entry: TrustedTsa) -> dict[str, Any]:
    return {"subject": entry.subject, "sha256": entry.sha256, "added": entry.added.isoformat()}


def _trust(args: argparse.Namespace, out: TextIO) -> int:
    store = TsaTrustStore()
    if args.file is None:
        entries = store.entries()
        if args.json:
            print_json({"file": str(store.path), "trusted": [_trusted_json(e) for e in entries]}, out)
            return EXIT_OK
        if not entries:
            out.write("No timestamp authority is trusted yet.\n")
        for entry in entries:
            out.write(f"{printable(entry.subject)}\n  SHA-256 {entry.grouped_fingerprint}\n")
        return EXIT_OK
    added = [store.trust(cert) for cert in load_certificate_file(args.file)]
    if args.json:
        print_json(
            {"file": str(store.path), "trusted": [{**_trusted_json(e), "new": new} for e, new in added]}, out
        )
        return EXIT_OK
    for entry, new in added:
        said = "Now trusting" if new else "Already trusted"
        out.write(
            f"{said} for timestamp imports: {printable(entry.subject)}\n"
            f"  SHA-256 {entry.grouped_fingerprint} (compare it with the TSA's published fingerprint)\n"
        )
    out.write(f"Trust list: {printable(str(store.path))}\n")
    return EXIT_OK


# -- list ----------------------------------------------------------------------------------------


def _list(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    statuses = list_timestamps(svc, svc.resolve_case(args.case))
    if args.json:
        print_json(
            [
                {
                    "seq": s.seq,
                    "at": iso_utc(s.at),
                    "investigator": s.investigator,
                    "covers": {"seq": s.covered_seq, "hash": s.covered_hash},
                    "manifest_digest": s.manifest_digest,
                    "nonce": s.nonce,
                    "file": s.file,
                    "answered": s.answer is not None,
                    "answer": None
                    if s.answer is None
                    else {
                        "seq": s.answer.seq,
                        "at": iso_utc(s.answer.at),
                        "investigator": s.answer.investigator,
                        "gen_time": iso_utc(s.answer.gen_time),
                        "tsa": s.answer.tsa_name,
                        "serial": str(s.answer.serial),
                    },
                }
                for s in statuses
            ],
            out,
        )
        return EXIT_OK
    if not statuses:
        out.write("No timestamp requests in this case.\n")
    for s in statuses:
        out.write(
            f"request entry {s.seq}  {s.at:%Y-%m-%d %H:%M:%S}Z  {printable(s.investigator)}  "
            f"covers entry {s.covered_seq} ({s.covered_hash[:12]})  {printable(s.file)}\n"
        )
        if s.answer is None:
            out.write("  outstanding: no answer imported yet\n")
        else:
            a = s.answer
            out.write(
                f"  answered by entry {a.seq} ({a.at:%Y-%m-%d %H:%M:%S}Z, {printable(a.investigator)}): "
                f"no later than {gen_time_text(a.gen_time)} according to {printable(a.tsa_name)} "
                f"(serial {a.serial})\n"
            )
    return EXIT_OK
