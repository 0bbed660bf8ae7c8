"""Web archives unpacked: the media and screenshots a WACZ holds become its child evidence, and the
text of its pages is kept beside it, where search finds it.

A child is taken like a still from footage (:meth:`IntakeAPI.extract_stills`): its payload is
stored content-addressed, probed (thumbnails and all) and its Content Credentials read, then
recorded in a unit of work of its own with one ``wacz_extract`` custody entry, so a cancel leaves
only whole children. Its ``parent_id`` is the archive; its ``details["wacz"]`` says where in the
archive it was (the archive's SHA-256, the WARC record's id, target URI and date, the declared
content type, whether the record's digests matched), which ``case show --json`` shows with the
item and bundles carry. A payload already in the case (same SHA-256) is reported as a duplicate,
never added twice, so unpacking again adds nothing.

The archive is read twice (:mod:`casedesk.provenance.wacz_media`): once in full, keeping nothing,
so that an archive found hostile half-way (a bomb, a lying length, damage) is refused before
anything was taken from it; then for the payloads to take. What is over the limits (how many
children, how large each, how much in all) is skipped and said so in the results.

The pages' text is the archive's derived text of kind ``wacz_pages`` (``evidence_text``, kept as
:mod:`.kept_text` keeps every text, logged as ``wacz_pages_read``), indexed by search as the
archive's field ``wacz_pages_text``. ``add_files`` unpacks each web archive it adds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import select

from casedesk.core.errors import UsageError
from casedesk.core.ingest import IngestResult, derive_stored, is_flagged
from casedesk.core.models import Evidence, EvidenceProvenance, EvidenceText
from casedesk.core.service import signed
from casedesk.core.service.base import Unit, get, record_blob
from casedesk.core.service.intake import (
    QUERY_CHUNK,
    IntakeAPI,
    _add_evidence_checklist,
    _evidence_from,
    _result,
)
from casedesk.core.service.kept_text import TextReading, keep_text, text_sha256
from casedesk.core.service.provenance import provenance_details, save_provenance
from casedesk.core.store import StoredOriginal
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import parse_iso
from casedesk.core.views import WEB_ARCHIVE
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import Message, msg, msgn
from casedesk.media.api import MediaInfo
from casedesk.provenance.record import C2paRecord, findings
from casedesk.provenance.wacz import DEFAULT_LIMITS, WaczLimits, WaczRecord, WaczStatus
from casedesk.provenance.wacz_media import (
    DEFAULT_MEDIA_LIMITS,
    READER,
    WaczMediaLimits,
    WaczSurvey,
    WarcMedia,
    media_streams,
    survey_wacz,
)
from casedesk.provenance.wacz_records import WaczMediaError
from casedesk.provenance.wacz_streams import Readable
from casedesk.textutil import clip

WACZ_PAGES = "wacz_pages"  # the kind of text (evidence_text.kind); searched as the field "wacz_pages_text"
ACTION = "wacz_extract"  # the custody action of each child
PAGES_ACTION = "wacz_pages_read"  # the custody action of the pages' text kept
PAGES_ENGINE = "wacz pages"


@dataclass(frozen=True, slots=True)
class _Archive:
    id: str
    case_id: str
    sha256: str
    name: str
    kind: str
    media_type: str
    verified: bool


class WaczChildrenAPI(IntakeAPI):
    wacz_limits: WaczLimits = DEFAULT_LIMITS
    wacz_media_limits: WaczMediaLimits = DEFAULT_MEDIA_LIMITS

    def extract_wacz_resources(
        self, evidence_id: str, *, control: TaskControl | None = None
    ) -> list[IngestResult]:
        """Take the media and screenshots of a web archive (WACZ) as its child evidence, and keep its
        pages' text for search. Returns one result per payload (added, flagged, or a duplicate
        already in the case) and an "error" result for the archive when it was refused or when
        payloads over the limits were skipped. Raises UsageError if the item is not a WACZ."""
        control = control or TaskControl()
        archive, record = self._archive(evidence_id)
        if isinstance(record, str):
            return [_refused(archive, record)]
        if record.status is WaczStatus.ERROR:
            return [_refused(archive, record.error or "")]
        path = self.workspace.store.local_path(archive.sha256)
        reading = msg("Reading the web archive {name}", name=archive.name)

        def read(done: int, total: int) -> None:
            control.report(done, total, reading)

        survey = survey_wacz(path, self.wacz_limits, self.wacz_media_limits, control.check, read)
        if survey.error is not None:
            return [_refused(archive, survey.error)]
        self._keep_pages(archive, survey)
        results = self._take(archive, survey, path, control)
        return results + _skipped(archive, survey, self.wacz_media_limits)

    # -- the archive ----------------------------------------------------------------------------

    def _archive(self, evidence_id: str) -> tuple[_Archive, WaczRecord | str]:
        """The item and its archive check: as read at ingest, else read now (a bundle carries none)."""
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            row = s.get(EvidenceProvenance, evidence_id)
            stored = row.wacz if row is not None and row.sha256 == ev.sha256 else None
            facts = (ev.id, ev.case_id, ev.sha256, ev.original_name, str(ev.kind), ev.media_type)
        record: WaczRecord | str | None = WaczRecord.from_dict(stored) if stored else None
        if record is None:
            record = signed.wacz_of(self.workspace.store.local_path(facts[2]), signed.trusted_tsas())
        if record is None:
            raise UsageError(msg("{name!r} is not a web archive (WACZ).", name=facts[3]))
        verified = isinstance(record, WaczRecord) and record.verified
        return _Archive(*facts, verified=verified), record

    def _readable_archives(self, evidence_ids: Iterable[str | None]) -> set[str]:
        """Those of the items whose archive check read them (refused archives are not unpacked)."""
        ids = sorted({i for i in evidence_ids if i})
        found: set[str] = set()
        with self._read() as s:
            for start in range(0, len(ids), QUERY_CHUNK):
                query = select(EvidenceProvenance.evidence_id, EvidenceProvenance.wacz).where(
                    EvidenceProvenance.evidence_id.in_(ids[start : start + QUERY_CHUNK]),
                    EvidenceProvenance.wacz.is_not(None),
                )
                for evidence_id, wacz in s.execute(query):
                    if isinstance(wacz, dict) and wacz.get("status") == WaczStatus.READ.value:
                        found.add(evidence_id)
        return found

    # -- the pages' text ----------------------------------------------------------------------

    def _keep_pages(self, archive: _Archive, survey: WaczSurvey) -> None:
        """Keep the pages' text as the archive's (logged); the same text again changes nothing."""
        text, segments = survey.page_text()
        if not text:
            return
        digest = text_sha256(text)
        with self._read() as s:
            row = s.get(EvidenceText, (archive.id, WACZ_PAGES))
            if row is not None and row.text_sha256 == digest and row.sha256 == archive.sha256:
                return
        with self._write() as w:
            ev = w.get(Evidence, archive.id, "evidence item")
            kept, replaced = keep_text(
                w.session,
                ev,
                WACZ_PAGES,
                TextReading(
                    languages="",
                    engine=PAGES_ENGINE,
                    engine_version=READER,
                    models={},
                    text=text,
                    words=segments,
                ),
            )
            details: dict[str, Any] = {
                "sha256": ev.sha256,
                "engine": kept.engine,
                "engine_version": kept.engine_version,
                "text_sha256": kept.text_sha256,
                "characters": len(text),
                "pages": len(segments),
            }
            if survey.text_truncated:
                details["truncated"] = True
            if replaced is not None:
                details["replaces"] = {"at": replaced.at_text, "text_sha256": replaced.text_sha256}
            w.log(ev.case_id, PAGES_ACTION, ObjectKind.EVIDENCE, ev.id, **details)

    # -- the children -------------------------------------------------------------------------

    def _take(
        self, archive: _Archive, survey: WaczSurvey, path: Path, control: TaskControl
    ) -> list[IngestResult]:
        results: dict[str, IngestResult] = {}
        present = self._active_by_sha(archive.case_id, [m.sha256 for m in survey.media])
        for media in survey.media:
            if media.sha256 in present:
                evidence_id, name, kind, media_type = present[media.sha256]
                results[media.sha256] = _duplicate(archive, media, evidence_id, name, kind, media_type)
        todo = [m for m in survey.media if m.sha256 not in present]
        failure: list[IngestResult] = []
        if todo:
            streams = media_streams(path, todo, self.wacz_limits, self.wacz_media_limits)
            try:
                for done, (media, stream) in enumerate(streams, start=1):
                    control.check()
                    results[media.sha256] = self._take_one(archive, media, stream)
                    control.report(done, len(todo), media.name)
            except WaczMediaError as exc:
                failure = [_refused(archive, exc.message)]
            finally:
                streams.close()
        return [results[m.sha256] for m in survey.media if m.sha256 in results] + failure

    def _take_one(self, archive: _Archive, media: WarcMedia, stream: Readable) -> IngestResult:
        store = self.workspace.store
        stored = store.put_stream(cast(BinaryIO, stream))
        if stored.sha256 != media.sha256:  # the store's copy cannot change: a fault, said as such
            raise WaczMediaError(msg("it read differently the second time"))
        name = media.name
        info = derive_stored(store, stored.sha256, self.limits, original_name=name)
        if media.digest == "differs":
            info.warnings.append(
                str(msg("Its WARC record's digests differ from its content: the web archive was altered."))
            )
        c2pa = self._read_c2pa(stored.path, info.media_type)
        with self._write() as w:
            return self._record_child(w, archive, media, stored, info, c2pa)

    def _record_child(
        self,
        w: Unit,
        archive: _Archive,
        media: WarcMedia,
        stored: StoredOriginal,
        info: MediaInfo,
        c2pa: C2paRecord | str,
    ) -> IngestResult:
        s = w.session
        name, shown = media.name, _shown(archive, media)
        existing = s.scalars(
            select(Evidence).where(
                Evidence.case_id == archive.case_id,
                Evidence.sha256 == stored.sha256,
                Evidence.trashed_at.is_(None),
            )
        ).first()
        if existing is not None:  # added meanwhile, by another window or process
            kind, media_type = str(existing.kind), existing.media_type
            return _duplicate(archive, media, existing.id, existing.original_name, kind, media_type)
        record_blob(s, stored.sha256, stored.size)
        origin = media.provenance(archive.sha256, archive.verified)
        info.details[WEB_ARCHIVE] = origin
        evidence = _evidence_from(
            archive.case_id,
            Path(name),
            stored.sha256,
            stored.size,
            info,
            original_name=name,
            parent_id=archive.id,
        )
        evidence.acquired_at = _when(media.warc_date)  # when the crawler fetched it
        s.add(evidence)
        s.flush()
        _add_evidence_checklist(s, self.template, archive.case_id, evidence.id)
        details: dict[str, Any] = {
            "sha256": stored.sha256,
            "size": stored.size,
            "original_name": evidence.original_name,
            "media_type": info.media_type,
            "decode_status": info.decode_status.value,
            "parent_id": archive.id,
            "parent_sha256": archive.sha256,
            "wacz": origin,
        }
        if isinstance(c2pa, C2paRecord):
            save_provenance(s, evidence, c2pa)
            details["provenance"] = provenance_details(c2pa)
        w.log(
            archive.case_id,
            ACTION,
            ObjectKind.EVIDENCE,
            evidence.id,
            touches=[(ObjectKind.CHECK, None)],
            **details,
        )
        result = _result(shown, "flagged" if is_flagged(info) else "added", evidence.id, stored.sha256, info)
        if isinstance(c2pa, C2paRecord):
            result.warnings += findings(c2pa)
        elif c2pa:
            result.warnings.append(c2pa)
        return result


def _shown(archive: _Archive, media: WarcMedia) -> str:
    """How a child is named in the results: the archive, then the URL it was captured from."""
    return f"{archive.name} › {clip(media.target_uri or media.name, 300)}"


def _when(text: str | None) -> datetime | None:
    try:
        return parse_iso(text) if text else None
    except ValueError:
        return None


def _duplicate(
    archive: _Archive, media: WarcMedia, evidence_id: str, name: str, kind: str, media_type: str
) -> IngestResult:
    return IngestResult(
        path=_shown(archive, media),
        status="duplicate",
        evidence_id=evidence_id,
        sha256=media.sha256,
        kind=kind,
        media_type=media_type,
        warnings=[str(msg("Already in this case as {name!r}.", name=name))],
    )


def _refused(archive: _Archive, reason: Message | str) -> IngestResult:
    error = msg(
        "{name}: the media in the web archive were not taken: {reason}.", name=archive.name, reason=reason
    )
    return _about(archive, error)


def _skipped(archive: _Archive, survey: WaczSurvey, limits: WaczMediaLimits) -> list[IngestResult]:
    said: list[IngestResult] = []
    if n := survey.skipped.too_large:
        error = msgn(
            "{name}: %n media file(s) in the web archive were not taken: each may hold at most "
            "{limit} bytes.",
            n,
            name=archive.name,
            limit=limits.max_child_bytes,
        )
        said.append(_about(archive, error))
    if n := survey.skipped.over_limits:
        error = msgn(
            "{name}: %n media file(s) in the web archive were not taken: at most {count} files and "
            "{size} bytes are taken from one archive.",
            n,
            name=archive.name,
            count=limits.max_children,
            size=limits.max_children_bytes,
        )
        said.append(_about(archive, error))
    return said


def _about(archive: _Archive, error: Message) -> IngestResult:
    return IngestResult(
        path=archive.name,
        status="error",
        evidence_id=archive.id,
        sha256=archive.sha256,
        kind=archive.kind,
        media_type=archive.media_type,
        error=str(error),
    )
