"""Signed files and web archives through the service: at ingest, on demand, in the log, as JSON."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import inspect

from casedesk.core.db import Database, _alembic_config
from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME

from .conftest import corpus_file, sha256

PGP = "signed/openpgp"
DEBIAN_FPR = "A1BD8E9D78F7FE5C3E65D8AF8B48AD6246925553"


def _pair(tmp_path: Path, stem: str, *, tamper: bool = False) -> tuple[Path, Path]:
    """The corpus's subject and signature under the names a sidecar has (x and x.asc)."""
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    subject = folder / f"{stem}.txt"
    data = bytearray(corpus_file(f"{PGP}/{stem}.subj").read_bytes())
    if tamper:
        data[10] ^= 0x20
    subject.write_bytes(bytes(data))
    sidecar = folder / f"{stem}.txt.asc"
    shutil.copyfile(corpus_file(f"{PGP}/{stem}.sig.asc"), sidecar)
    return subject, sidecar


def _import_keys(svc: CaseService) -> None:
    for stem in ("debian-sid", "ubuntu-precise"):
        svc.import_pgp_keys(corpus_file(f"{PGP}/{stem}.key.asc").read_bytes())


def _entries(svc: CaseService, case_id: str) -> dict[str, dict[str, Any]]:
    return {
        e.details["original_name"]: e.details for e in svc.custody_log(case_id) if e.action == "evidence_add"
    }


