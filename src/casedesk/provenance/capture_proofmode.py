"""ProofMode (guardianproject/proofmode-android) proof sets, loose or as the app's shared ZIP.

What the app writes (``android-libproofmode``, commit b2906d95d601): for a media file of SHA-256
``H``, ``H.proof.csv`` and ``H.proof.json`` (``MediaWatcher.kt`` ``writeProof``/``buildProof``,
names in ``ProofModeV1Constants.java``: "File Hash SHA256", "File Created", "Proof Generated",
"Location.Latitude", "DeviceID", "Network", …, every value a string), detached armoured OpenPGP
signatures ``H.proof.csv.asc``, ``H.proof.json.asc`` and ``H.asc`` (over the media), perhaps
``H.ots`` (OpenTimestamps) and ``H.gst`` (Google SafetyNet). Older versions named them after the
media (``photo.jpg.proof.csv``). The shared ZIP (``ShareProofActivity.zipProof``) adds the media
under its own name, ``pubkey.asc`` and ``HowToVerifyProofData.txt``. Both proof files are
*appended to* when a proof is made again: several JSON objects in a row, CSV rows run together.

Times: since 2023-04-25 (commit 3c68469d) the app formats them ``yyyy-MM-dd'T'HH:mm:ss.SSS'Z'``
in the phone's *own* time zone, the ``Z`` a literal: such a time is kept as ``capture_clock``,
its zone unknown. The earlier ``yyyy-MM-dd'T'HH:mm'Z'`` was UTC. ``Location.Time`` is epoch
milliseconds, hence UTC.

A ZIP is read as hostile, as :mod:`.wacz` reads one (its entry checks are reused): bytes are
counted as read against a total, a ratio and each entry's declared size, and no member is ever
written under its own name. The OpenPGP signatures are checked against the keyring given (by
:mod:`.openpgp`, gpgv, which reads files): the file a signature covers is copied out of the ZIP
through the same checked stream into a private temporary folder, removed once the ZIP is read.
Without a keyring they are listed as ``unchecked``.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casedesk.i18n import Message, msg
from casedesk.provenance.capture import (
    MAX_PROOF_BYTES,
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
    read_small,
    sha256_file,
    stated_hash,
    utc_from_ms,
    utc_from_text,
)
from casedesk.provenance.wacz import (
    _ZIP_ERRORS,
    CHUNK,
    DEFAULT_LIMITS,
    WaczLimits,
    _Reader,
    _Refused,
)

if TYPE_CHECKING:
    from casedesk.provenance.openpgp import Keyring

HASH = "File Hash SHA256"
TIMES = ("File Created", "Proof Generated")
DEVICE = ("Manufacturer", "Hardware", "ScreenSize", "DeviceID", "Language", "Locale")
NETWORK = ("Network", "NetworkType", "DataType", "IPv4", "IPv6", "Wifi MAC", "CellInfo")
_LOCATION = ("Latitude", "Longitude", "Accuracy", "Time", "Altitude", "Provider")
MAX_PROOFS = 1000  # proofs appended to one file
MAX_FOLDER_FILES = 10_000
_UTC_MINUTES = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\dZ")  # before 2023-04-25: really UTC
_LOCAL_CLOCK = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?)Z")  # since: local time
_SPACE = re.compile(r"\s*")
_SIDECARS = {  # suffix -> role; the stem is the name without the suffix
    ".proof.json.asc": "proof-signature",
    ".proof.csv.asc": "proof-signature",
    ".proof.json": "proof-json",
    ".proof.csv": "proof-csv",
    ".asc": "media-signature",
    ".ots": "opentimestamps",
    ".gst": "safetynet",
    ".lp.json": "location-attestation",  # Location Protocol attestations, shared with the proof set
    ".nostr": "nostr",
}
_SHARED = {"pubkey.asc": "public-key", "howtoverifyproofdata.txt": "readme"}


def classify(name: str) -> tuple[str, str]:
    """(role, stem) of a file name; role "candidate" for what may be the media (stem: its name)."""
    base = name.rsplit("/", 1)[-1]
    lower = base.lower()
    if lower in _SHARED:
        return _SHARED[lower], ""
    if lower.endswith("batchproof.csv"):
        return "batch-proof", ""
    for suffix, role in _SIDECARS.items():
        if lower.endswith(suffix) and len(base) > len(suffix):
            stem = base[: -len(suffix)]
            return role, stem if role != "proof-signature" else stem.rsplit(".proof.", 1)[0]
    return "candidate", base


class _Zip:
    """A ZIP read through the web-archive reader's checked entries and bounded streams."""

    def __init__(self, archive: zipfile.ZipFile, limits: WaczLimits, scratch: Path) -> None:
        self.reader = _Reader(archive, limits)  # refuses hostile names, links, duplicates
        self.names = list(self.reader.entries)
        self.scratch = scratch  # private (0700), removed by the caller once the ZIP is read
        self._copies: dict[str, Path] = {}

    def path(self, name: str) -> Path:
        """A private copy of the member, for gpgv: streamed as every read is (counted, bounded), and
        named by its position, never by the name the archive gives it."""
        if name not in self._copies:
            copy = self.scratch / f"member-{len(self._copies)}"
            with copy.open("wb") as out:
                self.stream(name, out.write, None, [])
            self._copies[name] = copy
        return self._copies[name]

    def stream(self, name: str, sink: Callable[[bytes], Any], limit: int | None, _: list[Message]) -> bool:
        count, size = self.reader._stream(name, sink, limit), self.reader.entries[name].file_size
        if count != size:  # zipfile stops at a declared size smaller than the data, not at a larger one
            raise _Refused(
                msg(
                    "the entry {name!r} holds {count} bytes, not the {size} its header states",
                    name=name,
                    count=count,
                    size=size,
                )
            )
        return True


