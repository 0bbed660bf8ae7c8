"""ProofMode bundles unpacked: the media a proof bundle (ZIP) holds become its child evidence, each
with the proof that is about it.

Taken as :mod:`.wacz_children` takes a web archive's media: survey first, then store, one unit of
work and one ``proof_extract`` custody entry per child, so a cancel leaves only whole children. The
survey is the bundle's capture reading (the records :func:`~casedesk.provenance.capture.read_proofmode_all`
made at ingest, stored in its provenance row, or made now): the whole ZIP was read then, as hostile,
so a refused bundle names no media and nothing is taken from it. A child's ``parent_id`` is the
bundle; its ``details["proofmode"]`` says where in the bundle it was (the bundle's SHA-256, the
entry's name); its provenance row holds the proof about it (``capture``), read again from the bundle
on demand. A media file already in the case (same SHA-256) is a duplicate, never added twice.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casedesk.core.errors import UsageError
from casedesk.core.ingest import IngestResult, derive_stored, is_flagged
from casedesk.core.models import Evidence, EvidenceProvenance
from casedesk.core.service import signed
from casedesk.core.service.base import get, record_blob
from casedesk.core.service.intake import IntakeAPI, _add_evidence_checklist, _evidence_from, _result
from casedesk.core.service.provenance import provenance_details, save_provenance
from casedesk.core.store import StoredOriginal
from casedesk.core.tasks import TaskControl
from casedesk.core.views import PROOFMODE_BUNDLE
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import Message, msg
from casedesk.media.api import MediaInfo
from casedesk.provenance.capture import CaptureKind, CaptureRecord
from casedesk.provenance.capture_proofmode import is_bundle
from casedesk.provenance.record import C2paRecord, findings
from casedesk.provenance.wacz import _ZIP_ERRORS, DEFAULT_LIMITS, WaczLimits, _Reader, _Refused
from casedesk.provenance.wacz_media import DEFAULT_MEDIA_LIMITS, WaczMediaLimits
from casedesk.textutil import clip

ACTION = "proof_extract"  # the custody action of each child


@dataclass(frozen=True, slots=True)
class _Bundle:
    id: str
    case_id: str
    sha256: str
    name: str
    kind: str
    media_type: str


@dataclass(frozen=True, slots=True)
class _Media:
    entry: str  # the ZIP entry's name
    sha256: str
    record: CaptureRecord  # the proof about it


class ProofChildrenAPI(IntakeAPI):
    proof_limits: WaczLimits = DEFAULT_LIMITS
    proof_media_limits: WaczMediaLimits = DEFAULT_MEDIA_LIMITS

    def extract_proof_media(
        self, evidence_id: str, *, control: TaskControl | None = None
    ) -> list[IngestResult]:
        """Take the media of a ProofMode bundle (ZIP) as its child evidence, each with its proof.
        One result per media file a proof names (added, flagged, or a duplicate already in the
        case) and an "error" result for the bundle when media could not be taken. Raises
        UsageError if the item is not a ProofMode bundle."""
        control = control or TaskControl()
        bundle, records = self._proof_bundle(evidence_id)
        survey = _survey(records)
        present = self._active_by_sha(bundle.case_id, [m.sha256 for m in survey])
        results: list[IngestResult] = []
        todo = []
        for media in survey:
            if media.sha256 in present:
                results.append(_duplicate(bundle, media, *present[media.sha256]))
            else:
                todo.append(media)
        if not todo:
            return results
        path = self.workspace.store.local_path(bundle.sha256)
        try:
            with zipfile.ZipFile(path) as archive:
                reader = _Reader(archive, self.proof_limits)
                taken = 0
                for done, media in enumerate(todo, start=1):
                    control.check()
                    info = reader.entries.get(media.entry)
                    limits = self.proof_media_limits
                    if info is None or info.file_size > limits.max_child_bytes:
                        results.append(_about(bundle, _not_taken(bundle, media, limits.max_child_bytes)))
                        continue
                    if done > limits.max_children or taken + info.file_size > limits.max_children_bytes:
                        results.append(_about(bundle, _not_taken(bundle, media, limits.max_child_bytes)))
                        continue
                    taken += info.file_size
                    results.append(self._take_proof_media(bundle, media, reader))
                    control.report(done, len(todo), media.entry)
        except _Refused as exc:
            results.append(_about(bundle, _refused(bundle, exc.message)))
        except (*_ZIP_ERRORS, OSError) as exc:
            results.append(_about(bundle, _refused(bundle, str(exc)[:300])))
        return results

    # -- the bundle -----------------------------------------------------------------------------

    def _proof_bundle(self, evidence_id: str) -> tuple[_Bundle, list[CaptureRecord]]:
        """The item and its proofs: as read at ingest, else read now (a case bundle carries none)."""
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            row = s.get(EvidenceProvenance, evidence_id)
            stored = row.capture if row is not None and row.sha256 == ev.sha256 else None
            bundle = _Bundle(ev.id, ev.case_id, ev.sha256, ev.original_name, str(ev.kind), ev.media_type)
        path = self.workspace.store.local_path(bundle.sha256)
        records = [CaptureRecord.from_dict(d) for d in stored or ()]
        if not _is_bundle_reading(records):
            if not is_bundle(path):
                raise UsageError(msg("{name!r} is not a ProofMode bundle.", name=bundle.name))
            found = signed.read_capture_bundle(path, self.pgp_keyring())
            records = found if isinstance(found, list) else []
        return bundle, records

    def _proof_bundles(self, evidence_ids: Iterable[str | None]) -> set[str]:
        """Those of the items whose capture reading is of a ProofMode bundle."""
        ids = sorted({i for i in evidence_ids if i})
        found: set[str] = set()
        with self._read() as s:
            query = select(EvidenceProvenance.evidence_id, EvidenceProvenance.capture).where(
                EvidenceProvenance.evidence_id.in_(ids), EvidenceProvenance.capture.is_not(None)
            )
            for evidence_id, capture in s.execute(query):
                if isinstance(capture, list) and _is_bundle_reading(
                    [CaptureRecord.from_dict(d) for d in capture if isinstance(d, dict)]
                ):
                    found.add(evidence_id)
        return found

    # -- the children -------------------------------------------------------------------------

    def _take_proof_media(self, bundle: _Bundle, media: _Media, reader: _Reader) -> IngestResult:
        store = self.workspace.store
        with tempfile.TemporaryFile(dir=store.tmp) as spool:
            count = reader._stream(media.entry, spool.write, self.proof_media_limits.max_child_bytes)
            if count != reader.entries[media.entry].file_size:
                raise _Refused(msg("the entry {name!r} is not the size its header states", name=media.entry))
            spool.seek(0)
            stored = store.put_stream(spool)
        if stored.sha256 != media.sha256:  # the store's copy cannot change: a fault, said as such
            raise _Refused(msg("it read differently the second time"))
        name = Path(media.entry).name
        info = derive_stored(store, stored.sha256, self.limits, original_name=name)
        c2pa = self._read_c2pa(stored.path, info.media_type)
        return self._record_proof_child(bundle, media, stored, info, c2pa)

    def _record_proof_child(
        self, bundle: _Bundle, media: _Media, stored: StoredOriginal, info: MediaInfo, c2pa: C2paRecord | str
    ) -> IngestResult:
        with self._write() as w:
            s = w.session
            existing = s.scalars(
                select(Evidence).where(
                    Evidence.case_id == bundle.case_id,
                    Evidence.sha256 == stored.sha256,
                    Evidence.trashed_at.is_(None),
                )
            ).first()
            if existing is not None:  # added meanwhile, by another window or process
                facts = (existing.id, existing.original_name, str(existing.kind), existing.media_type)
                return _duplicate(bundle, media, *facts)
            record_blob(s, stored.sha256, stored.size)
            origin = {"bundle_sha256": bundle.sha256, "entry": clip(media.entry, 500)}
            info.details[PROOFMODE_BUNDLE] = origin
            name = Path(media.entry).name
            evidence = _evidence_from(
                bundle.case_id,
                Path(name),
                stored.sha256,
                stored.size,
                info,
                original_name=name,
                parent_id=bundle.id,
            )
            s.add(evidence)
            s.flush()
            _add_evidence_checklist(s, self.template, bundle.case_id, evidence.id)
            details: dict[str, Any] = {
                "sha256": stored.sha256,
                "size": stored.size,
                "original_name": evidence.original_name,
                "media_type": info.media_type,
                "decode_status": info.decode_status.value,
                "parent_id": bundle.id,
                "parent_sha256": bundle.sha256,
                "proofmode": origin,
            }
            if isinstance(c2pa, C2paRecord):
                save_provenance(s, evidence, c2pa, capture=[media.record])
                details["provenance"] = provenance_details(c2pa, capture=[media.record])
            w.log(
                bundle.case_id,
                ACTION,
                ObjectKind.EVIDENCE,
                evidence.id,
                touches=[(ObjectKind.CHECK, None)],
                **details,
            )
            status = "flagged" if is_flagged(info) else "added"
            result = _result(_shown(bundle, media), status, evidence.id, stored.sha256, info)
        if isinstance(c2pa, C2paRecord):
            result.warnings += findings(c2pa)
        elif c2pa:
            result.warnings.append(c2pa)
        result.warnings += [str(m) for m in signed.capture_findings([media.record])]
        return result


def _is_bundle_reading(records: list[CaptureRecord]) -> bool:
    return any(r.kind is CaptureKind.PROOFMODE and any(f.role == "bundle" for f in r.files) for r in records)


def _survey(records: list[CaptureRecord]) -> list[_Media]:
    """The media files the bundle's proofs name, each once, with the proof about it."""
    found: dict[str, _Media] = {}
    for record in records:
        for file in record.files:
            if file.role == "media" and file.sha256 and file.name not in found:
                found[file.name] = _Media(file.name, file.sha256, record)
    return list(found.values())


