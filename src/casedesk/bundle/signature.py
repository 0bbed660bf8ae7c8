"""A bundle's signature: the exporting investigator's Ed25519 key over the manifest's SHA-256.

The manifest names every original by its SHA-256 and carries the whole custody log, so signing its
digest vouches for everything in the bundle. ``signature.json`` sits beside ``manifest.json`` in the
ZIP::

    {"format": 1, "algorithm": "Ed25519", "signer": NAME, "public_key": BASE64 (32 raw bytes),
     "fingerprint": SHA-256 of the raw key, hex, "manifest_sha256": hex,
     "signature": BASE64 of Ed25519(BUNDLE_LABEL + manifest_sha256 as ASCII hex)}

(``BUNDLE_LABEL`` and the check of a recorded signature are in :mod:`casedesk.proof.recorded`.)

An import tells four cases apart (:class:`SignatureState`): signed by a key the investigator
trusts (its trusted name is shown), signed by a key they do not know (imported with a warning that
shows the fingerprint to compare out of band), a signature that does not verify (refused: nothing is
written), and no signature at all (bundles written before signing existed; imported with a
warning). The key a bundle carries proves only that its holder signed; whether the holder is who
the bundle says is what the trust list, checked out of band, is for.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from casedesk.bundle.errors import BundleError
from casedesk.core.errors import UsageError
from casedesk.i18n import Message, msg
from casedesk.proof.errors import BadSignature
from casedesk.proof.keys import PublicKey, SigningKey, TrustStore, group_fingerprint
from casedesk.proof.recorded import sign_manifest_digest, verify_manifest_digest

SIGNATURE_NAME = "signature.json"
FORMAT = 1
MAX_SIGNATURE_BYTES = 64 << 10


class SignatureState(StrEnum):
    TRUSTED = "trusted"
    UNKNOWN = "unknown"
    UNSIGNED = "unsigned"


@dataclass(frozen=True, slots=True)
class BundleSignature:
    """What a bundle's signature says, once it verified (or that there is none)."""

    state: SignatureState
    signer: str = ""  # the name the bundle gives its signer (not vouched for by anyone)
    fingerprint: str = ""
    public_key: PublicKey | None = None
    trusted_name: str = ""  # the name the investigator trusted this key under
    manifest_sha256: str = ""
    signature: bytes = b""

    @property
    def warning(self) -> str | None:
        """What the user must be told before relying on the bundle, or None."""
        if self.state == SignatureState.UNSIGNED:
            return (
                "This bundle is not signed (it was written by an older CaseDesk): nothing shows who made it."
            )
        if self.state == SignatureState.UNKNOWN:
            return (
                f"This bundle is signed by a key you do not trust yet, which says it is {self.signer!r}: "
                f"{group_fingerprint(self.fingerprint)}. Compare this fingerprint with its owner out "
                f"of band (in person, by phone); if it matches: casedesk key trust "
                f"{self.fingerprint} --name NAME"
            )
        return None

    def describe(self) -> str:
        if self.state == SignatureState.TRUSTED:
            return f"signed by {self.trusted_name} (trusted key {group_fingerprint(self.fingerprint)})"
        if self.state == SignatureState.UNKNOWN:
            return f"signed by an untrusted key {group_fingerprint(self.fingerprint)} ({self.signer!r})"
        return "unsigned"

    def to_record(self) -> dict[str, Any]:
        """The custody details that let ``verify`` check this signature again later."""
        record: dict[str, Any] = {"signature_state": self.state.value}
        if self.public_key is not None:
            record.update(
                signer=self.signer,
                signer_fingerprint=self.fingerprint,
                signer_public_key=base64.b64encode(self.public_key.raw).decode("ascii"),
                manifest_sha256=self.manifest_sha256,
                signature=base64.b64encode(self.signature).decode("ascii"),
            )
            if self.trusted_name:
                record["trusted_as"] = self.trusted_name
        return record


def sign_manifest(manifest: bytes, key: SigningKey, signer: str) -> bytes:
    """The ``signature.json`` for a manifest."""
    digest = hashlib.sha256(manifest).hexdigest()
    document = {
        "format": FORMAT,
        "algorithm": "Ed25519",
        "signer": signer,
        "public_key": base64.b64encode(key.public.raw).decode("ascii"),
        "fingerprint": key.public.fingerprint,
        "manifest_sha256": digest,
        "signature": base64.b64encode(sign_manifest_digest(key, digest)).decode("ascii"),
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


class _Malformed(ValueError):
    """What is wrong with a signature file's content, with a message to translate."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def check_signature(manifest: bytes, signature: bytes | None, trust: TrustStore | None) -> BundleSignature:
    """Verify ``signature.json`` against the manifest's bytes; raise BundleError if it does not hold.
    ``trust`` says which keys are trusted (None: none are, as for a checker with no key folder)."""
    if signature is None:
        return BundleSignature(SignatureState.UNSIGNED)
    try:
        document = json.loads(signature.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise _Malformed(msg("unknown signature format", "fragment: why a signature file is malformed"))
        if document.get("algorithm") != "Ed25519":
            raise _Malformed(
                msg(
                    "unsupported algorithm {algorithm!r}",
                    "fragment: why a signature file is malformed",
                    algorithm=document.get("algorithm"),
                )
            )
        public = PublicKey(base64.b64decode(document["public_key"], validate=True))
        sig = base64.b64decode(document["signature"], validate=True)
        signer, claimed, digest = document["signer"], document["fingerprint"], document["manifest_sha256"]
        if not all(isinstance(v, str) for v in (signer, claimed, digest)):
            raise _Malformed(
                msg(
                    "signer, fingerprint and manifest_sha256 must be text",
                    "fragment: why a signature file is malformed",
                )
            )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error, UsageError) as exc:
        raise _refused(
            msg(
                "its signature file is malformed ({reason})",
                "fragment: why a signature was refused",
                reason=exc,
            )
        ) from None
    if public.fingerprint != claimed:
        raise _refused(
            msg(
                "the signature names a fingerprint that is not its key's",
                "fragment: why a signature was refused",
            )
        )
    actual = hashlib.sha256(manifest).hexdigest()
    if digest != actual:
        raise _refused(
            msg(
                "the signature is over another manifest (the manifest was changed after signing)",
                "fragment: why a signature was refused",
            )
        )
    try:
        verify_manifest_digest(public, digest, sig)
    except (BadSignature, UnicodeEncodeError):
        raise _refused(
            msg(
                "the signature does not verify under the key it names ({fingerprint})",
                "fragment: why a signature was refused",
                fingerprint=public.grouped_fingerprint,
            )
        ) from None
    trusted = trust.find(public) if trust is not None else None
    return BundleSignature(
        SignatureState.TRUSTED if trusted else SignatureState.UNKNOWN,
        signer=signer,
        fingerprint=public.fingerprint,
        public_key=public,
        trusted_name=trusted.name if trusted else "",
        manifest_sha256=digest,
        signature=sig,
    )


def _refused(problem: Message) -> BundleError:
    return BundleError(
        msg(
            "Refused a bundle whose signature does not hold: {problem}. Nothing was imported.",
            problem=problem,
        )
    )
