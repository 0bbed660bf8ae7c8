"""Decoding an item's sound for speech: 16 kHz mono float, from WAV, MP3 and footage; refusals."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import pytest

from casedesk.core.errors import Cancelled
from casedesk.media import DEFAULT_LIMITS
from casedesk.speech.audio import decode_speech
from casedesk.speech.errors import SpeechAudioError

from .conftest import corpus_file

np = pytest.importorskip("numpy")  # comes with faster-whisper


@pytest.mark.parametrize(
    ("name", "seconds", "channels", "rate"),
    [
        ("speech/stereo_diarization.wav", 5.0, 2, 16_000),
        ("speech/habibi_ALG.wav", 6.127, 1, 24_000),
        ("speech/multilingual.mp3", 59.95, 1, 24_000),
    ],
)
def test_decoded_to_16khz_mono_float(name: str, seconds: float, channels: int, rate: int) -> None:
    audio = decode_speech(corpus_file(name), DEFAULT_LIMITS)
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert audio.rate == 16_000 and audio.channels == channels and audio.source_rate == rate
    assert audio.duration_s == pytest.approx(seconds, abs=0.06)
    peak = float(np.abs(audio.samples).max())
    assert 0.05 < peak <= 1.0  # real sound, in range


def test_both_channels_of_a_stereo_recording_are_heard() -> None:
    """The mix keeps the right channel's speaker (a different voice on each channel)."""
    path = corpus_file("speech/stereo_diarization.wav")
    audio = decode_speech(path, DEFAULT_LIMITS)
    with wave.open(str(path)) as wav:  # 16 kHz, 16-bit, interleaved L R
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").reshape(-1, 2) / 32768
    left, right = pcm[:, 0], pcm[:, 1]
    mixed = audio.samples.astype(np.float64)
    # The 16 kHz mono mix follows the mean of the channels, not either channel alone.
    n = min(len(mixed), len(left))
    mean = (left[:n] + right[:n]) / 2
    corr_mean = np.corrcoef(mixed[:n], mean)[0, 1]
    assert corr_mean > 0.99
    assert np.corrcoef(mixed[:n], right[:n])[0, 1] > 0.3


def test_the_sound_of_footage() -> None:
    audio = decode_speech(corpus_file("camera/karma.mp4"), DEFAULT_LIMITS)
    assert audio.codec == "aac" and audio.duration_s == pytest.approx(12.0, abs=1.1)


def test_footage_without_sound_is_refused() -> None:
    with pytest.raises(SpeechAudioError, match="no sound"):
        decode_speech(corpus_file("camera/c.mov"), DEFAULT_LIMITS)


def test_a_file_that_is_not_media_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "note.wav"
    junk.write_bytes(b"this is not a recording\n" * 100)
    with pytest.raises(SpeechAudioError, match=r"cannot be opened|no sound|could not be decoded"):
        decode_speech(junk, DEFAULT_LIMITS)


def test_a_truncated_recording_gives_what_is_there(tmp_path: Path) -> None:
    data = corpus_file("speech/habibi_Hijazi.wav").read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    audio = decode_speech(cut, DEFAULT_LIMITS)
    assert audio.duration_s == pytest.approx(5.49 / 2, abs=0.1)


def test_decoding_hears_a_cancel() -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        decode_speech(corpus_file("speech/multilingual.mp3"), DEFAULT_LIMITS, cancelled=stop.is_set)
