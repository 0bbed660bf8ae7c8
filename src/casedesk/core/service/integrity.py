"""Integrity: the custody log, read whole or a page at a time, and ``verify`` over chains and originals."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from sqlalchemy import select

from casedesk.core import custody
from casedesk.core.changes import Changes
from casedesk.core.merged import recheck_merges
from casedesk.core.models import Case, CustodyEntry, Evidence
from casedesk.core.search import SearchHit
from casedesk.core.search import search as run_search
from casedesk.core.service.base import ServiceBase
from casedesk.core.tasks import TaskControl
from casedesk.core.views import CustodyView, Problem, VerifyReport
from casedesk.core.vocabulary import ObjectKind


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
        """Recompute custody chains and re-hash every original (of one case, or the whole workspace)."""
        control = control or TaskControl()
        report = VerifyReport()
        with self._read() as s:
            case_ids = [case_id] if case_id else list(s.scalars(select(Case.id).order_by(Case.created_at)))
            files: dict[str, tuple[int, list[str]]] = {}
            for cid in case_ids:
                entries = list(
                    s.scalars(
                        select(CustodyEntry).where(CustodyEntry.case_id == cid).order_by(CustodyEntry.seq)
                    )
                )
                report.log_entries_checked += len(entries)
                for problem in custody.verify_chain(entries):
                    report.problems.append(
                        Problem("custody", problem.entry_id, f"entry {problem.seq}: {problem.detail}")
                    )
                report.problems += _recheck_recorded_proofs(entries)
                for merge, why in recheck_merges(cid, entries):
                    report.problems.append(Problem("custody", merge.id, f"entry {merge.seq}: {why}"))
                for ev_id, sha, size in s.execute(
                    select(Evidence.id, Evidence.sha256, Evidence.size).where(Evidence.case_id == cid)
                ):
                    files.setdefault(sha, (size, []))[1].append(ev_id)
        report.problems += self._rehash(files, control)
        report.files_checked = len(files)
        report.ok = not report.problems
        return report

    def _rehash(self, files: dict[str, tuple[int, list[str]]], control: TaskControl) -> list[Problem]:
        """Re-hash every original on all cores (hashlib releases the GIL); problems in hash order."""
        store, total, done = self.workspace.store, len(files), 0
        damage: dict[str, str] = {}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="verify") as pool:
            futures = {pool.submit(store.verify, sha, size): sha for sha, (size, _) in files.items()}
            try:
                for future in as_completed(futures):
                    sha = futures[future]
                    found = future.result()
                    if found:
                        damage[sha] = found
                    done += 1
                    control.report(done, total, sha[:12])
                    control.check()
            finally:
                for future in futures:
                    future.cancel()  # a cancel or an error: what has not started never starts
        return [
            Problem("file", ev_id, f"original {sha}: {damage[sha]}")
            for sha in sorted(damage)
            for ev_id in files[sha][1]
        ]

    def search(self, query: str) -> list[SearchHit]:
        """Workspace-wide search (Arabic, French, English; accents and harakat ignored)."""
        with self._read() as s:
            return run_search(s, query)


def _recheck_recorded_proofs(entries: list[CustodyEntry]) -> list[Problem]:
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
    from casedesk.proof.casestamps import recheck_timestamps

    ids = {e.seq: e.id for e in entries}
    for stamp in recheck_timestamps(entries):
        problems.append(Problem("timestamp", ids.get(stamp.seq, ""), f"entry {stamp.seq}: {stamp.text}"))
    return problems
