"""The sound of an audio note or of footage, decoded for speech: 16 kHz mono float samples.

PyAV opens the file, the best audio stream is decoded frame by frame and FFmpeg's resampler mixes
it down to one channel at 16 kHz (what Whisper hears; a two-speaker stereo recording keeps both
voices). Hostile or huge files are bounded: decoding stops past :data:`MAX_SPEECH_SECONDS` of sound
and past a wall-clock budget that grows with the sound decoded (decoding runs far faster than real
time; a file that makes it crawl is refused), and a cancel request is heard between frames.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av

from casedesk.core.errors import Cancelled
from casedesk.i18n import msg
from casedesk.media.avscan import codec_name, reason
from casedesk.media.limits import Limits

from .engine import SAMPLE_RATE
from .errors import SpeechAudioError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MAX_SPEECH_SECONDS = 4 * 3600  # 4 hours: 920 MB of samples, beyond which nothing is decoded
_REAL_TIME_FLOOR = 20.0  # decoding slower than 20x real time (past the base budget) is refused
_BYTES_PER_SAMPLE = 4  # float32


@dataclass(frozen=True, slots=True)
class SpeechAudio:
    samples: npt.NDArray[np.float32]  # mono, SAMPLE_RATE Hz, in [-1, 1]
    duration_s: float
    channels: int  # of the stream, before mixing down
    source_rate: int
    codec: str | None

    @property
    def rate(self) -> int:
        return SAMPLE_RATE


def decode_speech(
    path: Path, limits: Limits, *, cancelled: Callable[[], bool] = lambda: False
) -> SpeechAudio:
    """The first (best) audio stream of ``path`` as 16 kHz mono float32; :class:`SpeechAudioError`
    if it has none or it cannot be decoded."""
    import numpy as np

    try:
        container = av.open(str(path), metadata_errors="replace")
    except Exception as exc:  # FFmpegError, OSError subclasses, UnicodeError...
        raise SpeechAudioError(msg("The sound cannot be opened: {reason}.", reason=reason(exc))) from exc
    with container:
        stream = _audio_stream(container)
        if stream is None:
            raise SpeechAudioError(msg("The item has no sound to transcribe."))
        ctx: Any = stream.codec_context
        channels = int(getattr(ctx, "channels", 0) or 0)
        source_rate = int(getattr(ctx, "sample_rate", 0) or 0)
        data = _decode(container, stream, limits, cancelled)
    if not data:
        raise SpeechAudioError(msg("The sound could not be decoded: no samples."))
    samples = np.frombuffer(bytes(data), dtype=np.float32)
    return SpeechAudio(samples, len(samples) / SAMPLE_RATE, channels, source_rate, codec_name(ctx))


def _audio_stream(container: Any) -> Any:
    try:
        return container.streams.best("audio")
    except (ValueError, av.FFmpegError):
        return container.streams.audio[0] if container.streams.audio else None


def _decode(container: Any, stream: Any, limits: Limits, cancelled: Callable[[], bool]) -> bytearray:
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    data = bytearray()
    limit = MAX_SPEECH_SECONDS * SAMPLE_RATE * _BYTES_PER_SAMPLE
    started = time.monotonic()
    errors = 0
    try:
        for packet in container.demux(stream):
            if cancelled():
                raise Cancelled()
            try:
                frames = packet.decode()
            except (av.FFmpegError, ValueError) as exc:
                errors += 1
                if errors > 100 and not data:  # nothing decodes: say why instead of trying on
                    raise SpeechAudioError(
                        msg("The sound could not be decoded: {reason}.", reason=reason(exc))
                    ) from exc
                continue
            for frame in frames:
                for out in resampler.resample(frame):
                    data += bytes(out.planes[0])[: out.samples * _BYTES_PER_SAMPLE]
            _check_bounds(len(data), limit, started, limits)
        for out in resampler.resample(None):
            data += bytes(out.planes[0])[: out.samples * _BYTES_PER_SAMPLE]
    except (av.FFmpegError, EOFError, MemoryError) as exc:
        if not data:
            raise SpeechAudioError(
                msg("The sound could not be decoded: {reason}.", reason=reason(exc))
            ) from exc
        # A damaged tail: keep the sound decoded so far (as a player would play it).
    return data[:limit]


def _check_bounds(size: int, limit: int, started: float, limits: Limits) -> None:
    if size > limit:
        raise SpeechAudioError(
            msg(
                "The sound is longer than {hours} hours; CaseDesk does not transcribe it whole. "
                "Cut it into parts first.",
                hours=MAX_SPEECH_SECONDS // 3600,
            )
        )
    decoded_s = size / (SAMPLE_RATE * _BYTES_PER_SAMPLE)
    budget = limits.max_decode_seconds + decoded_s / _REAL_TIME_FLOOR
    if time.monotonic() - started > budget:
        raise SpeechAudioError(
            msg(
                "Decoding the sound took longer than {seconds} seconds; the file may be damaged "
                "or hostile, and was not transcribed.",
                seconds=round(budget),
            )
        )