class _Loose:
    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = {p.name: p for p in paths}
        self.names = list(self.paths)

    def path(self, name: str) -> Path:
        return self.paths[name]

    def stream(
        self, name: str, sink: Callable[[bytes], Any], limit: int | None, problems: list[Message]
    ) -> bool:
        count = 0
        try:
            with self.paths[name].open("rb") as handle:
                while chunk := handle.read(CHUNK):
                    count += len(chunk)
                    if limit is not None and count > limit:
                        problems.append(msg("{name} is larger than {limit} bytes", name=name, limit=limit))
                        return False
                    sink(chunk)
        except OSError as exc:
            problems.append(
                msg("{name} could not be read ({reason}).", name=name, reason=exc.strerror or exc)
            )
            return False
        return True


_Source = _Zip | _Loose


def is_bundle(path: Path) -> bool:
    """A ZIP holding a ProofMode proof (``*.proof.json`` or ``*.proof.csv``)."""
    try:
        with path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > DEFAULT_LIMITS.max_entries:
                return True  # refused when read, with the reason
            return any(classify(i.orig_filename)[0] in ("proof-json", "proof-csv") for i in infos)
    except (*_ZIP_ERRORS, OSError):
        return False


def read_all(
    path: Path, keyring: Keyring | None = None, limits: WaczLimits = DEFAULT_LIMITS
) -> list[CaptureRecord]:
    if path.is_dir():
        files = [p for p in sorted(path.iterdir()) if p.is_file() and not p.is_symlink()]
        return read_files(files[:MAX_FOLDER_FILES], keyring)
    bundle = CaptureFile("bundle", path.name)
    try:
        bundle = CaptureFile("bundle", path.name, sha256_file(path))
        with (
            zipfile.ZipFile(path) as archive,
            tempfile.TemporaryDirectory(prefix="casedesk-proof-") as scratch,
        ):
            return _read_sets(_Zip(archive, limits, Path(scratch)), [], keyring, bundle)
    except _Refused as exc:
        reason: Message = exc.message
    except (*_ZIP_ERRORS, OSError) as exc:
        reason = msg("the archive is damaged or truncated ({reason})", reason=str(exc)[:300])
    problem = msg("ProofMode bundle refused: {reason}.", reason=reason)
    return [CaptureRecord(kind=CaptureKind.PROOFMODE, files=(bundle,), problems=english([problem]))]


def read_files(files: Sequence[Path], keyring: Keyring | None = None) -> list[CaptureRecord]:
    return _read_sets(_Loose(files), [], keyring, None)


def _read_sets(
    source: _Source, problems: list[Message], keyring: Keyring | None, bundle: CaptureFile | None
) -> list[CaptureRecord]:
    roles = {name: classify(name) for name in source.names}
    stems = sorted({stem for role, stem in roles.values() if role in ("proof-json", "proof-csv")})
    shared = [n for n, (role, _) in roles.items() if role in ("public-key", "readme")]
    media_hashes: dict[str, str] = {}
    for name, (role, _) in roles.items():
        if role == "candidate":
            h = hashlib.sha256()
            if source.stream(name, h.update, None, problems):
                media_hashes[name] = h.hexdigest()
    if not stems:
        problems.append(msg("it holds no ProofMode proof (.proof.json or .proof.csv)"))
        kept = (bundle,) if bundle else ()
        return [CaptureRecord(kind=CaptureKind.PROOFMODE, files=kept, problems=english(problems))]
    records = []
    for stem in stems:
        own = [n for n, (role, s) in roles.items() if s == stem and role != "candidate"]
        records.append(
            _read_set(source, stem, own + shared, media_hashes, len(stems), problems, keyring, bundle)
        )
    if len(records) > 1:
        many = msg(
            "the bundle holds {count} ProofMode proofs; this record is about {name}",
            count=len(records),
            name=stems[0],
        )
        first = records[0]
        records[0] = replace(first, problems=(*first.problems, str(many)))
    return records


