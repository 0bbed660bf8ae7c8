"""Image forensics findings recorded for items (table ``evidence_finding``), for the report.

Examining runs outside any transaction (it decodes the original, re-saves it for error levels,
counts DCT coefficients: a second or more per still); recording is one unit of work per batch, one
``forensics_examine`` custody entry per item naming the engine, its version, the libraries the
numbers depend on and the SHA-256 of the findings, so the log proves which findings a report showed.
The stored findings are derived: examining again replaces them (the entry says what it replaced),
and the original is only read. A still that cannot be examined (a bomb, damaged, cut off beyond
decoding) is recorded as such, with its reason and no findings.

``derived_records`` reads what the report draws beside each item (recognised text, transcripts and
their corrections, findings) for a batch of items: one query per table, never one per item.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.errors import UsageError
from casedesk.core.models import Evidence, EvidenceFinding, EvidenceText
from casedesk.core.service.base import ServiceBase, Unit, get
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import iso_utc, utcnow
from casedesk.core.vocabulary import ObjectKind
from casedesk.forensics import (
    ENGINE,
    ForensicReport,
    ForensicsError,
    engine_libraries,
    engine_version,
    examine,
    finding_dict,
)
from casedesk.i18n import msg
from casedesk.media.api import EvidenceKind
from casedesk.textutil import clip

EXAMINE_BATCH = 16  # items recorded per transaction
ACTION = "forensics_examine"


@dataclass(frozen=True, slots=True)
class EvidenceFindingsView:
    """The findings of an item's last examination, each as its method wrote it (``method`` first)."""

    evidence_id: str
    original_name: str
    engine: str
    engine_version: str
    findings: tuple[Mapping[str, Any], ...]
    findings_sha256: str
    sha256: str  # the original that was examined
    created_at: datetime
    error: str | None  # why it could not be examined, in English as recorded

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def methods(self) -> tuple[str, ...]:
        return tuple(str(f.get("method", "")) for f in self.findings)


@dataclass(frozen=True, slots=True)
class DerivedText:
    """A stored text beside an item, without its word boxes: what a report prints."""

    evidence_id: str
    kind: str  # "ocr", "transcript", "transcript_edit"
    languages: str
    engine: str
    engine_version: str
    models: Mapping[str, str]
    text: str
    text_sha256: str
    segments: tuple[Mapping[str, Any], ...]  # a transcript's (start, end, text); empty otherwise
    created_at: datetime
    error: str | None


@dataclass(frozen=True, slots=True)
class DerivedRecords:
    """The derived records of a batch of items: texts by (evidence id, kind), findings by item."""

    texts: Mapping[tuple[str, str], DerivedText]
    findings: Mapping[str, EvidenceFindingsView]


@dataclass(frozen=True, slots=True)
class _Examination:
    evidence_id: str
    findings: list[dict[str, Any]]
    partial: bool
    error: str | None


