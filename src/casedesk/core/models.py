"""The case model: SQLAlchemy 2.x typed ORM classes.

Identifiers are random UUID strings so that cases carried between laptops in bundles never
collide. Every time column holds an aware UTC datetime; partial times (timeline, incident) keep
their precision and original zone through :class:`PartialTimeType`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from casedesk.core.columns import CanonicalJSON, PartialTimeType, UTCDateTime, new_id, phash_bands
from casedesk.core.timeutil import PartialTime, utcnow
from casedesk.core.vocabulary import (
    CREDIBILITY_LEVELS,
    RELIABILITY_GRADES,
    CaseStatus,
    CheckState,
    ClaimStatus,
    Stance,
    sql_choice,
    sql_range,
)
from casedesk.media.api import DecodeStatus, EvidenceKind
from casedesk.provenance.record import C2paStatus


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}  # noqa: RUF012


class Removable:
    """Soft removal: a removed object keeps its row (and its history) and can be restored."""

    removed_at: Mapped[datetime | None] = mapped_column(default=None)
    removed_reason: Mapped[str] = mapped_column(Text, default="")

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


class Blob(Base):
    """One immutable original in the content-addressed store, shared by every evidence row citing it."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Case(Base):
    __tablename__ = "case"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CaseStatus] = mapped_column(String(16), default=CaseStatus.OPEN)
    incident_time: Mapped[PartialTime | None] = mapped_column(PartialTimeType())
    first_seen: Mapped[PartialTime | None] = mapped_column(PartialTimeType())
    tags: Mapped[list[str]] = mapped_column(default=list)
    # Tesseract's codes joined by "+", the first setting the reading order; "": the preference's.
    ocr_languages: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    # Total orders, so that a case reads the same on SQLite and PostgreSQL: ties are broken by
    # columns, never by how a database happens to store the rows.
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="case", order_by=lambda: (Evidence.added_at, Evidence.id)
    )
    sources: Mapped[list[Source]] = relationship(back_populates="case", order_by="Source.position")
    claims: Mapped[list[Claim]] = relationship(back_populates="case", order_by="Claim.position")
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="case",
        order_by=lambda: (
            ChecklistItem.position,
            ChecklistItem.evidence_id.asc().nulls_first(),
            ChecklistItem.id,
        ),
    )
    events: Mapped[list[TimelineEvent]] = relationship(
        back_populates="case", order_by=lambda: (TimelineEvent.sort_key, TimelineEvent.id)
    )
    places: Mapped[list[Place]] = relationship(back_populates="case", order_by=lambda: (Place.name, Place.id))
    notes: Mapped[list[Note]] = relationship(
        back_populates="case", order_by=lambda: (Note.created_at, Note.id)
    )

    __table_args__ = (CheckConstraint(sql_choice("status", CaseStatus), name="case_status_valid"),)


class CaseLink(Removable, Base):
    """A "related case" link; stored once per direction the user made it. The related case need not
    be in this workspace (a link carried in by a bundle): its title as linked names it meanwhile."""

    __tablename__ = "case_link"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    related_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    related_title: Mapped[str] = mapped_column(Text, default="", server_default="")


class CaseAccess(Base):
    """Who may read, or also change, a case of a team workspace: PostgreSQL's row-level security
    enforces it (migration 0013). A case with no rows is open to every role that may connect."""

    __tablename__ = "case_access"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(63), primary_key=True)  # a database role's name
    can_write: Mapped[bool] = mapped_column(default=False)
    granted_by: Mapped[str] = mapped_column(Text, default="")
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)


class Evidence(Base):
    __tablename__ = "evidence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    kind: Mapped[EvidenceKind] = mapped_column(String(16))
    original_name: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(128))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    acquired_at: Mapped[datetime | None] = mapped_column()
    description: Mapped[str] = mapped_column(Text, default="")
    transcript: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    graphic: Mapped[bool] = mapped_column(default=False)
    personal_data: Mapped[bool] = mapped_column(default=False)
    decode_status: Mapped[DecodeStatus] = mapped_column(String(16), default=DecodeStatus.OK)
    warnings: Mapped[list[str]] = mapped_column(default=list)
    # Media facts, copied from the probe for sorting, filtering and the report.
    width: Mapped[int | None] = mapped_column()
    height: Mapped[int | None] = mapped_column()
    duration_s: Mapped[float | None] = mapped_column(Float)
    captured_at: Mapped[datetime | None] = mapped_column()
    captured_offset: Mapped[str | None] = mapped_column(String(8))  # "+02:00" as the camera said
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    gps_alt: Mapped[float | None] = mapped_column(Float)
    camera: Mapped[str | None] = mapped_column(Text)
    phash: Mapped[str | None] = mapped_column(String(16), index=True)
    # The perceptual hash cut into four 16-bit bands, each indexed: near-duplicates are found by
    # looking up band values instead of comparing every hash in the workspace (see near_duplicates).
    phash_b0: Mapped[int | None] = mapped_column(index=True)
    phash_b1: Mapped[int | None] = mapped_column(index=True)
    phash_b2: Mapped[int | None] = mapped_column(index=True)
    phash_b3: Mapped[int | None] = mapped_column(index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raw_metadata: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Provenance of stills taken from footage.
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("evidence.id"))
    parent_offset_s: Mapped[float | None] = mapped_column(Float)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    trashed_at: Mapped[datetime | None] = mapped_column()

    case: Mapped[Case] = relationship(back_populates="evidence")
    parent: Mapped[Evidence | None] = relationship(remote_side=[id])

    @validates("phash")
    def _band_phash(self, _key: str, value: str | None) -> str | None:
        self.phash_b0, self.phash_b1, self.phash_b2, self.phash_b3 = phash_bands(value)
        return value

    __table_args__ = (
        Index("evidence_case_sha", "case_id", "sha256"),
        Index("evidence_case_added", "case_id", "trashed_at", "added_at", "id"),
        CheckConstraint(sql_choice("kind", EvidenceKind), name="evidence_kind_valid"),
    )


