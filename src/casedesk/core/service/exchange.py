"""Exchange: what carrying a case between workspaces (bundles) needs from the core, as plain data.

Nothing outside the core opens a transaction or a session or builds a store path. An export
reads one case's records in one read transaction (:meth:`ExchangeAPI.export_records`) and each
original by its SHA-256 (:meth:`ExchangeAPI.open_original`). An import copies originals aside
while it verifies them (:meth:`ExchangeAPI.import_staging`), decides what to add over a read-only
view of the local records (:class:`LocalRecords`), and commits with
:meth:`ExchangeAPI.commit_import`: in one unit of work the decision is taken again under the
write lock, its rows are inserted table by table in foreign-key order, and its custody entry is
appended through the unit's one ``log``. Rows cross this line as ``column -> value`` mappings
(Python values: datetimes, partial times, lists), so the bundle's field table stays the one place
that decides what travels.

A case's history (:mod:`casedesk.core.history`) crosses as its record versions, verbatim
(``entry_seq``, ``table``, ``row_key``, ``data`` as the core stored it) with the entry it starts
at. A new case's carried versions are inserted before its import entry is logged; the versions
that entry records itself are numbered after every carried entry, so the case as of any carried
entry reads back exactly as it did where it was exported.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol, TypeVar

from sqlalchemy import ColumnElement, Table, func, insert, select
from sqlalchemy.orm import Session

from casedesk.core import custody, history
from casedesk.core.changes import Changes
from casedesk.core.errors import IntegrityError, NotFoundError, UsageError, WorkspaceError
from casedesk.core.ingest import derive_stored
from casedesk.core.merged import CARRIED_FIELDS, Carried
from casedesk.core.models import (
    Base,
    CarriedEntry,
    Case,
    Claim,
    CustodyEntry,
    Evidence,
    HistoryStart,
    RecordVersion,
)
from casedesk.core.rawsql import stored_order
from casedesk.core.service.base import ServiceBase, Unit, record_blob
from casedesk.core.staging import Staging
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg

T = TypeVar("T")
Row = dict[str, Any]

SHA_RE = re.compile(r"[0-9a-f]{64}")
_QUERY_CHUNK = 500
# Tables an import may add rows to: every table of a case's records except the case and its log,
# which have their own fields in an ImportPlan.
IMPORT_TABLES = frozenset(
    {
        "case_link",
        "source",
        "place",
        "evidence",
        "timeline_event",
        "note",
        "claim",
        "claim_evidence",
        "claim_source",
        "checklist_item",
        "annotation",
    }
)
# The tables a case's history holds versions of, and the fields of one version as it crosses.
HISTORY_TABLES: tuple[str, ...] = tuple(model.__tablename__ for model in history.VERSIONED)
VERSION_FIELDS = ("entry_seq", "table", "row_key", "data")
# What an added row of each table touches (for the import's Changes), by the columns naming it.
_TOUCHES: dict[str, tuple[tuple[ObjectKind, str], ...]] = {
    "case_link": ((ObjectKind.CASE, "related_id"),),
    "source": ((ObjectKind.SOURCE, "id"),),
    "place": ((ObjectKind.PLACE, "id"),),
    "evidence": ((ObjectKind.EVIDENCE, "id"),),
    "timeline_event": ((ObjectKind.EVENT, "id"),),
    "note": ((ObjectKind.NOTE, "id"),),
    "claim": ((ObjectKind.CLAIM, "id"),),
    "claim_evidence": ((ObjectKind.CLAIM, "claim_id"), (ObjectKind.EVIDENCE, "evidence_id")),
    "claim_source": ((ObjectKind.CLAIM, "claim_id"), (ObjectKind.SOURCE, "source_id")),
    "checklist_item": ((ObjectKind.CHECK, "id"),),
    "annotation": ((ObjectKind.ANNOTATION, "id"), (ObjectKind.EVIDENCE, "evidence_id")),
}


@dataclass(frozen=True, slots=True)
class OriginalInfo:
    """One original a case's evidence cites."""

    sha256: str
    size: int
    name: str  # the original file name of the earliest evidence item citing it
    evidence_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseRecords:
    """One case's records, read in one transaction."""

    case: Row
    tables: dict[str, list[Row]]  # table name -> rows, in insertion (rowid) order
    custody: list[Row]  # the custody log, in seq order
    originals: list[OriginalInfo]  # by the first time evidence cited them
    history: list[Row] = field(default_factory=list)  # record versions (VERSION_FIELDS), as recorded
    history_start: int | None = None  # the entry the history starts at (None: none recorded)
    carried: list[Row] = field(default_factory=list)  # remote entries merges took in (CARRIED_FIELDS)


