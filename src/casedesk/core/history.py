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

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, create_engine, event, inspect, select
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


def decode(model: type[Base], data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in _columns(model):
        value = data.get(column.key)
        if value is not None and isinstance(column.type, UTCDateTime):
            value = parse_iso(value)
        elif value is not None and isinstance(column.type, PartialTimeType):
            value = PartialTime.from_text(value)
        values[column.key] = value
    return values


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
    entries = list(
        session.scalars(
            select(CustodyEntry)
            .where(CustodyEntry.case_id == case_id, CustodyEntry.seq <= entry_seq)
            .order_by(CustodyEntry.seq)
        )
    )
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            for model in VERSIONED:
                rows = [decode(model, data) for data in state[model.__tablename__]]
                if rows:
                    conn.execute(model.__table__.insert(), rows)  # type: ignore[attr-defined]
            if entries:
                conn.execute(
                    CustodyEntry.__table__.insert(),  # type: ignore[attr-defined]
                    [{c.key: getattr(e, c.key) for c in _columns(CustodyEntry)} for e in entries],
                )
        with Session(engine) as copy:
            yield copy
    finally:
        engine.dispose()
