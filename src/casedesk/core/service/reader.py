"""Paged, read-only queries over one case, all answered from one moment of the workspace."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session, selectinload

from casedesk.core import custody
from casedesk.core.models import Case, CaseLink, ChecklistItem, Claim, CustodyEntry, Evidence
from casedesk.core.views import (
    CaseOverview,
    ChecklistProgress,
    CheckView,
    ClaimView,
    CustodyView,
    EventView,
    EvidenceRow,
    EvidenceView,
    GPSView,
    NoteView,
    PartialTimeView,
    PlaceView,
    SourceView,
)


class CaseReader:
    """Read-only, paged queries over one case, all answered from one moment of the workspace.

    Made by ``CaseService.reader``, which holds one read transaction open for the reader's life.
    SQLite in WAL mode gives a read transaction a snapshot at its first read, so a caller may take
    minutes between pages (a 1,000-item report does) and still never see a later change, whether
    made by this process or another. Writers are not blocked; only the WAL checkpoint waits for
    the reader to close, so a reader serves one task and is then closed.
    """

    def __init__(self, session: Session, case: Case) -> None:
        self._s = session
        self._case = case

    def overview(self) -> CaseOverview:
        s, case = self._s, self._case
        checklist = [
            CheckView.of(i)
            for i in s.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.case_id == case.id, ChecklistItem.evidence_id.is_(None))
                .order_by(ChecklistItem.position)
            )
        ]
        head = custody.head(s, case.id)
        first = self.custody_entries(0, 1)
        return CaseOverview(
            id=case.id,
            title=case.title,
            summary=case.summary,
            status=str(case.status),
            incident_time=PartialTimeView.of(case.incident_time),
            first_seen=PartialTimeView.of(case.first_seen),
            tags=list(case.tags),
            related_case_ids=list(
                s.scalars(
                    select(CaseLink.related_id).where(
                        CaseLink.case_id == case.id, CaseLink.removed_at.is_(None)
                    )
                )
            ),
            sources=[SourceView.of(x) for x in case.sources if not x.removed],
            claims=[
                ClaimView.of(x)
                for x in s.scalars(
                    select(Claim)
                    .where(Claim.case_id == case.id, Claim.removed_at.is_(None))
                    .order_by(Claim.position, Claim.id)
                    .options(selectinload(Claim.evidence_links), selectinload(Claim.source_links))
                )
            ],
            checklist=checklist,
            checklist_progress=ChecklistProgress.of(checklist),
            timeline=[EventView.of(x) for x in case.events if not x.removed],
            places=[PlaceView.of(x) for x in case.places if not x.removed],
            notes=[NoteView.of(x) for x in case.notes if not x.removed],
            evidence_count=self._count(Evidence, Evidence.trashed_at.is_(None)),
            trash_count=self._count(Evidence, Evidence.trashed_at.is_not(None)),
            custody_count=self._count(CustodyEntry),
            custody_first=first[0] if first else None,
            custody_head=CustodyView.of(head) if head else None,
        )

    def evidence_rows(self, offset: int, limit: int, *, by_sha256: bool = False) -> list[EvidenceRow]:
        """Active items in catalogue order (added, then id), or by SHA-256 (then id)."""
        order = (Evidence.sha256, Evidence.id) if by_sha256 else (Evidence.added_at, Evidence.id)
        rows = self._s.execute(
            select(*_ROW_COLUMNS)
            .where(Evidence.case_id == self._case.id, Evidence.trashed_at.is_(None))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        return [_evidence_row(*row) for row in rows]

    def evidence_row(self, evidence_id: str) -> EvidenceRow | None:
        """The item, if it is an active item of this case."""
        row = self._s.execute(
            select(*_ROW_COLUMNS).where(
                Evidence.id == evidence_id,
                Evidence.case_id == self._case.id,
                Evidence.trashed_at.is_(None),
            )
        ).first()
        return _evidence_row(*row) if row else None

    def evidence_positions(self) -> list[tuple[EvidenceRow, GPSView]]:
        """Active items with a GPS position, in catalogue order, each with that position: what a map
        needs, without reading every item's text and metadata."""
        rows = self._s.execute(
            select(*_ROW_COLUMNS, Evidence.gps_lat, Evidence.gps_lon, Evidence.gps_alt)
            .where(
                Evidence.case_id == self._case.id,
                Evidence.trashed_at.is_(None),
                Evidence.gps_lat.is_not(None),
                Evidence.gps_lon.is_not(None),
            )
            .order_by(Evidence.added_at, Evidence.id)
        )
        return [(_evidence_row(*row[:7]), GPSView(row.gps_lat, row.gps_lon, row.gps_alt)) for row in rows]

    def evidence_page(self, offset: int, limit: int) -> list[EvidenceView]:
        """Active items in catalogue order, as full views."""
        return evidence_page(self._s, self._case.id, offset, limit)

    def checks(self, evidence_ids: Collection[str]) -> dict[str, list[CheckView]]:
        """The checklists of the given items, each in checklist order; items without one are left out."""
        rows = self._s.execute(
            select(*_CHECK_COLUMNS)
            .where(ChecklistItem.case_id == self._case.id, ChecklistItem.evidence_id.in_(evidence_ids))
            .order_by(ChecklistItem.evidence_id, ChecklistItem.position)
        )
        checks: dict[str, list[CheckView]] = {}
        for row in rows:
            if row.evidence_id is not None:
                checks.setdefault(row.evidence_id, []).append(_check_view(row))
        return checks

    def check_progress(self, evidence_ids: Collection[str]) -> dict[str, ChecklistProgress]:
        """How far the given items' checklists are, counted by the database; items without one are
        left out."""
        rows = self._s.execute(
            select(ChecklistItem.evidence_id, ChecklistItem.state, func.count())
            .where(ChecklistItem.case_id == self._case.id, ChecklistItem.evidence_id.in_(evidence_ids))
            .group_by(ChecklistItem.evidence_id, ChecklistItem.state)
        )
        counts: dict[str, dict[str, int]] = {}
        for evidence_id, state, count in rows:
            if evidence_id is not None:
                counts.setdefault(evidence_id, {})[str(state)] = count
        return {item: ChecklistProgress(sum(c.values()), c) for item, c in counts.items()}

    def custody_entries(self, after_seq: int, limit: int) -> list[CustodyView]:
        """Up to ``limit`` entries of the log that follow entry ``after_seq``, in order."""
        rows = self._s.execute(
            select(*_CUSTODY_COLUMNS)
            .where(CustodyEntry.case_id == self._case.id, CustodyEntry.seq > after_seq)
            .order_by(CustodyEntry.seq)
            .limit(limit)
        )
        return [_custody_view(row) for row in rows]

    def investigators(self) -> list[str]:
        """Everyone who made an entry in the log, in the order of their first entry."""
        first = func.min(CustodyEntry.seq)
        rows = self._s.execute(
            select(CustodyEntry.investigator, first)
            .where(CustodyEntry.case_id == self._case.id)
            .group_by(CustodyEntry.investigator)
            .order_by(first)
        )
        return [name for name, _ in rows]

    def custody_selected(self, actions: Collection[str], seqs: Collection[int] = ()) -> list[CustodyView]:
        """The log's entries whose action is one of ``actions`` or whose number is one of ``seqs``, in
        order: a few entries of a long log (its trusted timestamps, the entries they cover) in one query."""
        rows = self._s.execute(
            select(*_CUSTODY_COLUMNS)
            .where(
                CustodyEntry.case_id == self._case.id,
                or_(CustodyEntry.action.in_(list(actions)), CustodyEntry.seq.in_(list(seqs))),
            )
            .order_by(CustodyEntry.seq)
        )
        return [_custody_view(row) for row in rows]

    def _count(self, model: Any, *criteria: Any) -> int:
        query = select(func.count()).select_from(model).where(model.case_id == self._case.id, *criteria)
        return int(self._s.scalar(query) or 0)


