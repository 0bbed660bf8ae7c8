"""Signed phone captures through the service: at ingest, on demand, in the log, as JSON, migrated."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import inspect

from casedesk.core.db import Database, _alembic_config
from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME

from .conftest import corpus_file, sha256

STARLING = "signed/starling-capture"
PHOTO_SHA = "034305235db1ac3fcd6580765f893c53e3aea07e7f2c3096600cb533ac92e94f"
PHOTO = f"{PHOTO_SHA}.jpg"
FAKE_ASC = b"-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n=AAAA\n-----END PGP SIGNATURE-----\n"


def _starling(tmp_path: Path, *, forged: bool = False) -> list[Path]:
    """The corpus's Starling capture under the names the app gives it (signature.json)."""
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    shutil.copyfile(corpus_file(f"{STARLING}/{PHOTO}"), folder / PHOTO)
    shutil.copyfile(corpus_file(f"{STARLING}/information.json"), folder / "information.json")
    signature = "signature.bad.json" if forged else "signature.json"
    shutil.copyfile(corpus_file(f"{STARLING}/{signature}"), folder / "signature.json")
    return [folder / PHOTO, folder / "information.json", folder / "signature.json"]


def _entries(svc: CaseService, case_id: str) -> dict[str, dict[str, Any]]:
    return {
        e.details["original_name"]: e.details for e in svc.custody_log(case_id) if e.action == "evidence_add"
    }