def _shown(bundle: _Bundle, media: _Media) -> str:
    """How a child is named in the results: the bundle, then its entry."""
    return f"{bundle.name} › {clip(media.entry, 300)}"


def _duplicate(
    bundle: _Bundle, media: _Media, evidence_id: str, name: str, kind: str, media_type: str
) -> IngestResult:
    return IngestResult(
        path=_shown(bundle, media),
        status="duplicate",
        evidence_id=evidence_id,
        sha256=media.sha256,
        kind=kind,
        media_type=media_type,
        warnings=[str(msg("Already in this case as {name!r}.", name=name))],
    )


def _not_taken(bundle: _Bundle, media: _Media, limit: int) -> Message:
    return msg(
        "{name}: {entry} was not taken from the ProofMode bundle: it is missing or over the limits "
        "({limit} bytes a file).",
        name=bundle.name,
        entry=media.entry,
        limit=limit,
    )


def _refused(bundle: _Bundle, reason: Message | str) -> Message:
    return msg(
        "{name}: the media in the ProofMode bundle were not taken: {reason}.", name=bundle.name, reason=reason
    )


def _about(bundle: _Bundle, error: Message) -> IngestResult:
    return IngestResult(
        path=bundle.name,
        status="error",
        evidence_id=bundle.id,
        sha256=bundle.sha256,
        kind=bundle.kind,
        media_type=bundle.media_type,
        error=str(error),
    )
