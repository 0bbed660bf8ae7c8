"""The round trip a report and its bundle make to a stranger, through the command line only.

On workspace A (investigator A, key A): the demo case, its signed report and a bundle; then more
evidence on A. On a fresh workspace B with another investigator and key: import the bundle,
``casedesk check`` both files, regenerate the report as of the same entry ``--unsigned`` and find
it byte-equal to the signed report's prefix, and let poppler's pdfsig judge the signature.
"""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from casedesk.cli import run

# tests/proof is the package "proof" under pytest's default (prepend) import mode
from proof.pki import OpenSslTsa, make_cert

Cli = Callable[..., tuple[int, str]]


def investigator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> Cli:
    """The command line as one investigator on their own laptop: own workspace, config and key."""

    def cli(*args: str | Path) -> tuple[int, str]:
        monkeypatch.setenv("CASEDESK_CONFIG_DIR", str(tmp_path / f"{name}-config"))
        monkeypatch.setenv("CASEDESK_INVESTIGATOR", name)
        out, err = io.StringIO(), io.StringIO()
        code = run(["--workspace", str(tmp_path / f"{name}-workspace"), *map(str, args)], out, err)
        return code, out.getvalue() + err.getvalue()

    return cli


def as_json(result: tuple[int, str]) -> Any:
    code, text = result
    assert code == 0, text
    return json.loads(text)


def test_a_report_and_its_bundle_check_out_on_a_strangers_laptop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = investigator(tmp_path, monkeypatch, "Alice"), investigator(tmp_path, monkeypatch, "Bob")
    code, case_id = alice("demo")
    case_id = case_id.strip()
    report, bundle = tmp_path / "report.pdf", tmp_path / "case.casedesk"

    # Trusted time, carried offline: the request goes out, OpenSSL's TSA answers, the answer comes in.
    root = make_cert("Round Trip Root CA", ca=True)
    tsa = OpenSslTsa(tmp_path / "tsa", make_cert("Round Trip TSA", root, tsa=True), [root])
    (tmp_path / "root.pem").write_bytes(root.cert_pem())
    assert alice("timestamp", "request", case_id, tmp_path / "head.tsq")[0] == 0
    (tmp_path / "head.tsr").write_bytes(tsa.reply((tmp_path / "head.tsq").read_bytes()))
    code, text = alice(
        "timestamp", "import", case_id, tmp_path / "head.tsr", "--tsa-ca", tmp_path / "root.pem"
    )
    assert code == 0, text
    exported = as_json(alice("export", case_id, "--pdf", report, "--json"))
    alice_key = exported["signed_by"]
    assert alice_key == as_json(alice("key", "show", "--json"))["fingerprint"]
    assert alice("bundle", "export", case_id, bundle)[0] == 0
    later = tmp_path / "later.png"
    Image.new("RGB", (40, 30), (200, 10, 10)).save(later)
    assert alice("add", case_id, later)[0] == 0

    # Bob: another laptop, another key.
    assert as_json(bob("key", "show", "--json"))["fingerprint"] != alice_key
    code, text = bob("bundle", "import", bundle)
    assert code == 0 and "untrusted key" in text
    checked = as_json(bob("check", bundle, "--json"))
    assert checked["ok"] and checked["kind"] == "bundle"
    assert checked["facts"]["signature"]["fingerprint"] == alice_key
    [stamp] = checked["facts"]["timestamps"]
    assert "Round Trip TSA" in stamp["tsa"]
    statuses = {f["check"]: f["status"] for f in checked["findings"]}
    assert statuses["timestamps"] == "ok"
    assert statuses["timestamp authority"] == "warning"  # the TSA root came with the bundle only
    assert bob("verify", case_id)[0] == 0  # Bob's verify re-checks the carried token and signatures
    both = as_json(bob("check", report, "--bundle", bundle, "--json"))
    assert both["ok"], both
    statuses = {f["check"]: f["status"] for f in both["findings"]}
    assert statuses["regenerated"] == "ok" and statuses["cover"] == "ok"
    assert statuses["same signer"] == "ok"
    assert statuses["signature"] == "warning"  # valid, but Bob has not checked Alice's key yet
    assert both["facts"]["signer"]["fingerprint"] == alice_key

    # Bob regenerates the report himself and compares: the signed file begins with his bytes.
    seq = exported["as_of"]["seq"]
    again = tmp_path / "bob.pdf"
    regenerated = as_json(bob("export", case_id, "--pdf", again, "--as-of", str(seq), "--unsigned", "--json"))
    assert regenerated["as_of"] == exported["as_of"] and regenerated["signed_by"] is None
    assert report.read_bytes().startswith(again.read_bytes())
    assert len(report.read_bytes()) > len(again.read_bytes())

    pdfsig = subprocess.run(["pdfsig", str(report)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig

    # Once Bob trusts Alice's key (compared out of band), the same checks say so by name.
    assert bob("key", "trust", alice_key, "--name", "Alice (met in Bamako)")[0] == 0
    assert bob("timestamp", "trust", tmp_path / "root.pem")[0] == 0
    trusted = as_json(bob("check", report, "--bundle", bundle, "--json"))
    assert trusted["ok"]
    assert all(f["status"] == "ok" for f in trusted["findings"]), trusted["findings"]


def test_check_fails_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob = investigator(tmp_path, monkeypatch, "Alice"), investigator(tmp_path, monkeypatch, "Bob")
    case_id = alice("demo")[1].strip()
    other = alice("case", "new", "Another case")[1].strip()
    report, bundle, wrong = tmp_path / "r.pdf", tmp_path / "b.casedesk", tmp_path / "other.casedesk"
    assert alice("export", case_id, "--pdf", report)[0] == 0
    assert alice("bundle", "export", case_id, bundle)[0] == 0
    assert alice("bundle", "export", other, wrong)[0] == 0

    code, text = bob("check", report, "--bundle", wrong)
    assert code == 1 and "another case" in text

    data = bytearray(report.read_bytes())
    data[2000] ^= 0x01  # inside the signed document
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    code, text = bob("check", changed)
    assert code == 1 and "FAILED" in text and "signature" in text

    damaged = tmp_path / "damaged.casedesk"
    raw = bytearray(bundle.read_bytes())
    raw[-200] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    code, text = bob("check", damaged)
    assert code == 1 and "FAILED" in text

    assert bob("check", tmp_path / "nothing.pdf")[0] == 2
    assert bob("check", bundle, "--bundle", bundle)[0] == 2
