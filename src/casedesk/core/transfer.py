"""Moving a whole workspace to another (a laptop's to a team's, and back), rows and originals verbatim.

Every table of the schema is copied, found in the ORM's metadata (never listed here) and written in
foreign-key order: a case's rows are those with its ``case_id`` or reached through a foreign key
from such rows (a claim's links); the other tables (blobs, settings) belong to the workspace. Rows
keep their ids and values, so the custody log, its hashes and the carried entries of merges are the
source's own, and every chain ends at the same head. The one exception is a surrogate key the
database numbers itself (the record versions' ``id``): the target numbers those, in the source's
order, which is all the history reads from them.

Rows are written as rows (SQLAlchemy Core inserts), which the ORM's flush hooks do not see, so the
copy adds no record versions (history is copied, not recorded again) and no search entries twice:
the search entries of the copied records are made once, by the search module's own indexing, in
the same transaction. Originals are streamed from store to store and hashed on the way: one that
does not match its recorded SHA-256 and size is refused, never stored. Derived files (thumbnails,
previews, waveforms) are regenerated on the target.

Resumable: each case is one transaction on the target, after its originals are stored. A copy that
was interrupted (killed, cancelled, a lost connection) left whole cases and at most some originals
no row cites yet; run again, it skips the cases the target already holds with the very same custody
log and carried entries, and copies the rest. A case the target holds with a different log (worked
on there since, or brought by a bundle) is refused before anything is written: carrying changes
between two copies of a case is a check-in's job, not a copy's.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

import sqlalchemy.exc
from sqlalchemy import ColumnElement, Table, insert, make_url, select, tuple_
from sqlalchemy.orm import Session

from casedesk.core import search
from casedesk.core.errors import IntegrityError, UsageError, WorkspaceError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.models import Base, Blob, CarriedEntry, Case, CustodyEntry, Evidence
from casedesk.core.rawsql import numbered_key, stored_order
from casedesk.core.service import CaseService
from casedesk.core.store import EvidenceStore
from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg

Row = dict[str, Any]
COPIED, PRESENT = "copied", "present"
_CHUNK = 500  # ids per IN (...) query


@dataclass(frozen=True, slots=True)
class CaseCopy:
    case_id: str
    title: str
    status: str  # COPIED now, or PRESENT already (an earlier, interrupted run copied it)
    entries: int  # custody entries
    custody_head: str  # the hash of its last entry, on both sides
    rows: int  # rows written (0 when present)


@dataclass(slots=True)
class MigrateResult:
    source: str
    target: str
    cases: list[CaseCopy] = field(default_factory=list)
    originals_copied: int = 0
    bytes_copied: int = 0
    workspace_rows: int = 0  # rows of workspace tables (blobs, settings) written

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "cases": [
                {
                    "id": c.case_id,
                    "title": c.title,
                    "status": c.status,
                    "entries": c.entries,
                    "custody_head": c.custody_head,
                    "rows": c.rows,
                }
                for c in self.cases
            ],
            "originals_copied": self.originals_copied,
            "bytes_copied": self.bytes_copied,
            "workspace_rows": self.workspace_rows,
        }


def same_workspace(a: WorkspaceLocation, b: WorkspaceLocation) -> bool:
    """Whether the two hold the same records: the same folder, or the same team database (however
    its URL is spelled, whatever store each names: the cases are the database's)."""
    if a.is_team or b.is_team:
        return _database(a.database_url) == _database(b.database_url)
    return a.folder.expanduser().resolve() == b.folder.expanduser().resolve()


def _database(url: str | None) -> tuple[Any, ...] | None:
    """A PostgreSQL URL as what it names: a database on a server (the driver's name, the role, the
    letters' case in the host and the default port aside)."""
    if url is None:
        return None
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", ""))  # a socket folder may be given as ?host=
    return (host.lower(), parsed.port or 5432, parsed.database)


# -- the schema, read from the metadata --------------------------------------------------------


def case_scope(table: Table, case_id: str) -> ColumnElement[bool] | None:
    """The rows of ``table`` that belong to a case, or None for a workspace table."""
    if table.name == Case.__tablename__:
        return table.c.id == case_id
    if "case_id" in table.c:
        return table.c.case_id == case_id
    for fk in table.foreign_keys:
        parent = fk.column.table
        if parent is table:
            continue
        scope = case_scope(parent, case_id)
        if scope is not None:
            return fk.parent.in_(select(fk.column).where(scope))
    return None


def _scoped(table: Table, case_id: str) -> ColumnElement[bool]:
    scope = case_scope(table, case_id)
    if scope is None:
        raise ValueError(f"{table.name} rows belong to no case")
    return scope


def case_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if case_scope(t, "") is not None]


