"""The manifest's record schema: which fields of which rows travel, their JSON types, and the checks.

One table of field specs drives all three directions, so they cannot drift apart: encoding a row
for export, validating a record on import (every field's JSON type, ranges, patterns), and
comparing a local row with a bundle record when merging. Tables are named as the core names them;
rows arrive from the core as plain ``column -> value`` mappings. A test checks that every column
is either listed here or deliberately left out, so a new column cannot silently miss bundles.

A field added in a later format version names that version (``since``): records of an older
bundle lack it and read as its default (a version-1 record has nothing removed).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from casedesk.bundle.annotation_records import ANNOTATIONS
from casedesk.bundle.errors import BundleError
from casedesk.bundle.fields import BOOL as BOOL
from casedesk.bundle.fields import FLOAT as FLOAT
from casedesk.bundle.fields import ID as ID
from casedesk.bundle.fields import ID_RE as ID_RE
from casedesk.bundle.fields import INT as INT
from casedesk.bundle.fields import OBJECT as OBJECT
from casedesk.bundle.fields import PARTIAL as PARTIAL
from casedesk.bundle.fields import SHA as SHA
from casedesk.bundle.fields import SHA_RE as SHA_RE
from casedesk.bundle.fields import TEXT as TEXT
from casedesk.bundle.fields import TEXT_LIST as TEXT_LIST
from casedesk.bundle.fields import TIME as TIME
from casedesk.bundle.fields import FieldSpec as FieldSpec
from casedesk.bundle.fields import Kind as Kind
from casedesk.bundle.fields import TableSpec as TableSpec
from casedesk.bundle.fields import _choice, _f, _removal
from casedesk.bundle.fields import kind_words as kind_words
from casedesk.bundle.fields import must_be as must_be
from casedesk.core.timeutil import PartialTime, iso_utc, parse_iso
from casedesk.core.vocabulary import RELIABILITY, CaseStatus, CheckState, ClaimStatus, Stance
from casedesk.i18n import msg
from casedesk.media.api import DecodeStatus, EvidenceKind

CASE = TableSpec(
    "case",
    "case",
    (
        _f("id", ID),
        _f("title", TEXT),
        _f("summary", TEXT),
        _choice("status", CaseStatus),
        _f("incident_time", PARTIAL, True),
        _f("first_seen", PARTIAL, True),
        _f("tags", TEXT_LIST),
        _f("created_at", TIME),
        _f("updated_at", TIME),
        _f("ocr_languages", TEXT, since=7, default=""),
    ),
    omitted=frozenset(),
)

SOURCES = TableSpec(
    "sources",
    "source",
    (
        _f("id", ID),
        _f("position", INT, minimum=0),
        _f("name", TEXT),
        _f("handle", TEXT),
        _f("platform", TEXT),
        _choice("reliability", tuple(RELIABILITY)),
        _f("notes", TEXT),
        *_removal(),
    ),
)

PLACES = TableSpec(
    "places",
    "place",
    (
        _f("id", ID),
        _f("name", TEXT),
        _f("lat", FLOAT, True, minimum=-90, maximum=90),
        _f("lon", FLOAT, True, minimum=-180, maximum=180),
        _f("precision", TEXT),
        _f("notes", TEXT),
        *_removal(),
    ),
)

EVIDENCE = TableSpec(
    "evidence",
    "evidence",
    (
        _f("id", ID),
        _f("sha256", SHA),
        _choice("kind", EvidenceKind),
        _f("original_name", TEXT),
        _f("original_path", TEXT),
        _f("size", INT, minimum=0),
        _f("media_type", TEXT),
        _f("added_at", TIME),
        _f("acquired_at", TIME, True),
        _f("description", TEXT),
        _f("transcript", TEXT),
        _f("tags", TEXT_LIST),
        _f("graphic", BOOL),
        _f("personal_data", BOOL),
        _choice("decode_status", DecodeStatus),
        _f("warnings", TEXT_LIST),
        _f("width", INT, True, minimum=0),
        _f("height", INT, True, minimum=0),
        _f("duration_s", FLOAT, True, minimum=0),
        _f("captured_at", TIME, True),
        _f("captured_offset", TEXT, True),
        _f("gps_lat", FLOAT, True, minimum=-90, maximum=90),
        _f("gps_lon", FLOAT, True, minimum=-180, maximum=180),
        _f("gps_alt", FLOAT, True),
        _f("camera", TEXT, True),
        _f("phash", TEXT, True),
        _f("details", OBJECT),
        _f("raw_metadata", OBJECT),
        _f("parent_id", ID, True),
        _f("parent_offset_s", FLOAT, True, minimum=0),
        _f("source_id", ID, True),
        _f("trashed_at", TIME, True),
    ),
    # The pHash bands are derived from phash by the core (an index for near-duplicate search).
    omitted=frozenset({"case_id", "phash_b0", "phash_b1", "phash_b2", "phash_b3"}),
)

TIMELINE = TableSpec(
    "timeline",
    "timeline_event",
    (
        _f("id", ID),
        _f("when", PARTIAL),
        _f("sort_key", TEXT),
        _f("title", TEXT),
        _f("description", TEXT),
        _f("place_id", ID, True),
        *_removal(),
    ),
)

NOTES = TableSpec(
    "notes",
    "note",
    (_f("id", ID), _f("text", TEXT), _f("created_at", TIME), _f("updated_at", TIME), *_removal()),
)

CLAIMS = TableSpec(
    "claims",
    "claim",
    (
        _f("id", ID),
        _f("position", INT, minimum=0),
        _f("text", TEXT),
        _f("language", TEXT),
        _choice("status", ClaimStatus),
        _f("credibility", INT, minimum=1, maximum=6),
        _f("notes", TEXT),
        *_removal(),
    ),
)

CLAIM_EVIDENCE = TableSpec(
    "claim_evidence",
    "claim_evidence",
    (_f("claim_id", ID), _f("evidence_id", ID), _choice("stance", Stance), *_removal()),
    identity=("claim_id", "evidence_id"),
    omitted=frozenset(),
)

CLAIM_SOURCES = TableSpec(
    "claim_sources",
    "claim_source",
    (_f("claim_id", ID), _f("source_id", ID), *_removal()),
    identity=("claim_id", "source_id"),
    omitted=frozenset(),
)

CHECKLIST = TableSpec(
    "checklist",
    "checklist_item",
    (
        _f("id", ID),
        _f("evidence_id", ID, True),
        _f("key", TEXT),
        _f("position", INT, minimum=0),
        _f("phase", TEXT),
        _f("title", TEXT),
        _f("guidance", TEXT),
        _choice("state", CheckState),
        _f("note", TEXT),
        _f("investigator", TEXT),
        _f("updated_at", TIME, True),
    ),
)

CUSTODY = TableSpec(
    "custody",
    "custody_entry",
    (
        _f("id", ID),
        _f("seq", INT, minimum=1),
        _f("at", TIME),
        _f("investigator", TEXT),
        _f("action", TEXT),
        _f("object_type", TEXT),
        _f("object_id", TEXT),
        _f("details", OBJECT),
        _f("prev_hash", SHA),
        _f("hash", SHA),
    ),
)

# Remote entries merges took in (format 5), one record each; see casedesk.core.merged.
CARRIED = TableSpec(
    "carried_custody",
    "carried_entry",
    (_f("seq", INT, minimum=1), _f("hash", SHA), _f("prev_hash", SHA), _f("payload", OBJECT)),
    identity=("hash",),
    since=5,
)

# In the order rows must be inserted (foreign keys point backwards in this list).
# Related cases travel as links by id, with the related case's title as linked: the receiver may not
# hold that case, and shows the link by that title until it does.
CASE_LINKS = TableSpec(
    "related_cases",
    "case_link",
    (_f("related_id", ID), _f("related_title", TEXT), *_removal()),
    identity=("related_id",),
    since=4,
)

ROW_TABLES: tuple[TableSpec, ...] = (
    CASE_LINKS,
    SOURCES,
    PLACES,
    EVIDENCE,
    TIMELINE,
    NOTES,
    CLAIMS,
    CLAIM_EVIDENCE,
    CLAIM_SOURCES,
    CHECKLIST,
    ANNOTATIONS,
)

# Local changes to these fields never count as conflicts: they move with every edit.
VOLATILE_FIELDS = frozenset({"updated_at"})
# Soft removal, compared as one fact when merging (see casedesk.bundle.merge).
REMOVAL_SPECS = _removal()
REMOVAL_FIELDS = tuple(f.name for f in REMOVAL_SPECS)


@dataclass(frozen=True, slots=True)
class Record:
    """One validated manifest record: its normalised JSON form and the Python values of its row."""

    spec: TableSpec
    data: dict[str, Any]
    values: dict[str, Any]

    @property
    def key(self) -> tuple[Any, ...]:
        return tuple(self.data[name] for name in self.spec.identity)

    @property
    def label(self) -> str:
        return f"{self.spec.table} {'/'.join(str(k) for k in self.key)}"


# -- encoding ---------------------------------------------------------------------------------


def encode_value(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.TIME:
        assert isinstance(value, datetime)
        return iso_utc(value)
    if spec.kind is Kind.PARTIAL:
        assert isinstance(value, PartialTime)
        return value.to_text()
    if spec.kind is Kind.CHOICE:
        return str(value.value if isinstance(value, Enum) else value)
    if spec.kind is Kind.FLOAT:
        return float(value)
    if spec.kind is Kind.TEXT_LIST:
        return [str(v) for v in value]
    if spec.kind is Kind.OBJECT:
        return dict(value)
    return value


def encode_row(spec: TableSpec, row: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON form of a row given as ``column -> value`` (extra columns are ignored)."""
    return {f.name: encode_value(f, row[f.name]) for f in spec.fields}


