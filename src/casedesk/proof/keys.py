"""The investigator's Ed25519 signing key, and the public keys this investigator trusts.

The key folder is ``CASEDESK_KEY_DIR`` if set, else ``keys/`` in the per-user config folder (the
rule of :func:`casedesk.core.preferences.config_dir`: ``CASEDESK_CONFIG_DIR``, else platformdirs,
so ``XDG_CONFIG_HOME`` moves it). It is created 0700 and holds:

- ``signing-key.pem``: the private key, PKCS#8, encrypted when a passphrase is set (cryptography's
  BestAvailableEncryption: today PBES2 with PBKDF2-SHA256 and AES-256-CBC), mode 0600;
- ``signing-key.json``: what was recorded when the key was made (public key, fingerprint, creation
  time, SHA-256 of the key file). It lets a load tell a wrong passphrase from a damaged file, and
  notice a key file replaced by another key (a restored backup of another laptop, say);
- ``trusted-keys.json``: the keys this investigator trusts, with a name each.

A fingerprint is the SHA-256 of the raw 32-byte public key, shown as 16 groups of 4 hex digits.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from casedesk.core.errors import UsageError
from casedesk.fsutil import fsync_dir, write_atomic
from casedesk.i18n import msg
from casedesk.proof._files import check_private, locked, make_private_dir, write_temp
from casedesk.proof.errors import (
    BadSignature,
    DamagedKeyFile,
    KeyStoreError,
    KeySwapped,
    PassphraseRequired,
    WrongPassphrase,
)

APP_NAME = "CaseDesk"
KEY_FILE = "signing-key.pem"
RECORD_FILE = "signing-key.json"
TRUST_FILE = "trusted-keys.json"
_RECORD_FORMAT = 1
_TRUST_FORMAT = 1


def key_dir() -> Path:
    override = os.environ.get("CASEDESK_KEY_DIR")
    if override:
        return Path(override)
    config = os.environ.get("CASEDESK_CONFIG_DIR")
    base = Path(config) if config else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return base / "keys"


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed or pasted (any case, spaces, colons or dashes) to its 64 hex digits."""
    digits = "".join(ch for ch in text.lower() if ch not in " :-\t\n")
    if len(digits) != 64 or any(ch not in "0123456789abcdef" for ch in digits):
        raise UsageError(msg("Not a key fingerprint (64 hex digits): {text!r}", text=text.strip()))
    return digits


