"""Video: probing, posters, exact stills, keyframes, damage."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import av
import pytest
from PIL import Image

from casedesk.media import (
    DecodeStatus,
    EvidenceKind,
    ExtractedFrame,
    StillError,
    encode_still_png,
    every_n_seconds,
    extract_still,
    iter_keyframe_times,
    phash_distance,
    probe_and_derive,
    probe_file,
)

from .factories import frame_colour

VideoMaker = Callable[..., Path]


def test_libx264_and_mpeg4_encoders_exist() -> None:
    # The fixtures below rely on these; fail loudly if a future PyAV wheel drops them.
    assert {"libx264", "mpeg4", "aac"} <= set(av.codecs_available)


def test_probe_mp4_basics_tags_and_poster(make_video: VideoMaker, tmp_path: Path) -> None:
    path = make_video(
        "clip.mp4",
        with_audio=True,
        metadata={"creation_time": "2024-05-01T10:00:00Z", "location": "+48.8584+002.2945+035.000/"},
    )

    info, derivs = probe_and_derive(path, tmp_path / "d")

    assert info.kind == EvidenceKind.VIDEO and info.media_type == "video/mp4"
    assert info.decode_status == DecodeStatus.OK, info.warnings
    assert info.duration_s == pytest.approx(2.0, abs=0.05)
    assert (info.width, info.height) == (160, 120)
    assert info.details["frame_rate"] == pytest.approx(10.0)
    assert info.details["codec"] == "h264"
    assert info.details["audio_codec"] == "aac" and info.details["audio_sample_rate"] == 16000
    assert info.captured_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert (
        info.gps is not None
        # within two metres: exiftool reads the 16.16 fixed-point "loci" box and gives 5 decimals
        and info.gps.lat == pytest.approx(48.8584, abs=2e-5)
        and info.gps.lon == pytest.approx(2.2945, abs=2e-5)
    )
    assert info.gps.alt == pytest.approx(35.0)
    assert info.phash is not None
    assert info.details["poster_offset_s"] == pytest.approx(1.0)
    roles = {d.role: d for d in derivs}
    assert set(roles) == {"thumb", "preview"}
    poster = Image.open(tmp_path / "d" / roles["preview"].path).convert("RGB")
    r, g, _ = poster.getpixel((120, 90))
    assert abs(r - frame_colour(10)[0]) < 12 and abs(g - frame_colour(10)[1]) < 12  # frame at 1.0 s


def test_mkv_mpeg4_probe(make_video: VideoMaker) -> None:
    info = probe_file(make_video("clip.mkv", codec="mpeg4", fmt="matroska", seconds=1.5))
    assert info.media_type == "video/x-matroska" and info.kind == EvidenceKind.VIDEO
    assert info.duration_s == pytest.approx(1.5, abs=0.05)
    assert info.decode_status == DecodeStatus.OK
    assert info.details["codec"] == "mpeg4"


def test_webm_vp9_probe(make_video: VideoMaker) -> None:
    info = probe_file(make_video("clip.webm", codec="libvpx-vp9", fmt="webm", seconds=0.5))
    assert info.media_type == "video/webm"
    assert info.decode_status == DecodeStatus.OK, info.warnings
    assert not info.warnings


def test_mp4_named_avi_is_flagged(make_video: VideoMaker) -> None:
    info = probe_file(make_video("clip.avi", fmt="mp4", seconds=0.5))
    assert info.media_type == "video/mp4"
    assert info.warnings[0] == "File name ends in .avi but the content is MP4 video data (video/mp4)."


def test_extract_still_returns_frame_covering_offset(make_video: VideoMaker) -> None:
    path = make_video("clip.mp4", gop=10)

    frame = extract_still(path, 1.25)

    assert isinstance(frame, ExtractedFrame)
    assert frame.offset_s <= 1.25 < frame.offset_s + 0.1  # within one frame period
    assert frame.offset_s == pytest.approx(1.2)
    assert frame.frame_index == 12
    assert frame.image.mode == "RGB" and frame.image.size == (160, 120)
    r, g, _ = frame.image.getpixel((120, 90))
    assert abs(r - frame_colour(12)[0]) < 12 and abs(g - frame_colour(12)[1]) < 12


@pytest.mark.parametrize(("at", "index"), [(0.0, 0), (0.3, 3), (0.999, 9), (1.95, 19)])
def test_extract_still_exact_boundaries(make_video: VideoMaker, at: float, index: int) -> None:
    frame = extract_still(make_video("clip.mp4", gop=5), at)
    assert frame.frame_index == index
    assert frame.offset_s == pytest.approx(index / 10)


def test_extract_still_errors(make_video: VideoMaker, make_wav: Callable[..., Path]) -> None:
    path = make_video("clip.mp4")
    for bad in (2.0, 10.0, -0.1, float("nan")):
        with pytest.raises(StillError):
            extract_still(path, bad)
    with pytest.raises(StillError, match="has no video stream"):
        extract_still(make_wav(), 0.1)
    assert issubclass(StillError, ValueError)


def test_encode_still_png_is_lossless(make_video: VideoMaker) -> None:
    frame = extract_still(make_video("clip.mp4"), 0.5)
    data = encode_still_png(frame)
    assert data.startswith(b"\x89PNG")
    decoded = Image.open(io.BytesIO(data)).convert("RGB")
    assert decoded.tobytes() == frame.image.tobytes()
    assert encode_still_png(frame) == data  # deterministic bytes


def test_keyframes_and_regular_steps(make_video: VideoMaker) -> None:
    path = make_video("clip.mp4", gop=5)
    assert iter_keyframe_times(path) == [0.0, 0.5, 1.0, 1.5]
    assert every_n_seconds(path, 0.5) == [0.0, 0.5, 1.0, 1.5]
    assert every_n_seconds(path, 0.7) == [0.0, 0.7, 1.4]
    with pytest.raises(StillError):
        every_n_seconds(path, 0)


def test_rotated_phone_video_poster_and_stills_are_upright(make_video: VideoMaker, tmp_path: Path) -> None:
    # Display matrix "rotate 90° clockwise", as phones write for portrait recordings.
    path = make_video("portrait.mp4", rotation=-90)

    info, derivs = probe_and_derive(path, tmp_path / "d")
    frame = extract_still(path, 0.5)

    assert info.details["rotation"] == 270 and info.orientation == 6
    assert (info.width, info.height) == (160, 120)  # as stored
    thumb = next(d for d in derivs if d.role == "thumb")
    assert (thumb.width, thumb.height) == (120, 160)
    assert frame.image.size == (120, 160) and frame.rotation == 270
    # The white marker was top-left in storage; after a clockwise turn it is top-right.
    assert min(frame.image.getpixel((110, 10))) > 220
    assert min(frame.image.getpixel((10, 10))) < 200


def test_audio_only_mp4_is_audio(make_audio: Callable[..., Path]) -> None:
    path = make_audio("voice.mp4", "aac", rate=16000)
    info = probe_file(path)
    assert info.kind == EvidenceKind.AUDIO and info.media_type == "audio/mp4"
    # Written by PyAV: the muxer's name in the file is a finding (not a camera's file), nothing else.
    assert [w for w in info.warnings if "Lavf" not in w] == []
    with pytest.raises(StillError):
        iter_keyframe_times(path)


def test_truncated_mp4_without_index_fails_cleanly(make_video: VideoMaker, tmp_path: Path) -> None:
    data = make_video("clip.mp4").read_bytes()
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[: len(data) // 2])  # moov index is at the end, so it is gone

    info, derivs = probe_and_derive(path, tmp_path / "d")

    assert info.decode_status == DecodeStatus.FAILED
    assert info.kind == EvidenceKind.VIDEO and info.media_type == "video/mp4"
    assert info.warnings and "could not be opened" in info.warnings[0]
    assert derivs == []
    with pytest.raises(StillError):
        extract_still(path, 0.5)


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("cut.mkv", {"codec": "mpeg4", "fmt": "matroska"}),
        ("cut.mp4", {"container_options": {"movflags": "faststart"}}),
    ],
)
def test_truncated_video_with_index_is_partial(
    make_video: VideoMaker, tmp_path: Path, name: str, kwargs: dict[str, object]
) -> None:
    data = make_video("src_" + name, seconds=4, **kwargs).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])

    info = probe_file(path)

    assert info.decode_status == DecodeStatus.PARTIAL, info.warnings
    assert any("probably truncated" in w or "stopped with an error" in w for w in info.warnings), (
        info.warnings
    )
    assert info.phash is not None  # the part that is there still gives a poster


def test_corrupt_video_bytes_fail_without_raising(tmp_path: Path, make_video: VideoMaker) -> None:
    data = bytearray(make_video("clip.mkv", codec="mpeg4", fmt="matroska").read_bytes())
    for i in range(200, len(data), 7):
        data[i] ^= 0x5A
    path = tmp_path / "mangled.mkv"
    path.write_bytes(bytes(data))
    info = probe_file(path)
    assert info.decode_status in (DecodeStatus.PARTIAL, DecodeStatus.FAILED)
    assert info.warnings


def test_poster_phash_matches_reencoded_copy(make_video: VideoMaker) -> None:
    a = probe_file(make_video("a.mp4"))
    b = probe_file(make_video("b.mkv", codec="mpeg4", fmt="matroska", size=(320, 240)))
    assert a.phash and b.phash and phash_distance(a.phash, b.phash) <= 10


def test_transport_stream_offsets_are_relative_to_stream_start(make_video: VideoMaker) -> None:
    # MPEG-TS timestamps start at an arbitrary value (here 0.2 s); users count from the first frame.
    path = make_video("broadcast.ts", fmt="mpegts", gop=5)
    info = probe_file(path)
    assert info.media_type == "video/mp2t" and info.decode_status == DecodeStatus.OK
    assert extract_still(path, 1.25).offset_s == pytest.approx(1.2)
    assert iter_keyframe_times(path) == [0.0, 0.5, 1.0, 1.5]


def test_cover_art_does_not_make_audio_a_video(tmp_path: Path) -> None:
    from .factories import scene, sine_frames

    path = tmp_path / "song.mp3"
    with av.open(str(path), "w") as out:
        audio = out.add_stream("libmp3lame", rate=44100, layout="mono")
        art = out.add_stream("mjpeg", rate=1)
        art.width, art.height, art.pix_fmt = 64, 64, "yuvj420p"
        art.disposition = av.stream.Disposition.attached_pic
        picture = av.VideoFrame.from_image(scene(1, (64, 64)))
        picture.pts = 0
        for packet in [*art.encode(picture), *art.encode()]:
            out.mux(packet)
        for frame in sine_frames(1.0, 44100):
            for packet in audio.encode(frame):
                out.mux(packet)
        for packet in audio.encode():
            out.mux(packet)

    info = probe_file(path)

    assert (info.kind, info.media_type, info.warnings) == (EvidenceKind.AUDIO, "audio/mpeg", [])
    with pytest.raises(StillError, match="no video stream"):
        extract_still(path, 0.1)
