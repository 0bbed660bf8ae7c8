"""The building blocks of the bundle's field tables: kinds of JSON value, field and table specs.

Apart from :mod:`.schema` so that a table added later (:mod:`.annotation_records`) can be declared
in its own module and still be listed in the one table of tables, ``schema.ROW_TABLES``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from casedesk.bundle.errors import BundleError
from casedesk.i18n import Message, msg

ID_RE = re.compile(r"[A-Za-z0-9-]{1,64}")
SHA_RE = re.compile(r"[0-9a-f]{64}")


class Kind(Enum):
    ID = "an id"
    SHA = "a SHA-256 in lower-case hex"
    TEXT = "text"
    INT = "a whole number"
    FLOAT = "a number"
    BOOL = "true or false"
    TIME = "an ISO 8601 time with its zone"
    PARTIAL = "a partial time"
    OBJECT = "a JSON object"
    TEXT_LIST = "a list of texts"
    CHOICE = "one of"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    nullable: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    since: int = 1  # the format version that added the field
    default: Any = None  # its value in records of older versions

    def describe(self) -> Message:
        """What the field's value must be, as it reads after "must be" ("a whole number of at least 1")."""
        if self.kind is Kind.CHOICE:
            what = msg(
                "one of {choices}", "fragment: what a manifest field must be", choices=", ".join(self.choices)
            )
        elif self.minimum is not None and self.maximum is not None:
            what = msg(
                "{kind} from {minimum} to {maximum}",
                "fragment: what a manifest field must be",
                kind=kind_words(self.kind),
                minimum=self.minimum,
                maximum=self.maximum,
            )
        elif self.minimum is not None:
            what = msg(
                "{kind} of at least {minimum}",
                "fragment: what a manifest field must be",
                kind=kind_words(self.kind),
                minimum=self.minimum,
            )
        else:
            what = kind_words(self.kind)
        return (
            msg("{kind} or null", "fragment: what a manifest field must be", kind=what)
            if self.nullable
            else what
        )


def kind_words(kind: Kind) -> Message:
    """A kind of JSON value as it reads after "must be": the kind's value, in a language (a choice
    is described with its choices, by :meth:`FieldSpec.describe`)."""
    return {
        Kind.ID: msg("an id", "fragment: what a manifest field must be"),
        Kind.SHA: msg("a SHA-256 in lower-case hex", "fragment: what a manifest field must be"),
        Kind.TEXT: msg("text", "fragment: what a manifest field must be"),
        Kind.INT: msg("a whole number", "fragment: what a manifest field must be"),
        Kind.FLOAT: msg("a number", "fragment: what a manifest field must be"),
        Kind.BOOL: msg("true or false", "fragment: what a manifest field must be"),
        Kind.TIME: msg("an ISO 8601 time with its zone", "fragment: what a manifest field must be"),
        Kind.PARTIAL: msg("a partial time", "fragment: what a manifest field must be"),
        Kind.OBJECT: msg("a JSON object", "fragment: what a manifest field must be"),
        Kind.TEXT_LIST: msg("a list of texts", "fragment: what a manifest field must be"),
    }[kind]


def must_be(where: str, what: Message) -> BundleError:
    """The refusal of a manifest whose field ``where`` (``evidence[3].size``) is not ``what`` it must be."""
    return BundleError(msg("Invalid manifest: {field} must be {what}.", field=where, what=what))


@dataclass(frozen=True, slots=True)
class TableSpec:
    key: str  # the manifest's name for the list of these records
    table: str  # the core's name for the table the records are rows of
    fields: tuple[FieldSpec, ...]
    identity: tuple[str, ...] = ("id",)
    # Columns that deliberately do not travel (case_id: records belong to the bundle's case).
    omitted: frozenset[str] = field(default_factory=lambda: frozenset({"case_id"}))
    since: int = 1  # the format version that added the table: older bundles have none of its records

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def fields_in(self, version: int) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.since <= version)


def _f(name: str, kind: Kind, nullable: bool = False, **extra: Any) -> FieldSpec:
    return FieldSpec(name, kind, nullable, **extra)


def _removal() -> tuple[FieldSpec, ...]:
    """Soft removal (format 2): a removed record travels, hidden, with why it was removed."""
    return (_f("removed_at", Kind.TIME, True, since=2), _f("removed_reason", Kind.TEXT, since=2, default=""))


def _choice(name: str, enum: type[Enum] | tuple[str, ...]) -> FieldSpec:
    values = enum if isinstance(enum, tuple) else tuple(str(m.value) for m in enum)
    return FieldSpec(name, Kind.CHOICE, choices=values)


ID, SHA, TEXT, INT, FLOAT, BOOL = Kind.ID, Kind.SHA, Kind.TEXT, Kind.INT, Kind.FLOAT, Kind.BOOL
TIME, PARTIAL, OBJECT, TEXT_LIST = Kind.TIME, Kind.PARTIAL, Kind.OBJECT, Kind.TEXT_LIST
