"""The history of every case record, so the case can be read back as it stood after any custody entry.

A flush hook notes each case record a write session inserts, changes or deletes; the unit of work,
when it appends a custody entry, writes one :class:`~casedesk.core.models.RecordVersion` per noted
record, numbered with that entry. Nothing else writes history, and nothing is ever rewritten: a
version is the whole row (column values as JSON), or None for a deleted row.

To read a case *as of* entry N, :func:`materialize` builds a private in-memory database with the
same schema holding, for each record, its latest version at or before N, plus the custody log up
to N; the ordinary paged reader then runs over it unchanged, so a report made as of N sees exactly
what the case held then, in any workspace that has the same history (bundles carry it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Table,
    Text,
    TypeDecorator,
    cast,
    create_engine,
    event,
    inspect,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from casedesk.core.errors import UsageError
from casedesk.core.models import (
    Annotation,
    Base,
    Case,
    CaseLink,
    ChecklistItem,
    Claim,
    ClaimEvidence,
    ClaimSource,
    CustodyEntry,
    Evidence,
    HistoryStart,
    Note,
    Place,
    RecordVersion,
    Source,
    TimelineEvent,
)
from casedesk.core.timeutil import PartialTime, iso_utc

# The records of a case, in an order where every row's foreign keys point at rows before it.
VERSIONED: tuple[type[Base], ...] = (
    Case,
    CaseLink,
    Source,
    Place,
    Evidence,
    TimelineEvent,
    Note,
    Claim,
    ClaimEvidence,
    ClaimSource,
    ChecklistItem,
    Annotation,
)
_BY_TABLE = {model.__tablename__: model for model in VERSIONED}
_PENDING = "casedesk_history_pending"
_QUIET = frozenset({"updated_at"})  # bookkeeping that alone is not a change of the record


def _columns(model: type[Base]) -> list[Column[Any]]:
    return list(model.__table__.columns)  # type: ignore[arg-type]


def row_key(obj: Any) -> str:
    return "|".join(str(v) for v in inspect(obj).mapper.primary_key_from_instance(obj))


def case_of(session: Session, obj: Any) -> str | None:
    if isinstance(obj, Case):
        return obj.id
    if isinstance(obj, ClaimEvidence | ClaimSource):
        claim = session.get(Claim, obj.claim_id)
        return claim.case_id if claim is not None else None
    return getattr(obj, "case_id", None)


def encode(model: type[Base], obj: Any) -> dict[str, Any]:
    """A row's column values as JSON (times as ISO text, partial times in their text form)."""
    data: dict[str, Any] = {}
    for column in _columns(model):
        value = getattr(obj, column.key)
        if isinstance(value, datetime):
            value = iso_utc(value)
        elif isinstance(value, PartialTime):
            value = value.to_text()
        elif isinstance(value, Enum):
            value = value.value
        elif isinstance(value, list | dict):
            value = type(value)(value)
        data[column.key] = value
    return data


# -- recording ----------------------------------------------------------------------------------


def _changed(obj: Any) -> bool:
    """Whether a flushed update changed a column of the record (not only its bookkeeping)."""
    state = inspect(obj)
    return any(
        state.attrs[prop.key].history.has_changes()
        for prop in state.mapper.column_attrs
        if prop.key not in _QUIET
    )


def _after_flush(session: Session, _context: Any) -> None:
    pending: dict[tuple[str, str], tuple[str | None, Any]] = session.info.setdefault(_PENDING, {})
    for obj in list(session.new) + [o for o in session.dirty if _changed(o)]:
        if type(obj) in _BY_TABLE.values():
            pending[(obj.__tablename__, row_key(obj))] = (case_of(session, obj), obj)
    for obj in list(session.deleted):
        if type(obj) in _BY_TABLE.values():
            pending[(obj.__tablename__, row_key(obj))] = (case_of(session, obj), None)