def group_fingerprint(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


@dataclass(frozen=True, slots=True)
class PublicKey:
    """An investigator's Ed25519 public key: what a receiver checks signatures and fingerprints with."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise UsageError(msg("An Ed25519 public key is 32 bytes, not {count}.", count=len(self.raw)))

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def grouped_fingerprint(self) -> str:
        return group_fingerprint(self.fingerprint)

    def key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)

    def to_pem(self) -> bytes:
        pem, spki = serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        return self.key().public_bytes(pem, spki)

    @classmethod
    def from_pem(cls, data: bytes) -> PublicKey:
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise UsageError(msg("Not a PEM public key file.")) from exc
        if not isinstance(key, Ed25519PublicKey):
            raise UsageError(msg("This public key is not Ed25519, so it is not a CaseDesk investigator key."))
        return cls.from_key(key)

    @classmethod
    def from_key(cls, key: Ed25519PublicKey) -> PublicKey:
        return cls(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    def verify(self, data: bytes, signature: bytes) -> None:
        try:
            self.key().verify(signature, data)
        except InvalidSignature:
            raise BadSignature(
                msg(
                    "Signature does not verify under key {fingerprint}.",
                    fingerprint=self.grouped_fingerprint,
                )
            ) from None


@dataclass(frozen=True, slots=True)
class SigningKey:
    """An unlocked private key; keep it no longer than the signing needs."""

    private: Ed25519PrivateKey = field(repr=False, compare=False)
    public: PublicKey
    created: datetime

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    def seed(self) -> bytes:
        """The raw 32-byte private key: for deriving subordinate keys (see casedesk.proof.pdfsign)."""
        return self.private.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )


@dataclass(frozen=True, slots=True)
class _Record:
    public: PublicKey
    created: datetime
    key_file_sha256: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": _RECORD_FORMAT,
                "algorithm": "Ed25519",
                "public_key": base64.b64encode(self.public.raw).decode("ascii"),
                "fingerprint": self.public.fingerprint,
                "created": self.created.isoformat(),
                "key_file_sha256": self.key_file_sha256,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str, where: Path) -> _Record:
        try:
            data = json.loads(text)
            public = PublicKey(base64.b64decode(data["public_key"], validate=True))
            if data["format"] != _RECORD_FORMAT or data["fingerprint"] != public.fingerprint:
                raise ValueError(str(msg("inconsistent")))
            created = datetime.fromisoformat(data["created"])
            return cls(public, created, str(data["key_file_sha256"]))
        except (ValueError, KeyError, TypeError, UsageError) as exc:
            raise DamagedKeyFile(
                msg("The key record {path} is damaged; restore it from a backup.", path=where)
            ) from exc


def _normalise(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on macOS (decomposed accents) and elsewhere must unlock the key
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _to_pem(private: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(_normalise(passphrase))
        if passphrase
        else serialization.NoEncryption()
    )
    return private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


class KeyStore:
    """The investigator's own key in one folder (``key_dir()`` unless another is given)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else key_dir()
        self.key_path = self.folder / KEY_FILE
        self.record_path = self.folder / RECORD_FILE

    def exists(self) -> bool:
        return self.key_path.exists()

    def is_protected(self) -> bool:
        return b"ENCRYPTED PRIVATE KEY" in self._read_key_file()[:64]

    def public_key(self) -> PublicKey:
        """The key's public half, without the passphrase (from the record made with the key)."""
        if not self.record_path.exists() and self.exists():
            if self.is_protected():
                raise KeyStoreError(
                    msg(
                        "The key record {record_path} is missing; unlock the key once to rebuild it.",
                        record_path=self.record_path,
                    )
                )
            return self._record_or_rebuild(self._read_key_file(), None).public
        return self._record().public

    def export_public(self, out: Path) -> PublicKey:
        public = self.public_key()
        write_atomic(out, public.to_pem())
        return public

    def load_or_create(self, passphrase: str | None = None) -> SigningKey:
        """The signing key, made on first need (with ``passphrase`` if one is given then)."""
        if self.exists():
            return self.load(passphrase)
        return self.create(passphrase, exist_ok=True)

    def create(self, passphrase: str | None = None, *, exist_ok: bool = False) -> SigningKey:
        """Make the key; if one exists (made meanwhile by another process), load it or refuse."""
        make_private_dir(self.folder)
        private = Ed25519PrivateKey.generate()
        pem = _to_pem(private, passphrase)
        created = datetime.now(UTC).replace(microsecond=0)
        key = SigningKey(private, PublicKey.from_key(private.public_key()), created)
        tmp = write_temp(self.folder, pem)
        try:
            os.link(tmp, self.key_path)  # unlike a rename, never replaces a key another process just made
        except FileExistsError:
            if exist_ok:
                return self.load(passphrase)
            raise KeyStoreError(
                msg(
                    "There is already a signing key in {folder}; move the folder aside to make a new one.",
                    folder=self.folder,
                )
            ) from None
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(self.folder)
        self._write_record(_Record(key.public, created, hashlib.sha256(pem).hexdigest()))
        return key

    def load(self, passphrase: str | None = None) -> SigningKey:
        pem = self._read_key_file()
        check_private(self.key_path)
        record = self._record_or_rebuild(pem, passphrase)
        unchanged = hashlib.sha256(pem).hexdigest() == record.key_file_sha256
        private = self._decrypt(pem, passphrase, unchanged)
        public = PublicKey.from_key(private.public_key())
        if public != record.public:
            raise KeySwapped(
                msg(
                    "{key_path} holds key {fingerprint}, but this folder's key is "
                    "{recorded_fingerprint}; restore the right key file (or move the folder aside to make a "
                    "new key).",
                    key_path=self.key_path,
                    fingerprint=public.grouped_fingerprint,
                    recorded_fingerprint=record.public.grouped_fingerprint,
                )
            )
        if not unchanged:  # the same key re-encrypted (a passphrase changed by another tool): fine
            self._write_record(_Record(public, record.created, hashlib.sha256(pem).hexdigest()))
        return SigningKey(private, public, record.created)

    def change_passphrase(self, old: str | None, new: str | None) -> SigningKey:
        key = self.load(old)
        pem = _to_pem(key.private, new)
        # key first: a crash before the record is written leaves a mismatch that the next load under
        # the new passphrase repairs (the key still matches the recorded public key)
        write_atomic(self.key_path, pem)
        self._write_record(_Record(key.public, key.created, hashlib.sha256(pem).hexdigest()))
        return key

    def _read_key_file(self) -> bytes:
        try:
            return self.key_path.read_bytes()
        except FileNotFoundError:
            raise KeyStoreError(msg("There is no signing key in {folder} yet.", folder=self.folder)) from None
        except OSError as exc:
            raise KeyStoreError(
                msg(
                    "Cannot read the signing key {key_path}: {reason}.",
                    key_path=self.key_path,
                    reason=exc.strerror,
                )
            ) from exc

    def _decrypt(self, pem: bytes, passphrase: str | None, unchanged: bool) -> Ed25519PrivateKey:
        encrypted = b"ENCRYPTED PRIVATE KEY" in pem[:64]
        if encrypted and not passphrase:
            raise PassphraseRequired(msg("The signing key is protected by a passphrase; give it to sign."))
        try:
            secret = _normalise(passphrase) if encrypted and passphrase else None
            private = serialization.load_pem_private_key(pem, secret)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            if encrypted and unchanged:
                # the file is byte for byte what was written, so only the passphrase can be wrong
                raise WrongPassphrase(msg("Wrong passphrase for the signing key.")) from exc
            raise DamagedKeyFile(
                msg(
                    "The signing key file {key_path} is damaged (it changed since it was made and cannot be "
                    "read); restore it from a backup.",
                    key_path=self.key_path,
                )
            ) from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise KeySwapped(
                msg(
                    "{key_path} holds a key that is not Ed25519; it is not a CaseDesk key.",
                    key_path=self.key_path,
                )
            )
        return private

    def _record(self) -> _Record:
        try:
            text = self.record_path.read_text("utf-8")
        except FileNotFoundError:
            raise KeyStoreError(msg("There is no signing key in {folder} yet.", folder=self.folder)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise DamagedKeyFile(
                msg("Cannot read the key record {record_path}.", record_path=self.record_path)
            ) from exc
        return _Record.from_json(text, self.record_path)

    def _record_or_rebuild(self, pem: bytes, passphrase: str | None) -> _Record:
        if self.record_path.exists():
            return self._record()
        # made by a process killed before it wrote the record: the key file is all there is
        private = self._decrypt(pem, passphrase, unchanged=True)
        created = datetime.fromtimestamp(int(self.key_path.stat().st_mtime), UTC)
        record = _Record(PublicKey.from_key(private.public_key()), created, hashlib.sha256(pem).hexdigest())
        self._write_record(record)
        return record

    def _write_record(self, record: _Record) -> None:
        write_atomic(self.record_path, record.to_json().encode("utf-8"))


@dataclass(frozen=True, slots=True)
class TrustedKey:
    name: str
    fingerprint: str
    public_key: PublicKey | None  # None when trusted by fingerprint alone, before the key was seen
    added: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "fingerprint": self.fingerprint,
            "public_key": base64.b64encode(self.public_key.raw).decode("ascii") if self.public_key else None,
            "added": self.added.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Any) -> TrustedKey:
        raw = data["public_key"]
        public = PublicKey(base64.b64decode(raw, validate=True)) if raw is not None else None
        fingerprint = parse_fingerprint(data["fingerprint"])
        if public is not None and public.fingerprint != fingerprint:
            raise ValueError(
                str(msg("key {fingerprint} does not match its fingerprint", fingerprint=fingerprint))
            )
        return cls(str(data["name"]), fingerprint, public, datetime.fromisoformat(data["added"]))


class TrustStore:
    """Public keys this investigator has checked out of band and trusts, each with a name."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else key_dir()
        self.path = self.folder / TRUST_FILE

    def entries(self) -> list[TrustedKey]:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise DamagedKeyFile(msg("Cannot read the trusted keys {path}.", path=self.path)) from exc
        try:
            data = json.loads(text)
            if data["format"] != _TRUST_FORMAT:
                raise ValueError(str(msg("unknown format {format!r}", format=data["format"])))
            return [TrustedKey.from_json(item) for item in data["keys"]]
        except (ValueError, KeyError, TypeError, UsageError) as exc:
            # never start afresh silently: that would forget every key the investigator vouched for
            raise DamagedKeyFile(
                msg("The trusted keys file {path} is damaged ({reason}).", path=self.path, reason=exc)
            ) from exc

    def find(self, key: PublicKey | str) -> TrustedKey | None:
        fingerprint = key.fingerprint if isinstance(key, PublicKey) else parse_fingerprint(key)
        return next((entry for entry in self.entries() if entry.fingerprint == fingerprint), None)

    def trust(self, key: PublicKey | str, name: str) -> TrustedKey:
        """Trust ``key`` (or a fingerprint) under ``name``; trusting it again renames it."""
        if not name.strip():
            raise UsageError(msg("A trusted key needs a name."))
        public = key if isinstance(key, PublicKey) else None
        fingerprint = public.fingerprint if public else parse_fingerprint(str(key))
        with self._locked():
            entries = self.entries()
            old = next((e for e in entries if e.fingerprint == fingerprint), None)
            entry = TrustedKey(
                name.strip(),
                fingerprint,
                public or (old.public_key if old else None),
                old.added if old else datetime.now(UTC).replace(microsecond=0),
            )
            self._save([e for e in entries if e.fingerprint != fingerprint] + [entry])
        return entry

    def forget(self, fingerprint: str) -> bool:
        fingerprint = parse_fingerprint(fingerprint)
        with self._locked():
            entries = self.entries()
            kept = [e for e in entries if e.fingerprint != fingerprint]
            if len(kept) != len(entries):
                self._save(kept)
        return len(kept) != len(entries)

    def _save(self, entries: list[TrustedKey]) -> None:
        data = {"format": _TRUST_FORMAT, "keys": [e.to_json() for e in entries]}
        write_atomic(self.path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))

    def _locked(self) -> contextlib.AbstractContextManager[None]:
        make_private_dir(self.folder)
        return locked(self.folder / ".trust.lock")
