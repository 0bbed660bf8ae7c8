"""Cases: create, edit, relate, list, find by name, and read whole."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core import custody, history
from casedesk.core.changes import Changes
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import (
    Case,
    CaseLink,
    ChecklistItem,
    Claim,
    CustodyEntry,
    Evidence,
    Note,
    Place,
    Source,
    TimelineEvent,
)
from casedesk.core.service.base import ServiceBase, get
from casedesk.core.service.reader import CaseReader, evidence_views
from casedesk.core.timeutil import PartialTime
from casedesk.core.views import (
    CaseHeader,
    CaseSummary,
    CaseView,
    ChecklistProgress,
    CheckView,
    ClaimView,
    EventView,
    NoteView,
    PartialTimeView,
    PlaceView,
    RelatedCase,
    SourceView,
)
from casedesk.core.vocabulary import CaseStatus, ObjectKind, parse_choice
from casedesk.i18n import msg
from casedesk.media import ocr

# Case fields a user may edit.
CASE_FIELDS = {"title", "summary", "status", "incident_time", "first_seen", "tags", "ocr_languages"}


class CasesAPI(ServiceBase):
    def create_case(
        self,
        title: str,
        summary: str = "",
        *,
        status: CaseStatus = CaseStatus.OPEN,
        incident_time: PartialTime | None = None,
        first_seen: PartialTime | None = None,
        tags: Sequence[str] = (),
    ) -> Changes:
        title = title.strip()
        if not title:
            raise UsageError(msg("A case needs a title."))
        with self._write() as w:
            case = Case(
                title=title,
                summary=summary,
                status=CaseStatus(status),
                incident_time=incident_time,
                first_seen=first_seen,
                tags=list(tags),
            )
            w.session.add(case)
            w.session.flush()
            for position, item in enumerate(self.template.for_scope("case")):
                w.session.add(
                    ChecklistItem(
                        case_id=case.id,
                        key=item.key,
                        position=position,
                        phase=item.phase,
                        title=item.title,
                        guidance=item.guidance,
                    )
                )
            w.created(case.id)
            w.log(case.id, "case_create", ObjectKind.CASE, case.id, title=title, template=self.template.name)
        return w.changes

    def update_case(self, case_id: str, **changes: Any) -> Changes:
        if "status" in changes:
            changes["status"] = parse_choice(CaseStatus, changes["status"], "case status")
        if "title" in changes and not str(changes["title"]).strip():
            raise UsageError(msg("A case needs a title."))
        if changes.get("ocr_languages"):  # checked as Tesseract will be given them; "" clears
            changes["ocr_languages"] = "+".join(ocr.split_languages(str(changes["ocr_languages"])))
        with self._write() as w:
            case = w.get(Case, case_id, "case")
            diff = w.apply(case, CASE_FIELDS, changes, "case")
            if diff:
                w.log(case_id, "case_edit", ObjectKind.CASE, case_id, changes=diff)
        return w.changes

    def link_cases(self, case_id: str, related_id: str) -> Changes:
        """Relate two cases (or restore a removed link)."""
        with self._write() as w:
            w.get(Case, case_id, "case")
            related = w.get(Case, related_id, "case")
            if case_id == related_id:
                raise UsageError(msg("A case cannot be related to itself."))
            link = w.session.get(CaseLink, (case_id, related_id))
            if link is None:
                w.session.add(CaseLink(case_id=case_id, related_id=related_id, related_title=related.title))
                w.log(case_id, "case_link", ObjectKind.CASE, related_id)
            elif link.removed:
                w.restore(link, case_id, ObjectKind.CASE, related_id, link="related_case")
        return w.changes

    def unlink_cases(self, case_id: str, related_id: str, reason: str = "") -> Changes:
        with self._write() as w:
            link = w.session.get(CaseLink, (case_id, related_id))
            if link is None:
                raise NotFoundError(msg("These cases are not related."))
            w.remove(link, case_id, ObjectKind.CASE, related_id, reason, link="related_case")
        return w.changes

    def list_cases(self) -> list[CaseSummary]:
        with self._read() as s:
            counts = dict(
                s.execute(
                    select(Evidence.case_id, func.count())
                    .where(Evidence.trashed_at.is_(None))
                    .group_by(Evidence.case_id)
                ).all()
            )
            cases = s.scalars(select(Case).order_by(Case.updated_at.desc())).all()
            return [
                CaseSummary(c.id, c.title, str(c.status), counts.get(c.id, 0), c.updated_at) for c in cases
            ]

    def resolve_case(self, ref: str) -> str:
        """A case id, a unique id prefix, or an unambiguous title prefix (case-insensitive)."""
        ref = ref.strip()
        if not ref:
            raise UsageError(msg("Name a case by its id or the start of its title."))
        with self._read() as s:
            if s.get(Case, ref) is not None:
                return ref
            rows = s.execute(select(Case.id, Case.title)).all()
        by_id = [cid for cid, _ in rows if cid.startswith(ref)]
        if len(by_id) == 1:
            return by_id[0]
        folded = ref.casefold()
        by_title = [(cid, title) for cid, title in rows if title.casefold().startswith(folded)]
        exact = [cid for cid, title in by_title if title.casefold() == folded]
        if len(exact) == 1:
            return exact[0]
        if len(by_title) == 1:
            return by_title[0][0]
        if not by_title:
            raise NotFoundError(msg("No case matches {ref!r}.", ref=ref))
        names = "; ".join(f"{title} ({cid[:8]})" for cid, title in by_title[:5])
        raise UsageError(
            msg(
                "{ref!r} matches several cases: {names}. Give more of the title or the id.",
                ref=ref,
                names=names,
            )
        )

    def case_view(self, case_id: str) -> CaseView:
        """The whole case as it stands (removed objects left out; trashed evidence listed apart)."""
        with self._read() as s:
            case = get(s, Case, case_id, "case")
            views = evidence_views(s, list(case.evidence))
            checklist = [CheckView.of(i) for i in case.checklist]
            head = custody.head(s, case_id)
            return CaseView(
                id=case.id,
                title=case.title,
                summary=case.summary,
                status=str(case.status),
                incident_time=PartialTimeView.of(case.incident_time),
                first_seen=PartialTimeView.of(case.first_seen),
                tags=list(case.tags),
                related_case_ids=related_case_ids(s, case_id),
                created_at=case.created_at,
                updated_at=case.updated_at,
                evidence=[v for v in views if not v.trashed],
                trash=[v for v in views if v.trashed],
                sources=[SourceView.of(x) for x in case.sources if not x.removed],
                claims=[ClaimView.of(x) for x in case.claims if not x.removed],
                checklist=checklist,
                timeline=[EventView.of(x) for x in case.events if not x.removed],
                places=[PlaceView.of(x) for x in case.places if not x.removed],
                notes=[NoteView.of(x) for x in case.notes if not x.removed],
                custody_head=head.hash if head else None,
                custody_count=head.seq if head else 0,
                checklist_progress=ChecklistProgress.of([c for c in checklist if c.evidence_id is None]),
                ocr_languages=case.ocr_languages,
            )

    def case_header(self, case_id: str) -> CaseHeader:
        """The case's own fields and counts in a handful of small queries, for views that refresh often."""
        with self._read() as s:
            case = get(s, Case, case_id, "case")
            head = custody.head(s, case_id)
            states = s.execute(
                select(ChecklistItem.state, func.count())
                .where(ChecklistItem.case_id == case_id, ChecklistItem.evidence_id.is_(None))
                .group_by(ChecklistItem.state)
            ).all()
            state_counts = {str(state): int(n) for state, n in states}
            return CaseHeader(
                id=case.id,
                title=case.title,
                summary=case.summary,
                status=str(case.status),
                incident_time=PartialTimeView.of(case.incident_time),
                first_seen=PartialTimeView.of(case.first_seen),
                tags=list(case.tags),
                related_case_ids=related_case_ids(s, case_id),
                related_cases=related_cases(s, case_id),
                created_at=case.created_at,
                updated_at=case.updated_at,
                counts=_counts(s, case_id),
                custody_head=head.hash if head else None,
                custody_count=head.seq if head else 0,
                checklist_progress=ChecklistProgress(sum(state_counts.values()), state_counts),
                ocr_languages=case.ocr_languages,
            )

    @contextmanager
    def reader(self, case_id: str, as_of: int | None = None) -> Iterator[CaseReader]:
        """Paged, read-only queries over one case that all see the same moment (see CaseReader):
        now, or as the case stood right after custody entry ``as_of`` (read back from its history)."""
        with self._read() as s:
            case = get(s, Case, case_id, "case")
            if as_of is None:
                yield CaseReader(s, case)
                return
            head = custody.head(s, case_id)
            if head is None or not 1 <= as_of <= head.seq:
                last = head.seq if head else 0
                raise UsageError(
                    msg(
                        "The case's custody log has entries 1 to {last}; there is no entry {seq}.",
                        last=last,
                        seq=as_of,
                    )
                )
            with history.materialize(s, case_id, as_of) as copy:
                yield CaseReader(copy, get(copy, Case, case_id, "case"))

    def resolve_entry(self, case_id: str, ref: str) -> int:
        """A custody entry of the case named by its number or a unique start of its hash: its number."""
        ref = ref.strip().lower()
        with self._read() as s:
            get(s, Case, case_id, "case")
            # A long run of digits may be the start of a hash, and past the INTEGER column's range
            # (PostgreSQL refuses to compare with such a number): no entry has that number.
            if ref.isdigit() and int(ref) <= MAX_SEQ:
                seq = int(ref)
                query = select(CustodyEntry.seq).where(
                    CustodyEntry.case_id == case_id, CustodyEntry.seq == seq
                )
                if s.scalar(query) is not None:
                    return seq
                if len(ref) < 6:  # a number, not the start of a hash
                    raise NotFoundError(msg("The case has no custody entry {seq}.", seq=seq))
            if len(ref) < 6:
                raise UsageError(msg("Give at least six characters of an entry's hash, or its number."))
            found = list(
                s.scalars(
                    select(CustodyEntry.seq)
                    .where(
                        CustodyEntry.case_id == case_id, CustodyEntry.hash.startswith(ref, autoescape=True)
                    )
                    .limit(2)
                )
            )
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFoundError(msg("No custody entry of the case has a hash starting {ref!r}.", ref=ref))
        raise UsageError(
            msg("Several custody entries have hashes starting {ref!r}; give more of the hash.", ref=ref)
        )


