"""Speech in evidence: the workspace's models, transcripts beside the original, corrections, logged.

A transcript is derived text, kept in ``evidence_text`` with kind ``transcript``: its text, its
segments (start, end, text) in the JSON column, the engine and its version, and the model that made
it (``{name: content hash}``) in the models column; transcribing again replaces it, and the custody
entry (``transcribe``) says what it replaced. The investigator's corrections are a second record,
kind ``transcript_edit``, never mixed into the machine's text; each is a ``transcript_correct``
entry naming the text it corrects. Transcription runs outside any transaction (decoding and the
engine take seconds to minutes); recording it is one unit of work.

Models live in the workspace's ``models`` folder (:mod:`casedesk.speech.library`): added once,
hashed when loaded, never downloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casedesk.core.changes import Changes
from casedesk.core.errors import IntegrityError, UsageError
from casedesk.core.models import Evidence, EvidenceText
from casedesk.core.service.base import ServiceBase, Unit, get
from casedesk.core.service.kept_text import TextReading, keep_text
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg
from casedesk.media.api import EvidenceKind
from casedesk.speech import engine as speech_engine
from casedesk.speech.engine import Segment
from casedesk.speech.library import MODELS_FOLDER, Added, ModelEntry, ModelLibrary
from casedesk.speech.transcriber import Transcript, language_code, transcribe_path

TRANSCRIPT = "transcript"  # evidence_text.kind of the machine's text; searched as "transcript_text"
TRANSCRIPT_EDIT = "transcript_edit"  # the investigator's corrected text; searched as "transcript_edit_text"
CORRECTOR = "investigator"  # the "engine" of a correction
_SPOKEN = (EvidenceKind.AUDIO, EvidenceKind.VIDEO)


@dataclass(frozen=True, slots=True)
class CorrectionView:
    text: str
    text_sha256: str
    created_at: datetime
    stale: bool  # the item was transcribed again after this correction was made


@dataclass(frozen=True, slots=True)
class TranscriptView:
    """The machine's last transcript of an item, and the investigator's correction if any."""

    evidence_id: str
    original_name: str
    language: str  # Whisper's code: "ar", "fr", "en"...
    engine: str
    engine_version: str
    model_name: str
    model_sha256: str
    text: str  # the machine's, as it heard it
    text_sha256: str
    segments: tuple[Segment, ...]
    sha256: str  # the original that was heard
    created_at: datetime
    correction: CorrectionView | None

    @property
    def current_text(self) -> str:
        """What the investigator settled on: the correction if there is one, else the machine's."""
        return self.correction.text if self.correction is not None else self.text


class SpeechAPI(ServiceBase):
    _speech_loaded: tuple[ModelEntry, speech_engine.LoadedModel, tuple[tuple[int, int], ...]] | None = None

    # -- the model library -------------------------------------------------------------------------

    def _models(self) -> ModelLibrary:
        return ModelLibrary(self.workspace.root / MODELS_FOLDER)

    def speech_models(self) -> list[ModelEntry]:
        """The models in the workspace, in the order added."""
        return self._models().entries()

    def add_speech_model(
        self, path: Path, *, name: str | None = None, licence: str = "", control: TaskControl | None = None
    ) -> Added:
        """Check and copy a model into the workspace (once: the same files again are not copied)."""
        control = control or TaskControl()
        label = msg("Adding the model {path}", path=path.name)
        return self._models().add(
            path, name=name, licence=licence, progress=lambda done, total: control.report(done, total, label)
        )

    def remove_speech_model(self, ref: str) -> ModelEntry:
        """Delete a model (by name or hash prefix); transcripts keep naming it by name and hash."""
        entry = self._models().remove(ref)
        if self._speech_loaded is not None and self._speech_loaded[0].sha256 == entry.sha256:
            self._speech_loaded = None
        return entry

    def speech_model(self, ref: str | None = None) -> ModelEntry:
        """The model ``ref`` names (a name, a hash prefix, or a model folder not added yet, which is
        added); with no ``ref``, the workspace's only model."""
        library = self._models()
        if ref is None:
            return library.default()
        known = {e.name for e in library.entries()}
        path = Path(ref).expanduser()
        if ref not in known and path.exists():
            return library.add(path).entry
        return library.find(ref)

    def _loaded(self, entry: ModelEntry) -> speech_engine.LoadedModel:
        """The engine with ``entry`` loaded: hashed in full when loaded, its files' sizes and times
        checked before every later use (a changed file means hashing and loading again)."""
        stamp = _stamp(entry)
        cached = self._speech_loaded
        if cached is not None and cached[0].sha256 == entry.sha256 and cached[2] == stamp:
            return cached[1]
        self._speech_loaded = None
        self._models().verify(entry)
        loaded = speech_engine.LoadedModel(entry.folder)
        self._speech_loaded = (entry, loaded, stamp)
        return loaded

    # -- transcripts -------------------------------------------------------------------------------

    def transcribe(
        self,
        evidence_id: str,
        model: str | None = None,
        language: str | None = None,
        control: TaskControl | None = None,
    ) -> Changes:
        """Transcribe an audio note or footage's sound (again, replacing the last transcript).

        ``model`` names a model of the workspace (or a folder to add); ``language`` is a code
        ("ar", "fr", "en") or None to detect it. One ``transcribe`` custody entry."""
        control = control or TaskControl()
        speech_engine.require_engine()
        code = language_code(language)
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            sha, name, kind = ev.sha256, ev.original_name, ev.kind
        if kind not in _SPOKEN:
            raise UsageError(
                msg(
                    "Only audio notes and footage with sound can be transcribed; not {name}.",
                    name=name,
                )
            )
        entry = self.speech_model(model)
        loaded = self._loaded(entry)
        path = self.workspace.store.local_path(sha)
        transcript = transcribe_path(path, name, loaded, entry, code, self.limits, control)
        control.check()
        with self._write() as w:
            _store_transcript(w, w.get(Evidence, evidence_id, "evidence item"), transcript)
        return w.changes

    def transcript(self, evidence_id: str) -> TranscriptView | None:
        """The item's last transcript with its correction (None if it was never transcribed)."""
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            row = s.get(EvidenceText, (evidence_id, TRANSCRIPT))
            if row is None:
                return None
            return _view(row, s.get(EvidenceText, (evidence_id, TRANSCRIPT_EDIT)), ev.original_name)

    def correct_transcript(self, evidence_id: str, text: str) -> Changes:
        """Keep the investigator's text for the item beside the machine's (blank text: withdraw the
        correction). One ``transcript_correct`` custody entry; none if nothing changes."""
        with self._write() as w:
            ev = w.get(Evidence, evidence_id, "evidence item")
            machine = w.session.get(EvidenceText, (evidence_id, TRANSCRIPT))
            if machine is None:
                raise UsageError(
                    msg(
                        "{name} has no transcript to correct yet; transcribe it first.", name=ev.original_name
                    )
                )
            _store_correction(w, ev, machine, text)
        return w.changes


