"""The timestamp authorities this investigator trusts: certificates that RFC 3161 tokens must chain to.

One file, ``trusted-tsa.json``, beside the signing key and the trusted keys in
:func:`casedesk.proof.keys.key_dir` (``CASEDESK_KEY_DIR`` overrides it), written the same way:
owner-only folder, atomic replacement, a lock around each read-modify-write, and a damaged file
reported as such rather than silently started afresh (that would forget every TSA the investigator
vouched for). Each entry keeps the certificate's DER, its subject and the SHA-256 of the DER (the
fingerprint to compare with the TSA's published one) and when it was added.

A trusted certificate is an anchor whether or not it is a self-signed root (see
:mod:`casedesk.proof.timestamps`): a TSA's issuing CA, or the TSA certificate itself, may be trusted.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from casedesk.fsutil import write_atomic
from casedesk.i18n import msg
from casedesk.proof._files import locked, make_private_dir
from casedesk.proof.errors import DamagedKeyFile
from casedesk.proof.keys import group_fingerprint, key_dir

TSA_TRUST_FILE = "trusted-tsa.json"
_FORMAT = 1


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, 64 hex digits (what ``openssl x509 -fingerprint -sha256`` shows)."""
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def subject(cert: x509.Certificate) -> str:
    return cert.subject.rfc4514_string()


@dataclass(frozen=True, slots=True)
class TrustedTsa:
    subject: str
    sha256: str
    der: bytes = field(repr=False)
    added: datetime

    @property
    def grouped_fingerprint(self) -> str:
        return group_fingerprint(self.sha256)

    def certificate(self) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.der)

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "sha256": self.sha256,
            "der": base64.b64encode(self.der).decode("ascii"),
            "added": self.added.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Any) -> TrustedTsa:
        der = base64.b64decode(data["der"], validate=True)
        cert = x509.load_der_x509_certificate(der)
        if fingerprint(cert) != data["sha256"]:
            raise ValueError(
                str(msg("certificate {sha256} does not match its fingerprint", sha256=data["sha256"]))
            )
        return cls(subject(cert), fingerprint(cert), der, datetime.fromisoformat(data["added"]))

    @classmethod
    def of(cls, cert: x509.Certificate, added: datetime) -> TrustedTsa:
        return cls(subject(cert), fingerprint(cert), cert.public_bytes(Encoding.DER), added)


class TsaTrustStore:
    """TSA certificates this investigator has checked out of band and trusts for timestamp imports."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else key_dir()
        self.path = self.folder / TSA_TRUST_FILE

    def entries(self) -> list[TrustedTsa]:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise DamagedKeyFile(
                msg("Cannot read the trusted timestamp authorities {path}.", path=self.path)
            ) from exc
        try:
            data = json.loads(text)
            if data["format"] != _FORMAT:
                raise ValueError(str(msg("unknown format {format!r}", format=data["format"])))
            return [TrustedTsa.from_json(item) for item in data["certificates"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedKeyFile(
                msg(
                    "The trusted timestamp authorities file {path} is damaged ({reason}).",
                    path=self.path,
                    reason=exc,
                )
            ) from exc

    def certificates(self) -> list[x509.Certificate]:
        return [entry.certificate() for entry in self.entries()]

    def find(self, sha256: str) -> TrustedTsa | None:
        return next((entry for entry in self.entries() if entry.sha256 == sha256), None)

    def trust(self, cert: x509.Certificate) -> tuple[TrustedTsa, bool]:
        """Trust ``cert``; the entry, and whether it is new (trusting it again changes nothing)."""
        with self._locked():
            entries = self.entries()
            old = next((e for e in entries if e.sha256 == fingerprint(cert)), None)
            if old is not None:
                return old, False
            entry = TrustedTsa.of(cert, datetime.now(UTC).replace(microsecond=0))
            self._save([*entries, entry])
        return entry, True

    def _save(self, entries: list[TrustedTsa]) -> None:
        data = {"format": _FORMAT, "certificates": [e.to_json() for e in entries]}
        write_atomic(self.path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))

    def _locked(self) -> contextlib.AbstractContextManager[None]:
        make_private_dir(self.folder)
        return locked(self.folder / ".tsa-trust.lock")