class EvidenceProvenance(Base):
    """What an item's original says about itself (Content Credentials), as last read.

    Derived from the original and read again at will, so it keeps no history and does not travel in
    bundles (a receiver reads its own); every reading is in the custody log (in the item's
    ``evidence_add`` entry at ingest, a ``provenance_read`` entry for each later reading).
    The columns are what is searched and filtered on; the whole reading is ``c2pa``
    (:meth:`casedesk.provenance.record.C2paRecord.to_dict`).
    """

    __tablename__ = "evidence_provenance"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))  # the original that was read
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
    c2pa_status: Mapped[str] = mapped_column(String(16))
    c2pa_state: Mapped[str | None] = mapped_column(String(32))  # the library's word: Valid, Trusted, Invalid
    c2pa_codes: Mapped[list[str]] = mapped_column(default=list)
    c2pa_signer: Mapped[str | None] = mapped_column(Text)
    c2pa_issuer: Mapped[str | None] = mapped_column(Text)
    c2pa_signed_at: Mapped[str | None] = mapped_column(String(40))
    c2pa_claim_generator: Mapped[str | None] = mapped_column(Text)
    c2pa_title: Mapped[str | None] = mapped_column(Text)
    c2pa_manifest: Mapped[str | None] = mapped_column(Text, index=True)  # active manifest label
    # The asset's instance id (its manifest's, else its XMP xmpMM:InstanceID): ingredients name it.
    instance_id: Mapped[str | None] = mapped_column(Text, index=True)
    c2pa: Mapped[dict[str, Any]] = mapped_column(default=dict)
    trust: Mapped[str] = mapped_column(String(64), default="")  # digest of the anchors checked against
    # Detached OpenPGP signatures over the original (SignatureRecord.to_dict each), and the web
    # archive check when the original is a WACZ (WaczRecord.to_dict), as last read (migration 0010).
    signatures: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    wacz: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True, default=None)
    # Signed phone captures the original is the media of (or, a ProofMode ZIP, holds): the
    # CaptureRecord.to_dict of each, as last read (migration 0012); None when there is none.
    capture: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True, default=None)

    __table_args__ = (CheckConstraint(sql_choice("c2pa_status", C2paStatus), name="c2pa_status_valid"),)


class Source(Removable, Base):
    __tablename__ = "source"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text)
    handle: Mapped[str] = mapped_column(Text, default="")  # handle or URL
    platform: Mapped[str] = mapped_column(Text, default="")
    reliability: Mapped[str] = mapped_column(String(1), default="F")
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="sources")

    __table_args__ = (
        CheckConstraint(sql_choice("reliability", RELIABILITY_GRADES), name="reliability_valid"),
    )


class Claim(Removable, Base):
    __tablename__ = "claim"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16), default="en")
    status: Mapped[ClaimStatus] = mapped_column(String(16), default=ClaimStatus.UNVERIFIED)
    credibility: Mapped[int] = mapped_column(default=6)
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="claims")
    evidence_links: Mapped[list[ClaimEvidence]] = relationship(cascade="all, delete-orphan")
    source_links: Mapped[list[ClaimSource]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint(sql_choice("status", ClaimStatus), name="claim_status_valid"),
        CheckConstraint(sql_range("credibility", CREDIBILITY_LEVELS), name="credibility_valid"),
    )


class ClaimEvidence(Removable, Base):
    __tablename__ = "claim_evidence"

    claim_id: Mapped[str] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), primary_key=True)
    stance: Mapped[Stance] = mapped_column(String(16), default=Stance.SUPPORTS)


class ClaimSource(Removable, Base):
    __tablename__ = "claim_source"

    claim_id: Mapped[str] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), primary_key=True)


