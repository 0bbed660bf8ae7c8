"""Web archives checked offline: the corpus's four WACZ files with the verdicts MANIFEST.tsv states,
and hostile archives made here (bombs, path tricks, lying sizes, altered resources)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from casedesk.provenance.wacz import (
    WaczLimits,
    WaczRecord,
    WaczStatus,
    findings,
    is_wacz,
    read_wacz,
)
from casedesk.provenance.wacz_signature import SignatureState

from .conftest import corpus_file, manifest_rows, sha256

ANONYMOUS = "wacz/example.wacz"
DOMAIN_GOOD = "wacz/starling-good-domain-sig.wacz"
DOMAIN_BAD = "wacz/starling-bad-domain-sig.wacz"
UNSIGNED = "wacz/valid_example_2.wacz"


def _read(relative: str) -> WaczRecord:
    path = corpus_file(relative)
    assert sha256(path) == manifest_rows()[relative][3]
    assert is_wacz(path)
    return read_wacz(path)


def test_anonymously_signed_archive_is_valid_with_no_signer_identity() -> None:
    record = _read(ANONYMOUS)
    assert record.verified and record.signed and record.digest_ok
    assert record.signature is not None and record.signature.kind == "anonymous"
    assert record.signature.state is SignatureState.VALID
    assert record.signer is not None and record.signer.startswith("anonymous key sha256:")
    assert (record.hashes_checked, record.hashes_failed) == (3, ())
    assert record.page_count == 1
    assert (record.pages[0].url, record.pages[0].title) == ("https://webrecorder.net/", "Webrecorder")
    assert record.software == "Webrecorder ArchiveWeb.page 0.8.1, using warcio.js 1.5.1"
    assert record.created == "2022-09-16T19:14:45.174Z" and findings(record) == []


def test_domain_signed_archive_is_valid_at_its_time_stamp() -> None:
    record = _read(DOMAIN_GOOD)
    sig = record.signature
    assert record.verified and sig is not None and sig.state is SignatureState.VALID, sig
    assert record.signer == "org1.authsign.stg.starlinglab.org" and sig.kind == "domain"
    assert sig.not_after == "2022-08-27T23:50:57+00:00"  # long expired: checked at the stamp's time
    assert sig.timestamp == "2022-05-31T15:15:24+00:00" and sig.tsa is not None and "freetsa" in sig.tsa
    assert sig.software == "authsigner 0.4.0" and record.software == "py-wacz 0.4.6"
    assert (record.hashes_checked, record.hashes_failed, record.page_count) == (5, (), 1)
    assert record.pages[0].url == "https://example.com/"


def test_an_altered_signature_is_invalid_though_every_hash_matches() -> None:
    record = _read(DOMAIN_BAD)
    assert not record.verified and record.signed and record.digest_ok and record.hashes_failed == ()
    assert record.signature is not None and record.signature.state is SignatureState.INVALID
    assert record.signature.problem == "the ECDSA signature does not verify"
    assert any("signature is invalid" in str(m) for m in findings(record))


def test_an_unsigned_archive_is_verified_by_its_hashes() -> None:
    record = _read(UNSIGNED)
    assert record.verified and not record.signed and record.signer is None and record.digest_ok
    assert (record.hashes_checked, record.page_count, record.title) == (4, 1, "Example Collection")


def test_records_survive_json() -> None:
    for relative in (ANONYMOUS, DOMAIN_GOOD, DOMAIN_BAD, UNSIGNED):
        record = _read(relative)
        assert WaczRecord.from_dict(json.loads(json.dumps(record.to_dict()))) == record


# -- hostile archives ------------------------------------------------------------------------------


def _rewrite(
    source: Path, target: Path, change: dict[str, bytes | None], extra: dict[str, bytes] | None = None
) -> Path:
    """A copy of a WACZ with some members replaced (or dropped: None) and others added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def test_an_altered_resource_fails_its_hash_and_the_signature_still_covers_the_package(
    tmp_path: Path,
) -> None:
    source = corpus_file(UNSIGNED)
    with zipfile.ZipFile(source) as z:
        pages = z.read("pages/pages.jsonl").replace(b"Example Domain", b"Altered Domain")
    record = read_wacz(_rewrite(source, tmp_path / "x.wacz", {"pages/pages.jsonl": pages}))
    assert not record.verified and record.hashes_failed == ("pages/pages.jsonl",)
    assert record.pages[0].title == "Altered Domain"
    assert any("resource" in str(m) for m in findings(record))


def test_an_edited_datapackage_breaks_the_digest_and_the_signature(tmp_path: Path) -> None:
    source = corpus_file(ANONYMOUS)
    with zipfile.ZipFile(source) as z:
        package = json.loads(z.read("datapackage.json"))
    package["title"] = "Someone else"
    record = read_wacz(
        _rewrite(source, tmp_path / "x.wacz", {"datapackage.json": json.dumps(package).encode()})
    )
    assert not record.verified and record.digest_ok is False
    assert record.signature is not None and record.signature.state is SignatureState.INVALID


def test_a_lying_size_is_caught(tmp_path: Path) -> None:
    source = corpus_file(UNSIGNED)
    with zipfile.ZipFile(source) as z:
        package = json.loads(z.read("datapackage.json"))
    package["resources"][0]["bytes"] += 1
    record = read_wacz(
        _rewrite(source, tmp_path / "x.wacz", {"datapackage.json": json.dumps(package).encode()})
    )
    assert not record.verified and record.resources[0].problem is not None
    assert "not the" in record.resources[0].problem


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a\\..\\b", "C:/x"])
def test_path_tricks_are_refused(tmp_path: Path, name: str) -> None:
    record = read_wacz(_rewrite(corpus_file(UNSIGNED), tmp_path / "x.wacz", {}, {name: b"x"}))
    assert record.status is WaczStatus.ERROR and not record.verified
    assert record.error is not None and findings(record)


def test_a_zip_bomb_stops_after_the_limit(tmp_path: Path) -> None:
    bomb = b"\0" * (64 << 20)
    target = tmp_path / "bomb.wacz"
    package = {
        "resources": [
            {
                "path": "archive/bomb.warc",
                "hash": "sha256:" + hashlib.sha256(bomb).hexdigest(),
                "bytes": len(bomb),
            }
        ]
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("datapackage.json", json.dumps(package))
        z.writestr("archive/bomb.warc", bomb)
    record = read_wacz(target)
    assert record.status is WaczStatus.ERROR and record.error is not None and "zip bomb" in record.error
    small = read_wacz(target, limits=WaczLimits(max_total_bytes=1 << 20, max_ratio=1 << 30))
    assert small.status is WaczStatus.ERROR


def test_not_a_wacz(tmp_path: Path) -> None:
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("readme.txt", "hello")
    assert not is_wacz(plain) and not is_wacz(corpus_file("signed/openpgp/debian-sid.subj"))
    truncated = tmp_path / "cut.wacz"
    truncated.write_bytes(corpus_file(UNSIGNED).read_bytes()[:2000])
    assert read_wacz(truncated).status is WaczStatus.ERROR