MAX_SEQ = 2**31 - 1  # the custody_entry.seq column is an INTEGER on both databases


def related_cases(s: Session, case_id: str) -> list[RelatedCase]:
    query = (
        select(CaseLink.related_id, CaseLink.related_title, Case.title)
        .outerjoin(Case, Case.id == CaseLink.related_id)
        .where(CaseLink.case_id == case_id, CaseLink.removed_at.is_(None))
    )
    return [
        RelatedCase(rid, here if here is not None else linked, here is not None)
        for rid, linked, here in s.execute(query)
    ]


def related_case_ids(s: Session, case_id: str) -> list[str]:
    query = select(CaseLink.related_id).where(CaseLink.case_id == case_id, CaseLink.removed_at.is_(None))
    return list(s.scalars(query))


def _counts(s: Session, case_id: str) -> dict[str, int]:
    def count(model: Any, *criteria: Any) -> int:
        query = select(func.count()).select_from(model).where(model.case_id == case_id, *criteria)
        return int(s.scalar(query) or 0)

    return {
        "evidence": count(Evidence, Evidence.trashed_at.is_(None)),
        "trash": count(Evidence, Evidence.trashed_at.is_not(None)),
        "sources": count(Source, Source.removed_at.is_(None)),
        "claims": count(Claim, Claim.removed_at.is_(None)),
        "events": count(TimelineEvent, TimelineEvent.removed_at.is_(None)),
        "places": count(Place, Place.removed_at.is_(None)),
        "notes": count(Note, Note.removed_at.is_(None)),
    }