class LocalRecords(Protocol):
    """A read-only view of this workspace's records, for code deciding what an import adds."""

    def case(self, case_id: str) -> Row | None:
        """The case's row, or None if the case is not here."""
        ...

    def rows(self, table: str, case_id: str) -> list[Row]:
        """The case's rows of a table, in insertion (rowid) order."""
        ...

    def owners(self, table: str, ids: Sequence[str]) -> dict[str, str]:
        """Which of these ids exist in the table here: id -> the case holding it."""
        ...

    def custody(self, case_id: str) -> list[Row]:
        """The case's custody log, in seq order."""
        ...

    def carried(self, case_id: str) -> list[Row]:
        """The remote entries the case's merges took in (CARRIED_FIELDS), in the order stored."""
        ...


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import writes: rows to add, and the one custody entry that records it."""

    case_id: str
    action: str  # the custody action ("bundle_import", "bundle_merge")
    object_id: str  # what the entry names (a bundle's SHA-256)
    details: dict[str, Any]
    new_case: Row | None = None  # a case new to this workspace; None to add to the case here
    rows: dict[str, list[Row]] = field(default_factory=dict)  # table -> rows to add, in order
    custody: list[Row] = field(default_factory=list)  # a new case's carried log, verbatim
    # A new case's carried history, verbatim (None: it starts at the import entry, as for a case
    # that arrives without one).
    history: list[Row] = field(default_factory=list)
    history_start: int | None = None
    # Remote entries to keep (CARRIED_FIELDS): a new case's, verbatim; a merge's, those new here.
    carried: list[Row] = field(default_factory=list)


def check_chain(case_id: str, entries: Iterable[Mapping[str, Any]]) -> list[custody.ChainProblem]:
    """Check a custody log given as plain rows in seq order (one carried in a bundle, say)."""
    return custody.verify_chain([CustodyEntry(case_id=case_id, **entry) for entry in entries])


def _chunks(values: Sequence[T]) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), _QUERY_CHUNK):
        yield values[start : start + _QUERY_CHUNK]


def _table(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None:
        raise ValueError(f"no table {name!r}")
    return table


def _case_scope(table: Table, case_id: str) -> ColumnElement[bool]:
    """The rows of ``table`` that belong to a case (links belong to it through their claim)."""
    if "case_id" in table.c:
        return table.c.case_id == case_id
    if "claim_id" in table.c:
        return table.c.claim_id.in_(select(Claim.id).where(Claim.case_id == case_id))
    raise ValueError(f"{table.name} rows do not belong to a case")


class _SessionRecords:
    """:class:`LocalRecords` over one open session (read or write transaction)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def case(self, case_id: str) -> Row | None:
        table = _table(Case.__tablename__)
        found = self._s.execute(select(table).where(table.c.id == case_id)).mappings().first()
        return None if found is None else dict(found)

    def rows(self, table: str, case_id: str) -> list[Row]:
        t = _table(table)
        query = select(t).where(_case_scope(t, case_id)).order_by(*stored_order(self._s, t))
        return [dict(row) for row in self._s.execute(query).mappings()]

    def owners(self, table: str, ids: Sequence[str]) -> dict[str, str]:
        t = _table(table)
        found: dict[str, str] = {}
        for chunk in _chunks(ids):
            for row_id, case_id in self._s.execute(select(t.c.id, t.c.case_id).where(t.c.id.in_(chunk))):
                found[row_id] = case_id
        return found

    def custody(self, case_id: str) -> list[Row]:
        t = _table(CustodyEntry.__tablename__)
        query = select(t).where(t.c.case_id == case_id).order_by(t.c.seq)
        return [dict(row) for row in self._s.execute(query).mappings()]

    def carried(self, case_id: str) -> list[Row]:
        t = _table(CarriedEntry.__tablename__)
        query = (
            select(*(t.c[name] for name in CARRIED_FIELDS))
            .where(t.c.case_id == case_id)
            .order_by(*stored_order(self._s, t))
        )
        return [dict(row) for row in self._s.execute(query).mappings()]

    def originals(self, case_id: str) -> list[OriginalInfo]:
        query = (
            select(Evidence.sha256, Evidence.size, Evidence.original_name, Evidence.id)
            .where(Evidence.case_id == case_id)
            .order_by(Evidence.added_at, Evidence.id)
        )
        found: dict[str, tuple[int, str, list[str]]] = {}
        for sha, size, name, evidence_id in self._s.execute(query):
            found.setdefault(sha, (size, name, []))[2].append(evidence_id)
        return [OriginalInfo(sha, size, name, tuple(ids)) for sha, (size, name, ids) in found.items()]

    def history(self, case_id: str) -> tuple[list[Row], int | None]:
        """The case's record versions in recorded order (which breaks ties within an entry)."""
        query = (
            select(RecordVersion.entry_seq, RecordVersion.table, RecordVersion.row_key, RecordVersion.data)
            .where(RecordVersion.case_id == case_id)
            .order_by(RecordVersion.entry_seq, RecordVersion.id)
        )
        versions = [dict(row) for row in self._s.execute(query).mappings()]
        start = self._s.get(HistoryStart, case_id)
        return versions, None if start is None else start.entry_seq


