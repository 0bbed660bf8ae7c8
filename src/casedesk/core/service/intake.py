"""Evidence coming in: files added through the staged ingest pipeline, stills taken from footage,
and the derived files (thumbnails, previews, waveforms) made again from the originals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.checklist import ChecklistTemplate
from casedesk.core.errors import UsageError
from casedesk.core.ingest import IngestResult, Prepared, derive_stored, gather, is_flagged, run_pipeline
from casedesk.core.models import Case, ChecklistItem, Evidence
from casedesk.core.service import signed
from casedesk.core.service.base import Unit, get, record_blob
from casedesk.core.service.provenance import ProvenanceAPI, provenance_details, save_provenance
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg
from casedesk.media.api import EvidenceKind, MediaInfo
from casedesk.provenance.capture import CaptureGroup
from casedesk.provenance.openpgp import SignatureRecord
from casedesk.provenance.openpgp import finding as signature_finding
from casedesk.provenance.record import C2paRecord, findings
from casedesk.provenance.wacz import WaczRecord
from casedesk.provenance.wacz import findings as wacz_findings

QUERY_CHUNK = 500  # ids bound in one query, under SQLite's limit on parameters


class IntakeAPI(ProvenanceAPI):
    def add_files(
        self,
        case_id: str,
        paths: Iterable[Path],
        *,
        recursive: bool = False,
        control: TaskControl | None = None,
    ) -> list[IngestResult]:
        control = control or TaskControl()
        with self._read() as s:
            get(s, Case, case_id, "case")
        candidates = list(gather(paths, recursive))
        # A file added with its detached signature beside it (x.jpg with x.jpg.asc): both become
        # evidence, and the signature's check is recorded with the signed file.
        sidecars = signed.pair_sidecars(c.path for c in candidates if c.problem is None)
        # A signed phone capture (media with information.json + signature.json, ProofMode proof
        # files, a ProofMode ZIP): every file becomes evidence, the capture is recorded with its media.
        captures = signed.capture_groups(c.path for c in candidates if c.problem is None)
        tsa = signed.trusted_tsas()
        return run_pipeline(
            candidates,
            self.workspace.store,
            lambda batch: self._record_all(case_id, batch, sidecars, captures),
            control,
            self.limits,
            # on the workers, while each copy is still in the page cache
            inspect=lambda path, media_type: _Inspected(
                self._read_c2pa(path, media_type), signed.wacz_of(path, tsa)
            ),
        )

    def _record_all(
        self,
        case_id: str,
        batch: list[Prepared],
        sidecars: dict[Path, list[Path]] | None = None,
        captures: dict[Path, CaptureGroup] | None = None,
    ) -> list[IngestResult]:
        if not batch:
            return []
        # Read by the workers as they prepared each file (see add_files); here only if they did not.
        readings = [
            p.inspected
            if isinstance(p.inspected, _Inspected)
            else _Inspected(self._read_c2pa(p.stored.path, p.info.media_type))
            for p in batch
        ]
        keyring = self.pgp_keyring()
        signatures = [
            [
                record
                for sidecar in (sidecars or {}).get(p.candidate.path, [])
                for record in signed.check_sidecar(p.stored.path, sidecar, keyring)
            ]
            for p in batch
        ]
        groups = [(captures or {}).get(p.candidate.path) for p in batch]
        capture = [signed.read_capture(g, keyring) if g is not None else None for g in groups]
        with self._write() as w:
            return [
                self._record_into(
                    w,
                    case_id,
                    prepared,
                    provenance=reading.c2pa,
                    signatures=sigs,
                    wacz=reading.wacz,
                    capture=found,
                )
                for prepared, reading, sigs, found in zip(batch, readings, signatures, capture, strict=True)
            ]

    def _read_c2pa(self, path: Path, media_type: str | None) -> C2paRecord | str:
        """The file's Content Credentials, or why they could not be read (the file is added anyway)."""
        try:
            return self._c2pa().read(path, media_type)
        except Exception as exc:  # a fault of the reader must not lose the file: say so, add it
            return f"Content Credentials (C2PA) were not read: {exc}"

    def _record(self, case_id: str, prepared: Prepared, **extra: Any) -> IngestResult:
        with self._write() as w:
            return self._record_into(w, case_id, prepared, **extra)

    def _record_into(
        self,
        w: Unit,
        case_id: str,
        prepared: Prepared,
        provenance: C2paRecord | str | None = None,
        signatures: Sequence[SignatureRecord] = (),
        wacz: WaczRecord | str | None = None,
        capture: signed.Captures | None = None,
        **extra: Any,
    ) -> IngestResult:
        s = w.session
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
        record_blob(s, stored.sha256, stored.size)
        evidence = _evidence_from(case_id, candidate.path, stored.sha256, stored.size, info, **extra)
        s.add(evidence)
        s.flush()
        _add_evidence_checklist(s, self.template, case_id, evidence.id)
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
        archive = wacz if isinstance(wacz, WaczRecord) else None
        records = capture if isinstance(capture, list) else None
        if isinstance(provenance, C2paRecord):  # the reading is logged with the item it describes
            save_provenance(s, evidence, provenance, signatures, archive, records)
            details["provenance"] = provenance_details(provenance, signatures, archive, records)
        w.log(
            case_id, action, ObjectKind.EVIDENCE, evidence.id, touches=[(ObjectKind.CHECK, None)], **details
        )
        status = "flagged" if is_flagged(info) else "added"
        result = _result(candidate.display, status, evidence.id, stored.sha256, info)
        if isinstance(provenance, C2paRecord):
            result.warnings += findings(provenance)
        elif provenance:
            result.warnings.append(provenance)
        result.warnings += [str(m) for r in signatures if (m := signature_finding(r)) is not None]
        if archive is not None:
            result.warnings += [str(m) for m in wacz_findings(archive)]
        elif isinstance(wacz, str):
            result.warnings.append(wacz)
        if records is not None:
            result.warnings += [str(m) for m in signed.capture_findings(records)]
        elif isinstance(capture, str):
            result.warnings.append(capture)
        return result

    def _active_by_sha(self, case_id: str, shas: list[str]) -> dict[str, tuple[str, str, str, str]]:
        """The active items of the case with these SHA-256s: sha -> (id, name, kind, media type), the
        first added when there are several (what a container's media would duplicate)."""
        found: dict[str, tuple[str, str, str, str]] = {}
        wanted = sorted(set(shas))
        with self._read() as s:
            for start in range(0, len(wanted), QUERY_CHUNK):
                query = (
                    select(
                        Evidence.sha256,
                        Evidence.id,
                        Evidence.original_name,
                        Evidence.kind,
                        Evidence.media_type,
                    )
                    .where(
                        Evidence.case_id == case_id,
                        Evidence.trashed_at.is_(None),
                        Evidence.sha256.in_(wanted[start : start + QUERY_CHUNK]),
                    )
                    .order_by(Evidence.added_at, Evidence.id)
                )
                for sha, evidence_id, name, kind, media_type in s.execute(query):
                    found.setdefault(sha, (evidence_id, name, str(kind), media_type))
        return found

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
        )

        control = control or TaskControl()
        with self._read() as s:
            parent = get(s, Evidence, evidence_id, "evidence item")
            if parent.kind != EvidenceKind.VIDEO:
                raise UsageError(
                    msg(
                        "{name!r} is not footage; stills come from video evidence.",
                        name=parent.original_name,
                    )
                )
            case_id, parent_sha, parent_name = parent.case_id, parent.sha256, parent.original_name
        source = self.workspace.store.local_path(parent_sha)
        try:
            offsets = list(at)
            if every_s is not None:
                if every_s <= 0:
                    raise UsageError(msg("--every needs a positive number of seconds."))
                offsets += every_n_seconds(source, every_s)
            if keyframes:
                offsets += iter_keyframe_times(source)
        except StillError as exc:
            raise UsageError(msg("{name}: {problem}", name=parent_name, problem=exc)) from exc
        if not offsets:
            raise UsageError(msg("Say which stills to take: a time offset, --every N or --keyframes."))
        results: list[IngestResult] = []
        for done, offset in enumerate(offsets, start=1):
            control.check()
            try:
                frame = extract_still(source, offset)
            except StillError as exc:
                raise UsageError(msg("{name}: {problem}", name=parent_name, problem=exc)) from exc
            stored = self.workspace.store.put_bytes(encode_still_png(frame))
            info = derive_stored(self.workspace.store, stored.sha256, self.limits)
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

    def regenerate_derivatives(self, case_id: str | None = None, control: TaskControl | None = None) -> int:
        """Re-make thumbnails, previews and waveforms from the originals; returns how many originals."""
        control = control or TaskControl()
        with self._read() as s:
            query = select(Evidence.sha256, func.min(Evidence.original_name)).group_by(Evidence.sha256)
            if case_id is not None:
                query = query.where(Evidence.case_id == case_id)
            originals = s.execute(query).all()
        store = self.workspace.store
        for done, (sha, name) in enumerate(originals, start=1):
            control.check()
            derive_stored(store, sha, self.limits, original_name=name)
            control.report(done, len(originals), name)
        return len(originals)


@dataclass(frozen=True, slots=True)
class _Inspected:
    """What the workers read of a stored copy: its Content Credentials and, for a WACZ, its check."""

    c2pa: C2paRecord | str
    wacz: WaczRecord | str | None = None


def _add_evidence_checklist(s: Session, template: ChecklistTemplate, case_id: str, evidence_id: str) -> None:
    for position, item in enumerate(template.for_scope("evidence")):
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