_ROW_COLUMNS = (
    Evidence.id,
    Evidence.sha256,
    Evidence.size,
    Evidence.original_name,
    Evidence.kind,
    Evidence.graphic,
    Evidence.personal_data,
)


def _evidence_row(
    evidence_id: str, sha256: str, size: int, name: str, kind: str, graphic: bool, personal_data: bool
) -> EvidenceRow:
    return EvidenceRow(evidence_id, sha256, size, name, str(kind), graphic, personal_data)


# Checks and custody entries are read as rows, not ORM objects: a report reads thousands of them,
# and loading each into the session cost twice the query.
_CHECK_COLUMNS = (
    ChecklistItem.id,
    ChecklistItem.evidence_id,
    ChecklistItem.key,
    ChecklistItem.phase,
    ChecklistItem.title,
    ChecklistItem.guidance,
    ChecklistItem.state,
    ChecklistItem.note,
    ChecklistItem.investigator,
    ChecklistItem.updated_at,
)


def _check_view(row: Row[*tuple[Any, ...]]) -> CheckView:
    return CheckView(
        row.id,
        row.evidence_id,
        row.key,
        row.phase,
        row.title,
        row.guidance,
        str(row.state),
        row.note,
        row.investigator,
        row.updated_at,
    )


_CUSTODY_COLUMNS = (
    CustodyEntry.id,
    CustodyEntry.seq,
    CustodyEntry.at,
    CustodyEntry.investigator,
    CustodyEntry.action,
    CustodyEntry.object_type,
    CustodyEntry.object_id,
    CustodyEntry.details,
    CustodyEntry.prev_hash,
    CustodyEntry.hash,
)


def _custody_view(row: Row[*tuple[Any, ...]]) -> CustodyView:
    return CustodyView(
        row.id,
        row.seq,
        row.at,
        row.investigator,
        row.action,
        row.object_type,
        row.object_id,
        dict(row.details),
        row.prev_hash,
        row.hash,
    )


def evidence_page(s: Session, case_id: str, offset: int, limit: int) -> list[EvidenceView]:
    rows = s.scalars(
        select(Evidence)
        .where(Evidence.case_id == case_id, Evidence.trashed_at.is_(None))
        .order_by(Evidence.added_at, Evidence.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return evidence_views(s, list(rows))


def evidence_views(s: Session, rows: list[Evidence]) -> list[EvidenceView]:
    """Views of the given items, each still naming the SHA-256 of the footage it came from."""
    parent_ids = {e.parent_id for e in rows if e.parent_id}
    parent_shas: dict[str, str] = {}
    if parent_ids:
        found = s.execute(select(Evidence.id, Evidence.sha256).where(Evidence.id.in_(parent_ids)))
        parent_shas = {row_id: sha for row_id, sha in found}
    return [EvidenceView.of(e, parent_shas.get(e.parent_id or "")) for e in rows]