def _stamp(entry: ModelEntry) -> tuple[tuple[int, int], ...]:
    try:
        stats = [(entry.folder / name).stat() for name in sorted(entry.files)]
    except OSError as exc:
        raise IntegrityError(
            msg("The model {name} is damaged: its files cannot be read.", name=entry.name)
        ) from exc
    return tuple((st.st_size, st.st_mtime_ns) for st in stats)


def _store_transcript(w: Unit, ev: Evidence, transcript: Transcript) -> None:
    result, entry = transcript.result, transcript.model
    text = result.text
    row, replaced = keep_text(
        w.session,
        ev,
        TRANSCRIPT,
        TextReading(
            languages=result.language,
            engine=transcript.engine.name,
            engine_version=transcript.engine.version,
            models={entry.name: entry.sha256},
            text=text,
            words=[segment.to_dict() for segment in result.segments],
        ),
    )
    details: dict[str, Any] = {
        "sha256": ev.sha256,
        "engine": row.engine,
        "engine_version": row.engine_version,
        "ctranslate2_version": transcript.engine.ctranslate2_version,
        "compute_type": speech_engine.COMPUTE_TYPE,
        "model": {"name": entry.name, "sha256": entry.sha256},
        "language": result.language,
        "language_detected": result.detected,
        "duration_s": round(transcript.audio_duration_s, 3),
        "segments": len(result.segments),
        "characters": len(text),
        "text_sha256": row.text_sha256,
    }
    if result.detected:
        details["language_probability"] = round(result.language_probability, 3)
    if replaced is not None:
        details["replaces"] = {
            "at": replaced.at_text,
            "text_sha256": replaced.text_sha256,
            "models": replaced.models,
        }
    w.log(ev.case_id, "transcribe", ObjectKind.EVIDENCE, ev.id, **details)


def _store_correction(w: Unit, ev: Evidence, machine: EvidenceText, text: str) -> None:
    s = w.session
    row = s.get(EvidenceText, (ev.id, TRANSCRIPT_EDIT))
    text = text.strip()
    if not text:
        if row is None:
            return
        s.delete(row)
        w.log(ev.case_id, "transcript_correct", ObjectKind.EVIDENCE, ev.id, withdrawn=row.text_sha256)
        return
    if row is not None and row.text == text and row.created_at >= machine.created_at:
        return  # the same correction again: nothing changes, nothing is logged
    row, replaced = keep_text(
        s,
        ev,
        TRANSCRIPT_EDIT,
        TextReading(
            languages=machine.languages, engine=CORRECTOR, engine_version="", models=machine.models, text=text
        ),
    )
    details: dict[str, Any] = {
        "sha256": ev.sha256,
        "corrects": machine.text_sha256,
        "text_sha256": row.text_sha256,
        "characters": len(text),
    }
    if replaced is not None:
        details["replaces"] = replaced.text_sha256
    w.log(ev.case_id, "transcript_correct", ObjectKind.EVIDENCE, ev.id, **details)


def _view(row: EvidenceText, edit: EvidenceText | None, original_name: str) -> TranscriptView:
    ((model_name, model_sha),) = row.models.items() if len(row.models) == 1 else (("", ""),)
    correction = None
    if edit is not None:
        correction = CorrectionView(
            edit.text, edit.text_sha256, edit.created_at, stale=edit.created_at < row.created_at
        )
    return TranscriptView(
        evidence_id=row.evidence_id,
        original_name=original_name,
        language=row.languages,
        engine=row.engine,
        engine_version=row.engine_version,
        model_name=model_name,
        model_sha256=str(model_sha),
        text=row.text,
        text_sha256=row.text_sha256,
        segments=tuple(Segment.from_dict(d) for d in row.words),
        sha256=row.sha256,
        created_at=row.created_at,
        correction=correction,
    )