# -- validation -------------------------------------------------------------------------------


def _invalid(where: str, spec: FieldSpec) -> BundleError:
    return must_be(f"{where}.{spec.name}", spec.describe())


def decode_value(spec: FieldSpec, raw: Any, where: str) -> Any:
    """The Python value of one JSON field, or BundleError naming the field and what it must be."""
    if raw is None:
        if spec.nullable:
            return None
        raise _invalid(where, spec)
    kind = spec.kind
    if kind in (Kind.INT, Kind.FLOAT):
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise _invalid(where, spec)
        if kind is Kind.INT and not isinstance(raw, int):
            raise _invalid(where, spec)
        if isinstance(raw, float) and not math.isfinite(raw):
            raise _invalid(where, spec)
        if (spec.minimum is not None and raw < spec.minimum) or (
            spec.maximum is not None and raw > spec.maximum
        ):
            raise _invalid(where, spec)
        if kind is Kind.INT and abs(raw) >= 1 << 63:
            raise _invalid(where, spec)  # SQLite integers are 64-bit
        return float(raw) if kind is Kind.FLOAT else raw
    if kind is Kind.BOOL:
        if not isinstance(raw, bool):
            raise _invalid(where, spec)
        return raw
    if kind is Kind.OBJECT:
        if not isinstance(raw, dict):
            raise _invalid(where, spec)
        return raw
    if kind is Kind.TEXT_LIST:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise _invalid(where, spec)
        return list(raw)
    if not isinstance(raw, str):
        raise _invalid(where, spec)
    if kind is Kind.ID and not ID_RE.fullmatch(raw):
        raise _invalid(where, spec)
    if kind is Kind.SHA and not SHA_RE.fullmatch(raw):
        raise _invalid(where, spec)
    if kind is Kind.CHOICE and raw not in spec.choices:
        raise _invalid(where, spec)
    if kind is Kind.TIME:
        try:
            value = parse_iso(raw)
        except ValueError:
            raise _invalid(where, spec) from None
        if value.tzinfo is None:
            raise _invalid(where, spec)
        return value
    if kind is Kind.PARTIAL:
        try:
            return PartialTime.from_text(raw)
        except ValueError:
            raise _invalid(where, spec) from None
    return raw


