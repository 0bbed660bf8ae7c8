"""The one service API over a workspace: what the GUI, the command line and tests all call.

Every method is a short unit of work that takes and returns ids and plain views (never live ORM
objects), so it can be called from any thread. Every change to a case appends a custody entry in
the same transaction as the change itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core import custody
from casedesk.core.checklist import ChecklistTemplate, default_template
from casedesk.core.errors import CaseDeskError, NotFoundError, UsageError
from casedesk.core.ingest import IngestResult, Prepared, gather, is_flagged, run_pipeline
from casedesk.core.models import (
    Blob,
    Case,
    CaseLink,
    ChecklistItem,
    Claim,
    ClaimEvidence,
    ClaimSource,
    CustodyEntry,
    Evidence,
    Note,
    Place,
    Source,
    TimelineEvent,
)
from casedesk.core.search import SearchHit
from casedesk.core.search import search as run_search
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import PartialTime, iso_utc, utcnow
from casedesk.core.views import (
    CaseSummary,
    CaseView,
    ChecklistProgress,
    CheckView,
    ClaimView,
    CustodyView,
    EventView,
    EvidenceView,
    NoteView,
    PartialTimeView,
    PlaceView,
    SourceView,
)
from casedesk.core.vocabulary import CaseStatus, CheckState, ClaimStatus, Stance
from casedesk.core.workspace import Workspace
from casedesk.media import DEFAULT_LIMITS, Limits
from casedesk.media.api import EvidenceKind, MediaInfo


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # "file" or "custody"
    object: str  # evidence id / custody entry id
    detail: str


@dataclass(slots=True)
class VerifyReport:
    ok: bool = True
    files_checked: int = 0
    log_entries_checked: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    evidence_id: str
    case_id: str
    original_name: str
    distance: int


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """An active item's identity, size, kind and flags: none of its text, metadata or checklist."""

    id: str
    sha256: str
    size: int
    original_name: str
    kind: str
    graphic: bool
    personal_data: bool


@dataclass(frozen=True, slots=True)
class CaseOverview:
    """A case without its per-item lists (evidence, their checklists, the log): CaseReader pages those."""

    id: str
    title: str
    summary: str
    status: str
    incident_time: PartialTimeView | None
    first_seen: PartialTimeView | None
    tags: list[str]
    related_case_ids: list[str]
    sources: list[SourceView]
    claims: list[ClaimView]
    checklist: list[CheckView]  # the case's own checks, not the items'
    checklist_progress: ChecklistProgress
    timeline: list[EventView]
    places: list[PlaceView]
    notes: list[NoteView]
    evidence_count: int  # active items
    trash_count: int
    custody_count: int
    custody_first: CustodyView | None
    custody_head: CustodyView | None


# Case fields a user may edit, and how to turn input into the stored value.
_CASE_FIELDS = {"title", "summary", "status", "incident_time", "first_seen", "tags"}
_EVIDENCE_FIELDS = {
    "description",
    "transcript",
    "tags",
    "graphic",
    "personal_data",
    "acquired_at",
    "source_id",
}
_CLAIM_FIELDS = {"text", "language", "status", "credibility", "notes"}
_SOURCE_FIELDS = {"name", "handle", "platform", "reliability", "notes"}
_EVENT_FIELDS = {"when", "title", "description", "place_id"}
_PLACE_FIELDS = {"name", "lat", "lon", "precision", "notes"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, PartialTime):
        return value.to_text()
    if isinstance(value, datetime):
        return iso_utc(value)
    return value


