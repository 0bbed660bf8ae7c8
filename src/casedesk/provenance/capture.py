"""Signed phone captures read and checked offline: Starling Capture and ProofMode.

A capture is a media file plus the proof the capturing app made beside it. This module holds what
both formats become (:class:`CaptureRecord`, plain, frozen, JSON-ready), the helpers they share
and :func:`find_captures`, which groups files added together into captures; the formats are read
by :mod:`.capture_starling` (``information.json`` + ``signature.json``, ECDSA P-256 checked here
with ``cryptography``) and :mod:`.capture_proofmode` (``*.proof.json`` / ``*.proof.csv`` with
detached OpenPGP signatures, loose or in a ZIP read as hostile). Nothing here raises for what the
files hold: every defect becomes one of the record's ``problems`` (English sentences made with
``msg``), and every signature carries its own state and reason.

A signature's key travels with the capture: a valid signature proves the files are unchanged
since that key signed, not who holds the key.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casedesk.i18n import Message, msg

if TYPE_CHECKING:
    from casedesk.provenance.openpgp import Keyring

RECORD_FORMAT = 1
READER = "casedesk capture 1"
MAX_PROOF_BYTES = 16 << 20  # information.json, signature.json, proof.json/csv: a few KiB each
FIELDS_KEPT = 200  # stated name/value pairs kept per record
VALUE_CHARS = 2000
CHUNK = 1 << 20
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_HEX64 = re.compile(r"[0-9a-f]{64}")

Pairs = tuple[tuple[str, str], ...]


class CaptureKind(StrEnum):
    STARLING = "starling-capture"
    PROOFMODE = "proofmode"


class SignatureState(StrEnum):
    VALID = "valid"  # checked: the signed bytes are unchanged since the key signed them
    INVALID = "invalid"  # checked: they were altered (or the signature was)
    NOT_VERIFIABLE = "not_verifiable"  # CaseDesk cannot check this kind offline (Zion, .ots)
    UNCHECKED = "unchecked"  # OpenPGP read without a keyring: left to a check against the case's
    ERROR = "error"  # malformed: no check was possible


@dataclass(frozen=True, slots=True)
class CaptureLocation:
    latitude: float
    longitude: float
    accuracy_m: float | None = None
    time: str | None = None  # the fix's own time, ISO 8601 UTC
    altitude_m: float | None = None
    source: str | None = None  # "Current GPS", "Last Known GPS", ProofMode's provider ("gps", …)


@dataclass(frozen=True, slots=True)
class CaptureSignature:
    provider: str  # "AndroidOpenSSL", "Zion", "OpenPGP", "OpenTimestamps", …
    key: str | None  # "sha256:<hex>" of the public key, or the OpenPGP fingerprint / key id
    state: SignatureState
    reason: str  # the state in an English sentence
    subject: str | None = None  # the file it covers


@dataclass(frozen=True, slots=True)
class CaptureFile:
    role: str  # media, information, signature, proof-json, proof-csv, openpgp-signature, …
    name: str
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class CaptureRecord:
    kind: CaptureKind
    media_sha256: str | None = None  # as the proof states it
    media_matches: bool | None = None  # None: no media file was given (or it could not be read)
    media_name: str | None = None
    mime_type: str | None = None  # as the proof states it (ProofMode states none)
    capture_time: str | None = None  # ISO 8601 UTC
    capture_clock: str | None = None  # the phone's clock time when its zone is unknown (ProofMode)
    capture_time_source: str | None = None  # the stated field it comes from
    location: CaptureLocation | None = None
    device: Pairs = ()
    network: Pairs = ()
    other: Pairs = ()  # the rest of what the proof states (sensors, addresses, notes …)
    signatures: tuple[CaptureSignature, ...] = ()
    files: tuple[CaptureFile, ...] = ()
    problems: tuple[str, ...] = ()
    reader: str = READER

    @property
    def verified(self) -> bool:
        """The media matches the proof, a signature holds and none was found altered."""
        states = [s.state for s in self.signatures]
        return (
            self.media_matches is True
            and SignatureState.VALID in states
            and SignatureState.INVALID not in states
            and not self.problems
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": RECORD_FORMAT}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "location":
                value = None if value is None else {g.name: getattr(value, g.name) for g in fields(value)}
            elif f.name in ("signatures", "files"):
                value = [{g.name: _plain(getattr(v, g.name)) for g in fields(v)} for v in value]
            elif isinstance(value, tuple):
                value = [list(v) if isinstance(v, tuple) else v for v in value]
            data[f.name] = _plain(value)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaptureRecord:
        loc = data.get("location")
        names = {f.name for f in fields(CaptureLocation)}
        values: dict[str, Any] = {k: data.get(k) for k in _SCALARS}
        for k in ("device", "network", "other"):
            values[k] = tuple((str(n), str(v)) for n, v in data.get(k) or ())
        return cls(
            kind=CaptureKind(data["kind"]),
            location=CaptureLocation(**{k: v for k, v in loc.items() if k in names}) if loc else None,
            signatures=tuple(
                CaptureSignature(
                    provider=s["provider"],
                    key=s.get("key"),
                    state=SignatureState(s["state"]),
                    reason=s.get("reason", ""),
                    subject=s.get("subject"),
                )
                for s in data.get("signatures") or ()
            ),
            files=tuple(CaptureFile(f["role"], f["name"], f.get("sha256")) for f in data.get("files") or ()),
            problems=tuple(data.get("problems") or ()),
            reader=data.get("reader", ""),
            **values,
        )


_SCALARS = (
    "media_sha256",
    "media_matches",
    "media_name",
    "mime_type",
    "capture_time",
    "capture_clock",
    "capture_time_source",
)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


# -- reading the formats ---------------------------------------------------------------------------


def read_starling(media: Path | None, information: Path, signature: Path) -> CaptureRecord:
    """Check a Starling Capture: ``information.json``, ``signature.json`` and (if given) the media."""
    from casedesk.provenance.capture_starling import read

    return read(media, information, signature)


def read_proofmode(path: Path, keyring: Keyring | None = None) -> CaptureRecord:
    """Read a ProofMode bundle (a ZIP, or a folder of its loose files); the first proof if several."""
    from casedesk.provenance.capture_proofmode import read_all

    return read_all(path, keyring)[0]


def read_proofmode_all(path: Path, keyring: Keyring | None = None) -> list[CaptureRecord]:
    """Every proof of a ProofMode bundle (a batch share holds several), one record each."""
    from casedesk.provenance.capture_proofmode import read_all

    return read_all(path, keyring)


@dataclass(frozen=True, slots=True)
class CaptureGroup:
    """Files added together that make one capture (see :func:`find_captures`)."""

    kind: CaptureKind
    files: tuple[Path, ...]  # every given path that belongs to the capture
    media: Path | None = None
    information: Path | None = None  # Starling
    signature: Path | None = None  # Starling
    bundle: Path | None = None  # a ProofMode ZIP

    def read(self, keyring: Keyring | None = None) -> CaptureRecord:
        if self.kind is CaptureKind.STARLING and self.information and self.signature:
            return read_starling(self.media, self.information, self.signature)
        from casedesk.provenance.capture_proofmode import read_all, read_files

        if self.bundle is not None:
            return read_all(self.bundle, keyring)[0]
        return read_files(self.files, keyring)[0]


def find_captures(paths: Sequence[Path]) -> list[CaptureGroup]:
    """Group files added together into captures; files that belong to none are left out.

    Starling: ``information.json`` and ``signature.json`` (or ``<x>information.json`` and
    ``<x>signature.json``) in one folder, with the media file beside them whose name starts with
    ``proof.hash`` or whose SHA-256 is it. ProofMode: a ZIP holding ``*.proof.json`` or
    ``*.proof.csv``, or loose files sharing a stem ``X``: ``X.proof.json``, ``X.proof.csv``,
    their ``.asc``, ``X.asc``, ``X.ots``, ``X.gst``, with the media named ``X`` or whose SHA-256 is
    ``X`` or the hash the proof states, and the bundle's ``pubkey.asc``."""
    from casedesk.provenance import capture_proofmode, capture_starling

    folders: dict[Path, list[Path]] = {}
    groups: list[CaptureGroup] = []
    for path in dict.fromkeys(paths):
        if capture_proofmode.is_bundle(path):
            groups.append(CaptureGroup(CaptureKind.PROOFMODE, (path,), bundle=path))
        else:
            folders.setdefault(path.parent, []).append(path)
    for members in folders.values():
        hashes = _Hashes()
        found = capture_starling.groups(members, hashes)
        claimed = {p for g in found for p in g.files}
        found += capture_proofmode.groups([p for p in members if p not in claimed], hashes)
        groups += found
    return groups


