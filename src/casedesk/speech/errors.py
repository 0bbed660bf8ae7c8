"""What can go wrong with speech: each a CaseDesk error whose message says what to do about it."""

from __future__ import annotations

from casedesk.core.errors import CaseDeskError, UsageError


class SpeechEngineMissing(CaseDeskError):
    """The transcription engine (faster-whisper) is not installed in this Python."""


class ModelError(UsageError):
    """A path that is not a model the engine can load, or a model name the library does not hold."""


class NoModelError(UsageError):
    """No speech model is in the workspace yet: the user adds one once (``casedesk models add``)."""


class SpeechAudioError(CaseDeskError):
    """The item's sound cannot be decoded (no audio stream, damaged, too long)."""
