"""``casedesk timestamp …`` through its own parser and command function, against OpenSSL's TSA.

``casedesk.cli`` registers the verbs with ``add_timestamp_parser`` and runs them with
``run_timestamp``; these tests build a parser the same way, so they hold before and after wiring.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from PIL import Image

from casedesk.cli_output import CliUsageError, Parser
from casedesk.cli_timestamps import EXAMPLE_TSA, add_timestamp_parser, run_timestamp
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.proof.errors import TimestampError
from casedesk.proof.tsa_trust import TSA_TRUST_FILE, fingerprint

# tests/proof is the package "proof" under pytest's default (prepend) import mode
from proof.pki import Issued, OpenSslTsa, make_cert


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> tuple[Issued, OpenSslTsa]:
    root = make_cert("CLI Test Root CA", ca=True)
    return root, OpenSslTsa(
        tmp_path_factory.mktemp("cli-tsa"), make_cert("CLI Test TSA", root, tsa=True), [root]
    )


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "keys"
    monkeypatch.setenv("CASEDESK_KEY_DIR", str(folder))
    return folder


@pytest.fixture
def case_id(svc: CaseService, tmp_path: Path) -> str:
    case_id = svc.create_case("Checkpoint footage").id
    picture = tmp_path / "still.png"
    Image.new("RGB", (16, 16), (10, 20, 30)).save(picture)
    svc.add_files(case_id, [picture])
    return case_id


def parser(parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser) -> argparse.ArgumentParser:
    top = parser_class(prog="casedesk")
    add_timestamp_parser(top.add_subparsers(dest="command", parser_class=parser_class))
    return top


def run(svc: CaseService, *argv: str | Path) -> tuple[int, str]:
    args = parser().parse_args([str(a) for a in argv])
    assert args.command == "timestamp"
    out = io.StringIO()
    code = run_timestamp(svc, args, out)
    return code, out.getvalue()


def run_json(svc: CaseService, *argv: str | Path) -> Any:
    code, out = run(svc, *argv, "--json")
    assert code == 0
    return json.loads(out)


def test_the_parser(tmp_path: Path) -> None:
    args = parser().parse_args(
        ["timestamp", "import", "abc", "x.tsr", "--tsa-ca", "a.pem", "--tsa-ca", "b.der"]
    )
    assert (args.timestamp_cmd, args.case, args.file, args.tsa_ca) == (
        "import",
        "abc",
        Path("x.tsr"),
        [Path("a.pem"), Path("b.der")],
    )
    args = parser().parse_args(["timestamp", "request", "abc", "out.tsq", "--force", "--json"])
    assert (args.timestamp_cmd, args.out, args.force, args.json) == ("request", Path("out.tsq"), True, True)
    assert parser().parse_args(["timestamp", "trust"]).file is None
    assert parser().parse_args(["timestamp", "list", "abc"]).timestamp_cmd == "list"
    # under casedesk's own parser class, a mistake is one line (CliUsageError), never an exit
    with pytest.raises(CliUsageError, match="out"):
        parser(Parser).parse_args(["timestamp", "request", "abc"])
    with pytest.raises(CliUsageError, match="invalid choice"):
        parser(Parser).parse_args(["timestamp", "stamp"])


def test_no_subcommand_is_a_usage_error(svc: CaseService) -> None:
    with pytest.raises(CliUsageError, match="request, import, trust, list"):
        run(svc, "timestamp")


def test_request_answer_import_list(
    svc: CaseService, case_id: str, tmp_path: Path, keys: Path, tsa: tuple[Issued, OpenSslTsa]
) -> None:
    root, openssl_tsa = tsa
    tsq = tmp_path / "case.tsq"
    code, out = run(svc, "timestamp", "request", case_id[:8], tsq)
    assert code == 0 and tsq.is_file()
    head = svc.custody_log(case_id)[-2]
    assert f"covers entry {head.seq}: {head.hash}" in out
    assert f"--data-binary @{tsq} -o {tmp_path / 'case.tsr'} {EXAMPLE_TSA}" in out
    assert "any RFC 3161 TSA URL" in out and "openssl ts -reply" in out and "openssl ts -query" in out
    assert f"casedesk timestamp import {case_id} {tmp_path / 'case.tsr'} --tsa-ca" in out

    tsr = tmp_path / "case.tsr"
    tsr.write_bytes(openssl_tsa.reply(tsq.read_bytes()))
    bundle = tmp_path / "ca.pem"  # several certificates in one file: only the one used is trusted
    bundle.write_bytes(make_cert("Unrelated CA", ca=True).cert_pem() + root.cert_pem())
    count = svc.case_header(case_id).custody_count
    code, out = run(svc, "timestamp", "import", case_id, tsr, "--tsa-ca", bundle)
    assert code == 0 and svc.case_header(case_id).custody_count == count + 1
    assert out.startswith(
        f"Timestamp imported (custody entry {count + 1}): entry {head.seq} (hash {head.hash})"
    )
    assert "according to Organization: CaseDesk tests, Common Name: CLI Test TSA" in out
    assert (
        f"certificate it chains to is now trusted for timestamp imports (added to {keys / TSA_TRUST_FILE})"
        in out
    )
    assert svc.custody_log(case_id)[-1].details["file"] == "case.tsr"

    code, out = run(svc, "timestamp", "list", case_id)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith(f"request entry {count}  ") and f"covers entry {head.seq}" in lines[0]
    assert lines[1].startswith(f"  answered by entry {count + 1} (") and "CLI Test TSA (serial " in lines[1]

    trusted = run_json(svc, "timestamp", "trust")
    assert [t["sha256"] for t in trusted["trusted"]] == [fingerprint(root.cert)]
    assert trusted["file"] == str(keys / TSA_TRUST_FILE)

    # the second time, nothing but the answer: its TSA is trusted now
    second = tmp_path / "second.tsq"
    asked = run_json(svc, "timestamp", "request", case_id, second)
    assert asked["covers"]["seq"] == count + 1 and asked["entry"]["seq"] == count + 2
    assert isinstance(asked["nonce"], str) and int(asked["nonce"]) > 0
    assert asked["answer_with"][0].startswith("curl ") and asked["import_with"].startswith("casedesk ")
    (tmp_path / "second.tsr").write_bytes(openssl_tsa.reply(second.read_bytes()))
    imported = run_json(svc, "timestamp", "import", case_id, tmp_path / "second.tsr")
    assert imported["request_seq"] == count + 2 and imported["newly_trusted"] is None
    assert imported["entry"]["hash"] == svc.custody_log(case_id)[-1].hash
    assert imported["gen_time"].endswith("Z") and isinstance(imported["serial"], str)

    listed = run_json(svc, "timestamp", "list", case_id)
    assert [(r["seq"], r["answered"], r["answer"]["seq"]) for r in listed] == [
        (count, True, count + 1),
        (count + 2, True, count + 3),
    ]


def test_refusals_are_one_line_and_change_nothing(
    svc: CaseService, case_id: str, tmp_path: Path, keys: Path, tsa: tuple[Issued, OpenSslTsa]
) -> None:
    _root, openssl_tsa = tsa
    tsq = tmp_path / "case.tsq"
    run(svc, "timestamp", "request", case_id, tsq)
    tsr = tmp_path / "case.tsr"
    tsr.write_bytes(openssl_tsa.reply(tsq.read_bytes())[:-5])
    count = svc.case_header(case_id).custody_count
    with pytest.raises(TimestampError, match=r"^Timestamp refused \(malformed\)") as caught:
        run(svc, "timestamp", "import", case_id, tsr)
    assert "\n" not in str(caught.value)
    tsr.write_bytes(openssl_tsa.reply(tsq.read_bytes()))
    with pytest.raises(TimestampError, match=r"\(untrusted TSA\)"):  # nothing trusted yet
        run(svc, "timestamp", "import", case_id, tsr)
    not_a_cert = tmp_path / "ca.pem"
    not_a_cert.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(UsageError, match="not a certificate file"):
        run(svc, "timestamp", "import", case_id, tsr, "--tsa-ca", not_a_cert)
    with pytest.raises(UsageError, match="--force"):
        run(svc, "timestamp", "request", case_id, tsq)
    assert svc.case_header(case_id).custody_count == count
    assert not (keys / TSA_TRUST_FILE).exists()
    code, out = run(svc, "timestamp", "list", case_id)
    assert code == 0 and out.splitlines()[-1] == "  outstanding: no answer imported yet"


def test_trust_a_certificate_file(svc: CaseService, tmp_path: Path, keys: Path) -> None:
    assert run(svc, "timestamp", "trust") == (0, "No timestamp authority is trusted yet.\n")
    root = make_cert("Some TSA Root", ca=True)
    der = tmp_path / "root.der"
    der.write_bytes(root.cert.public_bytes(serialization.Encoding.DER))
    code, out = run(svc, "timestamp", "trust", der)
    assert code == 0 and out.startswith(
        "Now trusting for timestamp imports: O=CaseDesk tests,CN=Some TSA Root"
    )
    assert fingerprint(root.cert)[:4] in out
    again = run_json(svc, "timestamp", "trust", der)
    assert [(t["sha256"], t["new"]) for t in again["trusted"]] == [(fingerprint(root.cert), False)]
    code, out = run(svc, "timestamp", "trust")
    assert out.splitlines()[0] == "O=CaseDesk tests,CN=Some TSA Root"
