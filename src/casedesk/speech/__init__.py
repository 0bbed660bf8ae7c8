"""Speech in audio notes and footage, transcribed offline (faster-whisper), Qt-free.

The workspace keeps a library of models the user added once (:mod:`.library`; CaseDesk never
downloads one); :mod:`.audio` decodes an item's sound to 16 kHz mono, :mod:`.engine` runs the
model, :mod:`.transcriber` ties them together with progress and cancel. The service
(casedesk.core.service.speech) records the result beside the original and logs it.
"""

from __future__ import annotations

from .engine import ENGINE, EngineInfo, EngineResult, LoadedModel, Segment, require_engine
from .errors import ModelError, NoModelError, SpeechAudioError, SpeechEngineMissing
from .library import Added, ModelEntry, ModelLibrary

__all__ = [
    "ENGINE",
    "Added",
    "EngineInfo",
    "EngineResult",
    "LoadedModel",
    "ModelEntry",
    "ModelError",
    "ModelLibrary",
    "NoModelError",
    "Segment",
    "SpeechAudioError",
    "SpeechEngineMissing",
    "require_engine",
]
