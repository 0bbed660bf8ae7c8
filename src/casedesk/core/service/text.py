"""Text in evidence: recognised in stills with Tesseract (OCR), stored beside the original, logged.

Recognition runs outside any transaction (it decodes the original and runs Tesseract on a copy);
recording is one unit of work per batch, one ``text_recognise`` custody entry per item naming the
engine, its version, the language models' hashes and the SHA-256 of the text, so the log proves
which text a report showed. The stored text (table ``evidence_text``) is derived: recognising
again replaces it (the entry says what it replaced), and the original never changes. A still that
cannot be read (damaged, too large, Tesseract gave up) is recorded as such, with no text; a missing
engine or language stops the work before anything is read, saying what to install.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.errors import UsageError
from casedesk.core.models import Case, Evidence, EvidenceText
from casedesk.core.service.base import ServiceBase, Unit, get
from casedesk.core.service.kept_text import TextReading, keep_text
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg
from casedesk.media import ocr, ocr_pages
from casedesk.media.api import EvidenceKind
from casedesk.textutil import clip

OCR = "ocr"  # the kind of text (evidence_text.kind); searched as the item's field "ocr_text"
RECOGNISE_BATCH = 16  # items recorded per transaction
PDF = "application/pdf"  # documents whose pages are rendered and read (media.ocr_pages)


def _readable(kind: str, media_type: str) -> bool:
    return kind == EvidenceKind.STILL or media_type == PDF


@dataclass(frozen=True, slots=True)
class EvidenceTextView:
    """The text last recognised in an item, with each word's box and confidence."""

    evidence_id: str
    original_name: str
    kind: str  # "ocr"
    languages: str  # "ara+fra+eng", in the order given (the first sets the page's reading order)
    engine: str
    engine_version: str
    models: dict[str, str]  # language -> SHA-256 of its traineddata
    text: str
    text_sha256: str
    words: tuple[ocr.OcrWord, ...]
    width: int  # of the upright image the boxes refer to
    height: int
    sha256: str  # the original that was read
    created_at: datetime
    error: str | None  # why nothing could be read, in English as recorded

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class _Reading:
    evidence_id: str
    result: ocr.OcrResult | None
    error: str | None
    pages: int | None = None  # a PDF's page count (its first MAX_PAGES pages are read)


