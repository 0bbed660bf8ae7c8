"""The words of the trade: statuses, checklist states and the Admiralty grading scales.

The one place that names them: the ORM's CHECK constraints, the service's validators, the UI and the
report all take them from here, so a new status cannot be admitted by one and refused by another.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from casedesk.core.errors import UsageError
from casedesk.i18n import Message, msg


class CaseStatus(StrEnum):
    OPEN = "open"
    VERIFYING = "verifying"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    DEBUNKED = "debunked"
    INCONCLUSIVE = "inconclusive"
    CLOSED = "closed"


class ClaimStatus(StrEnum):
    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    FALSE = "false"


class CheckState(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    INCONCLUSIVE = "inconclusive"


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"


# Admiralty (NATO) source reliability, A..F, and information credibility, 1..6.
RELIABILITY = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


# The custody actions whose entry records a new original (its SHA-256, size and name): what a bundle's
# check, the fault suites and the interface's refresh after a long ingest look for.
ADDING_ACTIONS: frozenset[str] = frozenset({"evidence_add", "still_extract", "wacz_extract", "proof_extract"})


class ObjectKind(StrEnum):
    """What a change touched; the values are the custody log's ``object_type`` words."""

    CASE = "case"
    EVIDENCE = "evidence"
    SOURCE = "source"
    CLAIM = "claim"
    CHECK = "checklist_item"
    PLACE = "place"
    EVENT = "timeline_event"
    NOTE = "note"
    ANNOTATION = "annotation"
    BUNDLE = "bundle"


class AnnotationKind(StrEnum):
    """What an annotation drawn on an item is for (the ``annotation.kind`` column)."""

    SHADOW = "shadow"  # a vertical object and its shadow, for chronolocation (casedesk.chrono)


class EvidenceFlag(StrEnum):
    GRAPHIC = "graphic"
    PERSONAL_DATA = "personal_data"


E = TypeVar("E", bound=StrEnum)

RELIABILITY_GRADES = tuple(RELIABILITY)
CREDIBILITY_LEVELS = tuple(CREDIBILITY)


def sql_choice(column: str, values: tuple[str, ...] | type[StrEnum]) -> str:
    """The CHECK constraint text that admits exactly these values (one source for SQL and Python)."""
    words = [str(v) for v in values]
    return f"{column} in ({','.join(repr(w) for w in words)})"


def sql_range(column: str, values: tuple[int, ...]) -> str:
    return f"{column} between {min(values)} and {max(values)}"


def parse_choice(cls: type[E], value: object, what: Message | str) -> E:
    """User input ("Not applicable", "not_applicable") to a member, or a UsageError naming the choices.
    ``what`` names the kind of choice ("case status"): a message, or English text of ``CHOICE_WORDS``."""
    try:
        return cls(str(value).strip().lower().replace(" ", "_"))
    except ValueError:
        choices = ", ".join(m.value for m in cls)
        words = CHOICE_WORDS.get(what, what) if isinstance(what, str) else what
        raise UsageError(
            msg("{value!r} is not a {what}; use one of: {choices}.", value=value, what=words, choices=choices)
        ) from None


# The kinds of choice parse_choice is asked for, by their English names, as they read in its sentence.
CHOICE_WORDS: dict[str, Message] = {
    "case status": msg("case status", "fragment: a kind of choice"),
    "claim status": msg("claim status", "fragment: a kind of choice"),
    "checklist state": msg("checklist state", "fragment: a kind of choice"),
    "stance": msg("stance", "fragment: a kind of choice"),
    "annotation kind": msg("annotation kind", "fragment: a kind of choice"),
}


def parse_reliability(value: object) -> str:
    grade = str(value).strip().upper()
    if grade not in RELIABILITY_GRADES:
        raise UsageError(msg("{value!r} is not an Admiralty reliability grade; use A to F.", value=value))
    return grade


def check_credibility(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value not in CREDIBILITY_LEVELS:
        raise UsageError(msg("{value!r} is not an information credibility; use 1 to 6.", value=value))
    return value


def check_coordinates(lat: float | None, lon: float | None) -> None:
    if lat is not None and not -90 <= lat <= 90:
        raise UsageError(msg("Latitude {lat} is outside -90..90.", lat=lat))
    if lon is not None and not -180 <= lon <= 180:
        raise UsageError(msg("Longitude {lon} is outside -180..180.", lon=lon))