def workspace_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if case_scope(t, "") is None]


def _parents_first(table: Table, rows: list[Row]) -> list[Row]:
    """Rows of a table with a foreign key to itself (stills and their footage), parents first."""
    links = [(fk.parent.key, fk.column.key) for fk in table.foreign_keys if fk.column.table is table]
    if not links:
        return rows
    ordered: list[Row] = []
    pending = list(rows)
    while pending:
        waiting = {(ref, row[ref]) for row in pending for _own, ref in links}
        ready = [row for row in pending if not any((ref, row[own]) in waiting for own, ref in links)]
        if not ready:
            raise ValueError(f"the rows of {table.name} refer to each other in a loop")
        ordered += ready
        taken = {id(row) for row in ready}
        pending = [row for row in pending if id(row) not in taken]
    return ordered


def _keys(table: Table, rows: Iterable[Row]) -> list[tuple[Any, ...]]:
    return [tuple(row[c.key] for c in table.primary_key.columns) for row in rows]


def _existing(session: Session, table: Table, keys: Sequence[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    columns = list(table.primary_key.columns)
    found: set[tuple[Any, ...]] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        where = columns[0].in_([k[0] for k in chunk]) if len(columns) == 1 else tuple_(*columns).in_(chunk)
        found.update(tuple(r) for r in session.execute(select(*columns).where(where)))
    return found


# -- the plan ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Log:
    hashes: tuple[str, ...]
    carried: frozenset[str]


def _logs(svc: CaseService) -> tuple[dict[str, str], dict[str, _Log]]:
    """Every case's title and its custody log (hashes in order, carried entries' hashes)."""
    with svc.workspace.db.read() as s:
        titles = {
            case_id: title
            for case_id, title in s.execute(select(Case.id, Case.title).order_by(Case.created_at))
        }
        hashes: dict[str, list[str]] = {case_id: [] for case_id in titles}
        for case_id, digest in s.execute(
            select(CustodyEntry.case_id, CustodyEntry.hash).order_by(CustodyEntry.case_id, CustodyEntry.seq)
        ):
            hashes[case_id].append(digest)
        carried: dict[str, set[str]] = {case_id: set() for case_id in titles}
        for case_id, digest in s.execute(select(CarriedEntry.case_id, CarriedEntry.hash)):
            carried[case_id].add(digest)
    return titles, {c: _Log(tuple(hashes[c]), frozenset(carried[c])) for c in titles}


# -- copying -----------------------------------------------------------------------------------


class _CheckedReader(io.RawIOBase):
    """An original read from the source store, hashed as it is read: at its end it must be the
    recorded SHA-256 and size, or reading fails (so the target store keeps nothing of it)."""

    def __init__(self, handle: BinaryIO, sha256: str, size: int, on_bytes: Callable[[int], None]) -> None:
        super().__init__()
        self._handle, self._sha256, self._size, self._on_bytes = handle, sha256, size, on_bytes
        self._digest = hashlib.sha256()
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._handle.read(len(buffer))
        if not data:
            if self._count != self._size or self._digest.hexdigest() != self._sha256:
                raise IntegrityError(
                    msg(
                        "The original {sha256} does not match its recorded hash and size in the workspace "
                        "being copied; it was not copied. Run casedesk verify there.",
                        sha256=self._sha256,
                    )
                )
            return 0
        self._digest.update(data)
        self._count += len(data)
        self._on_bytes(len(data))
        buffer[: len(data)] = data
        return len(data)


def _copy_original(
    source: EvidenceStore, target: EvidenceStore, sha256: str, size: int, on_bytes: Callable[[int], None]
) -> None:
    try:
        handle = source.local_path(sha256).open("rb")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        # A plain error, not an OSError naming a path inside the workspace being copied.
        raise IntegrityError(
            msg("The original {sha256} is missing from the evidence store.", sha256=sha256)
        ) from None
    with handle:
        stored = target.put_stream(cast(BinaryIO, _CheckedReader(handle, sha256, size, on_bytes)))
    if stored.sha256 != sha256 or stored.size != size:
        raise IntegrityError(
            msg(
                "The original {sha256} arrived altered in the target store ({found}); the copy stopped.",
                sha256=sha256,
                found=stored.sha256,
            )
        )


class _Copier:
    def __init__(self, source: CaseService, target: CaseService, control: TaskControl) -> None:
        self.source, self.target, self.control = source, target, control
        self.result = MigrateResult(
            source.workspace.location.describe(), target.workspace.location.describe()
        )
        self.derive: set[str] = set()

    def originals(self, sizes: dict[str, int], label: str) -> None:
        """Copy to the target store each of these originals it lacks."""
        store = self.target.workspace.store
        missing = {sha: size for sha, size in sorted(sizes.items()) if not store.has(sha)}
        total, done = sum(missing.values()), 0

        def moved(count: int) -> None:
            nonlocal done
            done += count
            self.control.report(done, total, label)
            self.control.check()

        for sha, size in missing.items():
            self.control.check()
            _copy_original(self.source.workspace.store, store, sha, size, moved)
            self.result.originals_copied += 1
            self.result.bytes_copied += size
        self.derive.update(sizes)

    def read_case(self, case_id: str) -> tuple[dict[str, list[Row]], dict[str, list[Row]]]:
        """One snapshot: the case's rows of each table, and the workspace rows they refer to."""
        rows: dict[str, list[Row]] = {}
        referred: dict[str, list[Row]] = {}
        with self.source.workspace.db.read() as s:
            for table in case_tables():
                query = select(table).where(_scoped(table, case_id)).order_by(*stored_order(s, table))
                rows[table.name] = [dict(r) for r in s.execute(query).mappings()]
                for fk in table.foreign_keys:
                    parent = fk.column.table
                    if case_scope(parent, "") is not None:
                        continue
                    values = sorted({r[fk.parent.key] for r in rows[table.name]} - {None})
                    for start in range(0, len(values), _CHUNK):
                        chunk = values[start : start + _CHUNK]
                        found = s.execute(select(parent).where(fk.column.in_(chunk))).mappings()
                        referred.setdefault(parent.name, []).extend(dict(r) for r in found)
        return rows, referred

    def write_case(self, case_id: str, title: str) -> int:
        rows, referred = self.read_case(case_id)
        sizes = {str(r["sha256"]): int(r["size"]) for r in rows.get(Evidence.__tablename__, [])}
        self.originals(sizes, title)
        self.control.check()
        written = 0
        try:
            with self.target.workspace.db.write() as s:
                for table in workspace_tables():  # the blobs the case's evidence cites, if new here
                    written += _insert_missing(s, table, referred.get(table.name, []))
                for table in case_tables():
                    written += _insert(s, table, rows[table.name])
                _index_case(s, case_id)
        except sqlalchemy.exc.IntegrityError as exc:
            raise WorkspaceError(
                msg(
                    "The case {title!r} could not be copied: the target refused its rows ({reason}). "
                    "The cases copied before it are complete there.",
                    title=title,
                    reason=exc.orig,
                )
            ) from exc
        return written

    def workspace_rows(self) -> None:
        """What belongs to no case (blobs no evidence cites, settings), where the target lacks it."""
        with self.source.workspace.db.read() as s:
            tables = {t.name: [dict(r) for r in s.execute(select(t)).mappings()] for t in workspace_tables()}
        blobs = tables.get(Blob.__tablename__, [])
        with self.target.workspace.db.read() as s:
            known = _existing(s, _table(Blob.__tablename__), _keys(_table(Blob.__tablename__), blobs))
        self.originals({r["sha256"]: r["size"] for r in blobs if (r["sha256"],) not in known}, "")
        with self.target.workspace.db.write() as s:
            for table in workspace_tables():
                self.result.workspace_rows += _insert_missing(s, table, tables[table.name])


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _insert(session: Session, table: Table, rows: list[Row]) -> int:
    if not rows:
        return 0
    numbered = numbered_key(table)
    rows = _parents_first(table, rows)
    if numbered is not None:
        rows = [{k: v for k, v in row.items() if k != numbered.key} for row in rows]
    session.execute(insert(table), rows)
    return len(rows)


def _insert_missing(session: Session, table: Table, rows: list[Row]) -> int:
    """Rows of a workspace table the target lacks (by primary key); those it has stay as they are."""
    present = _existing(session, table, _keys(table, rows))
    return _insert(
        session, table, [row for row, key in zip(rows, _keys(table, rows), strict=True) if key not in present]
    )


def _index_case(session: Session, case_id: str) -> None:
    """The search entries of a copied case's records, as the search module makes them.

    Rows inserted as rows pass by the flush hook that indexes ORM writes; so the search module's
    own indexing is called for each record (the one place that decides what is searchable)."""
    for model in search.INDEXED_FIELDS:
        scope = _scoped(cast(Table, model.__table__), case_id)
        for obj in session.scalars(select(model).where(scope)):
            search._reindex(session, obj, deleted=False)


def migrate(source: CaseService, target: CaseService, control: TaskControl | None = None) -> MigrateResult:
    """Copy every case of ``source``, and what belongs to no case, into ``target``."""
    control = control or TaskControl()
    if same_workspace(source.workspace.location, target.workspace.location):
        raise UsageError(msg("The workspace would be copied onto itself; name another with --to."))
    titles, logs = _logs(source)
    _target_titles, target_logs = _logs(target)
    diverged = [
        case_id for case_id in titles if case_id in target_logs and target_logs[case_id] != logs[case_id]
    ]
    if diverged:
        raise UsageError(
            msg(
                "{target} already holds {cases} with a different custody log; nothing was copied. "
                "Carry the changes with checkin, or migrate into another workspace.",
                target=target.workspace.location.describe(),
                cases=", ".join(f"{titles[c]!r} ({c[:8]})" for c in diverged),
            )
        )
    copier = _Copier(source, target, control)
    for number, (case_id, title) in enumerate(titles.items()):
        control.check()
        control.report(number, len(titles), title)
        log = logs[case_id]
        head = log.hashes[-1] if log.hashes else ""
        if case_id in target_logs:
            copier.result.cases.append(CaseCopy(case_id, title, PRESENT, len(log.hashes), head, 0))
            continue
        rows = copier.write_case(case_id, title)
        copier.result.cases.append(CaseCopy(case_id, title, COPIED, len(log.hashes), head, rows))
    copier.workspace_rows()
    _check_heads(target, copier.result)
    if copier.derive:
        target.regenerate_derivatives_of(copier.derive)
    return copier.result


def _check_heads(target: CaseService, result: MigrateResult) -> None:
    """Every case's custody log on the target ends where the source's does."""
    _titles, logs = _logs(target)
    for case in result.cases:
        found = logs.get(case.case_id)
        if found is None or (found.hashes[-1] if found.hashes else "") != case.custody_head:
            raise IntegrityError(
                msg(
                    "After copying, the custody log of {title!r} on the target does not end at the "
                    "source's last entry; run casedesk verify on both.",
                    title=case.title,
                )
            )
