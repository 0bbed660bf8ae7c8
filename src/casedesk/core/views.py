"""Plain, immutable views of case data that leave the core.

The GUI, CLI, report and bundle code receive these dataclasses, never live ORM objects, so they can
cross threads freely and the storage layer stays private. ``to_jsonable`` turns any of them into the
JSON the CLI prints.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from casedesk.core.models import (
    ChecklistItem,
    Claim,
    CustodyEntry,
    Evidence,
    Note,
    Place,
    Source,
    TimelineEvent,
)
from casedesk.core.timeutil import PartialTime, iso_utc
from casedesk.core.vocabulary import CREDIBILITY, RELIABILITY


@dataclass(frozen=True, slots=True)
class PartialTimeView:
    text: str  # canonical form, see PartialTime.to_text
    display: str  # "16 Mar 2025 15:05 PDT"
    precision: str
    zone: str | None
    utc: str  # earliest instant denoted, ISO UTC

    @classmethod
    def of(cls, value: PartialTime | None) -> PartialTimeView | None:
        if value is None:
            return None
        return cls(value.to_text(), value.display(), value.precision.value, value.zone, value.sort_key())


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: str
    title: str
    status: str
    evidence_count: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class GPSView:
    lat: float
    lon: float
    alt: float | None = None


# The details keys under which a web archive's and a ProofMode bundle's children keep where in the
# container they were (written by core/service/wacz_children.py and proof_children.py).
WEB_ARCHIVE, PROOFMODE_BUNDLE = "wacz", "proofmode"


@dataclass(frozen=True, slots=True)
class ParentView:
    """The item this one came from: footage a still was taken from (``offset_s``: where in it), or a
    web archive or ProofMode bundle that held it (``offset_s`` None; the item's ``details["wacz"]``
    or ``details["proofmode"]`` says where in it)."""

    evidence_id: str
    sha256: str
    offset_s: float | None


@dataclass(frozen=True, slots=True)
class EvidenceView:
    id: str
    case_id: str
    kind: str
    original_name: str
    original_path: str
    sha256: str
    size: int
    media_type: str
    added_at: datetime
    acquired_at: datetime | None
    description: str
    transcript: str
    tags: list[str]
    graphic: bool
    personal_data: bool
    decode_status: str
    warnings: list[str]
    width: int | None
    height: int | None
    duration_s: float | None
    captured_at: datetime | None
    captured_offset: str | None  # the UTC offset the device recorded, e.g. "+01:00"
    camera: str | None
    gps: GPSView | None
    phash: str | None
    parent: ParentView | None
    source_id: str | None
    details: dict[str, Any]
    raw_metadata: dict[str, Any]
    trashed: bool

    @classmethod
    def of(cls, ev: Evidence, parent_sha: str | None = None) -> EvidenceView:
        gps = (
            GPSView(ev.gps_lat, ev.gps_lon, ev.gps_alt)
            if ev.gps_lat is not None and ev.gps_lon is not None
            else None
        )
        parent = (
            ParentView(ev.parent_id, parent_sha or "", ev.parent_offset_s)
            if ev.parent_id is not None
            else None
        )
        return cls(
            id=ev.id,
            case_id=ev.case_id,
            kind=str(ev.kind),
            original_name=ev.original_name,
            original_path=ev.original_path,
            sha256=ev.sha256,
            size=ev.size,
            media_type=ev.media_type,
            added_at=ev.added_at,
            acquired_at=ev.acquired_at,
            description=ev.description,
            transcript=ev.transcript,
            tags=list(ev.tags),
            graphic=ev.graphic,
            personal_data=ev.personal_data,
            decode_status=str(ev.decode_status),
            warnings=list(ev.warnings),
            width=ev.width,
            height=ev.height,
            duration_s=ev.duration_s,
            captured_at=ev.captured_at,
            captured_offset=ev.captured_offset,
            camera=ev.camera,
            gps=gps,
            phash=ev.phash,
            parent=parent,
            source_id=ev.source_id,
            details=dict(ev.details),
            raw_metadata=dict(ev.raw_metadata),
            trashed=ev.trashed_at is not None,
        )

    def held_in(self, container: str) -> dict[str, Any] | None:
        """Where in a container of that kind (:data:`WEB_ARCHIVE` or :data:`PROOFMODE_BUNDLE`) this
        item was taken from: the record its details keep under that key; None if it was not."""
        origin = self.details.get(container)
        return origin if isinstance(origin, dict) else None


@dataclass(frozen=True, slots=True)
class SourceView:
    id: str
    name: str
    handle: str
    platform: str
    reliability: str
    reliability_label: str
    notes: str
    removed: bool = False
    removed_reason: str = ""

    @classmethod
    def of(cls, s: Source) -> SourceView:
        return cls(
            s.id,
            s.name,
            s.handle,
            s.platform,
            s.reliability,
            RELIABILITY[s.reliability],
            s.notes,
            s.removed,
            s.removed_reason,
        )


@dataclass(frozen=True, slots=True)
class EvidenceLink:
    evidence_id: str
    stance: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: str
    text: str
    language: str
    status: str
    credibility: int
    credibility_label: str
    notes: str
    evidence: list[EvidenceLink]  # links in force; removed links are history, in the custody log
    source_ids: list[str]
    removed: bool = False
    removed_reason: str = ""

    @classmethod
    def of(cls, c: Claim) -> ClaimView:
        return cls(
            c.id,
            c.text,
            c.language,
            str(c.status),
            c.credibility,
            CREDIBILITY[c.credibility],
            c.notes,
            [EvidenceLink(x.evidence_id, str(x.stance)) for x in c.evidence_links if not x.removed],
            [x.source_id for x in c.source_links if not x.removed],
            c.removed,
            c.removed_reason,
        )


@dataclass(frozen=True, slots=True)
class CheckView:
    id: str
    evidence_id: str | None
    key: str
    phase: str
    title: str
    guidance: str
    state: str
    note: str
    investigator: str
    updated_at: datetime | None

    @classmethod
    def of(cls, item: ChecklistItem) -> CheckView:
        return cls(
            item.id,
            item.evidence_id,
            item.key,
            item.phase,
            item.title,
            item.guidance,
            str(item.state),
            item.note,
            item.investigator,
            item.updated_at,
        )


@dataclass(frozen=True, slots=True)
class ChecklistProgress:
    total: int
    counts: dict[str, int]

    def summary(self) -> str:
        """ "6 of 11 passed, 1 failed, 4 pending" (states with no items are left out)."""
        parts = [f"{self.counts.get('passed', 0)} of {self.total} passed"]
        for state in ("failed", "inconclusive", "not_applicable", "pending"):
            if self.counts.get(state):
                parts.append(f"{self.counts[state]} {state.replace('_', ' ')}")
        return ", ".join(parts)

    @classmethod
    def of(cls, items: list[CheckView]) -> ChecklistProgress:
        counts: dict[str, int] = {}
        for item in items:
            counts[item.state] = counts.get(item.state, 0) + 1
        return cls(len(items), counts)


@dataclass(frozen=True, slots=True)
class PlaceView:
    id: str
    name: str
    lat: float | None
    lon: float | None
    precision: str
    notes: str
    removed: bool = False
    removed_reason: str = ""

    @classmethod
    def of(cls, p: Place) -> PlaceView:
        return cls(p.id, p.name, p.lat, p.lon, p.precision, p.notes, p.removed, p.removed_reason)


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    when: PartialTimeView
    title: str
    description: str
    place_id: str | None
    removed: bool = False
    removed_reason: str = ""

    @classmethod
    def of(cls, e: TimelineEvent) -> EventView:
        when = PartialTimeView.of(e.when)
        assert when is not None
        return cls(e.id, when, e.title, e.description, e.place_id, e.removed, e.removed_reason)


@dataclass(frozen=True, slots=True)
class NoteView:
    id: str
    text: str
    created_at: datetime
    updated_at: datetime
    removed: bool = False
    removed_reason: str = ""

    @classmethod
    def of(cls, n: Note) -> NoteView:
        return cls(n.id, n.text, n.created_at, n.updated_at, n.removed, n.removed_reason)


@dataclass(frozen=True, slots=True)
class CustodyView:
    id: str
    seq: int
    at: datetime
    investigator: str
    action: str
    object_type: str
    object_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, e: CustodyEntry) -> CustodyView:
        return cls(
            e.id,
            e.seq,
            e.at,
            e.investigator,
            e.action,
            e.object_type,
            e.object_id,
            dict(e.details),
            e.prev_hash,
            e.hash,
        )


@dataclass(frozen=True, slots=True)
class CaseView:
    """A whole case as the user sees it (trashed evidence listed separately)."""

    id: str
    title: str
    summary: str
    status: str
    incident_time: PartialTimeView | None
    first_seen: PartialTimeView | None
    tags: list[str]
    related_case_ids: list[str]
    created_at: datetime
    updated_at: datetime
    evidence: list[EvidenceView]
    trash: list[EvidenceView]
    sources: list[SourceView]
    claims: list[ClaimView]
    checklist: list[CheckView]
    timeline: list[EventView]
    places: list[PlaceView]
    notes: list[NoteView]
    custody_head: str | None = None
    custody_count: int = 0
    checklist_progress: ChecklistProgress = field(default_factory=lambda: ChecklistProgress(0, {}))
    ocr_languages: str = ""  # Tesseract's codes joined by "+"; "": the workspace's preference


def to_jsonable(value: Any) -> Any:
    """Dataclasses, enums and datetimes to JSON-ready values (datetimes as ISO UTC)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return iso_utc(value) if value.tzinfo is not None else value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


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


