"""Detached OpenPGP signatures, verified offline against the keys the investigator imported.

GnuPG's ``gpgv`` does the cryptography: it is the verify-only tool Debian's apt itself trusts, it
reads keyring files named on its command line and never starts an agent, a key-box daemon or a
network helper. ``gpg`` is used only to read and normalise key files when they are imported
(``--no-autostart``). Each run gets its own throw-away ``GNUPGHOME``, so nothing of the user's own
GnuPG set-up (keys, keyservers, auto-key-retrieve) takes part. pysequoia was tried first: its
verify gives no reason for a failure (bad signature, unknown key and expired key read alike) and
its fixed policy refuses the corpus's 2012 DSA/SHA-1 Ubuntu signature that gpg accepts.

A signature is judged at the time it was made: a key that has expired since still vouches for what
it signed before (the corpus's Debian wheezy key expired in 2020; its 2014 signature is good). The
keyring is a folder of the workspace (``openpgp/``), one binary key file per primary fingerprint,
as ``gpg --export`` writes it; :class:`Keyring` imports, lists and digests it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from casedesk.core.errors import UsageError
from casedesk.i18n import Message, msg

KEYRING_FOLDER = "openpgp"
SIDECAR_SUFFIXES = (".asc", ".sig")
MAX_SIGNATURE_BYTES = 1 << 20  # a detached signature is a few hundred bytes; a big file is not one
MAX_KEY_BYTES = 32 << 20  # whole distribution keyrings are a few MiB
_BASE_TIMEOUT_S = 60.0
_BYTES_PER_SECOND = 50 << 20  # the slowest hashing we allow for before giving up on gpgv
_FPR = re.compile(r"[0-9A-F]{40}|[0-9A-F]{64}")
RECORD_FORMAT = 1


class SignatureStatus(StrEnum):
    """What a check of one signature found (``valid`` on the record says whether it vouches)."""

    GOOD = "good"  # good signature, key valid when it signed (and now)
    GOOD_KEY_EXPIRED_SINCE = "good, key expired since"  # good, key valid then, expired now
    GOOD_SIGNATURE_EXPIRED = "good, signature expired since"  # good, past its own expiry date
    BAD = "bad"  # the signature does not match the file: altered file or signature
    UNKNOWN_KEY = "unknown key"  # no imported key made it: import the signer's key and read again
    KEY_EXPIRED_WHEN_SIGNED = "key expired when signed"
    KEY_REVOKED = "key revoked"
    NOT_A_SIGNATURE = "not a signature"
    ERROR = "error"  # gpgv could not check it (missing, unsupported algorithm, timed out)


VALID = (SignatureStatus.GOOD, SignatureStatus.GOOD_KEY_EXPIRED_SINCE, SignatureStatus.GOOD_SIGNATURE_EXPIRED)


@dataclass(frozen=True, slots=True)
class SignatureRecord:
    """One detached signature over one file, as checked (plain, frozen, JSON-ready)."""

    # The first four are issue 14's ``signatures`` entries: signer key id, fingerprint, valid, why.
    key_id: str | None = None  # the signing (sub)key's long id, as the signature names it
    fingerprint: str | None = None  # the signing (sub)key's fingerprint (known when the key is)
    valid: bool = False
    status: SignatureStatus = SignatureStatus.ERROR
    reason: str = ""  # the status in an English sentence (``describe`` gives it translated)
    user_id: str | None = None
    primary_fingerprint: str | None = None  # the certificate the signing key belongs to
    signed_at: str | None = None  # ISO 8601 UTC, the signature's creation time
    key_expires: str | None = None  # when the signing key expires (expired), if it does
    hash_algorithm: int | None = None  # RFC 4880 numbers, as gpgv reports them
    key_algorithm: int | None = None
    signature_file: str = ""  # the sidecar's name
    signature_sha256: str = ""  # the sidecar's bytes that were checked
    signature_evidence_id: str | None = None  # filled in when shown: the sidecar as evidence
    detail: str | None = None  # for ERROR: what gpgv said
    reader: str = ""  # "gpgv (GnuPG) 2.2.40"
    keyring: str = ""  # SHA-256 of the keyring checked against

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": RECORD_FORMAT}
        for f in fields(self):
            if f.name != "signature_evidence_id":  # worked out when shown, never stored
                value = getattr(self, f.name)
                out[f.name] = value.value if isinstance(value, StrEnum) else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SignatureRecord:
        names = {f.name for f in fields(cls)} - {"status", "signature_evidence_id"}
        kept = {k: v for k, v in data.items() if k in names}
        return cls(status=SignatureStatus(data.get("status", SignatureStatus.ERROR)), **kept)


def describe(status: SignatureStatus) -> Message:
    """Why a signature is (not) valid, in a sentence fit for a warning or a report."""
    return {
        SignatureStatus.GOOD: msg("Good OpenPGP signature."),
        SignatureStatus.GOOD_KEY_EXPIRED_SINCE: msg(
            "Good OpenPGP signature; the key was valid when it signed and has expired since."
        ),
        SignatureStatus.GOOD_SIGNATURE_EXPIRED: msg(
            "Good OpenPGP signature; the signature itself has expired since."
        ),
        SignatureStatus.BAD: msg("Bad OpenPGP signature: the file or the signature was altered."),
        SignatureStatus.UNKNOWN_KEY: msg(
            "OpenPGP signature by a key that is not imported; import the signer's key and read again."
        ),
        SignatureStatus.KEY_EXPIRED_WHEN_SIGNED: msg(
            "OpenPGP signature made with a key that had already expired."
        ),
        SignatureStatus.KEY_REVOKED: msg("OpenPGP signature by a revoked key."),
        SignatureStatus.NOT_A_SIGNATURE: msg("The signature file holds no OpenPGP signature."),
        SignatureStatus.ERROR: msg("The OpenPGP signature could not be checked."),
    }[status]


def finding(record: SignatureRecord) -> Message | None:
    """A warning on the signed item, or None when the signature vouches for it."""
    if record.valid:
        return None
    return msg(
        "Detached signature {file}: {why}",
        file=record.signature_file,
        why=describe(record.status),
    )


def sidecar_subject(name: str) -> str | None:
    """``x.jpg`` for ``x.jpg.asc`` or ``x.jpg.sig``; None for any other name."""
    lower = name.lower()
    for suffix in SIDECAR_SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return None


# -- the keyring -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PgpKey:
    """An imported public key, as ``casedesk pgp list`` shows it."""

    fingerprint: str
    key_id: str
    user_ids: tuple[str, ...] = ()
    created: str | None = None
    expires: str | None = None
    revoked: bool = False
    subkeys: tuple[str, ...] = field(default=())  # fingerprints of its subkeys


class PgpError(UsageError):
    """A key file cannot be imported (not a key, too large, GnuPG missing)."""


class Keyring:
    """The workspace's OpenPGP public keys: ``<workspace>/openpgp/<FINGERPRINT>.pgp``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.suffix == ".pgp" and _FPR.fullmatch(p.stem))

    @property
    def digest(self) -> str:
        """SHA-256 over the keyring's files: which keys a reading was checked against."""
        h = hashlib.sha256()
        for path in self.files():
            h.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
        return h.hexdigest()

    def import_keys(self, data: bytes) -> list[PgpKey]:
        """Add (or update) the public keys of a key file, armoured or binary; returns those keys.

        Secret keys are never kept: only what ``gpg --export`` gives of the public parts."""
        if len(data) > MAX_KEY_BYTES:
            raise PgpError(msg("The key file is larger than {limit} bytes.", limit=MAX_KEY_BYTES))
        with _gnupg_home() as home:
            source = home / "import.key"
            source.write_bytes(data)
            _gpg(home, "--import", "--", str(source))
            keys = _list(home, ["--list-keys"])
            if not keys:
                raise PgpError(msg("The file holds no OpenPGP public key."))
            existing = {p.stem: p for p in self.files()}
            for key in keys:
                if key.fingerprint in existing:  # merge: new user ids, subkeys, revocations
                    _gpg(home, "--import", "--", str(existing[key.fingerprint]))
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            from casedesk.fsutil import write_atomic

            for key in keys:
                exported = _gpg(home, "--export", "--", key.fingerprint)
                write_atomic(self.folder / f"{key.fingerprint}.pgp", exported)
            return _list(home, ["--list-keys"])

    def public_keys(self) -> list[PgpKey]:
        files = self.files()
        if not files:
            return []
        with _gnupg_home() as home:
            args = ["--import-options", "show-only", "--import", "--", *map(str, files)]
            return _list(home, args)