def test_the_real_starling_capture_is_recorded_with_its_media(svc: CaseService, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Captured").id
    paths = _starling(tmp_path)
    results = {Path(r.path).name: r for r in svc.add_files(case_id, paths)}
    assert {r.status for r in results.values()} == {"added"}  # the proof files are evidence too
    assert not any("signed capture" in w.lower() for r in results.values() for w in r.warnings)
    logged = _entries(svc, case_id)
    said = logged[PHOTO]["provenance"]["capture"]
    assert said["kind"] == "starling-capture" and said["media_matches"] is True
    assert said["media_sha256"] == PHOTO_SHA and said["capture_time"] == "2022-08-15T15:37:07.233Z"
    assert [s["state"] for s in said["signatures"]] == ["valid"]
    assert "captures" not in logged[PHOTO]["provenance"]
    assert "capture" not in logged["information.json"].get("provenance", {})
    assert "capture" not in logged["signature.json"].get("provenance", {})

    media_id = results[PHOTO].evidence_id
    assert media_id is not None
    view = svc.provenance_of([media_id])[media_id]
    assert view.capture is not None and view.capture.verified and len(view.captures) == 1
    assert view.capture.location is not None and round(view.capture.location.latitude, 4) == 24.9961

    shown = cli("case", "show", case_id, "--json").json()
    items = {e["original_name"]: e["provenance"] for e in shown["evidence"]}
    capture = items[PHOTO]["capture"]
    assert capture == said and items[PHOTO]["captures"] == [said]
    assert capture["signatures"][0]["provider"] == "AndroidOpenSSL"
    assert {f["role"]: f["sha256"] for f in capture["files"]} == {
        "media": PHOTO_SHA,
        "information": sha256(paths[1]),
        "signature": sha256(paths[2]),
    }
    assert items["information.json"]["capture"] is None and items["signature.json"]["captures"] == []


def test_a_forged_signature_is_a_warning_and_the_files_are_kept(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Forged").id
    results = {Path(r.path).name: r for r in svc.add_files(case_id, _starling(tmp_path, forged=True))}
    assert {r.status for r in results.values()} == {"added"}
    warned = [w for w in results[PHOTO].warnings if w.startswith("Signed capture (starling-capture)")]
    assert warned and "AndroidOpenSSL signature does not hold" in warned[0]
    media_id = results[PHOTO].evidence_id
    assert media_id is not None
    capture = svc.provenance_of([media_id])[media_id].capture
    assert capture is not None and not capture.verified and capture.media_matches is True
    assert [s.state.value for s in capture.signatures] == ["invalid"]


def test_media_that_is_not_what_the_proof_states_is_a_warning(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Altered").id
    photo, information, signature = _starling(tmp_path)
    altered = photo.with_name(f"{PHOTO_SHA}-edited.jpg")  # named by the hash, other bytes
    data = bytearray(photo.read_bytes())
    data[-3] ^= 0x01
    altered.write_bytes(bytes(data))
    photo.unlink()
    results = {Path(r.path).name: r for r in svc.add_files(case_id, [altered, information, signature])}
    assert results[altered.name].status == "added"
    assert any("SHA-256 differs" in w for w in results[altered.name].warnings)
    media_id = results[altered.name].evidence_id
    assert media_id is not None
    capture = svc.provenance_of([media_id])[media_id].capture
    assert capture is not None and capture.media_matches is False


def test_the_capture_is_read_again_on_demand_from_the_case(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Again").id
    results = {Path(r.path).name: r for r in svc.add_files(case_id, _starling(tmp_path))}
    media_id = results[PHOTO].evidence_id
    assert media_id is not None
    before = svc.provenance_of([media_id])[media_id].capture
    shutil.rmtree(tmp_path / "incoming")  # read again from the stored copies, not the user's files
    svc.read_provenance([media_id])
    after = svc.provenance_of([media_id])[media_id].capture
    assert after is not None and after.verified
    assert after.signatures == before.signatures and after.media_name == PHOTO  # type: ignore[union-attr]
    (entry,) = [e for e in svc.custody_log(case_id) if e.action == "provenance_read"]
    assert entry.details["capture"]["media_matches"] is True
    svc.read_provenance([results["signature.json"].evidence_id or ""])  # a proof file is no media
    assert svc.provenance_of([results["signature.json"].evidence_id or ""]).popitem()[1].capture is None


def test_a_proofmode_zip_added_on_its_own_keeps_its_proofs(svc: CaseService, tmp_path: Path) -> None:
    media = corpus_file(f"{STARLING}/{PHOTO}").read_bytes()
    other = media[:-2] + b"\x00\xd9"
    entries: dict[str, bytes] = {"pubkey.asc": FAKE_ASC}
    for name, data in (("a.jpg", media), ("b.jpg", other)):
        h = hashlib.sha256(data).hexdigest()
        proof = {
            "File Hash SHA256": h,
            "File Created": "2024-05-01T12:15:30.123Z",
            "Location.Latitude": "1.5",
        }
        entries |= {
            name: data,
            f"{h}.proof.json": json.dumps(proof).encode(),
            f"{h}.proof.json.asc": FAKE_ASC,
        }
    bundle = tmp_path / "share-proofmode.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    case_id = svc.create_case("Bundle").id
    result, *children = svc.add_files(case_id, [bundle])
    assert result.status == "added" and result.evidence_id is not None
    assert [c.status for c in children] == ["added", "flagged"]  # b.jpg is a damaged JPEG
    assert [c.path for c in children] == [f"{bundle.name} › a.jpg", f"{bundle.name} › b.jpg"]
    view = svc.provenance_of([result.evidence_id])[result.evidence_id]
    assert len(view.captures) == 2 and view.capture is view.captures[0]
    assert {c.media_sha256 for c in view.captures} == {
        hashlib.sha256(media).hexdigest(),
        hashlib.sha256(other).hexdigest(),
    }
    said = _entries(svc, case_id)[bundle.name]["provenance"]
    assert said["capture"]["kind"] == "proofmode" and len(said["captures"]) == 2
    svc.read_provenance([result.evidence_id])  # a ZIP is a capture on its own when read again
    assert len(svc.provenance_of([result.evidence_id])[result.evidence_id].captures) == 2


def test_migration_0012_adds_and_removes_the_column(workspace_dir: Path, tmp_path: Path) -> None:
    svc = CaseService.open(workspace_dir, "tester")
    case_id = svc.create_case("Older").id
    results = {Path(r.path).name: r for r in svc.add_files(case_id, _starling(tmp_path))}
    media_id = results[PHOTO].evidence_id
    assert media_id is not None
    svc.close()
    db = Database(workspace_dir / DB_NAME)
    command.downgrade(_alembic_config(db.engine), "0011")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("evidence_provenance")}
    assert "capture" not in columns and {"signatures", "wacz"} <= columns
    db.dispose()
    svc = CaseService.open(workspace_dir, "tester")  # up again: the old reading has no capture
    try:
        view = svc.provenance_of([media_id])[media_id]
        assert view.capture is None and view.captures == () and view.read_at is not None
        svc.read_provenance([media_id])  # its proof files were added from its folder: found again
        capture = svc.provenance_of([media_id])[media_id].capture
        assert capture is not None and capture.verified
    finally:
        svc.close()


def test_the_media_of_a_proofmode_zip_become_its_children_with_their_proofs(
    svc: CaseService, tmp_path: Path
) -> None:
    media = corpus_file(f"{STARLING}/{PHOTO}").read_bytes()
    h = hashlib.sha256(media).hexdigest()
    proof = {"File Hash SHA256": h, "File Created": "2024-05-01T12:15:30.123Z", "Location.Latitude": "1.5"}
    bundle = tmp_path / "one-proofmode.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("PXL_1.jpg", media)
        archive.writestr(f"{h}.proof.json", json.dumps(proof))
        archive.writestr(f"{h}.asc", FAKE_ASC)
        archive.writestr(f"{h}.ots", b"\x00OpenTimestamps\x00\x00Proof\x00")
    case_id = svc.create_case("Children").id
    result, child = svc.add_files(case_id, [bundle])
    assert child.status == "added" and child.sha256 == h and child.evidence_id is not None
    (entry,) = [e for e in svc.custody_log(case_id) if e.action == "proof_extract"]
    assert entry.object_id == child.evidence_id and entry.details["parent_id"] == result.evidence_id
    assert entry.details["proofmode"] == {"bundle_sha256": sha256(bundle), "entry": "PXL_1.jpg"}
    assert entry.details["provenance"]["capture"]["media_matches"] is True
    capture = svc.provenance_of([child.evidence_id])[child.evidence_id].capture
    assert capture is not None and capture.media_sha256 == h and capture.media_matches is True
    states = {s.provider: s.state.value for s in capture.signatures}
    assert states.get("OpenTimestamps") == "not_verifiable"
    svc.read_provenance([child.evidence_id])  # its proof is read again in the bundle
    again = svc.provenance_of([child.evidence_id])[child.evidence_id].capture
    assert again is not None and again.media_sha256 == h
    assert result.evidence_id is not None
    assert [r.status for r in svc.extract_proof_media(result.evidence_id)] == ["duplicate"]  # nothing twice


def test_the_report_block_shows_the_capture_as_logged(svc: CaseService, tmp_path: Path) -> None:
    from casedesk.core.service.provenance import logged_provenance
    from casedesk.report import ReportOptions
    from casedesk.report.context import snapshot
    from casedesk.report.provenance_block import provenance_rows, worth_showing

    case_id = svc.create_case("Reported").id
    results = {Path(r.path).name: r for r in svc.add_files(case_id, _starling(tmp_path, forged=True))}
    said = logged_provenance(svc.custody_log(case_id))[results[PHOTO].evidence_id or ""]
    assert worth_showing(said)
    with svc.reader(case_id) as reader:
        ctx = snapshot(svc, reader, ReportOptions())
        rows = {label: [block.text for block in value] for label, value in provenance_rows(ctx, said)}
    shown = rows["Signed capture"]
    assert shown[0] == "Starling Capture: Not verified"
    assert shown[1] == "The media's SHA-256 is the one the proof states."
    assert shown[2].startswith("Device time ") and "2022" in shown[2]
    assert shown[3] == "Location 24.996062, 121.510520 (within 21 m)"
    assert shown[4].startswith("Device: Brand: Htc, Manufacturer: HTC")
    assert "AndroidOpenSSL: invalid: the signed files or the signature were altered" in shown
    plain = logged_provenance(svc.custody_log(case_id))[results["signature.json"].evidence_id or ""]
    assert not worth_showing(plain)


def test_what_the_capture_states_is_searchable(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Searched").id
    results = {Path(r.path).name: r for r in svc.add_files(case_id, _starling(tmp_path))}
    media_id = results[PHOTO].evidence_id

    def found(query: str) -> set[tuple[str, str]]:
        return {(hit.object_id, hit.field) for hit in svc.search(query)}

    assert (media_id, "capture") in found("Anping")  # the address the phone stated
    assert (media_id, "capture") in found("bre2exdugl_00400")  # the device
    assert (media_id, "capture") in found("6bd9a92e76dcdaaa44013744fd05f6b1636c950a15f344ce93d6988e8e66468e")