@dataclass(frozen=True, slots=True)
class RelatedCase:
    """A related case: its title here, or as it was when linked if this workspace does not hold it
    (a link carried in by a bundle)."""

    id: str
    title: str
    here: bool


@dataclass(frozen=True, slots=True)
class CaseHeader:
    """A case's own fields and counts: what the window needs to show it, without any of its lists."""

    id: str
    title: str
    summary: str
    status: str
    incident_time: PartialTimeView | None
    first_seen: PartialTimeView | None
    tags: list[str]
    related_case_ids: list[str]
    related_cases: list[RelatedCase]
    created_at: datetime
    updated_at: datetime
    counts: dict[str, int]  # "evidence", "trash", "sources", "claims", "events", "places", "notes"
    custody_head: str | None
    custody_count: int
    checklist_progress: ChecklistProgress
    ocr_languages: str = ""  # Tesseract's codes joined by "+"; "": the workspace's preference


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
class Problem:
    kind: str  # "file", "custody", "signature" (a recorded bundle signature) or "timestamp"
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
class WorkspaceSummary:
    workspace: str  # the folder, or the team workspace's URLs (no password)
    database: str  # "sqlite" or "postgresql"
    schema: str  # the schema revision
    store: str  # the store's URL, or the folder
    investigator: str  # as the custody log names the user
    team: bool


@dataclass(frozen=True, slots=True)
class AccessView:
    """One role's access to a case of a team workspace."""

    role: str
    can_write: bool
    granted_by: str
    granted_at: datetime