def install_history_recording(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def record(session: Session, case_id: str, entry_seq: int) -> None:
    """Write a version of every record of ``case_id`` changed since the last entry, numbered ``entry_seq``."""
    session.flush()
    pending: dict[tuple[str, str], tuple[str | None, Any]] = session.info.get(_PENDING, {})
    for key in [k for k, (owner, _obj) in pending.items() if owner == case_id]:
        table, key_text = key
        _owner, obj = pending.pop(key)
        data = None if obj is None else encode(_BY_TABLE[table], obj)
        session.add(
            RecordVersion(case_id=case_id, entry_seq=entry_seq, table=table, row_key=key_text, data=data)
        )
    if session.get(HistoryStart, case_id) is None:
        session.add(HistoryStart(case_id=case_id, entry_seq=entry_seq))
    session.flush()


def baseline(session: Session, case_id: str, entry_seq: int, rows: Iterable[Any]) -> None:
    """Versions of a case's current records at ``entry_seq``, where history starts for an old case."""
    for obj in rows:
        session.add(
            RecordVersion(
                case_id=case_id,
                entry_seq=entry_seq,
                table=obj.__tablename__,
                row_key=row_key(obj),
                data=encode(type(obj), obj),
            )
        )


# -- reading back -------------------------------------------------------------------------------


def state_as_of(session: Session, case_id: str, entry_seq: int) -> dict[str, list[dict[str, Any]]]:
    """Each table's rows (JSON data) as they stood after entry ``entry_seq``."""
    state: dict[str, list[dict[str, Any]]] = {model.__tablename__: [] for model in VERSIONED}
    for table, data in _latest_versions(session, case_id, entry_seq):
        state[table].append(json.loads(data))
    return state


def _latest_versions(session: Session, case_id: str, entry_seq: int) -> list[tuple[str, str]]:
    """(table, JSON text) of each record's latest version at or before ``entry_seq``, for the records
    that then existed, in the order they were first recorded. The text is read as stored, undecoded."""
    start = session.get(HistoryStart, case_id)
    if start is None or entry_seq < start.entry_seq:
        first = start.entry_seq if start else None
        raise UsageError(
            f"The case's history before entry {first} was not recorded (the case predates it); "
            f"a report can be made as of entry {first} or later."
            if first
            else "This case has no recorded history."
        )
    latest: dict[tuple[str, str], str | None] = {}
    query = (
        select(RecordVersion.table, RecordVersion.row_key, cast(RecordVersion.data, Text))
        .where(RecordVersion.case_id == case_id, RecordVersion.entry_seq <= entry_seq)
        .order_by(RecordVersion.entry_seq, RecordVersion.id)
    )
    for table, key, data in session.execute(query):
        latest[(table, key)] = data
    # A deleted record's version is JSON null, which the JSON column stores as the text "null".
    return [(table, data) for (table, _), data in latest.items() if data is not None and data != "null"]


@contextmanager
def materialize(session: Session, case_id: str, entry_seq: int) -> Iterator[Session]:
    """A read session over a private in-memory copy of the case as it stood after ``entry_seq``."""
    versions = _latest_versions(session, case_id, entry_seq)
    custody_table: Table = CustodyEntry.__table__  # type: ignore[assignment]
    entries = session.execute(
        select(*(_as_stored(column) for column in custody_table.columns))
        .where(custody_table.c.case_id == case_id, custody_table.c.seq <= entry_seq)
        .order_by(custody_table.c.seq)
    )
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            _unpack(conn, versions)
            _insert(conn, custody_table, [tuple(row) for row in entries])
        with Session(engine) as copy:
            yield copy
    finally:
        engine.dispose()


def _unpack(conn: Connection, versions: list[tuple[str, str]]) -> None:
    """Write each version's record into its table of the copy, column by column out of its JSON.

    SQLite's JSON functions take the values apart, so no record is decoded in Python: that decoding
    (and encoding the JSON columns again) was most of the time of reading a 1,000-item case back.
    Each value is stored as the workspace stores it (:func:`encode` writes times and partial times
    in their stored text), except that a JSON column's object or list is kept minified.
    """
    if not versions:
        return
    quote = conn.dialect.identifier_preparer.quote
    # A temporary table of the copy's own connection, gone with the copy (dropping it took longer).
    conn.exec_driver_sql("CREATE TEMP TABLE casedesk_version (tbl TEXT NOT NULL, data TEXT NOT NULL)")
    conn.exec_driver_sql("INSERT INTO casedesk_version (tbl, data) VALUES (?, ?)", versions)
    for model in VERSIONED:
        table: Table = model.__table__  # type: ignore[assignment]
        names = ", ".join(quote(column.name) for column in table.columns)
        values = ", ".join(_from_json(column) for column in table.columns)
        conn.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({names}) "
            f"SELECT {values} FROM casedesk_version WHERE tbl = ? ORDER BY rowid",
            (table.name,),
        )


def _from_json(column: Column[Any]) -> str:
    """SQL for the column's value out of a version's JSON ``data``, as the column stores it."""
    path = f"'$.\"{column.key}\"'"
    value = f"json_extract(data, {path})"
    if not _is_json(column):
        return value  # text, numbers; true and false as 1 and 0, as SQLite stores booleans
    # A JSON column stores JSON text: an object or list as json_extract gives it, anything else
    # quoted (a missing key, like JSON null, as the text "null", which is how the column stores None).
    return (
        f"CASE json_type(data, {path}) WHEN 'object' THEN {value} WHEN 'array' THEN {value} "
        f"WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE json_quote({value}) END"
    )


def _is_json(column: Column[Any]) -> bool:
    kind = column.type
    return isinstance(kind, JSON) or (isinstance(kind, TypeDecorator) and isinstance(kind.impl, JSON))


def _as_stored(column: Column[Any]) -> Any:
    """The column as its database stores it: JSON as its text, other types without conversion."""
    if _is_json(column):
        return cast(column, Text).label(column.key)
    kind = column.type
    return type_coerce(column, kind.impl if isinstance(kind, TypeDecorator) else kind).label(column.key)


def _insert(conn: Connection, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Insert rows of stored values (in the table's column order) into ``table`` of the copy, in one
    ``executemany``."""
    if rows:
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(column.name) for column in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", rows)
