"""Signed bundles: who made a bundle, checked before anything is written.

Trusted, unknown and unsigned signers are imported (the last two with a warning naming what to
compare); a signature that does not hold is refused with the workspace unchanged. The custody log
records each signature, and ``verify`` checks the recorded signatures again.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import BundleError, export_bundle, import_bundle
from casedesk.bundle.signature import SIGNATURE_NAME, SignatureState
from casedesk.core import custody
from casedesk.core.service import CaseService
from casedesk.proof.keys import KeyStore, TrustStore

from .conftest import Exported
from .helpers import read_entries, repack, small_case, tree_state, write_zip


def _edit_signature(bundle: Path, out: Path, edit: Any) -> Path:
    entries = []
    for info, data in read_entries(bundle):
        if info.filename == SIGNATURE_NAME:
            document = json.loads(data)
            edit(document)
            data = json.dumps(document).encode()
        entries.append((info.filename, data))
    return write_zip(out, entries)


def _refused(svc: CaseService, bundle: Path, match: str) -> None:
    before = tree_state(svc.workspace.root)
    with pytest.raises(BundleError, match=match):
        import_bundle(svc, bundle)
    assert tree_state(svc.workspace.root) == before


def test_an_unknown_signer_imports_with_the_fingerprint_to_compare(
    small_export: Exported, svc: CaseService
) -> None:
    result = import_bundle(svc, small_export.bundle)
    signature = result.signature
    assert signature.state == SignatureState.UNKNOWN
    assert signature.signer == "Alice Exporter"
    assert signature.warning is not None and signature.fingerprint in signature.warning.replace(" ", "")
    entry = svc.custody_log(result.case_id)[-1]
    assert entry.action == "bundle_import"
    assert entry.details["signature_state"] == "unknown"
    assert entry.details["signer_fingerprint"] == signature.fingerprint
    # The export recorded the same signature over the same manifest.
    exported = [e for e in svc.custody_log(result.case_id) if e.action == "bundle_export"]
    assert exported == []  # the export entry comes after what the bundle carries


def test_a_trusted_signer_is_named(small_export: Exported, svc: CaseService, tmp_path: Path) -> None:
    signed = import_bundle(svc, small_export.bundle, trust=TrustStore(tmp_path / "empty")).signature
    assert signed.public_key is not None
    trust = TrustStore(tmp_path / "trust")
    trust.trust(signed.public_key, "Alice (checked by phone)")
    again = import_bundle(svc, small_export.bundle, trust=trust)
    assert again.status == "unchanged"
    assert again.signature.state == SignatureState.TRUSTED
    assert again.signature.trusted_name == "Alice (checked by phone)"
    assert again.signature.warning is None


def test_an_unsigned_bundle_imports_with_a_warning(
    source: CaseService, svc: CaseService, tmp_path: Path
) -> None:
    case_id = small_case(source, tmp_path / "files")
    bundle = export_bundle(source, case_id, tmp_path / "old.casedesk", sign=False).path
    assert SIGNATURE_NAME not in {info.filename for info, _ in read_entries(bundle)}
    result = import_bundle(svc, bundle)
    assert result.signature.state == SignatureState.UNSIGNED
    assert result.signature.warning and "not signed" in result.signature.warning


def test_a_manifest_changed_after_signing_is_refused(
    small_export: Exported, svc: CaseService, tmp_path: Path
) -> None:
    def retitle(entries: list[Any]) -> list[Any]:
        out = []
        for name, data in entries:
            if name == "manifest.json":
                document = json.loads(data)
                document["case"]["title"] = "Someone else's case"
                data = json.dumps(document, ensure_ascii=False).encode()
            out.append((name, data))
        return out

    bundle = repack(small_export.bundle, tmp_path / "retitled.casedesk", entries=retitle)
    _refused(svc, bundle, "the manifest was changed after signing")


def test_a_forged_signature_and_a_swapped_key_are_refused(
    small_export: Exported, svc: CaseService, tmp_path: Path
) -> None:
    def flip(document: dict[str, Any]) -> None:
        raw = bytearray(base64.b64decode(document["signature"]))
        raw[0] ^= 1
        document["signature"] = base64.b64encode(bytes(raw)).decode()

    _refused(svc, _edit_signature(small_export.bundle, tmp_path / "flipped.zip", flip), "does not verify")

    other = KeyStore(tmp_path / "mallory").load_or_create().public

    def swap(document: dict[str, Any]) -> None:  # another key put in, the signature left as it was
        document["public_key"] = base64.b64encode(other.raw).decode()
        document["fingerprint"] = other.fingerprint

    _refused(svc, _edit_signature(small_export.bundle, tmp_path / "swapped.zip", swap), "does not verify")

    def mismatch(document: dict[str, Any]) -> None:
        document["fingerprint"] = other.fingerprint

    _refused(svc, _edit_signature(small_export.bundle, tmp_path / "named.zip", mismatch), "not its key's")
    _refused(
        svc,
        _edit_signature(small_export.bundle, tmp_path / "junk.zip", lambda d: d.update(signature="@@")),
        "malformed",
    )


def test_a_key_trusted_by_its_fingerprint_alone_is_recognised(
    small_export: Exported, svc: CaseService, tmp_path: Path
) -> None:
    exporter = import_bundle(svc, small_export.bundle, trust=TrustStore(tmp_path / "none")).signature
    trust = TrustStore(tmp_path / "typed")
    trust.trust(exporter.fingerprint, "Alice")  # read out over the phone, typed in
    again = import_bundle(svc, small_export.bundle, trust=trust).signature
    assert again.state == SignatureState.TRUSTED and again.trusted_name == "Alice"


def test_the_export_records_its_signature_and_verify_rechecks_it(source: CaseService, tmp_path: Path) -> None:
    case_id = small_case(source, tmp_path / "files")
    export_bundle(source, case_id, tmp_path / "b.casedesk")
    entry = source.custody_log(case_id)[-1]
    assert entry.action == "bundle_export" and entry.details["signature_state"] == "signed"
    assert entry.details["signer_fingerprint"] == KeyStore().public_key().fingerprint
    assert source.verify(case_id).ok

    # Someone with raw access rewrites the recorded signature and re-chains the log (the export is
    # the head): the chain holds, the signature no longer does.
    details = dict(entry.details) | {"manifest_sha256": "0" * 64}
    payload = custody.entry_payload(
        case_id=case_id,
        seq=entry.seq,
        at=entry.at,
        investigator=entry.investigator,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        details=details,
    )
    con = sqlite3.connect(source.workspace.db_path)
    with con:
        con.execute("DROP TRIGGER custody_entry_no_update")
        con.execute(
            "UPDATE custody_entry SET details = ?, hash = ? WHERE id = ?",
            (json.dumps(details), custody.chain_hash(entry.prev_hash, payload), entry.id),
        )
    con.close()
    report = source.verify(case_id)
    assert not report.ok
    assert any("signature does not verify" in p.detail for p in report.problems)