class TextAPI(ServiceBase):
    def recognise_text(
        self,
        evidence_ids: Iterable[str],
        languages: str | None = None,
        *,
        fallback: str = ocr.DEFAULT_LANGUAGES,
        control: TaskControl | None = None,
    ) -> Changes:
        """Recognise the text in stills (again, if it was recognised before), in ``languages``: by
        default the languages chosen for the items' case, else ``fallback`` (the workspace's
        preference, given by the caller).

        One ``text_recognise`` custody entry per item. Raises before reading anything when
        Tesseract or a language is not installed, or when an item is not a still image."""
        control = control or TaskControl()
        ids = list(dict.fromkeys(evidence_ids))
        if not ids:
            raise UsageError(msg("Name at least one evidence item."))
        found = ocr.engine()
        with self._read() as s:
            rows = [get(s, Evidence, i, "evidence item") for i in ids]
            items = [(e.id, e.sha256, e.original_name, e.media_type == PDF) for e in rows]
            unreadable = [e.original_name for e in rows if not _readable(e.kind, e.media_type)]
            if languages is None:  # the case's own choice (items of several cases: the fallback)
                cases = {e.case_id for e in rows}
                case = s.get(Case, cases.pop()) if len(cases) == 1 else None
                languages = (case.ocr_languages if case is not None else "") or fallback
        languages = "+".join(ocr.require_languages(found, languages))
        if unreadable:
            raise UsageError(
                msg(
                    "Text can only be recognised in still images (photos, scans, frames taken from "
                    "footage) and PDF documents; not in {names}.",
                    names=", ".join(unreadable),
                )
            )
        changes = NO_CHANGES
        for start in range(0, len(items), RECOGNISE_BATCH):
            readings = []
            for done, (evidence_id, sha, name, pdf) in enumerate(
                items[start : start + RECOGNISE_BATCH], start
            ):
                control.check()
                control.report(done, len(items), name)
                readings.append(self._recognise(evidence_id, sha, pdf, languages, found, control))
            with self._write() as w:
                for reading in readings:
                    store_text(
                        w, w.get(Evidence, reading.evidence_id, "evidence item"), reading, languages, found
                    )
            changes = changes | w.changes
        control.report(len(items), len(items), "")
        return changes

    def _recognise(
        self, evidence_id: str, sha: str, pdf: bool, languages: str, found: ocr.Engine, control: TaskControl
    ) -> _Reading:
        path = self.workspace.store.local_path(sha)
        if pdf:
            try:
                result, pages = ocr_pages.recognise_pdf(
                    path, languages, found=found, limits=self.limits, cancelled=lambda: control.cancelled
                )
            except ocr.OcrImageError as exc:
                return _Reading(evidence_id, None, str(exc))
            return _Reading(evidence_id, result, None, pages)
        try:
            image = ocr.load_image(path, self.limits)
            result = ocr.recognise_image(image, languages, found=found, cancelled=lambda: control.cancelled)
        except ocr.OcrImageError as exc:
            return _Reading(evidence_id, None, str(exc))
        return _Reading(evidence_id, result, None)

    def evidence_text(self, evidence_id: str) -> EvidenceTextView | None:
        """The text last recognised in an item (None if it never was)."""
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            row = s.get(EvidenceText, (evidence_id, OCR))
            return None if row is None else _view(row, ev.original_name)

    def text_unrecognised(self, case_id: str) -> list[str]:
        """Active stills of a case whose text has not been recognised, oldest first."""
        with self._read() as s:
            self._case_exists(s, case_id)
            query = (
                select(Evidence.id)
                .outerjoin(
                    EvidenceText, (EvidenceText.evidence_id == Evidence.id) & (EvidenceText.kind == OCR)
                )
                .where(
                    Evidence.case_id == case_id,
                    (Evidence.kind == EvidenceKind.STILL) | (Evidence.media_type == PDF),
                    Evidence.trashed_at.is_(None),
                    EvidenceText.evidence_id.is_(None),
                )
                .order_by(Evidence.added_at, Evidence.id)
            )
            return list(s.scalars(query))

    def readable_among(self, evidence_ids: Iterable[str], *, documents: bool = True) -> list[str]:
        """Those of the items whose text can be recognised: stills, and PDF documents unless
        ``documents`` is False (forensics examines stills only); in the order given, each once."""
        ids = list(dict.fromkeys(evidence_ids))
        readable = Evidence.kind == EvidenceKind.STILL
        if documents:
            readable = readable | (Evidence.media_type == PDF)
        found: set[str] = set()
        with self._read() as s:
            for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
                chunk = ids[start : start + 500]
                found.update(s.scalars(select(Evidence.id).where(Evidence.id.in_(chunk), readable)))
        return [i for i in ids if i in found]


def store_text(w: Unit, ev: Evidence, reading: _Reading, languages: str, found: ocr.Engine) -> None:
    """Keep a recognition as the item's text (replacing the last) and log it as text_recognise."""
    result = reading.result
    text = result.text if result is not None else ""
    row, replaced = keep_text(
        w.session,
        ev,
        OCR,
        TextReading(
            languages=languages,
            engine=ocr.ENGINE,
            engine_version=result.engine_version if result is not None else found.version,
            models=result.models if result is not None else found.model_hashes(languages),
            text=text,
            words=[word.to_dict() for word in result.words] if result is not None else [],
            width=result.width if result is not None else 0,
            height=result.height if result is not None else 0,
            error=reading.error,
        ),
    )
    details: dict[str, Any] = {
        "sha256": ev.sha256,
        "languages": languages,
        "engine": row.engine,
        "engine_version": row.engine_version,
        "models": row.models,
        "text_sha256": row.text_sha256,
        "characters": len(text),
        "words": len(row.words),
    }
    if result is not None and result.mean_confidence is not None:
        details["mean_confidence"] = round(result.mean_confidence, 1)
    if reading.pages is not None:
        details["pages"] = reading.pages
        details["pages_read"] = min(reading.pages, ocr_pages.MAX_PAGES)
    if reading.error is not None:
        details["error"] = clip(reading.error, 300)
    if replaced is not None:
        details["replaces"] = {
            "at": replaced.at_text,
            "text_sha256": replaced.text_sha256,
            "languages": replaced.languages,
        }
    w.log(ev.case_id, "text_recognise", ObjectKind.EVIDENCE, ev.id, **details)


def _view(row: EvidenceText, original_name: str) -> EvidenceTextView:
    return EvidenceTextView(
        evidence_id=row.evidence_id,
        original_name=original_name,
        kind=row.kind,
        languages=row.languages,
        engine=row.engine,
        engine_version=row.engine_version,
        models=dict(row.models),
        text=row.text,
        text_sha256=row.text_sha256,
        words=tuple(ocr.OcrWord.from_dict(w) for w in row.words),
        width=row.width,
        height=row.height,
        sha256=row.sha256,
        created_at=row.created_at,
        error=row.error,
    )