class ChecklistItem(Base):
    """One verification step, for the whole case (evidence_id NULL) or for one evidence item."""

    __tablename__ = "checklist_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    evidence_id: Mapped[str | None] = mapped_column(ForeignKey("evidence.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(default=0)
    phase: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[CheckState] = mapped_column(String(16), default=CheckState.PENDING)
    note: Mapped[str] = mapped_column(Text, default="")
    investigator: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column()

    case: Mapped[Case] = relationship(back_populates="checklist")

    __table_args__ = (
        UniqueConstraint("case_id", "evidence_id", "key", name="checklist_item_unique"),
        CheckConstraint(sql_choice("state", CheckState), name="check_state_valid"),
    )


class Place(Removable, Base):
    __tablename__ = "place"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[str] = mapped_column(Text, default="")  # e.g. "approximate", "±5 km", "exact"
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="places")


class TimelineEvent(Removable, Base):
    __tablename__ = "timeline_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    when: Mapped[PartialTime] = mapped_column(PartialTimeType())
    sort_key: Mapped[str] = mapped_column(String(40))  # ISO UTC of the earliest instant `when` denotes
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    place_id: Mapped[str | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"))

    case: Mapped[Case] = relationship(back_populates="events")
    place: Mapped[Place | None] = relationship()


class Note(Removable, Base):
    __tablename__ = "note"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="notes")


class CustodyEntry(Base):
    """One link of a case's append-only, hash-chained custody log."""

    __tablename__ = "custody_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    seq: Mapped[int] = mapped_column()
    at: Mapped[datetime] = mapped_column()
    investigator: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(CanonicalJSON, default=dict)  # the text hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("case_id", "seq", name="custody_case_seq_unique"),)


class CarriedEntry(Base):
    """A custody entry of another workspace's log that a merge took in, kept once, whole.

    A ``bundle_merge`` entry lists the remote entries it took in by header (seq, hashes, action,
    object); their payloads live here, keyed by hash, so a case sent back and forth stores each
    remote entry once however many merges name it. Each row proves itself (its hash is the chain
    hash of its payload) and is named by exactly one local merge entry; append-only, like the log.
    """

    __tablename__ = "carried_entry"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column()
    prev_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column()


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RecordVersion(Base):
    """A case record as it stood after one custody entry: the history a report "as of" is read from.

    Every row a unit of work inserts, changes or deletes gets a version (``data`` None when deleted)
    numbered with the custody entry that logged the change, so the case as it stood after any entry
    is the latest version of each record at or before that entry.
    """

    __tablename__ = "record_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"))
    entry_seq: Mapped[int] = mapped_column()
    table: Mapped[str] = mapped_column(String(32))
    row_key: Mapped[str] = mapped_column(String(80))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("record_version_case_seq", "case_id", "entry_seq"),)


class HistoryStart(Base):
    """The first custody entry after which a case's full history is recorded (older workspaces began
    recording when they were migrated)."""

    __tablename__ = "history_start"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    entry_seq: Mapped[int] = mapped_column()


class EvidenceText(Base):
    """Text recognised in an item's original (``kind`` "ocr": Tesseract), as last recognised.

    Derived, like :class:`EvidenceProvenance`: recognising again replaces the row, the original is
    never touched, and it does not travel in bundles; every recognition is a ``text_recognise``
    custody entry that names the engine, its version, the models' hashes and the text's SHA-256.
    ``words`` holds each word with its box and confidence (:meth:`casedesk.media.ocr.OcrWord.to_dict`)
    in the pixels of the upright image (``width`` x ``height``). A failed recognition is kept too,
    with ``error`` saying why and no text. The text is searched as the item's field ``ocr_text``.
    """

    __tablename__ = "evidence_text"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))  # the original that was read
    languages: Mapped[str] = mapped_column(String(64))  # "ara+fra+eng", in the order given
    engine: Mapped[str] = mapped_column(String(32))
    engine_version: Mapped[str] = mapped_column(String(32))
    models: Mapped[dict[str, Any]] = mapped_column(default=dict)  # language -> SHA-256 of its data
    text: Mapped[str] = mapped_column(Text, default="")
    text_sha256: Mapped[str] = mapped_column(String(64))
    words: Mapped[list[Any]] = mapped_column(JSON, default=list)
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Annotation(Removable, Base):
    """A mark the investigator drew on an item (a shadow measured for chronolocation …).

    Case data, like a note: versioned, logged, kept beside the original and never drawn on it.
    ``body`` is the drawing in the pixels of the upright image (``width`` x ``height``) together with
    what was derived from it, as the module that made it (``kind``) writes it.
    """

    __tablename__ = "annotation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # "shadow"
    label: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class EvidenceFinding(Base):
    """Image forensics findings on an item's original, as last examined (one row per item).

    Derived, like :class:`EvidenceText`: examining again replaces the row, the original is only read,
    and every examination is in the custody log with the engine's version and the findings' SHA-256.
    ``findings`` holds each finding as its method writes it (the method and its reference named,
    numbers, never a verdict). A still that could not be examined is kept with ``error`` saying why.
    """

    __tablename__ = "evidence_finding"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))  # the original that was examined
    engine: Mapped[str] = mapped_column(String(32))
    engine_version: Mapped[str] = mapped_column(String(32))
    findings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    findings_sha256: Mapped[str] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
