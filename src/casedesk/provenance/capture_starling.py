"""Starling Capture (numbersprotocol/starling-capture) proofs, checked as its reference verifier does.

``information.json`` states ``proof.hash`` (the media's SHA-256), ``proof.mimeType`` and
``proof.timestamp`` (milliseconds since the epoch), then ``information``: ``{provider, name,
value}`` entries (device, locale, GPS, sensors) named in English by the app's string resources.
``signature.json`` lists signatures, each with the ``proofHash`` it is about. The rules are those of
starlinglab/integrity-preprocessor ``lib/validate/starling_capture.py`` (commit 6cd59dffb2f0):
every ``proofHash`` equals ``proof.hash``, which equals the media's SHA-256; an ``AndroidOpenSSL``
signature is ECDSA P-256 with SHA-256 over the raw bytes of ``information.json``, its
``publicKey`` the hex of a DER SubjectPublicKeyInfo and ``signature`` hex DER. ``Zion`` signatures
(Ethereum-style keys) are recorded as not verifiable: checking them would need an Ethereum library.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from casedesk.i18n import Message, msg
from casedesk.provenance.capture import (
    CaptureFile,
    CaptureGroup,
    CaptureKind,
    CaptureLocation,
    CaptureRecord,
    CaptureSignature,
    SignatureState,
    english,
    location,
    pairs,
    parse_json,
    read_small,
    sha256_file,
    stated_hash,
    text,
    utc_from_ms,
    utc_from_text,
)

INFORMATION = "information.json"
SIGNATURE = "signature.json"
MAX_HEX = 8192  # a P-256 key is 182 hex digits, its signature at most 144
SIGNATURES_KEPT = 50
DEVICE = (
    "Brand",
    "Manufacturer",
    "End Product Name",
    "Device Name",
    "Overall Product Name",
    "Board",
    "Hardware",
    "Device Build ID",
    "Device Build Fingerprint",
    "Device Build Type",
    "Device Build Tags",
    "Device Build Time",
    "Hash of Android ID",
    "Language",
    "Country",
)
_GPS = ("Latitude", "Longitude", "Accuracy", "Timestamp", "Altitude")


def read(media: Path | None, information: Path, signature: Path) -> CaptureRecord:
    problems: list[Message] = []
    files = [CaptureFile("information", information.name), CaptureFile("signature", signature.name)]
    raw = read_small(information, problems)
    info = _object(raw, information.name, problems)
    if raw is not None:
        files[0] = CaptureFile("information", information.name, hashlib.sha256(raw).hexdigest())
    sig_raw = read_small(signature, problems)
    if sig_raw is not None:
        files[1] = CaptureFile("signature", signature.name, hashlib.sha256(sig_raw).hexdigest())
    proof = _dict(info.get("proof"))
    stated = stated_hash(proof.get("hash"))
    if raw is not None and info and stated is None:
        problems.append(msg("the proof states no SHA-256 of the media"))
    stated_list = info.get("information")
    entries = [e for e in stated_list if isinstance(e, dict)] if isinstance(stated_list, list) else []
    table = [(n, e.get("value")) for e in entries if isinstance(n := e.get("name"), str)]
    first = dict(reversed(table))
    signatures = _signatures(sig_raw, signature.name, raw, stated, problems)
    media_matches, media_file = None, None
    if media is not None:
        try:
            actual = sha256_file(media)
        except OSError as exc:
            problems.append(
                msg("{name} could not be read ({reason}).", name=media.name, reason=exc.strerror or exc)
            )
        else:
            media_file = CaptureFile("media", media.name, actual)
            media_matches = actual == stated
            if not media_matches and stated is not None:
                problems.append(msg("the media's SHA-256 differs from the one the proof states"))
    used = {*DEVICE, *(f"{w} GPS {g}" for w in ("Current", "Last Known") for g in _GPS)}
    return CaptureRecord(
        kind=CaptureKind.STARLING,
        media_sha256=stated,
        media_matches=media_matches,
        media_name=media.name if media is not None else None,
        mime_type=text(proof.get("mimeType")),
        capture_time=utc_from_ms(proof.get("timestamp")),
        capture_time_source="proof.timestamp" if utc_from_ms(proof.get("timestamp")) else None,
        location=_location(first),
        device=pairs(table, DEVICE),
        other=pairs((n, v) for n, v in table if n not in used),
        signatures=signatures,
        files=(*((media_file,) if media_file else ()), *files),
        problems=english(problems),
    )


def _object(raw: bytes | None, name: str, problems: list[Message]) -> dict[str, Any]:
    if raw is None:
        return {}
    value = parse_json(raw, name, problems)
    if value is not None and not isinstance(value, dict):
        problems.append(msg("{name} is not a JSON object", name=name))
    return value if isinstance(value, dict) else {}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _location(stated: dict[str, Any]) -> CaptureLocation | None:
    for which in ("Current GPS", "Last Known GPS"):
        lat, lon, accuracy, time, altitude = (stated.get(f"{which} {g}") for g in _GPS)
        found = location(lat, lon, accuracy, utc_from_text(time), altitude, which)
        if found is not None:
            return found
    return None


def _signatures(
    raw: bytes | None, name: str, message: bytes | None, stated: str | None, problems: list[Message]
) -> tuple[CaptureSignature, ...]:
    if raw is None:
        return ()
    value = parse_json(raw, name, problems)
    listed = (
        [value]
        if isinstance(value, dict) and "provider" in value
        else value
        if isinstance(value, list)
        else []
    )
    listed = [s for s in listed if isinstance(s, dict)]
    if not listed:
        if value is not None:
            problems.append(msg("signature.json holds no signature"))
        return ()
    found = []
    for number, sig in enumerate(listed[:SIGNATURES_KEPT], 1):
        if stated is not None and stated_hash(sig.get("proofHash")) != stated:
            problems.append(
                msg("signature {number} is about another media hash than information.json's", number=number)
            )
        found.append(_check(sig, message))
    return tuple(found)


def _check(sig: dict[str, Any], message: bytes | None) -> CaptureSignature:
    provider = text(sig.get("provider")) or "?"
    key_text, sig_text = sig.get("publicKey"), sig.get("signature")

    def result(state: SignatureState, reason: Message, key: str | None = None) -> CaptureSignature:
        return CaptureSignature(provider[:100], key, state, str(reason), INFORMATION)

    if provider == "Zion":
        key = (
            "sha256:" + hashlib.sha256(key_text.encode("utf-8", "surrogatepass")).hexdigest()
            if isinstance(key_text, str)
            else None
        )
        return result(
            SignatureState.NOT_VERIFIABLE,
            msg("Zion (Ethereum-style) signature: not verifiable by CaseDesk."),
            key,
        )
    if provider != "AndroidOpenSSL":
        return result(
            SignatureState.NOT_VERIFIABLE,
            msg("Signature provider {provider!r} is unknown to CaseDesk.", provider=provider[:100]),
        )
    try:
        if (
            not isinstance(key_text, str)
            or not isinstance(sig_text, str)
            or max(len(key_text), len(sig_text)) > MAX_HEX
        ):
            raise ValueError("publicKey and signature must be hexadecimal text")
        key_der, signature = bytes.fromhex(key_text), bytes.fromhex(sig_text)
    except ValueError as exc:
        return result(
            SignatureState.ERROR,
            msg("The public key or the signature is malformed ({reason}).", reason=str(exc)),
        )
    key_id = "sha256:" + hashlib.sha256(key_der).hexdigest()
    try:
        public = serialization.load_der_public_key(key_der)
    except (ValueError, UnsupportedAlgorithm) as exc:
        return result(
            SignatureState.ERROR,
            msg(
                "The public key or the signature is malformed ({reason}).",
                reason=str(exc).split(".")[0][:200],
            ),
            key_id,
        )
    if not isinstance(public, ec.EllipticCurvePublicKey) or not isinstance(public.curve, ec.SECP256R1):
        return result(SignatureState.ERROR, msg("The public key is not an ECDSA P-256 key."), key_id)
    if message is None:
        return result(SignatureState.ERROR, msg("The file it signs is missing or could not be read."), key_id)
    try:
        public.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return result(
            SignatureState.INVALID,
            msg("The signature does not match information.json: the file or the signature was altered."),
            key_id,
        )
    return result(
        SignatureState.VALID,
        msg(
            "Valid signature over information.json; its public key travels with the capture, so it "
            "names the signer only if the key is known from elsewhere."
        ),
        key_id,
    )


def groups(members: Sequence[Path], sha256: Callable[[Path], str | None]) -> list[CaptureGroup]:
    """Starling captures among files of one folder (see :func:`~.capture.find_captures`)."""
    names = {p.name: p for p in members}
    found: list[CaptureGroup] = []
    taken: set[Path] = set()
    for name, information in sorted(names.items()):
        if not name.lower().endswith(INFORMATION):
            continue
        signature = names.get(name[: -len(INFORMATION)] + SIGNATURE)
        if signature is None:
            continue
        problems: list[Message] = []
        raw = read_small(information, problems)
        info = _object(raw, name, problems)
        proof = _dict(info.get("proof"))
        stated = stated_hash(proof.get("hash"))
        rest = [p for p in members if p not in (information, signature) and p not in taken]
        rest = [p for p in rest if not p.name.lower().endswith(".json")]
        media = next((p for p in rest if stated and p.name.lower().startswith(stated)), None)
        if media is None and stated:
            media = next((p for p in rest if sha256(p) == stated), None)
        if media is not None:
            taken.add(media)
        files = (information, signature, *((media,) if media else ()))
        found.append(CaptureGroup(CaptureKind.STARLING, files, media, information, signature))
    return found