def test_a_file_added_with_its_signature_is_verified_and_both_are_kept(
    svc: CaseService, tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    _import_keys(svc)
    case_id = svc.create_case("Signed").id
    subject, sidecar = _pair(tmp_path, "debian-sid")
    results = {Path(r.path).name: r for r in svc.add_files(case_id, [subject, sidecar])}
    assert all(r.status == "added" for r in results.values())  # the signature is evidence too
    assert not any("signature" in w.lower() for w in results["debian-sid.txt"].warnings)
    said = _entries(svc, case_id)["debian-sid.txt"]["provenance"]["signatures"]
    assert said == [
        {
            "file": "debian-sid.txt.asc",
            "sha256": sha256(sidecar),
            "status": "good, key expired since",
            "valid": True,
            "key_id": "8B48AD6246925553",
            "fingerprint": DEBIAN_FPR,
            "user_id": "Debian Archive Automatic Signing Key (7.0/wheezy) <ftpmaster@debian.org>",
            "signed_at": "2014-04-29T20:59:00Z",
            "keyring": svc.pgp_keyring().digest,
            "reader": said[0]["reader"],
        }
    ]
    assert "signatures" not in _entries(svc, case_id)["debian-sid.txt.asc"]["provenance"]
    view = svc.provenance_of([results["debian-sid.txt"].evidence_id])[results["debian-sid.txt"].evidence_id]
    (record,) = view.signatures
    assert record.valid and record.signature_evidence_id == results["debian-sid.txt.asc"].evidence_id
    assert svc.verify(case_id).ok

    shown = cli("case", "show", case_id, "--json")
    svc_items = {item["original_name"]: item for item in shown.json()["evidence"]}
    provenance = svc_items["debian-sid.txt"]["provenance"]
    assert set(provenance) == {"c2pa", "signatures", "wacz", "capture", "captures"}
    assert provenance["wacz"] is None and provenance["capture"] is None
    assert provenance["signatures"][0]["fingerprint"] == DEBIAN_FPR
    assert provenance["signatures"][0]["signature_evidence_id"] == results["debian-sid.txt.asc"].evidence_id


def test_a_tampered_file_is_a_warning_and_kept_as_received(svc: CaseService, tmp_path: Path) -> None:
    _import_keys(svc)
    case_id = svc.create_case("Tampered").id
    subject, sidecar = _pair(tmp_path, "ubuntu-precise", tamper=True)
    results = {Path(r.path).name: r for r in svc.add_files(case_id, [subject, sidecar])}
    assert any("Bad OpenPGP signature" in w for w in results["ubuntu-precise.txt"].warnings)
    assert sha256(svc.original_path(results["ubuntu-precise.txt"].evidence_id)) == sha256(subject)
    (said,) = _entries(svc, case_id)["ubuntu-precise.txt"]["provenance"]["signatures"]
    assert (said["status"], said["valid"]) == ("bad", False)


def test_a_key_imported_later_verifies_on_demand(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Later").id
    subject, sidecar = _pair(tmp_path, "debian-sid")
    results = {Path(r.path).name: r for r in svc.add_files(case_id, [subject, sidecar])}
    evidence_id = results["debian-sid.txt"].evidence_id
    assert evidence_id is not None
    assert any("not imported" in w for w in results["debian-sid.txt"].warnings)
    _import_keys(svc)
    svc.read_provenance([evidence_id])
    (record,) = svc.provenance_of([evidence_id])[evidence_id].signatures
    assert record.valid and record.fingerprint == DEBIAN_FPR
    (entry,) = [e for e in svc.custody_log(case_id) if e.action == "provenance_read"]
    assert entry.details["signatures"][0]["status"] == "good, key expired since"
    assert svc.verify(case_id).ok


def test_the_signer_is_searchable(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Signers").id
    subject, sidecar = _pair(tmp_path, "debian-sid")
    results = {Path(r.path).name: r for r in svc.add_files(case_id, [subject, sidecar])}
    evidence_id = results["debian-sid.txt"].evidence_id

    def found(query: str) -> set[tuple[str, str]]:
        return {(hit.object_id, hit.field) for hit in svc.search(query)}

    # Without the key only its id is known: the signature names it.
    assert found("8B48AD6246925553") == {(evidence_id, "pgp_signers")}
    assert found("ftpmaster") == set()
    _import_keys(svc)
    svc.read_provenance([evidence_id])  # read again with the key: the signer's name is known now
    assert found("ftpmaster") == {(evidence_id, "pgp_signers")}
    assert found(DEBIAN_FPR) == {(evidence_id, "pgp_signers")}
    assert (evidence_id, "pgp_signers") in found("wheezy")


def test_a_wacz_added_as_evidence_is_checked(svc: CaseService, cli) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Archives").id
    names = [
        "example.wacz",
        "starling-good-domain-sig.wacz",
        "starling-bad-domain-sig.wacz",
        "valid_example_2.wacz",
    ]
    results = {
        Path(r.path).name: r for r in svc.add_files(case_id, [corpus_file(f"wacz/{n}") for n in names])
    }
    assert any("signature is invalid" in w for w in results["starling-bad-domain-sig.wacz"].warnings)
    said = {n: d["provenance"]["wacz"] for n, d in _entries(svc, case_id).items()}
    assert {n: (s["verified"], s["signed"]) for n, s in said.items()} == {
        "example.wacz": (True, True),
        "starling-good-domain-sig.wacz": (True, True),
        "starling-bad-domain-sig.wacz": (False, True),
        "valid_example_2.wacz": (True, False),
    }
    assert said["starling-good-domain-sig.wacz"]["signer"] == "org1.authsign.stg.starlinglab.org"
    items = {i["original_name"]: i for i in cli("case", "show", case_id, "--json").json()["evidence"]}
    wacz = items["starling-good-domain-sig.wacz"]["provenance"]["wacz"]
    assert list(wacz)[:5] == ["verified", "signed", "signer", "pages", "resources"]
    assert wacz["pages"] == [
        {"url": "https://example.com/", "title": "Example Domain", "ts": "2022-05-31T15:15:22Z"}
    ]
    svc.read_provenance([results["example.wacz"].evidence_id or ""])
    again = svc.provenance_of([results["example.wacz"].evidence_id or ""])
    assert next(iter(again.values())).wacz is not None
    assert svc.verify(case_id).ok


def test_the_pgp_command_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = cli("pgp", "import", corpus_file(f"{PGP}/debian-sid.key.asc"), "--json")
    assert done.code == 0 and done.json()[0]["fingerprint"] == DEBIAN_FPR
    listed = cli("pgp", "list")
    assert listed.code == 0 and "A1BD 8E9D" in listed.out and "wheezy" in listed.out
    junk = tmp_path / "junk.asc"
    junk.write_text("no key here")
    refused = cli("pgp", "import", junk)
    assert refused.code == 2 and "no OpenPGP public key" in refused.err


def test_migration_0010_adds_and_removes_the_columns(workspace_dir: Path) -> None:
    svc = CaseService.open(workspace_dir, "tester")
    case_id = svc.create_case("Older").id
    (added,) = svc.add_files(case_id, [corpus_file("wacz/valid_example_2.wacz")])
    svc.close()
    db = Database(workspace_dir / DB_NAME)
    command.downgrade(_alembic_config(db.engine), "0009")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("evidence_provenance")}
    assert not {"signatures", "wacz"} & columns
    db.dispose()
    svc = CaseService.open(workspace_dir, "tester")  # up again: the old reading has no archive check
    try:
        assert added.evidence_id is not None
        view = svc.provenance_of([added.evidence_id])[added.evidence_id]
        assert view.wacz is None and view.signatures == ()
        svc.read_provenance([added.evidence_id])
        record = svc.provenance_of([added.evidence_id])[added.evidence_id].wacz
        assert record is not None and record.verified
    finally:
        svc.close()
