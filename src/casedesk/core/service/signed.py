"""Signed captures and web archives, for the provenance service: read safely, summarised for the log.

Reading is never allowed to lose a file: a fault of gpgv or of the WACZ reader becomes a record (or
a warning) saying so, the file is added anyway. What the custody log keeps of a reading
(``signature_details``, ``wacz_details``) is short and stable; the whole reading is the
provenance row's ``signatures`` and ``wacz`` columns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cryptography import x509

from casedesk.provenance.openpgp import (
    MAX_SIGNATURE_BYTES,
    SIDECAR_SUFFIXES,
    Keyring,
    SignatureRecord,
    SignatureStatus,
    describe,
    sidecar_subject,
    verify_detached,
)
from casedesk.provenance.wacz import WaczRecord, is_wacz, read_wacz
from casedesk.textutil import clip


def sidecar_names(name: str) -> list[str]:
    """The names a detached signature of ``name`` goes by (``x.jpg.asc``, ``x.jpg.sig`` …)."""
    return [name + suffix for suffix in (*SIDECAR_SUFFIXES, *(s.upper() for s in SIDECAR_SUFFIXES))]


def pair_sidecars(paths: Iterable[Path]) -> dict[Path, list[Path]]:
    """Among files added together, each signed file and its detached signatures beside it."""
    given = set(paths)
    pairs: dict[Path, list[Path]] = {}
    for path in sorted(given):
        subject = sidecar_subject(path.name)
        if subject is not None and (target := path.with_name(subject)) in given:
            pairs.setdefault(target, []).append(path)
    return pairs


def check_sidecar(subject: Path, sidecar: Path, keyring: Keyring) -> list[SignatureRecord]:
    """Verify one sidecar file (read from where the user has it) over the stored subject."""
    try:
        with sidecar.open("rb") as handle:
            data = handle.read(MAX_SIGNATURE_BYTES + 1)
    except OSError as exc:
        status = SignatureStatus.ERROR
        record = SignatureRecord(
            status=status, reason=str(describe(status)), detail=str(exc.strerror), signature_file=sidecar.name
        )
        return [record]
    return check_bytes(subject, data, sidecar.name, keyring)


def check_bytes(subject: Path, data: bytes, name: str, keyring: Keyring) -> list[SignatureRecord]:
    try:
        return verify_detached(subject, data, keyring, signature_file=name)
    except Exception as exc:  # a fault of the checker must not lose the file: record it
        status = SignatureStatus.ERROR
        return [
            SignatureRecord(status=status, reason=str(describe(status)), detail=str(exc), signature_file=name)
        ]


def wacz_of(path: Path, tsa: Sequence[x509.Certificate]) -> WaczRecord | str | None:
    """The web-archive check of a file that is a WACZ, None for any other, or why it failed."""
    try:
        return read_wacz(path, tsa) if is_wacz(path) else None
    except Exception as exc:  # a fault of the reader must not lose the file: say so, add it
        return f"The web archive (WACZ) was not read: {exc}"


def trusted_tsas() -> list[x509.Certificate]:
    """The investigator's trusted TSAs (they vouch for WACZ time stamps too); none if unreadable."""
    from casedesk.proof.tsa_trust import TsaTrustStore

    try:
        return TsaTrustStore().certificates()
    except Exception:  # a damaged trust file is reported where it is managed, not at every ingest
        return []


def linked(records: Sequence[SignatureRecord], by_sha: dict[str, str]) -> tuple[SignatureRecord, ...]:
    """Each record with the evidence id of its signature file, when that file is in the case."""
    return tuple(
        dataclasses.replace(r, signature_evidence_id=by_sha.get(r.signature_sha256)) for r in records
    )


def signature_details(records: Sequence[SignatureRecord]) -> list[dict[str, Any]]:
    """What a custody entry says of each signature checked."""
    out = []
    for r in records[:20]:
        said: dict[str, Any] = {"file": clip(r.signature_file, 200), "sha256": r.signature_sha256}
        said["status"] = r.status.value
        said["valid"] = r.valid
        optional = {
            "key_id": r.key_id,
            "fingerprint": r.fingerprint,
            "user_id": clip(r.user_id, 200) if r.user_id else None,
            "signed_at": r.signed_at,
            "detail": clip(r.detail, 200) if r.detail else None,
        }
        said.update({k: v for k, v in optional.items() if v})
        said["keyring"] = r.keyring
        said["reader"] = r.reader
        out.append(said)
    return out


def wacz_details(record: WaczRecord) -> dict[str, Any]:
    """What a custody entry says of a web-archive check."""
    said: dict[str, Any] = {
        "status": record.status.value,
        "verified": record.verified,
        "signed": record.signed,
        "pages": record.page_count,
        "hashes_checked": record.hashes_checked,
    }
    optional = {
        "signer": clip(record.signer, 200) if record.signer else None,
        "signature": record.signature.state.value if record.signature else None,
        "timestamp": record.signature.timestamp if record.signature else None,
        "hashes_failed": [clip(p, 200) for p in record.hashes_failed[:20]],
        "digest_ok": record.digest_ok,
        "created": record.created,
        "software": clip(record.software, 200) if record.software else None,
        "error": clip(record.error, 300) if record.error else None,
    }
    said.update({k: v for k, v in optional.items() if v is not None and v != []})
    return said
