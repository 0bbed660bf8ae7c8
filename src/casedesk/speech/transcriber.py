"""One transcription: an item's sound decoded, the model checked and run, progress and cancel heard.

Runs outside any transaction (the service records the result afterwards). Progress is reported as
whole seconds of sound done out of the sound's duration, with the item's name as the text; a
cancel request is heard between decoded frames and between the engine's segments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg
from casedesk.media.limits import Limits

from .audio import SpeechAudio, decode_speech
from .engine import EngineInfo, EngineResult, LoadedModel, require_engine
from .errors import ModelError
from .library import ModelEntry

# Tesseract's codes, as `casedesk ocr --lang` takes them, accepted for the same languages.
_ALIASES = {"ara": "ar", "fra": "fr", "fre": "fr", "eng": "en"}


@dataclass(frozen=True, slots=True)
class Transcript:
    engine: EngineInfo
    model: ModelEntry
    audio_duration_s: float
    channels: int
    result: EngineResult


def language_code(language: str | None) -> str | None:
    """``None`` (detect), or the Whisper code for ``language`` ("ar", "fr", "en"...)."""
    if language is None or not language.strip() or language.strip().lower() == "auto":
        return None
    code = language.strip().lower()
    code = _ALIASES.get(code, code)
    if not code.isascii() or not code.isalpha() or len(code) > 3:
        raise ModelError(msg("{language} is not a language code (ar, fr, en...).", language=language.strip()))
    return code


def transcribe_path(
    path: Path,
    name: str,
    model: LoadedModel,
    entry: ModelEntry,
    language: str | None,
    limits: Limits,
    control: TaskControl,
) -> Transcript:
    found = require_engine()
    control.report(0, 1, name)
    audio: SpeechAudio = decode_speech(path, limits, cancelled=lambda: control.cancelled)
    control.check()
    total = max(1, math.ceil(audio.duration_s))
    control.report(0, total, name)

    def progress(seconds: float) -> None:
        control.report(min(total, int(seconds)), total, name)

    result = model.transcribe(
        audio.samples, language=language, progress=progress, cancelled=lambda: control.cancelled
    )
    control.report(total, total, name)
    return Transcript(found, entry, audio.duration_s, audio.channels, result)
