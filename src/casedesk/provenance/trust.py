"""Whom Content Credentials are checked against: the pinned C2PA trust list and the user's own anchors.

The pinned list ships with CaseDesk (``trust/C2PA-TRUST-LIST.pem``, its source and date in
``trust/README.md``) and is never fetched. An investigator adds anchors of their own (a newsroom's
or a camera maker's root, test roots) with :func:`add_anchors`; they are kept, one PEM file, in
``c2pa/trust-anchors.pem`` of the per-user config folder (the rule of
:func:`casedesk.core.preferences.config_dir`, so ``CASEDESK_CONFIG_DIR`` moves it).

Every reading records :attr:`TrustAnchors.digest`, the SHA-256 of exactly the anchors it was checked
against, so a state can be explained later ("Trusted" as of which anchors).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from casedesk.core.errors import UsageError
from casedesk.core.preferences import config_dir
from casedesk.fsutil import make_private_dirs, write_atomic
from casedesk.i18n import msg

PINNED_LIST = "C2PA-TRUST-LIST.pem"
PINNED_SOURCE = "c2pa-org/conformance-public trust-list/C2PA-TRUST-LIST.pem"
PINNED_COMMIT = "70ec46e16962b81e70795fcb50a05e0128329a20"
PINNED_ISSUED = "2026-08-05"  # ListIssueDateTime of the list, as its C2PA-TRUST-LIST.json states
USER_FILE = "trust-anchors.pem"
MAX_PEM_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Anchor:
    fingerprint: str  # SHA-256 of the certificate's DER, hex
    subject: str
    not_after: datetime
    pinned: bool  # from the shipped list (else added by the user)


@dataclass(frozen=True, slots=True)
class TrustAnchors:
    pinned_pem: str
    user_pem: str

    @property
    def digest(self) -> str:
        data = self.pinned_pem.encode() + b"\0" + self.user_pem.encode()
        return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class TrustListInfo:
    source: str
    commit: str
    issued: str
    anchors: list[Anchor]  # pinned first, then the user's


def user_folder() -> Path:
    return config_dir() / "c2pa"


@functools.cache
def pinned_pem() -> str:
    return resources.files("casedesk.provenance").joinpath("trust", PINNED_LIST).read_text("ascii")


def user_pem(folder: Path | None = None) -> str:
    path = (folder or user_folder()) / USER_FILE
    try:
        return path.read_text("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def load(folder: Path | None = None) -> TrustAnchors:
    return TrustAnchors(pinned_pem(), user_pem(folder))


def certificates(pem: str | bytes) -> list[x509.Certificate]:
    data = pem.encode("utf-8") if isinstance(pem, str) else pem
    if b"-----BEGIN CERTIFICATE-----" not in data:
        return []
    return x509.load_pem_x509_certificates(data)


def describe(certificate: x509.Certificate, *, pinned: bool) -> Anchor:
    return Anchor(
        fingerprint=certificate.fingerprint(hashes.SHA256()).hex(),
        subject=certificate.subject.rfc4514_string(),
        not_after=certificate.not_valid_after_utc,
        pinned=pinned,
    )


def info(folder: Path | None = None) -> TrustListInfo:
    anchors = [describe(c, pinned=True) for c in certificates(pinned_pem())]
    anchors += [describe(c, pinned=False) for c in certificates(user_pem(folder))]
    return TrustListInfo(PINNED_SOURCE, PINNED_COMMIT, PINNED_ISSUED, anchors)


def add_anchors(pem: bytes, folder: Path | None = None) -> list[Anchor]:
    """Add the certificates of a PEM file to the user's anchors; returns those that were new."""
    if len(pem) > MAX_PEM_BYTES:
        raise UsageError(msg("That file is too large to be a bundle of trust anchors."))
    try:
        found = certificates(pem)
    except ValueError as exc:
        raise UsageError(msg("Not a PEM certificate file: {reason}.", reason=exc)) from exc
    if not found:
        raise UsageError(
            msg("No certificate found: trust anchors are given as PEM (-----BEGIN CERTIFICATE-----).")
        )
    folder = folder or user_folder()
    kept = certificates(user_pem(folder))
    known = {describe(c, pinned=False).fingerprint for c in kept}
    added = []
    for certificate in found:
        anchor = describe(certificate, pinned=False)
        if anchor.fingerprint not in known:
            known.add(anchor.fingerprint)
            kept.append(certificate)
            added.append(anchor)
    if added:
        _write(folder, kept)
    return added


def remove_anchor(fingerprint: str, folder: Path | None = None) -> bool:
    """Forget one of the user's anchors (the pinned list cannot be edited); False if it was not there."""
    folder = folder or user_folder()
    kept = certificates(user_pem(folder))
    left = [c for c in kept if describe(c, pinned=False).fingerprint != fingerprint.lower()]
    if len(left) == len(kept):
        return False
    _write(folder, left)
    return True


def _write(folder: Path, kept: list[x509.Certificate]) -> None:
    make_private_dirs(folder)
    text = "".join(
        f"# {c.subject.rfc4514_string()}\n" + c.public_bytes(serialization.Encoding.PEM).decode("ascii")
        for c in kept
    )
    write_atomic(folder / USER_FILE, text.encode("utf-8"))