class _Hashes:
    """SHA-256 of candidate media files, each hashed at most once (None: unreadable)."""

    def __init__(self) -> None:
        self.known: dict[Path, str | None] = {}

    def __call__(self, path: Path) -> str | None:
        if path not in self.known:
            try:
                self.known[path] = sha256_file(path)
            except OSError:
                self.known[path] = None
        return self.known[path]


# -- shared helpers --------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def read_small(path: Path, problems: list[Message], limit: int = MAX_PROOF_BYTES) -> bytes | None:
    """A proof file's bytes, or None with the reason in ``problems``."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        problems.append(
            msg("{name} could not be read ({reason}).", name=path.name, reason=exc.strerror or exc)
        )
        return None
    if len(data) > limit:
        problems.append(msg("{name} is larger than {limit} bytes", name=path.name, limit=limit))
        return None
    return data


def parse_json(data: bytes, name: str, problems: list[Message]) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        problems.append(msg("{name} is not valid JSON ({reason})", name=name, reason=str(exc)[:200]))
        return None


def stated_hash(value: Any) -> str | None:
    """A SHA-256 as a proof states it (hex, any case), or None when it is not one."""
    if isinstance(value, str) and _HEX64.fullmatch(value.strip().lower()):
        return value.strip().lower()
    return None


def text(value: Any) -> str | None:
    if isinstance(value, str):
        return value[:VALUE_CHARS]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def number(value: Any) -> float | None:
    try:
        result = (
            float(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None
        )
    except ValueError:
        return None
    return result if result is not None and math.isfinite(result) else None


def utc_from_ms(value: Any) -> str | None:
    """Milliseconds since the epoch (a number or digits) as ISO 8601 UTC with milliseconds."""
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return None
    try:
        moment = _EPOCH + timedelta(milliseconds=int(value))
    except OverflowError:
        return None
    return iso_utc(moment)


def utc_from_text(value: Any) -> str | None:
    """An ISO 8601 time with a zone (``Z`` or an offset) as ISO 8601 UTC; None for any other text."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return iso_utc(moment) if moment.tzinfo is not None else None


def iso_utc(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def location(
    lat: Any, lon: Any, accuracy: Any, time: str | None, altitude: Any, source: str | None
) -> CaptureLocation | None:
    latitude, longitude = number(lat), number(lon)
    if latitude is None or longitude is None or abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return CaptureLocation(latitude, longitude, number(accuracy), time, number(altitude), source)


def pairs(stated: Iterable[tuple[str, Any]], names: Sequence[str] | None = None) -> Pairs:
    """The stated (name, value) pairs with a value, in ``names``' order (or as stated), bounded."""
    table: dict[str, Any] = {}
    for name, value in stated:
        table.setdefault(name, value)  # the first statement of a name counts
    order = names if names is not None else list(table)
    kept = ((n, text(table.get(n))) for n in order)
    return tuple((n[:200], v) for n, v in kept if v and v.strip())[:FIELDS_KEPT]


def english(messages: Iterable[Message]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(m) for m in messages))