# -- verifying -------------------------------------------------------------------------------------


def verify_detached(
    subject: Path, signature: bytes, keyring: Keyring, *, signature_file: str = ""
) -> list[SignatureRecord]:
    """Check each signature of a detached signature file over ``subject``'s bytes; never raises
    for what the files hold (a bad or foreign signature is a record saying so)."""
    base: dict[str, Any] = {
        "signature_file": signature_file,
        "signature_sha256": hashlib.sha256(signature).hexdigest(),
        "keyring": keyring.digest,
    }
    if len(signature) > MAX_SIGNATURE_BYTES:
        status = SignatureStatus.NOT_A_SIGNATURE
        return [SignatureRecord(status=status, reason=str(describe(status)), **base)]
    gpgv = _tool("gpgv")
    if gpgv is None:
        detail = "gpgv (GnuPG) is not installed"
        return [_error(detail, base)]
    base["reader"] = _version(gpgv)
    timeout = _BASE_TIMEOUT_S + subject.stat().st_size / _BYTES_PER_SECOND
    with _gnupg_home() as home:
        sig_path = home / "detached.sig"
        sig_path.write_bytes(signature)
        rings = [arg for path in keyring.files() for arg in ("--keyring", str(path))]
        if not rings:  # gpgv would fall back to the home's trustedkeys.kbx: give it an empty one
            empty = home / "empty.pgp"
            empty.write_bytes(b"")
            rings = ["--keyring", str(empty)]
        command = [
            gpgv,
            "--homedir",
            str(home),
            "--status-fd",
            "1",
            *rings,
            "--",
            str(sig_path),
            str(subject),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, env=_env(home), check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return [_error(str(exc), base)]
    records = parse_status(done.stdout.decode("utf-8", "replace"), base)
    if not records:
        return [_error(done.stderr.decode("utf-8", "replace").strip()[-500:] or "no status", base)]
    return records


def parse_status(text: str, base: dict[str, Any]) -> list[SignatureRecord]:
    """gpgv's ``--status-fd`` lines (GnuPG doc/DETAILS), one record per NEWSIG."""
    groups: list[dict[str, Any]] = []
    nodata = False
    for line in text.splitlines():
        if not line.startswith("[GNUPG:] "):
            continue
        word, _, rest = line[9:].partition(" ")
        args = rest.split(" ")
        if word == "NEWSIG":
            groups.append({})
        elif word == "NODATA":
            nodata = True
        elif groups:
            _take(groups[-1], word, args, rest)
    records = [_record(g, base) for g in groups if "status" in g]
    if not records and nodata:
        status = SignatureStatus.NOT_A_SIGNATURE
        records = [SignatureRecord(status=status, reason=str(describe(status)), **base)]
    return records


def _take(group: dict[str, Any], word: str, args: list[str], rest: str) -> None:
    verdicts = {
        "GOODSIG": SignatureStatus.GOOD,
        "EXPSIG": SignatureStatus.GOOD_SIGNATURE_EXPIRED,
        "EXPKEYSIG": SignatureStatus.GOOD_KEY_EXPIRED_SINCE,
        "REVKEYSIG": SignatureStatus.KEY_REVOKED,
        "BADSIG": SignatureStatus.BAD,
    }
    if word in verdicts:
        group["status"] = verdicts[word]
        group["key_id"] = args[0]
        group["user_id"] = rest.partition(" ")[2] or None
    elif word == "ERRSIG":
        group["key_id"] = args[0]
        if len(args) > 4 and args[4].isdigit():
            group["signed_at"] = _iso(int(args[4]))
        rc = args[5] if len(args) > 5 else ""
        group["status"] = SignatureStatus.UNKNOWN_KEY if rc == "9" else SignatureStatus.ERROR
        group["detail"] = f"gpgv ERRSIG {rest}"
        if len(args) > 6 and _FPR.fullmatch(args[6]):
            group["fingerprint"] = args[6]
    elif word == "VALIDSIG" and len(args) >= 10:
        group["fingerprint"] = args[0]
        if args[2].isdigit():
            group["signed_at"] = _iso(int(args[2]))
        group["key_algorithm"] = int(args[6]) if args[6].isdigit() else None
        group["hash_algorithm"] = int(args[7]) if args[7].isdigit() else None
        group["primary_fingerprint"] = args[9]
    elif word == "KEYEXPIRED" and args[0].isdigit():
        group["key_expires"] = _iso(int(args[0]))
    elif word == "SIG_ID" and len(args) >= 3 and args[2].isdigit():
        group.setdefault("signed_at", _iso(int(args[2])))


def _record(group: dict[str, Any], base: dict[str, Any]) -> SignatureRecord:
    status: SignatureStatus = group.pop("status")
    if status is SignatureStatus.GOOD_KEY_EXPIRED_SINCE:
        expires, signed = group.get("key_expires"), group.get("signed_at")
        if expires is None or signed is None or expires <= signed:  # ISO UTC strings sort as times
            status = SignatureStatus.KEY_EXPIRED_WHEN_SIGNED
    return SignatureRecord(
        valid=status in VALID, status=status, reason=str(describe(status)), **group, **base
    )


def _error(detail: str, base: dict[str, Any]) -> SignatureRecord:
    status = SignatureStatus.ERROR
    return SignatureRecord(status=status, reason=str(describe(status)), detail=detail[:500], **base)


# -- GnuPG plumbing --------------------------------------------------------------------------------


def _tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(f"{name}2")


def _version(tool: str) -> str:
    try:
        done = subprocess.run([tool, "--version"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return Path(tool).name
    return done.stdout.decode("utf-8", "replace").splitlines()[0] if done.stdout else Path(tool).name


@contextmanager
def _gnupg_home() -> Iterator[Path]:
    """A private, empty GNUPGHOME for one run (made here, so gpg writes no common.conf into it)."""
    with tempfile.TemporaryDirectory(prefix="casedesk-gnupg-") as folder:
        os.chmod(folder, 0o700)
        yield Path(folder)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GPG_", "GNUPG"))}
    env.update({"GNUPGHOME": str(home), "LC_ALL": "C", "LANG": "C"})
    return env


def _gpg(home: Path, *args: str) -> bytes:
    gpg = _tool("gpg")
    if gpg is None:
        raise PgpError(msg("GnuPG (gpg) is not installed; it is needed to import OpenPGP keys."))
    command = [gpg, "--homedir", str(home), "--batch", "--no-options", "--no-autostart", "--no-tty", *args]
    try:
        done = subprocess.run(command, capture_output=True, timeout=120, env=_env(home), check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PgpError(msg("GnuPG could not be run: {reason}.", reason=exc)) from exc
    if done.returncode not in (0, 2):  # 2: some packets were skipped (e.g. an unusable subkey)
        reason = done.stderr.decode("utf-8", "replace").strip()[-300:]
        raise PgpError(msg("GnuPG refused the key file: {reason}.", reason=reason))
    return done.stdout


def _list(home: Path, args: Sequence[str]) -> list[PgpKey]:
    text = _gpg(home, "--with-colons", "--fixed-list-mode", *args).decode("utf-8", "replace")
    keys: list[dict[str, Any]] = []
    last = ""
    for line in text.splitlines():
        parts = line.split(":")
        kind = parts[0]
        if kind == "pub" and len(parts) > 6:
            keys.append(
                {
                    "key_id": parts[4],
                    "created": _iso_field(parts[5]),
                    "expires": _iso_field(parts[6]),
                    "revoked": parts[1] == "r",
                    "user_ids": [],
                    "subkeys": [],
                }
            )
            last = "pub"
        elif kind == "sub":
            last = "sub"
        elif kind == "fpr" and keys and len(parts) > 9:
            if last == "pub" and "fingerprint" not in keys[-1]:
                keys[-1]["fingerprint"] = parts[9]
            elif last == "sub":
                keys[-1]["subkeys"].append(parts[9])
        elif kind == "uid" and keys and len(parts) > 9:
            keys[-1]["user_ids"].append(_unescape(parts[9]))
    return [
        PgpKey(
            fingerprint=k["fingerprint"],
            key_id=k["key_id"],
            user_ids=tuple(k["user_ids"]),
            created=k["created"],
            expires=k["expires"],
            revoked=k["revoked"],
            subkeys=tuple(k["subkeys"]),
        )
        for k in keys
        if "fingerprint" in k
    ]


def _unescape(value: str) -> str:
    """gpg's colon listings escape colons and control characters as ``\\xNN`` (the rest is UTF-8)."""
    return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), value)


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


def _iso_field(value: str) -> str | None:
    return _iso(int(value)) if value.isdigit() else None
