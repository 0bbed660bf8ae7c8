"""A case's history as a bundle carries it (format 3): every record version, and where it starts.

The core keeps a version of each case record for every custody entry that changed it (the whole
row, or null once deleted; see :mod:`casedesk.core.history`). A bundle carries them verbatim, with
the entry the history starts at, so that a receiver reads the case as of any entry of the carried
log exactly as the exporter does, and can regenerate a report of it. Like every other record, a
version is checked against a field table before anything is written: its own fields (entry number,
table, key, data), then its data against the field table of the record it is a version of (every
column present, as the core keeps whole rows), then that it belongs to this case and to an entry
of the carried log, in order, from the history's start; and the case's own record must be there
from that start on, never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from casedesk.bundle.errors import BundleError
from casedesk.bundle.schema import (
    CASE,
    ID_RE,
    REMOVAL_SPECS,
    ROW_TABLES,
    FieldSpec,
    Kind,
    Record,
    TableSpec,
    decode_record,
    decode_value,
    encode_row,
    lacks,
    must_be,
    not_a_list,
    unexpected,
)
from casedesk.core.service.exchange import HISTORY_TABLES
from casedesk.i18n import msg

HISTORY_KEY = "history"
START_KEY = "history_start"

HISTORY = TableSpec(
    HISTORY_KEY,
    "record_version",
    (
        FieldSpec("entry_seq", Kind.INT, minimum=1),
        FieldSpec("table", Kind.CHOICE, choices=HISTORY_TABLES),
        FieldSpec("row_key", Kind.TEXT),
        FieldSpec("data", Kind.OBJECT, nullable=True),
    ),
    identity=("entry_seq", "table", "row_key"),
    # Versions are numbered again by the receiver and belong to the bundle's case.
    omitted=frozenset({"id", "case_id"}),
)

# Related-case links do not travel as records, but their history does (it is the case's).
# A version of a case link is its whole row, keyed as the core keys it (the case, then the related one).
CASE_LINK_VERSIONS = TableSpec(
    "case_links",
    "case_link",
    (
        FieldSpec("case_id", Kind.ID),
        FieldSpec("related_id", Kind.ID),
        FieldSpec("related_title", Kind.TEXT, since=4, default=""),
        *REMOVAL_SPECS,
    ),
    identity=("case_id", "related_id"),
    omitted=frozenset(),
)

# The field table of each record a version may hold, by the core's table name.
RECORD_SPECS: dict[str, TableSpec] = {
    spec.table: spec
    for spec in (CASE, *ROW_TABLES, CASE_LINK_VERSIONS)  # the last wins its table
}
# Columns the record specs leave out of bundles, which whole-row versions still hold.
OMITTED_FIELDS: dict[str, FieldSpec] = {
    "case_id": FieldSpec("case_id", Kind.ID),
    **{
        f"phash_b{n}": FieldSpec(f"phash_b{n}", Kind.INT, nullable=True, minimum=0, maximum=0xFFFF)
        for n in range(4)
    },
}
_START = FieldSpec(START_KEY, Kind.INT, nullable=True, minimum=1)


def encode_version(row: Mapping[str, Any]) -> dict[str, Any]:
    return encode_row(HISTORY, row)


def _columns(spec: TableSpec) -> dict[str, FieldSpec]:
    return {**{f.name: f for f in spec.fields}, **{name: OMITTED_FIELDS[name] for name in spec.omitted}}


def _check_data(version: Record, where: str, case_id: str, format_version: int) -> None:
    """The version's data is a whole record of its table, of this case, under its own key."""
    table, key, data = version.data["table"], version.data["row_key"], version.data["data"]
    spec = RECORD_SPECS[table]
    if data is None:
        parts = key.split("|")
        if len(parts) != len(spec.identity) or not all(ID_RE.fullmatch(part) for part in parts):
            raise BundleError(
                msg(
                    "Invalid manifest: {where}.row_key does not name a {table} record.",
                    where=where,
                    table=table,
                )
            )
        if table == CASE.table:
            raise BundleError(
                msg(
                    "Invalid manifest: {where} deletes the case record; cases are never deleted.", where=where
                )
            )
        return
    columns = _columns(spec)
    missing = [name for name, f in columns.items() if name not in data and f.since <= format_version]
    if missing:
        raise lacks(f"{where}.data", missing)
    extra = sorted(set(data) - set(columns))
    if extra:
        raise unexpected(f"{where}.data", extra)
    for name, field in columns.items():
        if name in data:
            decode_value(field, data[name], f"{where}.data")
    if "|".join(str(data[name]) for name in spec.identity) != key:
        raise BundleError(
            msg("Invalid manifest: {where}.row_key does not name the record its data holds.", where=where)
        )
    owner = data["id"] if table == CASE.table else data.get("case_id")  # claim links have none
    if owner is not None and owner != case_id:
        raise BundleError(
            msg("Invalid manifest: {where} is a version of a record of another case.", where=where)
        )


def _start(raw: Any, head: int) -> int | None:
    try:
        start: int | None = decode_value(_START, raw, "")
    except BundleError:
        raise must_be(START_KEY, _START.describe()) from None
    if start is not None and start > head:
        raise BundleError(
            msg(
                "Invalid manifest: the history starts at entry {start}, which the custody log does not hold.",
                start=start,
            )
        )
    return start


def parse_history(
    raw: Any, raw_start: Any, case_id: str, custody: Sequence[Record], version: int
) -> tuple[list[Record], int | None]:
    """The checked record versions (in the order recorded) and the entry the history starts at.
    ``custody`` is the bundle's log, already checked to be a complete chain (seq 1 to its head)."""
    start = _start(raw_start, len(custody))
    if not isinstance(raw, list):
        raise not_a_list(HISTORY_KEY)
    if raw and start is None:
        raise BundleError(
            msg(
                "Invalid manifest: {key} holds versions, but {start_key} is null.",
                key=HISTORY_KEY,
                start_key=START_KEY,
            )
        )
    versions: list[Record] = []
    previous = 0
    for n, item in enumerate(raw):
        where = f"{HISTORY_KEY}[{n}]"
        record = decode_record(HISTORY, item, where, version)
        seq = record.data["entry_seq"]
        assert start is not None
        if not start <= seq <= len(custody):
            raise BundleError(
                msg(
                    "Invalid manifest: {where} is numbered with entry {seq}, outside the history the bundle "
                    "carries (entries {start} to {head} of its custody log).",
                    where=where,
                    seq=seq,
                    start=start,
                    head=len(custody),
                )
            )
        if seq < previous:
            raise BundleError(
                msg(
                    "Invalid manifest: {where} is out of order (entry {seq} after {previous}).",
                    where=where,
                    seq=seq,
                    previous=previous,
                )
            )
        previous = seq
        _check_data(record, where, case_id, version)
        versions.append(record)
    if start is not None and not any(
        v.data["table"] == CASE.table and v.data["entry_seq"] == start and v.data["data"] is not None
        for v in versions
    ):
        raise BundleError(
            msg(
                "Invalid manifest: the history lacks the case's own record at its start (entry {start}).",
                start=start,
            )
        )
    return versions, start