def decode_record(spec: TableSpec, raw: Any, where: str, version: int) -> Record:
    """A record as a bundle of format ``version`` writes it; fields added later get their default."""
    if not isinstance(raw, dict):
        raise must_be(where, kind_words(Kind.OBJECT))
    present = spec.fields_in(version)
    missing = [f.name for f in present if f.name not in raw]
    if missing:
        raise lacks(where, missing)
    extra = sorted(set(raw) - {f.name for f in present})
    if extra:
        raise unexpected(where, extra)
    values = {
        f.name: decode_value(f, raw[f.name], where) if f.since <= version else f.default for f in spec.fields
    }
    # The normalised JSON form (e.g. 21 -> 21.0) is what comparisons and custody details use.
    data = {f.name: encode_value(f, values[f.name]) for f in spec.fields}
    return Record(spec, data, values)


def decode_records(spec: TableSpec, raw: Any, version: int) -> list[Record]:
    if not isinstance(raw, list):
        raise not_a_list(spec.key)
    records = [decode_record(spec, item, f"{spec.key}[{n}]", version) for n, item in enumerate(raw)]
    seen: set[tuple[Any, ...]] = set()
    for record in records:
        if record.key in seen:
            raise BundleError(
                msg("Invalid manifest: {key} lists {record} twice.", key=spec.key, record=record.label)
            )
        seen.add(record.key)
    return records


def lacks(where: str, missing: list[str]) -> BundleError:
    """The refusal of a manifest object (``where``) without some of its fields."""
    return BundleError(
        msg("Invalid manifest: {where} lacks {fields}.", where=where, fields=", ".join(missing))
    )


def unexpected(where: str, extra: list[str]) -> BundleError:
    """The refusal of a manifest object (``where``) with fields its format does not define."""
    return BundleError(
        msg("Invalid manifest: {where} has unexpected field {fields}.", where=where, fields=", ".join(extra))
    )


def not_a_list(key: str) -> BundleError:
    return BundleError(msg("Invalid manifest: {key} must be a list.", key=key))
