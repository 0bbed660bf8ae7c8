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

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Connection, Table, create_engine, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from casedesk.core.columns import PartialTimeType, UTCDateTime
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
from casedesk.core.timeutil import PartialTime, iso_utc, parse_iso

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


def _loader(column: Column[Any]) -> Callable[[Any], Any] | None:
    """What turns a column's JSON value (see :func:`encode`) back into the ORM's value."""
    if isinstance(column.type, UTCDateTime):
        return parse_iso
    if isinstance(column.type, PartialTimeType):
        return PartialTime.from_text
    return None


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
    start = session.get(HistoryStart, case_id)
    if start is None or entry_seq < start.entry_seq:
        first = start.entry_seq if start else None
        raise UsageError(
            f"The case's history before entry {first} was not recorded (the case predates it); "
            f"a report can be made as of entry {first} or later."
            if first
            else "This case has no recorded history."
        )
    latest: dict[tuple[str, str], dict[str, Any] | None] = {}
    query = (
        select(RecordVersion.table, RecordVersion.row_key, RecordVersion.data)
        .where(RecordVersion.case_id == case_id, RecordVersion.entry_seq <= entry_seq)
        .order_by(RecordVersion.entry_seq, RecordVersion.id)
    )
    for table, key, data in session.execute(query):
        latest[(table, key)] = data
    state: dict[str, list[dict[str, Any]]] = {model.__tablename__: [] for model in VERSIONED}
    for (table, _key), data in latest.items():
        if data is not None:
            state[table].append(data)
    return state


@contextmanager
def materialize(session: Session, case_id: str, entry_seq: int) -> Iterator[Session]:
    """A read session over a private in-memory copy of the case as it stood after ``entry_seq``."""
    state = state_as_of(session, case_id, entry_seq)
    custody_table: Table = CustodyEntry.__table__  # type: ignore[assignment]
    entries = session.execute(
        select(*custody_table.columns)
        .where(custody_table.c.case_id == case_id, custody_table.c.seq <= entry_seq)
        .order_by(custody_table.c.seq)
    )
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            for model in VERSIONED:
                table: Table = model.__table__  # type: ignore[assignment]
                keys = [column.key for column in table.columns]
                versions = state[model.__tablename__]
                _copy_rows(
                    conn, table, ([data.get(key) for key in keys] for data in versions), from_json=True
                )
            _copy_rows(conn, custody_table, entries, from_json=False)
        with Session(engine) as copy:
            yield copy
    finally:
        engine.dispose()


def _copy_rows(conn: Connection, table: Table, rows: Iterable[Sequence[Any]], *, from_json: bool) -> None:
    """Insert rows (values in the table's column order) into ``table`` of the copy.

    Values read back from history (``from_json``) are first turned into the ORM's values. Each
    then goes through its column type's own bind processor for the copy's dialect, exactly as a
    Core insert would store it, and all rows go to the driver in one ``executemany``: a Core
    insert's per-row bookkeeping was most of the time of reading a 5,000-record case back.
    """
    columns = list(table.columns)
    converters = [
        _then(_loader(column) if from_json else None, column.type.bind_processor(conn.dialect))
        for column in columns
    ]
    params = [tuple(v if f is None else f(v) for f, v in zip(converters, row, strict=True)) for row in rows]
    if params:
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(column.name) for column in columns)
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", params)


def _then(
    load: Callable[[Any], Any] | None, bind: Callable[[Any], Any] | None
) -> Callable[[Any], Any] | None:
    """``load`` (skipped for None, as JSON null is None in either form), then ``bind``."""
    if load is None:
        return bind
    if bind is None:
        return lambda value: None if value is None else load(value)
    return lambda value: bind(None if value is None else load(value))
