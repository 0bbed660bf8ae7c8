"""Signed captures and web archives, for the provenance service: read safely, summarised for the log.

Reading is never allowed to lose a file: a fault of gpgv, of the WACZ reader or of the capture
reader becomes a record (or a warning) saying so, the file is added anyway. What the custody log
keeps of a reading (``signature_details``, ``wacz_details``) is short and stable; the whole reading
is the provenance row's ``signatures`` and ``wacz`` columns. Signed phone captures (Starling
Capture, ProofMode: :mod:`casedesk.provenance.capture`) are grouped among the files added together
(``capture_groups``), read from where the user has them and kept whole, as a list of records, in
the row's ``capture`` column and in the log.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cryptography import x509

from casedesk.i18n import Message, msg
from casedesk.provenance.capture import (
    CaptureGroup,
    CaptureRecord,
    SignatureState,
    find_captures,
    read_proofmode_all,
)
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


# -- signed phone captures -------------------------------------------------------------------------

Captures = list[CaptureRecord] | str  # the records read, or why the capture was not read


def capture_groups(paths: Iterable[Path]) -> dict[Path, CaptureGroup]:
    """Among files added together, the captures they make, each under the file it is about: its
    media, else the ProofMode ZIP, else its first proof file (a capture given without its media)."""
    try:
        groups = find_captures(list(paths))
    except Exception:  # a fault of the grouping must not lose the files: they are added unread
        return {}
    found: dict[Path, CaptureGroup] = {}
    for group in groups:
        target = group.media or group.bundle or group.information or group.files[0]
        found.setdefault(target, group)
    return found


def read_capture(group: CaptureGroup, keyring: Keyring) -> Captures:
    """The capture's records (a ProofMode ZIP may hold several proofs), or why it was not read."""
    if group.bundle is not None:
        return read_capture_bundle(group.bundle, keyring)
    try:
        return [group.read(keyring)]
    except Exception as exc:  # a fault of the reader must not lose the file: say so, add it
        return str(msg("The signed capture was not read: {reason}", reason=exc))


def read_capture_bundle(path: Path, keyring: Keyring) -> Captures:
    """Every proof of a ProofMode bundle (ZIP), or why it was not read."""
    try:
        return read_proofmode_all(path, keyring)
    except Exception as exc:  # a fault of the reader must not lose the file: say so, add it
        return str(msg("The signed capture was not read: {reason}", reason=exc))


def reread_capture(
    own: tuple[str, Path],
    others: Sequence[tuple[str, Path]],
    keyring: Keyring,
    parent: tuple[Path, str] | None = None,
) -> list[CaptureRecord] | None:
    """Read an item's capture again from the stored copies: ``own`` the item (its name, its stored
    path), ``others`` the capture's other files in its case, ``parent`` the ProofMode bundle it was
    taken from and the item's SHA-256 (its proof is read again there). None when they make no
    capture."""
    name, path = own
    if parent is not None:
        found = read_capture_bundle(parent[0], keyring)
        if not isinstance(found, list):
            return None
        media = (next((f.sha256 for f in r.files if f.role == "media"), None) for r in found)
        return [r for r, sha in zip(found, media, strict=True) if sha == parent[1]][:1] or None
    if not others:
        group = capture_groups([path]).get(path)  # only a ProofMode ZIP is a capture on its own
        if group is None or group.bundle is None:
            return None
        found = read_capture(group, keyring)
        return found if isinstance(found, list) else None
    with tempfile.TemporaryDirectory(prefix="casedesk-capture-") as folder:
        links: dict[Path, Path] = {}
        for file_name, stored in [own, *others]:
            link = Path(folder) / Path(file_name).name
            if link in links or not link.name:
                continue
            try:
                os.symlink(stored, link)
            except OSError:  # a name no folder can hold ("..", too long): that file is left out
                continue
            links[link] = stored
        groups = capture_groups(links)
        mine = Path(folder) / Path(name).name
        group = groups.get(mine)  # a capture is about its media: its proof files carry none
        if group is None:
            return None
        found = read_capture(group, keyring)
        return found if isinstance(found, list) else None


def capture_findings(records: Sequence[CaptureRecord]) -> list[Message]:
    """Warnings on the item a capture is about: a signature that does not hold or could not be
    checked, and what the reader found wrong (media that is not what the proof states …)."""
    out: list[Message] = []
    for record in records:
        kind = record.kind.value  # a media hash that differs is one of the record's problems
        for sig in record.signatures:
            if sig.state is SignatureState.INVALID:
                out.append(
                    msg(
                        "Signed capture ({kind}): the {provider} signature does not hold: {reason}",
                        kind=kind,
                        provider=sig.provider,
                        reason=sig.reason,
                    )
                )
            elif sig.state is SignatureState.ERROR:
                out.append(
                    msg(
                        "Signed capture ({kind}): the {provider} signature could not be checked: {reason}",
                        kind=kind,
                        provider=sig.provider,
                        reason=sig.reason,
                    )
                )
        out += [msg("Signed capture ({kind}): {problem}", kind=kind, problem=p) for p in record.problems]
    return out


def capture_details(records: Sequence[CaptureRecord]) -> dict[str, Any]:
    """What a custody entry says of a capture: the record whole (``capture``), and every record
    (``captures``) when a ProofMode ZIP holds several proofs."""
    said: dict[str, Any] = {"capture": records[0].to_dict()} if records else {}
    if len(records) > 1:
        said["captures"] = [r.to_dict() for r in records]
    return said
