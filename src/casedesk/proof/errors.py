"""Errors the proof package raises; each message is fit to show a user as it is."""

from __future__ import annotations

from enum import StrEnum

from casedesk.core.errors import CaseDeskError, IntegrityError


class KeyStoreError(CaseDeskError):
    """The investigator's key or the trust store cannot be read, made or used."""


class PassphraseRequired(KeyStoreError):
    """The signing key is passphrase-protected and no passphrase was given."""


class WrongPassphrase(KeyStoreError):
    """The passphrase does not decrypt the signing key."""


class DamagedKeyFile(KeyStoreError):
    """A key file is unreadable, truncated or altered."""


class KeySwapped(KeyStoreError):
    """The key file holds a valid key, but not the one this folder recorded when it was made."""


class BadSignature(IntegrityError):
    """A signature does not verify under the key it names."""


class TimestampFailure(StrEnum):
    """Why a timestamp response was refused: one value per kind of reason a user must act on."""

    MALFORMED = "malformed"  # truncated or not a TimeStampResp at all
    NOT_GRANTED = "not granted"  # the TSA answered, but refused
    TAMPERED = "tampered"  # the TSA's signature does not cover these bytes
    NOT_MATCHING = "not matching"  # a genuine answer, but to another request or other data
    UNTRUSTED_TSA = "untrusted TSA"  # signed by a TSA not chaining to a trusted root


class TimestampError(IntegrityError):
    def __init__(self, reason: TimestampFailure, detail: str) -> None:
        super().__init__(f"Timestamp refused ({reason}): {detail}")
        self.reason = reason
        self.detail = detail


class PdfFailure(StrEnum):
    """Why a signed PDF was refused."""

    MALFORMED = "malformed"
    NOT_SIGNED = "not signed"
    TAMPERED = "tampered"  # the signed bytes changed
    MODIFIED = "modified after signing"  # a later incremental update
    NOT_BOUND = "not bound to an investigator key"
    NOT_PREFIX = "not the given unsigned document"


class PdfSignatureError(IntegrityError):
    def __init__(self, reason: PdfFailure, detail: str) -> None:
        super().__init__(f"PDF signature refused ({reason}): {detail}")
        self.reason = reason
        self.detail = detail
