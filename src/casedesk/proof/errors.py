"""Errors the proof package raises; each message is fit to show a user as it is."""

from __future__ import annotations

from enum import StrEnum

from casedesk.core.errors import CaseDeskError, IntegrityError
from casedesk.i18n import Message, as_message, msg


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


def _timestamp_words(reason: TimestampFailure) -> Message:
    """A reason a timestamp was refused, as it reads inside the sentence saying so."""
    return {
        TimestampFailure.MALFORMED: msg("malformed", "fragment: why a timestamp was refused"),
        TimestampFailure.NOT_GRANTED: msg("not granted", "fragment: why a timestamp was refused"),
        TimestampFailure.TAMPERED: msg("tampered", "fragment: why a timestamp was refused"),
        TimestampFailure.NOT_MATCHING: msg("not matching", "fragment: why a timestamp was refused"),
        TimestampFailure.UNTRUSTED_TSA: msg("untrusted TSA", "fragment: why a timestamp was refused"),
    }[reason]


class TimestampError(IntegrityError):
    def __init__(self, reason: TimestampFailure, detail: Message | str) -> None:
        super().__init__(
            msg("Timestamp refused ({reason}): {detail}", reason=_timestamp_words(reason), detail=detail)
        )
        self.reason = reason
        self.detail = str(detail)  # English, as recorded
        self.detail_message = as_message(detail)  # to put in another sentence, translated with it


class PdfFailure(StrEnum):
    """Why a signed PDF was refused."""

    MALFORMED = "malformed"
    NOT_SIGNED = "not signed"
    TAMPERED = "tampered"  # the signed bytes changed
    MODIFIED = "modified after signing"  # a later incremental update
    NOT_BOUND = "not bound to an investigator key"
    NOT_PREFIX = "not the given unsigned document"


def _pdf_words(reason: PdfFailure) -> Message:
    """A reason a signed PDF was refused, as it reads inside the sentence saying so."""
    return {
        PdfFailure.MALFORMED: msg("malformed", "fragment: why a signed PDF was refused"),
        PdfFailure.NOT_SIGNED: msg("not signed", "fragment: why a signed PDF was refused"),
        PdfFailure.TAMPERED: msg("tampered", "fragment: why a signed PDF was refused"),
        PdfFailure.MODIFIED: msg("modified after signing", "fragment: why a signed PDF was refused"),
        PdfFailure.NOT_BOUND: msg(
            "not bound to an investigator key", "fragment: why a signed PDF was refused"
        ),
        PdfFailure.NOT_PREFIX: msg(
            "not the given unsigned document", "fragment: why a signed PDF was refused"
        ),
    }[reason]


class PdfSignatureError(IntegrityError):
    def __init__(self, reason: PdfFailure, detail: Message | str) -> None:
        super().__init__(
            msg("PDF signature refused ({reason}): {detail}", reason=_pdf_words(reason), detail=detail)
        )
        self.reason = reason
        self.detail = str(detail)  # English, as recorded
        self.detail_message = as_message(detail)  # to put in another sentence, translated with it