class ExchangeAPI(ServiceBase):
    def export_records(self, case_id: str, tables: Sequence[str]) -> CaseRecords:
        """A case's row, its rows of ``tables``, its custody log and its originals: one snapshot."""
        with self._read() as s:
            local = _SessionRecords(s)
            case = local.case(case_id)
            if case is None:
                raise NotFoundError(msg("No case with id {id}.", id=case_id))
            versions, start = local.history(case_id)
            return CaseRecords(
                case,
                {name: local.rows(name, case_id) for name in tables},
                local.custody(case_id),
                local.originals(case_id),
                versions,
                start,
                local.carried(case_id),
            )

    def open_original(self, sha256: str) -> BinaryIO:
        """The stored original with this SHA-256, opened for reading (the caller closes it)."""
        if not SHA_RE.fullmatch(sha256):
            raise UsageError(msg("{sha256!r} is not a SHA-256 in lower-case hex.", sha256=sha256))
        try:
            return self.workspace.store.local_path(sha256).open("rb")
        except FileNotFoundError:
            raise IntegrityError(
                msg("The original {sha256} is missing from the evidence store.", sha256=sha256)
            ) from None

    def import_staging(self) -> Staging:
        """Where originals coming in are copied while they are verified (see :class:`Staging`)."""
        return Staging(self.workspace.store)

    def read_local(self, read: Callable[[LocalRecords], T]) -> T:
        """Run ``read`` over this workspace's records in one read transaction."""
        with self._read() as s:
            return read(_SessionRecords(s))

    def commit_import(
        self, decide: Callable[[LocalRecords], tuple[T, ImportPlan | None]]
    ) -> tuple[T, Changes]:
        """One unit of work: ``decide`` looks at the local records under the write lock and says
        what to write (None: nothing); that is written and logged, or nothing is."""
        with self._write() as w:
            outcome, plan = decide(_SessionRecords(w.session))
            if plan is not None:
                self._apply(w, plan)
        return outcome, w.changes

    def _apply(self, w: Unit, plan: ImportPlan) -> None:
        s = w.session
        case_id = plan.case_id
        unknown = set(plan.rows) - IMPORT_TABLES
        if unknown:
            raise ValueError(f"an import cannot add rows to {', '.join(sorted(unknown))}")
        touches: list[tuple[ObjectKind, str | None]] = []
        if plan.new_case is not None:
            if plan.new_case.get("id") != case_id or s.get(Case, case_id) is not None:
                raise ValueError(f"case {case_id} is not new to this workspace")
            s.add(Case(**plan.new_case))
            s.flush()
            w.created(case_id)
            touches.append((ObjectKind.CASE, case_id))
        else:
            w.get(Case, case_id, "case")
            if plan.custody:
                raise ValueError("carried custody entries can only start a new case's log")
        self._add_blobs(s, plan.rows.get(Evidence.__tablename__, []))
        models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
        for table in Base.metadata.sorted_tables:  # foreign keys point to tables sorted earlier
            rows = plan.rows.get(table.name, [])
            if not rows:
                continue
            if table.name == Evidence.__tablename__:
                rows = _parents_first(rows)
            model = models[table.name]
            scoped = "case_id" in table.c
            s.add_all([model(**({**row, "case_id": case_id} if scoped else row)) for row in rows])
            s.flush()
            for row in rows:
                touches += [(kind, row[column]) for kind, column in _TOUCHES[table.name]]
        if plan.custody:
            problems = check_chain(case_id, plan.custody)
            if problems:
                raise IntegrityError(
                    msg("The carried custody log is broken at entry {seq}.", seq=problems[0].seq)
                )
            s.add_all([CustodyEntry(**{**entry, "case_id": case_id}) for entry in plan.custody])
            s.flush()
        _add_carried(s, case_id, plan.carried)
        carried = plan.history_start is not None or bool(plan.history)
        if carried:
            _add_history(s, plan)
        entry = w.log(
            case_id, plan.action, ObjectKind.BUNDLE, plan.object_id, touches=touches, **plan.details
        )
        if carried:
            _close_absent(s, case_id, entry.seq, plan.history)

    def _add_blobs(self, s: Session, evidence: list[Row]) -> None:
        """A blob row for each original the new evidence cites; each must be in the store already."""
        sizes = {str(row["sha256"]): int(row["size"]) for row in evidence}
        for sha in sorted(sizes):
            if not self.workspace.store.has(sha):
                raise WorkspaceError(
                    msg(
                        "The original {sha256} is not in the evidence store: the workspace changed while "
                        "the import was under way. Nothing was imported; import it again.",
                        sha256=sha,
                    )
                )
            record_blob(s, sha, sizes[sha])
        s.flush()

    def regenerate_derivatives_of(self, shas: Collection[str]) -> None:
        """Thumbnails, previews and waveforms for these originals, several at once. They are
        optional and regenerable, so a file that cannot be decoded simply gets none."""
        wanted = sorted(shas)
        names: dict[str, str] = {}
        with self._read() as s:
            for chunk in _chunks(wanted):
                query = (
                    select(Evidence.sha256, func.min(Evidence.original_name))
                    .where(Evidence.sha256.in_(chunk))
                    .group_by(Evidence.sha256)
                )
                names.update((sha, name) for sha, name in s.execute(query))
        store = self.workspace.store

        def derive(sha: str) -> None:
            try:
                derive_stored(store, sha, self.limits, original_name=names.get(sha))
            except Exception:  # regenerable: never turn a committed write into an error
                return

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="derive") as pool:
            list(pool.map(derive, wanted))


