"""Signatures that custody entries record, checked again from the log alone (``verify``, checkers).

A bundle's signature is Ed25519 over ``BUNDLE_LABEL`` followed by the manifest's SHA-256 in ASCII
hex; the export and import entries record the signer's public key, the digest and the signature,
so anyone holding the log can check that the recorded key signed that manifest.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from casedesk.core.errors import UsageError
from casedesk.i18n import msg
from casedesk.proof.errors import BadSignature
from casedesk.proof.keys import PublicKey, SigningKey

BUNDLE_LABEL = b"CaseDesk bundle manifest v1\n"
BUNDLE_ACTIONS = ("bundle_export", "bundle_import", "bundle_merge")


def sign_manifest_digest(key: SigningKey, manifest_sha256: str) -> bytes:
    return key.sign(BUNDLE_LABEL + manifest_sha256.encode("ascii"))


def verify_manifest_digest(public: PublicKey, manifest_sha256: str, signature: bytes) -> None:
    """Raise BadSignature unless ``public`` signed this manifest digest."""
    public.verify(BUNDLE_LABEL + manifest_sha256.encode("ascii"), signature)


def recheck_bundle_signature(details: Mapping[str, Any]) -> str | None:
    """Check again the bundle signature an entry recorded; why it does not hold, or None (also when
    the entry recorded none: an unsigned bundle is a warning at import, not damage)."""
    if "signature" not in details:
        return None
    try:
        public = PublicKey(base64.b64decode(details["signer_public_key"], validate=True))
        signature = base64.b64decode(details["signature"], validate=True)
        digest = str(details["manifest_sha256"])
    except (ValueError, KeyError, TypeError, binascii.Error, UsageError) as exc:
        return str(msg("the recorded bundle signature is malformed ({reason})", reason=exc))
    if public.fingerprint != details.get("signer_fingerprint"):
        return str(msg("the recorded signer fingerprint is not the recorded key's"))
    try:
        verify_manifest_digest(public, digest, signature)
    except (BadSignature, UnicodeEncodeError):
        return str(
            msg(
                "the recorded bundle signature does not verify under key {fingerprint}",
                fingerprint=public.grouped_fingerprint,
            )
        )
    return None