class CaseService:
    def __init__(self, workspace: Workspace, investigator: str, template: ChecklistTemplate | None = None):
        self.workspace = workspace
        self.investigator = investigator
        self.template = template or default_template()
        self.limits: Limits = DEFAULT_LIMITS

    @classmethod
    def open(cls, root: Path, investigator: str) -> CaseService:
        return cls(Workspace.open(root), investigator)

    def close(self) -> None:
        self.workspace.close()

    # -- helpers ---------------------------------------------------------------------------

    def _log(
        self, s: Session, case_id: str, action: str, object_type: str, object_id: str, **details: Any
    ) -> CustodyEntry:
        entry = custody.append(
            s,
            case_id=case_id,
            investigator=self.investigator,
            action=action,
            object_type=object_type,
            object_id=object_id,
            details={k: _jsonable(v) for k, v in details.items()},
        )
        case = s.get(Case, case_id)
        if case is not None:
            case.updated_at = entry.at
        return entry

    @staticmethod
    def _get(s: Session, cls: type[Any], obj_id: str, what: str) -> Any:
        obj = s.get(cls, obj_id)
        if obj is None:
            raise NotFoundError(f"No {what} with id {obj_id}.")
        return obj

    def _apply(
        self, s: Session, obj: Any, allowed: set[str], changes: dict[str, Any], what: str
    ) -> dict[str, dict[str, Any]]:
        unknown = set(changes) - allowed
        if unknown:
            raise UsageError(f"Cannot edit {', '.join(sorted(unknown))} of a {what}.")
        diff: dict[str, dict[str, Any]] = {}
        for name, value in changes.items():
            old = getattr(obj, name)
            if old != value:
                diff[name] = {"from": _jsonable(old), "to": _jsonable(value)}
                setattr(obj, name, value)
        return diff

    # -- cases -----------------------------------------------------------------------------

    def create_case(
        self,
        title: str,
        summary: str = "",
        *,
        status: CaseStatus = CaseStatus.OPEN,
        incident_time: PartialTime | None = None,
        first_seen: PartialTime | None = None,
        tags: Sequence[str] = (),
    ) -> str:
        title = title.strip()
        if not title:
            raise UsageError("A case needs a title.")
        with self.workspace.db.write() as s:
            case = Case(
                title=title,
                summary=summary,
                status=CaseStatus(status),
                incident_time=incident_time,
                first_seen=first_seen,
                tags=list(tags),
            )
            s.add(case)
            s.flush()
            for position, item in enumerate(self.template.for_scope("case")):
                s.add(
                    ChecklistItem(
                        case_id=case.id,
                        key=item.key,
                        position=position,
                        phase=item.phase,
                        title=item.title,
                        guidance=item.guidance,
                    )
                )
            self._log(s, case.id, "case_create", "case", case.id, title=title, template=self.template.name)
            return case.id

    def update_case(self, case_id: str, **changes: Any) -> None:
        if "status" in changes:
            changes["status"] = _enum(CaseStatus, changes["status"], "case status")
        if "title" in changes and not str(changes["title"]).strip():
            raise UsageError("A case needs a title.")
        with self.workspace.db.write() as s:
            case = self._get(s, Case, case_id, "case")
            diff = self._apply(s, case, _CASE_FIELDS, changes, "case")
            if diff:
                self._log(s, case_id, "case_edit", "case", case_id, changes=diff)

    def link_cases(self, case_id: str, related_id: str) -> None:
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            self._get(s, Case, related_id, "case")
            if case_id == related_id:
                raise UsageError("A case cannot be related to itself.")
            if s.get(CaseLink, (case_id, related_id)) is None:
                s.add(CaseLink(case_id=case_id, related_id=related_id))
                self._log(s, case_id, "case_link", "case", related_id)

    def list_cases(self) -> list[CaseSummary]:
        with self.workspace.db.read() as s:
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
            raise UsageError("Name a case by its id or the start of its title.")
        with self.workspace.db.read() as s:
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
            raise NotFoundError(f"No case matches {ref!r}.")
        names = "; ".join(f"{title} ({cid[:8]})" for cid, title in by_title[:5])
        raise UsageError(f"{ref!r} matches several cases: {names}. Give more of the title or the id.")

    def case_view(self, case_id: str) -> CaseView:
        with self.workspace.db.read() as s:
            case = self._get(s, Case, case_id, "case")
            all_evidence = list(case.evidence)
            shas = {e.id: e.sha256 for e in all_evidence}
            views = [EvidenceView.of(e, shas.get(e.parent_id) if e.parent_id else None) for e in all_evidence]
            checklist = [CheckView.of(i) for i in case.checklist]
            head = custody.head(s, case_id)
            related = s.scalars(select(CaseLink.related_id).where(CaseLink.case_id == case_id)).all()
            return CaseView(
                id=case.id,
                title=case.title,
                summary=case.summary,
                status=str(case.status),
                incident_time=PartialTimeView.of(case.incident_time),
                first_seen=PartialTimeView.of(case.first_seen),
                tags=list(case.tags),
                related_case_ids=list(related),
                created_at=case.created_at,
                updated_at=case.updated_at,
                evidence=[v for v in views if not v.trashed],
                trash=[v for v in views if v.trashed],
                sources=[SourceView.of(x) for x in case.sources],
                claims=[ClaimView.of(x) for x in case.claims],
                checklist=checklist,
                timeline=[EventView.of(x) for x in case.events],
                places=[PlaceView.of(x) for x in case.places],
                notes=[NoteView.of(x) for x in case.notes],
                custody_head=head.hash if head else None,
                custody_count=head.seq if head else 0,
                checklist_progress=ChecklistProgress.of([c for c in checklist if c.evidence_id is None]),
            )

    def evidence_view(self, evidence_id: str) -> EvidenceView:
        with self.workspace.db.read() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            parent = s.get(Evidence, ev.parent_id) if ev.parent_id else None
            return EvidenceView.of(ev, parent.sha256 if parent else None)

    def evidence_page(self, case_id: str, offset: int = 0, limit: int = 500) -> list[EvidenceView]:
        """A slice of a case's evidence, for views that load thousands of items lazily."""
        with self.workspace.db.read() as s:
            return _evidence_page(s, case_id, offset, limit)

    @contextmanager
    def reader(self, case_id: str) -> Iterator[CaseReader]:
        """Paged, read-only queries over one case that all see the same moment (see CaseReader)."""
        with self.workspace.db.read() as s:
            yield CaseReader(s, self._get(s, Case, case_id, "case"))

    def evidence_check_states(self, case_id: str) -> dict[str, frozenset[str]]:
        """For each evidence item of a case, the set of states its checklist items are in."""
        with self.workspace.db.read() as s:
            rows = s.execute(
                select(ChecklistItem.evidence_id, ChecklistItem.state)
                .where(ChecklistItem.case_id == case_id, ChecklistItem.evidence_id.is_not(None))
                .distinct()
            ).all()
        states: dict[str, set[str]] = {}
        for evidence_id, state in rows:
            if evidence_id is not None:
                states.setdefault(evidence_id, set()).add(str(state))
        return {k: frozenset(v) for k, v in states.items()}

    # -- evidence --------------------------------------------------------------------------

    def add_files(
        self,
        case_id: str,
        paths: Iterable[Path],
        *,
        recursive: bool = False,
        control: TaskControl | None = None,
    ) -> list[IngestResult]:
        control = control or TaskControl()
        with self.workspace.db.read() as s:
            self._get(s, Case, case_id, "case")
        candidates = list(gather(paths, recursive))
        return run_pipeline(
            candidates,
            self.workspace.store,
            lambda batch: self._record_all(case_id, batch),
            control,
            self.limits,
        )

    def _record_all(self, case_id: str, batch: list[Prepared]) -> list[IngestResult]:
        if not batch:
            return []
        with self.workspace.db.write() as s:
            return [self._record_into(s, case_id, prepared) for prepared in batch]

    def _record(self, case_id: str, prepared: Prepared, **extra: Any) -> IngestResult:
        with self.workspace.db.write() as s:
            return self._record_into(s, case_id, prepared, **extra)

    def _record_into(self, s: Session, case_id: str, prepared: Prepared, **extra: Any) -> IngestResult:
        stored, info, candidate = prepared.stored, prepared.info, prepared.candidate
        existing = s.scalars(
            select(Evidence).where(
                Evidence.case_id == case_id,
                Evidence.sha256 == stored.sha256,
                Evidence.trashed_at.is_(None),
            )
        ).first()
        if existing is not None:
            result = _result(candidate.display, "duplicate", existing.id, stored.sha256, info)
            result.warnings.insert(0, f"Already in this case as {existing.original_name!r}.")
            return result
        if s.get(Blob, stored.sha256) is None:
            s.add(Blob(sha256=stored.sha256, size=stored.size))
        evidence = _evidence_from(case_id, candidate.path, stored.sha256, stored.size, info, **extra)
        s.add(evidence)
        s.flush()
        self._add_evidence_checklist(s, case_id, evidence.id)
        action = "still_extract" if evidence.parent_id else "evidence_add"
        details: dict[str, Any] = {
            "sha256": stored.sha256,
            "size": stored.size,
            "original_name": evidence.original_name,
            "media_type": info.media_type,
            "decode_status": info.decode_status.value,
        }
        if evidence.parent_id:
            details["parent_id"] = evidence.parent_id
            details["parent_sha256"] = extra.get("parent_sha256")
            details["offset_s"] = evidence.parent_offset_s
        else:
            details["original_path"] = evidence.original_path
        self._log(s, case_id, action, "evidence", evidence.id, **details)
        status = "flagged" if is_flagged(info) else "added"
        return _result(candidate.display, status, evidence.id, stored.sha256, info)

    def _add_evidence_checklist(self, s: Session, case_id: str, evidence_id: str) -> None:
        for position, item in enumerate(self.template.for_scope("evidence")):
            s.add(
                ChecklistItem(
                    case_id=case_id,
                    evidence_id=evidence_id,
                    key=item.key,
                    position=position,
                    phase=item.phase,
                    title=item.title,
                    guidance=item.guidance,
                )
            )

    def extract_stills(
        self,
        evidence_id: str,
        *,
        at: Sequence[float] = (),
        every_s: float | None = None,
        keyframes: bool = False,
        control: TaskControl | None = None,
    ) -> list[IngestResult]:
        """Take stills from footage; each becomes evidence whose provenance names the parent and offset."""
        from casedesk.core.ingest import Candidate
        from casedesk.media import (
            StillError,
            encode_still_png,
            every_n_seconds,
            extract_still,
            iter_keyframe_times,
            probe_and_derive,
        )

        control = control or TaskControl()
        with self.workspace.db.read() as s:
            parent = self._get(s, Evidence, evidence_id, "evidence item")
            if parent.kind != EvidenceKind.VIDEO:
                raise UsageError(f"{parent.original_name!r} is not footage; stills come from video evidence.")
            case_id, parent_sha, parent_name = parent.case_id, parent.sha256, parent.original_name
        source = self.workspace.store.path_for(parent_sha)
        try:
            offsets = list(at)
            if every_s is not None:
                if every_s <= 0:
                    raise UsageError("--every needs a positive number of seconds.")
                offsets += every_n_seconds(source, every_s)
            if keyframes:
                offsets += iter_keyframe_times(source)
        except StillError as exc:
            raise UsageError(f"{parent_name}: {exc}") from exc
        if not offsets:
            raise UsageError("Say which stills to take: a time offset, --every N or --keyframes.")
        results: list[IngestResult] = []
        for done, offset in enumerate(offsets, start=1):
            control.check()
            try:
                frame = extract_still(source, offset)
            except StillError as exc:
                raise UsageError(f"{parent_name}: {exc}") from exc
            stored = self.workspace.store.put_bytes(encode_still_png(frame))
            info, _ = probe_and_derive(
                stored.path, self.workspace.store.derived_dir(stored.sha256), self.limits
            )
            name = f"{Path(parent_name).stem} @ {frame.offset_s:.3f}s.png"
            prepared = Prepared(Candidate(Path(name), name), stored, info)
            results.append(
                self._record(
                    case_id,
                    prepared,
                    original_name=name,
                    parent_id=evidence_id,
                    parent_sha256=parent_sha,
                    parent_offset_s=frame.offset_s,
                )
            )
            control.report(done, len(offsets), name)
        return results

    def update_evidence(self, evidence_id: str, **changes: Any) -> None:
        with self.workspace.db.write() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            diff = self._apply(s, ev, _EVIDENCE_FIELDS, changes, "evidence item")
            if diff:
                self._log(s, ev.case_id, "evidence_edit", "evidence", ev.id, changes=_shorten(diff))

    def trash_evidence(self, evidence_id: str, reason: str = "") -> None:
        with self.workspace.db.write() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            if ev.trashed_at is None:
                ev.trashed_at = utcnow()
                self._log(s, ev.case_id, "evidence_trash", "evidence", ev.id, sha256=ev.sha256, reason=reason)

    def restore_evidence(self, evidence_id: str) -> None:
        with self.workspace.db.write() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            if ev.trashed_at is not None:
                ev.trashed_at = None
                self._log(s, ev.case_id, "evidence_restore", "evidence", ev.id, sha256=ev.sha256)

    def purge_evidence(self, evidence_id: str, reason: str) -> None:
        """Remove a trashed item for good. The custody log keeps its hash and the reason."""
        if not reason.strip():
            raise UsageError("Purging evidence needs a reason; it is written to the custody log.")
        with self.workspace.db.write() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            if ev.trashed_at is None:
                raise UsageError("Only evidence in the trash can be purged; move it to the trash first.")
            if s.scalars(select(Evidence.id).where(Evidence.parent_id == ev.id)).first():
                raise UsageError("Stills were extracted from this item; purge them first.")
            sha, case_id = ev.sha256, ev.case_id
            for item in s.scalars(select(ChecklistItem).where(ChecklistItem.evidence_id == ev.id)):
                s.delete(item)
            for link in s.scalars(select(ClaimEvidence).where(ClaimEvidence.evidence_id == ev.id)):
                s.delete(link)
            s.delete(ev)
            s.flush()
            still_used = s.scalars(select(Evidence.id).where(Evidence.sha256 == sha)).first() is not None
            if not still_used:
                blob = s.get(Blob, sha)
                if blob is not None:
                    s.delete(blob)
            self._log(
                s,
                case_id,
                "evidence_purge",
                "evidence",
                evidence_id,
                sha256=sha,
                reason=reason,
                original_removed=not still_used,
            )
        if not still_used:
            self.workspace.store.purge(sha)

    def original_path(self, evidence_id: str) -> Path:
        with self.workspace.db.read() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            return self.workspace.store.path_for(ev.sha256)

    def derived_path(self, sha256: str, role: str) -> Path | None:
        """The thumbnail/preview/waveform of an original, if it has been made."""
        folder = self.workspace.store.derived_dir(sha256)
        matches = sorted(folder.glob(f"{role}.*")) if folder.is_dir() else []
        return matches[0] if matches else None

    def regenerate_derivatives(self, case_id: str | None = None, control: TaskControl | None = None) -> int:
        """Re-make thumbnails, previews and waveforms from the originals; returns how many originals."""
        from casedesk.media import probe_and_derive

        control = control or TaskControl()
        with self.workspace.db.read() as s:
            query = select(Evidence.sha256, func.min(Evidence.original_name)).group_by(Evidence.sha256)
            if case_id is not None:
                query = query.where(Evidence.case_id == case_id)
            originals = s.execute(query).all()
        store = self.workspace.store
        for done, (sha, name) in enumerate(originals, start=1):
            control.check()
            probe_and_derive(store.path_for(sha), store.derived_dir(sha), self.limits, original_name=name)
            control.report(done, len(originals), name)
        return len(originals)

    def near_duplicates(self, evidence_id: str, max_distance: int = 10) -> list[NearDuplicate]:
        from casedesk.media import phash_distance

        with self.workspace.db.read() as s:
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            target = ev.phash
            if not target:
                return []
            rows = s.execute(
                select(Evidence.id, Evidence.case_id, Evidence.original_name, Evidence.phash).where(
                    Evidence.phash.is_not(None), Evidence.id != ev.id, Evidence.trashed_at.is_(None)
                )
            ).all()
        found = [
            NearDuplicate(rid, cid, name, phash_distance(target, ph)) for rid, cid, name, ph in rows if ph
        ]
        return sorted(
            (d for d in found if d.distance <= max_distance), key=lambda d: (d.distance, d.original_name)
        )

    # -- sources and claims -----------------------------------------------------------------

    def add_source(
        self,
        case_id: str,
        name: str,
        *,
        handle: str = "",
        platform: str = "",
        reliability: str = "F",
        notes: str = "",
    ) -> str:
        reliability = _reliability(reliability)
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            position = s.scalar(select(func.count()).where(Source.case_id == case_id)) or 0
            src = Source(
                case_id=case_id,
                position=position,
                name=name,
                handle=handle,
                platform=platform,
                reliability=reliability,
                notes=notes,
            )
            s.add(src)
            s.flush()
            self._log(s, case_id, "source_create", "source", src.id, name=name, reliability=reliability)
            return src.id

    def update_source(self, source_id: str, **changes: Any) -> None:
        if "reliability" in changes:
            changes["reliability"] = _reliability(changes["reliability"])
        with self.workspace.db.write() as s:
            src = self._get(s, Source, source_id, "source")
            diff = self._apply(s, src, _SOURCE_FIELDS, changes, "source")
            if diff:
                self._log(s, src.case_id, "source_edit", "source", src.id, changes=diff)

    def add_claim(
        self,
        case_id: str,
        text: str,
        *,
        language: str = "en",
        status: str = "unverified",
        credibility: int = 6,
        notes: str = "",
    ) -> str:
        if not text.strip():
            raise UsageError("A claim needs its text.")
        claim_status = _enum(ClaimStatus, status, "claim status")
        _credibility(credibility)
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            position = s.scalar(select(func.count()).where(Claim.case_id == case_id)) or 0
            claim = Claim(
                case_id=case_id,
                position=position,
                text=text,
                language=language,
                status=claim_status,
                credibility=credibility,
                notes=notes,
            )
            s.add(claim)
            s.flush()
            self._log(s, case_id, "claim_create", "claim", claim.id, text=text, status=claim_status.value)
            return claim.id

    def update_claim(self, claim_id: str, **changes: Any) -> None:
        if "status" in changes:
            changes["status"] = _enum(ClaimStatus, changes["status"], "claim status")
        if "credibility" in changes:
            _credibility(changes["credibility"])
        with self.workspace.db.write() as s:
            claim = self._get(s, Claim, claim_id, "claim")
            diff = self._apply(s, claim, _CLAIM_FIELDS, changes, "claim")
            if diff:
                action = "claim_status" if set(diff) <= {"status", "credibility"} else "claim_edit"
                self._log(s, claim.case_id, action, "claim", claim.id, changes=diff)

    def link_claim_evidence(self, claim_id: str, evidence_id: str, stance: str = "supports") -> None:
        stance_value = _enum(Stance, stance, "stance")
        with self.workspace.db.write() as s:
            claim = self._get(s, Claim, claim_id, "claim")
            ev = self._get(s, Evidence, evidence_id, "evidence item")
            if ev.case_id != claim.case_id:
                raise UsageError("Claim and evidence belong to different cases.")
            link = s.get(ClaimEvidence, (claim_id, evidence_id))
            if link is None:
                s.add(ClaimEvidence(claim_id=claim_id, evidence_id=evidence_id, stance=stance_value))
            elif link.stance == stance_value:
                return
            else:
                link.stance = stance_value
            self._log(
                s,
                claim.case_id,
                "claim_link",
                "claim",
                claim_id,
                evidence_id=evidence_id,
                stance=stance_value.value,
            )

    def unlink_claim_evidence(self, claim_id: str, evidence_id: str) -> None:
        with self.workspace.db.write() as s:
            claim = self._get(s, Claim, claim_id, "claim")
            link = s.get(ClaimEvidence, (claim_id, evidence_id))
            if link is not None:
                s.delete(link)
                self._log(s, claim.case_id, "claim_unlink", "claim", claim_id, evidence_id=evidence_id)

    def link_claim_source(self, claim_id: str, source_id: str) -> None:
        with self.workspace.db.write() as s:
            claim = self._get(s, Claim, claim_id, "claim")
            src = self._get(s, Source, source_id, "source")
            if src.case_id != claim.case_id:
                raise UsageError("Claim and source belong to different cases.")
            if s.get(ClaimSource, (claim_id, source_id)) is None:
                s.add(ClaimSource(claim_id=claim_id, source_id=source_id))
                self._log(s, claim.case_id, "claim_link", "claim", claim_id, source_id=source_id)

    # -- checklist -------------------------------------------------------------------------

    def set_check(self, item_id: str, state: str | None = None, note: str | None = None) -> None:
        with self.workspace.db.write() as s:
            item = self._get(s, ChecklistItem, item_id, "checklist item")
            changes: dict[str, Any] = {}
            if state is not None:
                changes["state"] = _enum(CheckState, state, "checklist state")
            if note is not None:
                changes["note"] = note
            diff = self._apply(s, item, {"state", "note"}, changes, "checklist item")
            if diff:
                item.investigator = self.investigator
                item.updated_at = utcnow()
                self._log(
                    s,
                    item.case_id,
                    "checklist_change",
                    "checklist_item",
                    item.id,
                    key=item.key,
                    evidence_id=item.evidence_id,
                    changes=diff,
                )

    def checklist(self, case_id: str, evidence_id: str | None = None) -> list[CheckView]:
        with self.workspace.db.read() as s:
            scope = (
                ChecklistItem.evidence_id.is_(None)
                if evidence_id is None
                else ChecklistItem.evidence_id == evidence_id
            )
            items = s.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.case_id == case_id, scope)
                .order_by(ChecklistItem.position)
            ).all()
            return [CheckView.of(i) for i in items]

    # -- timeline, places, notes -----------------------------------------------------------

    def add_place(
        self,
        case_id: str,
        name: str,
        lat: float | None = None,
        lon: float | None = None,
        precision: str = "",
        notes: str = "",
    ) -> str:
        _coordinates(lat, lon)
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            place = Place(case_id=case_id, name=name, lat=lat, lon=lon, precision=precision, notes=notes)
            s.add(place)
            s.flush()
            self._log(s, case_id, "place_add", "place", place.id, name=name, lat=lat, lon=lon)
            return place.id

    def update_place(self, place_id: str, **changes: Any) -> None:
        with self.workspace.db.write() as s:
            place = self._get(s, Place, place_id, "place")
            _coordinates(changes.get("lat", place.lat), changes.get("lon", place.lon))
            diff = self._apply(s, place, _PLACE_FIELDS, changes, "place")
            if diff:
                self._log(s, place.case_id, "place_edit", "place", place.id, changes=diff)

    def add_event(
        self, case_id: str, when: PartialTime, title: str, description: str = "", place_id: str | None = None
    ) -> str:
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            event = TimelineEvent(
                case_id=case_id,
                when=when,
                sort_key=when.sort_key(),
                title=title,
                description=description,
                place_id=place_id,
            )
            s.add(event)
            s.flush()
            self._log(s, case_id, "event_add", "timeline_event", event.id, when=when, title=title)
            return event.id

    def update_event(self, event_id: str, **changes: Any) -> None:
        with self.workspace.db.write() as s:
            event = self._get(s, TimelineEvent, event_id, "timeline event")
            diff = self._apply(s, event, _EVENT_FIELDS, changes, "timeline event")
            if diff:
                event.sort_key = event.when.sort_key()
                self._log(s, event.case_id, "event_edit", "timeline_event", event.id, changes=diff)

    def add_note(self, case_id: str, text: str) -> str:
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            note = Note(case_id=case_id, text=text)
            s.add(note)
            s.flush()
            self._log(s, case_id, "note_add", "note", note.id, text=_clip(text))
            return note.id

    def update_note(self, note_id: str, text: str) -> None:
        with self.workspace.db.write() as s:
            note = self._get(s, Note, note_id, "note")
            if note.text != text:
                note.text = text
                note.updated_at = utcnow()
                self._log(s, note.case_id, "note_edit", "note", note.id, text=_clip(text))

    # -- custody, verify, search -----------------------------------------------------------

    def custody_log(self, case_id: str) -> list[CustodyView]:
        with self.workspace.db.read() as s:
            entries = s.scalars(
                select(CustodyEntry).where(CustodyEntry.case_id == case_id).order_by(CustodyEntry.seq)
            ).all()
            return [CustodyView.of(e) for e in entries]

    def record_action(
        self, case_id: str, action: str, object_type: str, object_id: str, **details: Any
    ) -> str:
        """Log an action done outside the database (export of a report or bundle); returns its hash."""
        with self.workspace.db.write() as s:
            self._get(s, Case, case_id, "case")
            return self._log(s, case_id, action, object_type, object_id, **details).hash

    def verify(self, case_id: str | None = None, control: TaskControl | None = None) -> VerifyReport:
        """Recompute custody chains and re-hash every original (of one case, or the whole workspace)."""
        control = control or TaskControl()
        report = VerifyReport()
        with self.workspace.db.read() as s:
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
                for ev_id, sha, size in s.execute(
                    select(Evidence.id, Evidence.sha256, Evidence.size).where(Evidence.case_id == cid)
                ):
                    files.setdefault(sha, (size, []))[1].append(ev_id)
        total = len(files)
        for done, (sha, (size, evidence_ids)) in enumerate(sorted(files.items()), start=1):
            control.check()
            damage = self.workspace.store.verify(sha, size)
            report.files_checked += 1
            if damage:
                for ev_id in evidence_ids:
                    report.problems.append(Problem("file", ev_id, f"original {sha}: {damage}"))
            control.report(done, total, sha[:12])
        report.ok = not report.problems
        return report

    def search(self, query: str) -> list[SearchHit]:
        with self.workspace.db.read() as s:
            return run_search(s, query)


