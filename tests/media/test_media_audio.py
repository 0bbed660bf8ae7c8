"""Audio: every encoder PyAV ships, durations, waveform derivatives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from casedesk.media import DecodeStatus, EvidenceKind, Limits, make_derivatives, probe_and_derive, probe_file

AUDIO_CASES = [
    # (file name, codec, container format, options, media type, codec reported)
    ("a.mp3", "libmp3lame", None, None, "audio/mpeg", "mp3"),
    ("a.m4a", "aac", "ipod", None, "audio/mp4", "aac"),
    (
        "a.ogg",
        "vorbis",
        "ogg",
        {"strict": "experimental"},
        "audio/ogg",
        "vorbis",
    ),  # FFmpeg's own encoder: stereo only
    ("a.opus", "libopus", "opus", None, "audio/ogg", "opus"),
    ("a.flac", "flac", None, None, "audio/flac", "flac"),
]


@pytest.mark.parametrize(
    ("name", "codec", "fmt", "options", "media_type", "reported"),
    AUDIO_CASES,
    ids=[c[1] for c in AUDIO_CASES],
)
def test_encoded_audio_is_probed(
    make_audio: Callable[..., Path],
    name: str,
    codec: str,
    fmt: str | None,
    options: dict[str, str] | None,
    media_type: str,
    reported: str,
) -> None:
    layout = "stereo" if codec == "vorbis" else "mono"
    path = make_audio(name, codec, fmt=fmt, options=options, seconds=1.0, layout=layout)

    info = probe_file(path)

    assert info.kind == EvidenceKind.AUDIO
    assert info.media_type == media_type
    assert info.decode_status == DecodeStatus.OK, info.warnings
    assert info.duration_s == pytest.approx(1.0, abs=0.1)
    assert info.details["codec"] == reported
    assert info.details["channels"] == (2 if codec == "vorbis" else 1)
    assert info.details["sample_rate"] > 0
    assert not any("File name ends in" in w for w in info.warnings)


def test_wav_probe_and_waveform(make_wav: Callable[..., Path], tmp_path: Path) -> None:
    # Loud tone for the first half, silence after: the waveform must show exactly that.
    path = make_wav("note.wav", seconds=2.0, loud_until=1.0)

    info, derivs = probe_and_derive(path, tmp_path / "d")

    assert (info.kind, info.media_type, info.decode_status) == (
        EvidenceKind.AUDIO,
        "audio/wav",
        DecodeStatus.OK,
    )
    assert info.duration_s == pytest.approx(2.0, abs=0.01)
    assert info.details["sample_rate"] == 16000 and info.details["codec"] == "pcm_s16le"
    roles = {d.role: d for d in derivs}
    assert set(roles) == {"waveform", "thumb"}
    wave = roles["waveform"]
    assert (wave.width, wave.height, wave.media_type) == (800, 120, "image/png")
    img = Image.open(tmp_path / "d" / wave.path).convert("L")
    assert img.size == (800, 120)

    def ink_height(x: int) -> int:
        return sum(1 for y in range(120) if img.getpixel((x, y)) < 128)

    assert all(ink_height(x) > 80 for x in range(20, 380, 40))  # loud half fills the height
    assert all(ink_height(x) <= 3 for x in range(420, 780, 40))  # silent half is a thin line
    thumb = Image.open(tmp_path / "d" / roles["thumb"].path)
    assert max(thumb.size) <= 256


def test_make_derivatives_for_compressed_audio(make_audio: Callable[..., Path], tmp_path: Path) -> None:
    path = make_audio("v.opus", "libopus", fmt="opus", seconds=1.0, loud_until=0.5)
    info = probe_file(path)
    derivs = make_derivatives(path, info, tmp_path / "d", prefix="ev1-")
    assert sorted(d.path for d in derivs) == ["ev1-thumb.png", "ev1-waveform.png"]
    assert all((tmp_path / "d" / d.path).stat().st_size > 0 for d in derivs)


def test_truncated_wav_is_partial(make_wav: Callable[..., Path], tmp_path: Path) -> None:
    data = make_wav(seconds=4.0).read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: len(data) // 2])
    info = probe_file(path)
    assert info.decode_status == DecodeStatus.PARTIAL
    assert any(
        "bytes shorter than its RIFF header declares; it is probably truncated" in w for w in info.warnings
    )


def test_mp3_tags_do_not_crash_and_garbage_mp3_fails(tmp_path: Path) -> None:
    path = tmp_path / "fake.mp3"
    path.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x10" + b"\x00" * 16 + b"not audio at all" * 50)
    info = probe_file(path)
    assert info.kind == EvidenceKind.AUDIO
    assert info.decode_status == DecodeStatus.FAILED
    assert info.warnings


def test_waveform_cut_by_time_limit_is_marked_not_silent(
    make_wav: Callable[..., Path], tmp_path: Path
) -> None:
    path = make_wav("long.wav", seconds=6.0)

    info, derivs = probe_and_derive(path, tmp_path / "d", Limits(max_decode_seconds=0.0))

    assert info.decode_status == DecodeStatus.OK  # a time limit is not damage
    assert info.details["integrity_checked"] is False
    assert any(w.startswith("The waveform covers only the first") for w in info.warnings), info.warnings
    wave = Image.open(tmp_path / "d" / next(d.path for d in derivs if d.role == "waveform")).convert("L")
    # The undecoded tail is blank: not even the centre line that stands for silence.
    assert all(wave.getpixel((x, 60)) == 255 for x in range(700, 800, 10))
    assert wave.getpixel((2, 60)) < 128


def test_integrity_scan_can_be_switched_off(make_wav: Callable[..., Path], tmp_path: Path) -> None:
    data = make_wav(seconds=4.0).read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: len(data) // 2 - 1])
    info = probe_file(path, Limits(check_av_integrity=False))
    assert not any("corrupt" in w for w in info.warnings)  # the damaged tail is never read
    assert info.duration_s is not None