def _read_set(
    source: _Source,
    stem: str,
    names: list[str],
    media_hashes: dict[str, str],
    sets: int,
    shared_problems: list[Message],
    keyring: Keyring | None,
    bundle: CaptureFile | None,
) -> CaptureRecord:
    problems = list(shared_problems)
    contents: dict[str, bytes] = {}
    for name in names:
        parts: list[bytes] = []
        if source.stream(name, parts.append, MAX_PROOF_BYTES, problems):
            contents[name] = b"".join(parts)
    table = _proof(contents, names, problems)
    stated = stated_hash(dict(table).get(HASH))
    if table and stated is None:
        problems.append(msg("the proof states no SHA-256 of the media"))
    by_hash = [n for n, h in media_hashes.items() if h in (stated, stem.lower())]
    named = [n for n in media_hashes if n.rsplit("/", 1)[-1] == stem]
    alone = list(media_hashes) if sets == 1 and len(media_hashes) == 1 else []
    media = next(iter(by_hash or named or alone), None)
    matches = None if media is None else media_hashes[media] == stated
    if matches is False and stated is not None:
        problems.append(msg("the media's SHA-256 differs from the one the proof states"))
    if media is None:
        problems.append(msg("the media file is not among the files"))
    signatures = [
        _signature(source, n, media, names, contents, keyring) for n in names if classify(n)[0] in _SIGNED
    ]
    files = [CaptureFile("media", media, media_hashes[media])] if media else []
    files += [
        CaptureFile(classify(n)[0], n, hashlib.sha256(contents[n]).hexdigest() if n in contents else None)
        for n in names
    ]
    clock_utc, clock, source_field = _time(dict(table))
    used = {HASH, *DEVICE, *NETWORK, *(f"Location.{f}" for f in _LOCATION)}
    return CaptureRecord(
        kind=CaptureKind.PROOFMODE,
        media_sha256=stated,
        media_matches=matches,
        media_name=media,
        capture_time=clock_utc,
        capture_clock=clock,
        capture_time_source=source_field,
        location=_location(dict(table)),
        device=pairs(table, DEVICE),
        network=pairs(table, NETWORK),
        other=pairs((n, v) for n, v in table if n not in used),
        signatures=tuple(signatures),
        files=(*files, *((bundle,) if bundle else ())),
        problems=english(problems),
    )


_SIGNED = ("proof-signature", "media-signature", "opentimestamps", "safetynet")


def _proof(contents: dict[str, bytes], names: list[str], problems: list[Message]) -> list[tuple[str, Any]]:
    """The stated fields of the set's first proof (JSON first, CSV when there is no JSON)."""
    found: dict[str, list[list[tuple[str, Any]]]] = {}
    for name in names:
        role = classify(name)[0]
        if role in ("proof-json", "proof-csv") and name in contents:
            read = _json_proofs if role == "proof-json" else _csv_proofs
            found[role] = read(contents[name], name, problems)
            if len(found[role]) > 1:
                problems.append(
                    msg(
                        "{name} holds {count} proofs of the same media; the first is read",
                        name=name,
                        count=len(found[role]),
                    )
                )
    rows = [found[r][0] for r in ("proof-json", "proof-csv") if found.get(r)]
    if len(rows) == 2 and stated_hash(dict(rows[0]).get(HASH)) != stated_hash(dict(rows[1]).get(HASH)):
        problems.append(msg("its .proof.json and .proof.csv state different media hashes"))
    return rows[0] if rows else []


def _json_proofs(data: bytes, name: str, problems: list[Message]) -> list[list[tuple[str, Any]]]:
    proofs: list[list[tuple[str, Any]]] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(msg("{name} is not valid JSON ({reason})", name=name, reason=str(exc)[:200]))
        return proofs
    decoder, at = json.JSONDecoder(), 0
    while len(proofs) < MAX_PROOFS:
        space = _SPACE.match(text, at)
        at = space.end() if space else at
        if at >= len(text):
            break
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError) as exc:
            problems.append(msg("{name} is not valid JSON ({reason})", name=name, reason=str(exc)[:200]))
            break
        if not isinstance(value, dict):
            problems.append(msg("{name} is not a JSON object", name=name))
            break
        proofs.append([(str(k), v) for k, v in value.items()])
    return proofs