# -- module helpers -------------------------------------------------------------------------


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
            related_case_ids=list(s.scalars(select(CaseLink.related_id).where(CaseLink.case_id == case.id))),
            sources=[SourceView.of(x) for x in case.sources],
            claims=[ClaimView.of(x) for x in case.claims],
            checklist=checklist,
            checklist_progress=ChecklistProgress.of(checklist),
            timeline=[EventView.of(x) for x in case.events],
            places=[PlaceView.of(x) for x in case.places],
            notes=[NoteView.of(x) for x in case.notes],
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

    def evidence_page(self, offset: int, limit: int) -> list[EvidenceView]:
        """Active items in catalogue order, as full views."""
        return _evidence_page(self._s, self._case.id, offset, limit)

    def checks(self, evidence_ids: Collection[str]) -> dict[str, list[CheckView]]:
        """The checklists of the given items, each in checklist order; items without one are left out."""
        items = self._s.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.case_id == self._case.id, ChecklistItem.evidence_id.in_(evidence_ids))
            .order_by(ChecklistItem.evidence_id, ChecklistItem.position)
        )
        checks: dict[str, list[CheckView]] = {}
        for item in items:
            if item.evidence_id is not None:
                checks.setdefault(item.evidence_id, []).append(CheckView.of(item))
        return checks

    def custody_entries(self, after_seq: int, limit: int) -> list[CustodyView]:
        """Up to ``limit`` entries of the log that follow entry ``after_seq``, in order."""
        entries = self._s.scalars(
            select(CustodyEntry)
            .where(CustodyEntry.case_id == self._case.id, CustodyEntry.seq > after_seq)
            .order_by(CustodyEntry.seq)
            .limit(limit)
        )
        return [CustodyView.of(e) for e in entries]

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


