"""The transcription engine: faster-whisper (Whisper over CTranslate2), run on decoded 16 kHz audio.

Only a model folder on disk is ever given to the engine, with its own tokenizer, so neither
faster-whisper nor CTranslate2 has a reason to reach the network (a model *name* would make
faster-whisper download it; a folder without ``tokenizer.json`` would make it fetch one). Decoding
is deterministic (beam search at temperature 0, no sampled fallback): the same audio, model and
options give the same words, which matters when a transcript is evidence. faster-whisper is
imported only here and only when a model is checked or run, so CaseDesk works without it and says
what to install when it is missing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casedesk.core.errors import Cancelled
from casedesk.i18n import msg

from .errors import ModelError, SpeechEngineMissing

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

ENGINE = "faster-whisper"
SAMPLE_RATE = 16_000  # what Whisper models hear
COMPUTE_TYPE = "int8"  # weights quantised on load: the fastest on a CPU, with no loss that shows in WER
BEAM_SIZE = 5
# The files of a CTranslate2 Whisper model that the engine reads; nothing else in a folder is taken.
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
VOCABULARY_FILES = ("vocabulary.json", "vocabulary.txt")
OPTIONAL_FILES = ("preprocessor_config.json",)
MODEL_FILES = (*REQUIRED_FILES, *VOCABULARY_FILES, *OPTIONAL_FILES)
_GGML_MAGICS = (b"lmgg", b"ggjt", b"GGUF")  # whisper.cpp's model files


@dataclass(frozen=True, slots=True)
class EngineInfo:
    name: str  # "faster-whisper"
    version: str
    ctranslate2_version: str


@dataclass(frozen=True, slots=True)
class ModelFacts:
    """What a model folder turned out to be when the engine loaded it."""

    multilingual: bool
    languages: tuple[str, ...]  # the language codes it knows ("en" only for an English-only model)
    mel_bins: int


@dataclass(frozen=True, slots=True)
class Segment:
    start: float  # seconds from the start of the audio
    end: float
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        return cls(float(data["start"]), float(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class EngineResult:
    language: str
    language_probability: float  # 1.0 when the language was given
    detected: bool  # the language was detected, not given
    duration_s: float
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments if s.text)


def require_engine() -> EngineInfo:
    """The installed engine, or :class:`SpeechEngineMissing` saying what to install."""
    try:
        import ctranslate2
        import faster_whisper
    except ImportError as exc:
        raise SpeechEngineMissing(
            msg(
                "The speech engine faster-whisper is not installed ({reason}). Install it in CaseDesk's "
                "Python with: pip install faster-whisper",
                reason=str(exc),
            )
        ) from exc
    return EngineInfo(ENGINE, str(faster_whisper.__version__), str(ctranslate2.__version__))


def cpu_threads() -> int:
    """The CPUs this process may use (a container's limit, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def is_ggml(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in _GGML_MAGICS
    except OSError:
        return False


def model_files(folder: Path) -> list[str]:
    """The names of the engine's files in ``folder``; :class:`ModelError` if any it needs is missing."""
    present = [name for name in MODEL_FILES if (folder / name).is_file()]
    missing = [name for name in REQUIRED_FILES if name not in present]
    if not any(name in present for name in VOCABULARY_FILES):
        missing.append("vocabulary.json / vocabulary.txt")
    if missing:
        raise ModelError(
            msg(
                "{path} is not a faster-whisper (CTranslate2) Whisper model folder: {files} missing.",
                path=folder,
                files=", ".join(missing),
            )
        )
    return present


class LoadedModel:
    """A model folder loaded by the engine, ready to transcribe (reused across transcriptions)."""

    def __init__(self, folder: Path, threads: int | None = None) -> None:
        require_engine()
        from faster_whisper import WhisperModel

        model_files(folder)
        self.folder = folder
        try:
            self.whisper = WhisperModel(
                str(folder),
                device="cpu",
                compute_type=COMPUTE_TYPE,
                cpu_threads=threads or cpu_threads(),
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError, KeyError) as exc:
            raise ModelError(
                msg("The engine cannot load the model in {path}: {reason}.", path=folder, reason=str(exc))
            ) from exc
        inner = self.whisper.model
        expected_mels = int(self.whisper.feat_kwargs.get("feature_size", 80))
        if int(inner.n_mels) != expected_mels:
            raise ModelError(
                msg(
                    "The model in {path} expects {model} mel bands but its folder describes {folder}; "
                    "its preprocessor_config.json is missing or wrong.",
                    path=folder,
                    model=int(inner.n_mels),
                    folder=expected_mels,
                )
            )
        self.facts = ModelFacts(
            multilingual=bool(inner.is_multilingual),
            languages=tuple(self.whisper.supported_languages),
            mel_bins=int(inner.n_mels),
        )

    def transcribe(
        self,
        samples: npt.NDArray[np.float32],
        *,
        language: str | None,
        progress: Callable[[float], None] = lambda seconds: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> EngineResult:
        """Segments with times, in ``language`` or the one detected in the first 30 seconds.

        ``progress`` hears the seconds of audio done after each segment; cancelling is heard
        between segments (each a window of up to 30 seconds)."""
        if language is not None and language not in self.facts.languages:
            raise ModelError(
                msg(
                    "This model does not know the language {language}; it knows: {known}.",
                    language=language,
                    known=", ".join(self.facts.languages[:12])
                    + ("…" if len(self.facts.languages) > 12 else ""),
                )
            )
        if cancelled():
            raise Cancelled()
        pieces, info = self.whisper.transcribe(
            samples,
            language=language,
            task="transcribe",
            beam_size=BEAM_SIZE,
            temperature=0.0,
            vad_filter=False,
            without_timestamps=False,
        )
        segments: list[Segment] = []
        for piece in pieces:
            text = piece.text.strip()
            if text:
                segments.append(Segment(round(piece.start, 3), round(piece.end, 3), text))
            progress(min(piece.end, info.duration))
            if cancelled():
                raise Cancelled()
        return EngineResult(
            language=info.language,
            language_probability=1.0 if language is not None else float(info.language_probability),
            detected=language is None,
            duration_s=float(info.duration),
            segments=tuple(segments),
        )