def _add_history(s: Session, plan: ImportPlan) -> None:
    """Insert a new case's carried history as it was recorded, in order (ids break ties)."""
    if plan.new_case is None or not plan.custody:
        raise ValueError("carried history can only come with a new case and its carried log")
    seqs = {int(entry["seq"]) for entry in plan.custody}
    start = plan.history_start
    if start is None or start not in seqs:
        raise IntegrityError(
            msg("The carried history starts at entry {start}, which the carried log lacks.", start=start)
        )
    for version in plan.history:
        if set(version) != set(VERSION_FIELDS):
            raise ValueError(f"a record version has the fields {sorted(version)}")
        seq, data = version["entry_seq"], version["data"]
        if seq not in seqs or seq < start:
            raise IntegrityError(
                msg("A carried record version names entry {seq}, outside the carried history.", seq=seq)
            )
        if version["table"] not in HISTORY_TABLES or not (data is None or isinstance(data, dict)):
            raise IntegrityError(
                msg("A carried record version of {table!r} is not a record's.", table=version["table"])
            )
    if plan.history:
        s.execute(insert(RecordVersion), [{**version, "case_id": plan.case_id} for version in plan.history])
    s.add(HistoryStart(case_id=plan.case_id, entry_seq=start))
    s.flush()


def _add_carried(s: Session, case_id: str, rows: list[Row]) -> None:
    """Keep remote entries a merge took in (or a new case carried), each proving itself."""
    for row in rows:
        if set(row) != set(CARRIED_FIELDS):
            raise ValueError(f"a carried entry has the fields {sorted(row)}")
        if not Carried(**row).proves_itself(case_id):
            raise IntegrityError(
                msg("The carried custody entry {seq} does not match its hash.", seq=row["seq"])
            )
    if rows:
        s.execute(insert(CarriedEntry), [{**row, "case_id": case_id} for row in rows])
        s.flush()


def _close_absent(s: Session, case_id: str, entry_seq: int, carried: list[Row]) -> None:
    """Record as deleted, at the import entry, each record the carried history holds but the import
    did not add (related-case links, which stay behind): read as of that entry or later, the case
    is what this workspace holds."""
    live: dict[tuple[str, str], bool] = {}
    for version in carried:
        live[(version["table"], version["row_key"])] = version["data"] is not None
    query = select(RecordVersion.table, RecordVersion.row_key).where(
        RecordVersion.case_id == case_id, RecordVersion.entry_seq == entry_seq
    )
    recorded = {(table, key) for table, key in s.execute(query)}
    gone = [key for key, alive in live.items() if alive and key not in recorded]
    s.add_all(
        RecordVersion(case_id=case_id, entry_seq=entry_seq, table=table, row_key=key, data=None)
        for table, key in gone
    )
    s.flush()


def _parents_first(rows: list[Row]) -> list[Row]:
    """Evidence in an order where every still follows the footage it came from (foreign keys)."""
    pending = {str(row["id"]): row for row in rows}
    ordered: list[Row] = []
    while pending:
        ready = [row for row in pending.values() if row.get("parent_id") not in pending]
        if not ready:
            raise ValueError("evidence parents form a loop")
        for row in ready:
            del pending[str(row["id"])]
        ordered += ready
    return ordered