def _evidence_page(s: Session, case_id: str, offset: int, limit: int) -> list[EvidenceView]:
    rows = s.scalars(
        select(Evidence)
        .where(Evidence.case_id == case_id, Evidence.trashed_at.is_(None))
        .order_by(Evidence.added_at, Evidence.id)
        .offset(offset)
        .limit(limit)
    ).all()
    parent_ids = {e.parent_id for e in rows if e.parent_id}
    parent_shas: dict[str, str] = {}
    if parent_ids:
        found = s.execute(select(Evidence.id, Evidence.sha256).where(Evidence.id.in_(parent_ids)))
        parent_shas = {row_id: sha for row_id, sha in found}
    return [EvidenceView.of(e, parent_shas.get(e.parent_id or "")) for e in rows]


def _enum(cls: Any, value: Any, what: str) -> Any:
    try:
        return cls(str(value).strip().lower().replace(" ", "_"))
    except ValueError:
        choices = ", ".join(m.value for m in cls)
        raise UsageError(f"{value!r} is not a {what}; use one of: {choices}.") from None


def _reliability(value: str) -> str:
    grade = str(value).strip().upper()
    if grade not in ("A", "B", "C", "D", "E", "F"):
        raise UsageError(f"{value!r} is not an Admiralty reliability grade; use A to F.")
    return grade