def _csv_proofs(data: bytes, name: str, problems: list[Message]) -> list[list[tuple[str, Any]]]:
    """ProofMode's CSV: a header line ending with a comma, then values ending with a comma, rows
    appended later run on without a line break (``MediaWatcher.writeMapToCSV``)."""
    header, _, body = data.decode("utf-8-sig", "replace").partition("\n")
    names = [n.strip() for n in header.rstrip("\r").split(",")]
    values = [v.strip() for v in body.split(",")]
    for listed in (names, values):
        if listed and not listed[-1]:
            listed.pop()
    if not names or len(values) % len(names):
        problems.append(msg("{name}'s values do not line up with its header", name=name))
    width = max(len(names), 1)
    return [list(zip(names, values[i : i + width], strict=False)) for i in range(0, len(values), width)][
        :MAX_PROOFS
    ]


def _time(table: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    for field in TIMES:
        value = table.get(field)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        local = _LOCAL_CLOCK.fullmatch(value)
        if local:
            return None, local.group(1), field
        if _UTC_MINUTES.fullmatch(value) or utc_from_text(value):
            return utc_from_text(value), None, field
    return None, None, None


def _location(table: dict[str, Any]) -> CaptureLocation | None:
    lat, lon, accuracy, time, altitude, provider = (table.get(f"Location.{f}") for f in _LOCATION)
    source = provider if isinstance(provider, str) and provider and provider != "none" else None
    return location(lat, lon, accuracy, utc_from_ms(time), altitude, source)


def _signature(
    source: _Source,
    name: str,
    media: str | None,
    names: list[str],
    contents: dict[str, bytes],
    keyring: Keyring | None,
) -> CaptureSignature:
    role, _ = classify(name)
    if role in ("opentimestamps", "safetynet"):
        provider = "OpenTimestamps" if role == "opentimestamps" else "Google SafetyNet"
        reason = msg("{provider} proof: not verifiable offline.", provider=provider)
        return CaptureSignature(provider, None, SignatureState.NOT_VERIFIABLE, str(reason), media)
    base = name[: -len(".asc")]
    subject = media if role == "media-signature" else next((n for n in names if n == base), None)
    if subject is None or name not in contents:
        reason = msg("The file it signs is missing or could not be read.")
        return CaptureSignature("OpenPGP", None, SignatureState.NOT_VERIFIABLE, str(reason), subject)
    if keyring is None:
        reason = msg("OpenPGP signature over {file}: to be checked against the case's keyring.", file=subject)
        return CaptureSignature("OpenPGP", None, SignatureState.UNCHECKED, str(reason), subject)
    from casedesk.provenance.openpgp import SignatureStatus, verify_detached

    try:
        checked = verify_detached(source.path(subject), contents[name], keyring, signature_file=name)[0]
    except OSError as exc:
        reason = msg("{name} could not be read ({reason}).", name=subject, reason=exc.strerror or exc)
        return CaptureSignature("OpenPGP", None, SignatureState.ERROR, str(reason), subject)
    states = {
        SignatureStatus.BAD: SignatureState.INVALID,
        SignatureStatus.KEY_REVOKED: SignatureState.INVALID,
        SignatureStatus.KEY_EXPIRED_WHEN_SIGNED: SignatureState.INVALID,
        SignatureStatus.UNKNOWN_KEY: SignatureState.NOT_VERIFIABLE,
    }
    state = SignatureState.VALID if checked.valid else states.get(checked.status, SignatureState.ERROR)
    key = checked.fingerprint or checked.key_id
    return CaptureSignature("OpenPGP", key, state, checked.reason, subject)


def groups(members: Sequence[Path], sha256: Callable[[Path], str | None]) -> list[CaptureGroup]:
    """ProofMode proof sets among loose files of one folder (see :func:`~.capture.find_captures`)."""
    roles = {p: classify(p.name) for p in members}
    stems = sorted({stem for role, stem in roles.values() if role in ("proof-json", "proof-csv")})
    shared = [p for p, (role, _) in roles.items() if role in ("public-key", "readme")]
    candidates = [p for p, (role, _) in roles.items() if role == "candidate"]
    found, taken = [], set()
    for stem in stems:
        own = [p for p, (role, s) in roles.items() if s == stem and role != "candidate"]
        contents = {p.name: data for p in own if (data := read_small(p, [])) is not None}
        stated = stated_hash(dict(_proof(contents, list(contents), [])).get(HASH))
        hashes = {stem.lower(), stated}
        free = [p for p in candidates if p not in taken]
        media = next((p for p in free if p.name == stem), None) or next(
            (p for p in free if sha256(p) in hashes), None
        )
        if media is not None:
            taken.add(media)
        files = (*own, *((media,) if media else ()), *shared)
        found.append(CaptureGroup(CaptureKind.PROOFMODE, files, media=media))
    return found