def findings_sha256(findings: list[dict[str, Any]]) -> str:
    """SHA-256 of the findings as canonical JSON (sorted keys, no spaces, UTF-8)."""
    data = json.dumps(findings, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class ForensicsAPI(ServiceBase):
    def examine_evidence(self, evidence_ids: Iterable[str], *, control: TaskControl | None = None) -> Changes:
        """Examine stills (again, if examined before) and keep their findings.

        One ``forensics_examine`` custody entry per item. Raises before reading anything when an
        item is not a still image; a still that cannot be decoded is recorded with its reason."""
        control = control or TaskControl()
        ids = list(dict.fromkeys(evidence_ids))
        if not ids:
            raise UsageError(msg("Name at least one evidence item."))
        with self._read() as s:
            rows = [get(s, Evidence, i, "evidence item") for i in ids]
            items = [(e.id, e.sha256, e.original_name) for e in rows]
            not_stills = [e.original_name for e in rows if e.kind != EvidenceKind.STILL]
        if not_stills:
            raise UsageError(
                msg(
                    "Only still images (photos, scans, frames taken from footage) can be examined; "
                    "not {names}.",
                    names=", ".join(not_stills),
                )
            )
        changes = NO_CHANGES
        for start in range(0, len(items), EXAMINE_BATCH):
            done_here = []
            for done, (evidence_id, sha, name) in enumerate(items[start : start + EXAMINE_BATCH], start):
                control.check()
                control.report(done, len(items), name)
                done_here.append(self._examine(evidence_id, sha, name, control))
            control.check()
            with self._write() as w:
                for examination in done_here:
                    _store(w, w.get(Evidence, examination.evidence_id, "evidence item"), examination)
            changes = changes | w.changes
        control.report(len(items), len(items), "")
        return changes

    def forensic_report(self, evidence_id: str, *, control: TaskControl | None = None) -> ForensicReport:
        """Examine a still now, with its error level and noise views, recording nothing (the viewer's
        overlays, ``casedesk forensics``). Raises ForensicsError when it cannot be examined (what the
        file holds instead, when it is not a still)."""
        control = control or TaskControl()
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            sha, name = ev.sha256, ev.original_name
        path = self.workspace.store.local_path(sha)
        return examine(path, self.limits, name=name, cancelled=lambda: control.cancelled)

    def _examine(self, evidence_id: str, sha: str, name: str, control: TaskControl) -> _Examination:
        path = self.workspace.store.local_path(sha)
        try:
            report = examine(path, self.limits, name=name, cancelled=lambda: control.cancelled)
        except ForensicsError as exc:
            return _Examination(evidence_id, [], False, str(exc))
        return _Examination(evidence_id, [finding_dict(f) for f in report.findings], report.partial, None)

    def evidence_findings(self, evidence_id: str) -> EvidenceFindingsView | None:
        """The findings of the item's last examination (None if it was never examined)."""
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            row = s.get(EvidenceFinding, evidence_id)
            return None if row is None else _view(row, ev.original_name)

    def derived_records(self, evidence_ids: Iterable[str]) -> DerivedRecords:
        """What is stored beside these items (texts without word boxes, findings): one query per table."""
        ids = list(dict.fromkeys(evidence_ids))
        if not ids:
            return DerivedRecords({}, {})
        with self._read() as s:
            names = dict(
                s.execute(select(Evidence.id, Evidence.original_name).where(Evidence.id.in_(ids))).all()
            )
            text_rows = s.execute(
                select(
                    EvidenceText.evidence_id,
                    EvidenceText.kind,
                    EvidenceText.languages,
                    EvidenceText.engine,
                    EvidenceText.engine_version,
                    EvidenceText.models,
                    EvidenceText.text,
                    EvidenceText.text_sha256,
                    EvidenceText.words,
                    EvidenceText.created_at,
                    EvidenceText.error,
                ).where(EvidenceText.evidence_id.in_(ids))
            ).all()
            found = s.scalars(select(EvidenceFinding).where(EvidenceFinding.evidence_id.in_(ids))).all()
            findings = {row.evidence_id: _view(row, names.get(row.evidence_id, "")) for row in found}
        texts = {
            (r.evidence_id, r.kind): DerivedText(
                evidence_id=r.evidence_id,
                kind=r.kind,
                languages=r.languages,
                engine=r.engine,
                engine_version=r.engine_version,
                models=dict(r.models),
                text=r.text,
                text_sha256=r.text_sha256,
                segments=tuple(r.words) if r.kind == "transcript" else (),
                created_at=r.created_at,
                error=r.error,
            )
            for r in text_rows
        }
        return DerivedRecords(texts, findings)


def _store(w: Unit, ev: Evidence, examination: _Examination) -> None:
    """Keep an examination as the item's findings (replacing the last) and log it."""
    s = w.session
    row = s.get(EvidenceFinding, ev.id)
    replaced = None
    if row is None:
        row = EvidenceFinding(evidence_id=ev.id, case_id=ev.case_id)
        s.add(row)
    else:
        replaced = {"at": iso_utc(row.created_at), "findings_sha256": row.findings_sha256}
    row.sha256 = ev.sha256
    row.engine = ENGINE
    row.engine_version = engine_version()
    row.findings = examination.findings
    row.findings_sha256 = findings_sha256(examination.findings)
    row.error = examination.error
    row.created_at = utcnow()
    details: dict[str, Any] = {
        "sha256": ev.sha256,
        "engine": row.engine,
        "engine_version": row.engine_version,
        "libraries": engine_libraries(),
        "methods": [f["method"] for f in examination.findings],
        "findings_sha256": row.findings_sha256,
    }
    if examination.partial:
        details["partial"] = True
    if examination.error is not None:
        details["error"] = clip(examination.error, 300)
    if replaced is not None:
        details["replaces"] = replaced
    w.log(ev.case_id, ACTION, ObjectKind.EVIDENCE, ev.id, **details)


def _view(row: EvidenceFinding, original_name: str) -> EvidenceFindingsView:
    return EvidenceFindingsView(
        evidence_id=row.evidence_id,
        original_name=original_name,
        engine=row.engine,
        engine_version=row.engine_version,
        findings=tuple(row.findings),
        findings_sha256=row.findings_sha256,
        sha256=row.sha256,
        created_at=row.created_at,
        error=row.error,
    )