def _credibility(value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 6:
        raise UsageError(f"{value!r} is not an information credibility; use 1 to 6.")


def _coordinates(lat: float | None, lon: float | None) -> None:
    if lat is not None and not -90 <= lat <= 90:
        raise UsageError(f"Latitude {lat} is outside -90..90.")
    if lon is not None and not -180 <= lon <= 180:
        raise UsageError(f"Longitude {lon} is outside -180..180.")


def _clip(text: str, limit: int = 500) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _shorten(diff: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        k: {side: _clip(v) if isinstance(v, str) else v for side, v in d.items()} for k, d in diff.items()
    }


def _camera(info: MediaInfo) -> str | None:
    parts = [p for p in (info.camera_make, info.camera_model) if p]
    return " ".join(parts) if parts else None


def _evidence_from(case_id: str, path: Path, sha: str, size: int, info: MediaInfo, **extra: Any) -> Evidence:
    captured = info.captured_at
    offset = None
    if captured is not None and captured.tzinfo is not None:
        delta = captured.utcoffset()
        if delta is not None:
            minutes = int(delta.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            offset = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    elif captured is not None:
        captured = captured.replace(tzinfo=UTC)  # camera clock with unknown zone: stored as read
        info.warnings.append("Capture time has no time zone; shown as recorded by the device.")
    return Evidence(
        case_id=case_id,
        sha256=sha,
        kind=EvidenceKind(info.kind),
        original_name=extra.get("original_name") or path.name,
        original_path=str(path.absolute()) if not extra.get("parent_id") else "",
        size=size,
        media_type=info.media_type,
        decode_status=info.decode_status,
        warnings=list(info.warnings),
        width=info.width,
        height=info.height,
        duration_s=info.duration_s,
        captured_at=captured,
        captured_offset=offset,
        gps_lat=info.gps.lat if info.gps else None,
        gps_lon=info.gps.lon if info.gps else None,
        gps_alt=info.gps.alt if info.gps else None,
        camera=_camera(info),
        phash=info.phash,
        details=dict(info.details),
        raw_metadata=dict(info.raw_metadata),
        parent_id=extra.get("parent_id"),
        parent_offset_s=extra.get("parent_offset_s"),
        description=extra.get("description", ""),
        transcript=extra.get("transcript", ""),
    )


def _result(path: str, status: str, evidence_id: str, sha: str, info: MediaInfo) -> IngestResult:
    return IngestResult(
        path=path,
        status=status,
        evidence_id=evidence_id,
        sha256=sha,
        kind=info.kind.value,
        media_type=info.media_type,
        warnings=list(info.warnings),
        width=info.width,
        height=info.height,
        duration_s=info.duration_s,
        captured_at=info.captured_at.isoformat() if info.captured_at else None,
        gps={"lat": info.gps.lat, "lon": info.gps.lon} if info.gps else None,
    )


__all__ = ["CaseDeskError", "CaseService", "NearDuplicate", "Problem", "VerifyReport"]
