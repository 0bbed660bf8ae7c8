"""Integrity: the custody log, read whole or a page at a time, and ``verify`` over chains and originals."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from typing import Any

from sqlalchemy import select

from casedesk.core import custody
from casedesk.core.changes import Changes
from casedesk.core.merged import CARRIED_FIELDS, MERGE_ACTION, carried_by_hash, recheck_merges
from casedesk.core.models import CarriedEntry, Case, CustodyEntry, Evidence
from casedesk.core.rawsql import driver_rows
from casedesk.core.search import SearchHit
from casedesk.core.search import search as run_search
from casedesk.core.service.base import ServiceBase
from casedesk.core.store import damaged_original
from casedesk.core.tasks import TaskControl
from casedesk.core.views import CustodyView, Problem, VerifyReport
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg


class IntegrityAPI(ServiceBase):
    def custody_log(self, case_id: str) -> list[CustodyView]:
        with self._read() as s:
            entries = s.scalars(
                select(CustodyEntry).where(CustodyEntry.case_id == case_id).order_by(CustodyEntry.seq)
            ).all()
            return [CustodyView.of(e) for e in entries]

    def custody_entries(self, case_id: str, after_seq: int = 0, limit: int = 200) -> list[CustodyView]:
        """Up to ``limit`` entries of a case's log after entry ``after_seq``: the log a page at a time."""
        with self._read() as s:
            entries = s.scalars(
                select(CustodyEntry)
                .where(CustodyEntry.case_id == case_id, CustodyEntry.seq > after_seq)
                .order_by(CustodyEntry.seq)
                .limit(limit)
            )
            return [CustodyView.of(e) for e in entries]

    def record_action(
        self, case_id: str, action: str, kind: ObjectKind, object_id: str, **details: Any
    ) -> Changes:
        """Log an action done outside the database (export of a report or bundle)."""
        with self._write() as w:
            w.get(Case, case_id, "case")
            w.log(case_id, action, kind, object_id, **details)
        return w.changes

    def verify(self, case_id: str | None = None, control: TaskControl | None = None) -> VerifyReport:
        """Recompute custody chains and re-hash every original (of one case, or the whole workspace).

        The originals are hashed on all cores (hashlib releases the GIL) while this thread checks the
        chains and the proofs they record, so the one waits on the other as little as possible."""
        control = control or TaskControl()
        report = VerifyReport()
        with self._read() as s:
            case_ids = [case_id] if case_id else list(s.scalars(select(Case.id).order_by(Case.created_at)))
            files: dict[str, tuple[int, list[str]]] = {}
            # Plain driver rows: SQLAlchemy's rows took as long as hashing 10,000 small files.
            originals = f"SELECT id, sha256, size FROM {Evidence.__tablename__}"
            if case_id:
                rows = driver_rows(s, originals + " WHERE case_id = ?", (case_id,))
            else:
                rows = driver_rows(s, originals)
            for ev_id, sha, size in rows:
                files.setdefault(sha, (size, []))[1].append(ev_id)
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="verify") as pool:
                batches = [pool.submit(self._rehash_batch, batch) for batch in _batches(files)]
                try:
                    for cid in case_ids:
                        control.check()
                        report.log_entries_checked += self._check_log(s, cid, report.problems)
                    damage = self._collect(batches, len(files), control)
                finally:
                    for future in batches:
                        future.cancel()  # a cancel or an error: what has not started never starts
        report.problems += [
            Problem("file", ev_id, str(damaged_original(sha, damage[sha])))
            for sha in sorted(damage)
            for ev_id in files[sha][1]
        ]
        report.files_checked = len(files)
        report.ok = not report.problems
        return report

    def _check_log(self, s: Any, case_id: str, problems: list[Problem]) -> int:
        """One case's chain, the signatures and timestamps it records, and its merges' entries."""
        entries = custody.log_rows(s, case_id)  # plain rows: loading ORM objects cost more than checking
        for problem in custody.verify_chain(entries):
            detail = custody.at_entry(problem.seq, problem.detail)
            problems.append(Problem("custody", problem.entry_id, str(detail)))
        problems += _recheck_recorded_proofs(entries)
        kept = select(*(getattr(CarriedEntry, name) for name in CARRIED_FIELDS))
        carried = carried_by_hash(s.execute(kept.where(CarriedEntry.case_id == case_id)).mappings())
        # recheck_merges reads the details of merge entries alone: the others stay undecoded.
        log = [
            {
                "id": e.id,
                "seq": e.seq,
                "action": e.action,
                "details": e.details if e.action == MERGE_ACTION else None,
                "hash": e.hash,
                "prev_hash": e.prev_hash,
            }
            for e in entries
        ]
        for found in recheck_merges(case_id, log, carried):
            problems.append(Problem("custody", found.object_id, found.detail))
        return len(entries)

    def _rehash_batch(self, batch: list[tuple[str, int]]) -> dict[str, str | None]:
        return {sha: self.workspace.store.verify(sha, size) for sha, size in batch}

    @staticmethod
    def _collect(
        batches: list[Future[dict[str, str | None]]], total: int, control: TaskControl
    ) -> dict[str, str]:
        done, damage = 0, {}
        for future in as_completed(batches):
            for sha, found in future.result().items():
                if found:
                    damage[sha] = found
                done += 1
            control.report(done, total, msg("originals re-hashed"))
            control.check()
        return damage

    def search(self, query: str) -> list[SearchHit]:
        """Workspace-wide search (Arabic, French, English; accents and harakat ignored)."""
        with self._read() as s:
            return run_search(s, query)


def _recheck_recorded_proofs(entries: Sequence[custody.EntryFields]) -> list[Problem]:
    """The signatures and trusted timestamps the log recorded, checked again from the log alone."""
    from casedesk.proof.recorded import BUNDLE_ACTIONS, recheck_bundle_signature

    problems = []
    for entry in entries:
        if entry.action in BUNDLE_ACTIONS:
            why = recheck_bundle_signature(entry.details)
            if why:
                problems.append(Problem("signature", entry.id, f"entry {entry.seq}: {why}"))
    if not any(entry.action.startswith("timestamp_") for entry in entries):
        return problems  # nothing to check, and pyHanko takes a second to import
    from casedesk.proof.stamp_recheck import recheck_timestamps

    ids = {e.seq: e.id for e in entries}
    for stamp in recheck_timestamps(entries):
        problems.append(Problem("timestamp", ids.get(stamp.seq, ""), f"entry {stamp.seq}: {stamp.text}"))
    return problems


BATCH_BYTES = 32 << 20  # a task's worth of hashing: big files alone, small ones by the hundred
BATCH_FILES = 256


def _batches(files: dict[str, tuple[int, list[str]]]) -> list[list[tuple[str, int]]]:
    """The originals in tasks of about BATCH_BYTES (or BATCH_FILES), largest first, so that the cores
    finish together and ten thousand small files are not ten thousand tasks."""
    batches: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    held = 0
    for sha, (size, _) in sorted(files.items(), key=lambda item: -item[1][0]):
        current.append((sha, size))
        held += size
        if held >= BATCH_BYTES or len(current) >= BATCH_FILES:
            batches.append(current)
            current, held = [], 0
    if current:
        batches.append(current)
    return batches
