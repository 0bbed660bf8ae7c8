"""A colleague's work on a team workspace, as a window sees it: what the custody log gained since it
last looked, as the :class:`Changes` the window's own writes announce.

Every change to a case appends to its custody log, so the log's last entry per case is the whole
mark a window needs: comparing marks costs one grouped query, and the entries past a mark say which
cases, which kinds of record and which ids changed, so each view refreshes exactly as after an edit
of its own. Removed cases (or cases the database no longer shows this role) come back as changes of
the case alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.changes import Changes
from casedesk.core.models import CustodyEntry
from casedesk.core.service.base import ServiceBase
from casedesk.core.vocabulary import ObjectKind

_KINDS = {kind.value: kind for kind in ObjectKind}


@dataclass(frozen=True, slots=True)
class Activity:
    """Each case's last custody entry (its seq), and what changed since the marks asked about."""

    marks: dict[str, int]
    changes: Changes


class ActivityAPI(ServiceBase):
    def activity_since(self, marks: Mapping[str, int] | None) -> Activity:
        """The cases' marks now and the changes past ``marks`` (None: just the marks, no changes)."""
        with self._read() as s:
            now = _marks(s)
            if marks is None:
                return Activity(now, Changes())
            moved = {case_id: seq for case_id, seq in now.items() if seq > marks.get(case_id, 0)}
            gone = frozenset(marks) - frozenset(now)
            rows = _entries_past(s, {case_id: marks.get(case_id, 0) for case_id in moved})
        kinds = {_KINDS[kind] for _hash, kind, _id in rows if kind in _KINDS}
        changes = Changes(
            case_ids=frozenset(moved) | gone,
            kinds=frozenset(kinds | ({ObjectKind.CASE} if gone else set())),
            ids=frozenset(oid for _hash, _kind, oid in rows if oid),
            entries=tuple(h for h, _kind, _id in rows),
        )
        return Activity(now, changes)


def _marks(s: Session) -> dict[str, int]:
    query = select(CustodyEntry.case_id, func.max(CustodyEntry.seq)).group_by(CustodyEntry.case_id)
    return {case_id: int(seq) for case_id, seq in s.execute(query)}


def _entries_past(s: Session, after: Mapping[str, int]) -> list[tuple[str, str, str]]:
    """(hash, object_type, object_id) of each case's entries past its seq, in the transaction that
    read the marks."""
    rows: list[tuple[str, str, str]] = []
    for case_id, seq in after.items():
        query = (
            select(CustodyEntry.hash, CustodyEntry.object_type, CustodyEntry.object_id)
            .where(CustodyEntry.case_id == case_id, CustodyEntry.seq > seq)
            .order_by(CustodyEntry.seq)
        )
        rows.extend((h, kind, oid) for h, kind, oid in s.execute(query))
    return rows
