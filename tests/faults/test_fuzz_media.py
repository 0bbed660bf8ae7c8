"""Hostile media: byte-flipped, truncated and spliced images, footage, audio and PDFs, and JPEGs with
absurd EXIF. Probing never raises anything but OSError, returns within a time bound, writes only
into the folder it is given, and everything it reports can be stored and carried in a bundle."""

from __future__ import annotations

import io
import json
import math
import re
import wave
from array import array
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, TiffImagePlugin

from casedesk.core.service import CaseService
from casedesk.media import Limits, probe_and_derive, probe_file
from casedesk.media.api import DecodeStatus, EvidenceKind, MediaInfo

from .harness import FUZZ, bounded, tiny_png
from .tally import count

# Pillow warns while writing and reading the absurd tags; that noise is the point of these inputs.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Metadata Warning:UserWarning"),
    pytest.mark.filterwarnings("ignore:Tag data larger than file:UserWarning"),
]

LIMITS = Limits(max_decode_seconds=5.0)
BOUND_S = 20.0  # per input: far above a healthy probe (~50 ms), far below a hang
CATCH_ALL = re.compile(r"unexpected error \((\w+)")


def check_info(info: MediaInfo) -> None:
    """What a probe reports must be storable as it is, and carried in a bundle (strict JSON)."""
    assert isinstance(info.kind, EvidenceKind) and isinstance(info.decode_status, DecodeStatus)
    json.dumps(info.raw_metadata, allow_nan=False)
    json.dumps(info.details, allow_nan=False)
    for side in (info.width, info.height):
        assert side is None or (isinstance(side, int) and side > 0)
    assert info.duration_s is None or (math.isfinite(info.duration_s) and info.duration_s >= 0)
    if info.gps is not None:
        assert math.isfinite(info.gps.lat) and -90 <= info.gps.lat <= 90
        assert math.isfinite(info.gps.lon) and -180 <= info.gps.lon <= 180
        assert info.gps.alt is None or math.isfinite(info.gps.alt)
    assert all(isinstance(w, str) for w in info.warnings)
    for warning in info.warnings:
        if found := CATCH_ALL.search(warning):
            count(f"media inputs stopped only by the probe's catch-all ({found.group(1)})")


# -- seed files ------------------------------------------------------------------------------------


def _image(fmt: str, **params: Any) -> bytes:
    out = io.BytesIO()
    Image.linear_gradient("L").resize((48, 32)).convert("RGB").save(out, fmt, **params)
    return out.getvalue()


def _gif() -> bytes:
    out = io.BytesIO()
    frames = [Image.new("P", (16, 16), i * 40) for i in range(3)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def _exif_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Camera"
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (21.0, 19.0, 48.0), 3: "E", 4: (0.0, 57.0, 0.0)}
    return _image("JPEG", exif=exif)


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(bytes(range(256)) * 40)
    return out.getvalue()


def _av(fmt: str, codec: str, audio: bool) -> bytes:
    import av

    out = io.BytesIO()
    with av.open(out, "w", format=fmt) as container:
        if audio:
            stream = container.add_stream(codec, rate=16000, layout="mono")
            for start in range(0, 8000, 1024):
                samples = array("f", (0.5 * math.sin(i / 6) for i in range(start, start + 1024)))
                frame = av.AudioFrame(format="flt", layout="mono", samples=1024)
                frame.planes[0].update(samples.tobytes())
                frame.sample_rate, frame.pts, frame.time_base = 16000, start, Fraction(1, 16000)
                for packet in stream.encode(frame):
                    container.mux(packet)
        else:
            stream = container.add_stream(codec, rate=10)
            stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
            for i in range(10):
                frame = av.VideoFrame.from_image(Image.new("RGB", (32, 32), (i * 20, 0, 0)))
                frame.pts = i
                for packet in stream.encode(frame):
                    container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "A statement")
    canvas.save()
    return out.getvalue()


SEEDS: dict[str, Callable[[], bytes]] = {
    "a.png": lambda: _image("PNG"),
    "a.jpg": _exif_jpeg,
    "a.gif": _gif,
    "a.tif": lambda: _image("TIFF"),
    "a.webp": lambda: _image("WEBP"),
    "a.bmp": lambda: _image("BMP"),
    "a.mp4": lambda: _av("mp4", "libx264", audio=False),
    "a.webm": lambda: _av("webm", "libvpx", audio=False),
    "a.m4a": lambda: _av("mp4", "aac", audio=True),
    "a.wav": _wav,
    "a.pdf": _pdf,
}


@pytest.fixture(scope="module")
def seeds() -> dict[str, bytes]:
    return {name: make() for name, make in SEEDS.items()}


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media-fuzz")


def test_seed_files_probe_cleanly(seeds: dict[str, bytes], scratch: Path) -> None:
    """The control: unmutated seeds are understood (so mutations start from real structure)."""
    for name, data in seeds.items():
        path = scratch / name
        path.write_bytes(data)
        info = probe_file(path)
        check_info(info)
        assert info.decode_status is DecodeStatus.OK, (name, info.warnings)


mutations = st.lists(
    st.tuples(
        st.sampled_from(["flip", "truncate", "insert", "delete", "splice", "repeat"]),
        st.floats(min_value=0, max_value=1),
        st.integers(min_value=1, max_value=256),
        st.binary(min_size=1, max_size=8),
        st.sampled_from(sorted(SEEDS)),
    ),
    min_size=1,
    max_size=5,
)


def mutate(data: bytes, edits: list[tuple[str, float, int, bytes, str]], seeds: dict[str, bytes]) -> bytes:
    for op, where, length, payload, other in edits:
        # Keep the first 12 bytes (the magic) for half the edits, so decoders are reached.
        low = 12 if length % 2 and len(data) > 24 else 0
        at = low + int(where * max(0, len(data) - low - 1))
        if op == "flip":
            data = data[:at] + bytes([data[at] ^ payload[0] ^ 0x80]) + data[at + 1 :] if data else data
        elif op == "truncate":
            data = data[:at]
        elif op == "insert":
            data = data[:at] + payload * length + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + length :]
        elif op == "splice":
            tail = seeds[other]
            data = data[:at] + tail[int(where * len(tail)) :]
        else:  # repeat a span: duplicated boxes, chunks and frames
            data = data[:at] + data[at : at + length] * 3 + data[at:]
    return data


@settings(FUZZ, max_examples=200)
@given(st.sampled_from(sorted(SEEDS)), mutations)
def test_mutated_media(seeds: dict[str, bytes], scratch: Path, name: str, edits: Any) -> None:
    count("inputs fuzzed (media files)")
    case = scratch / "case"
    case.mkdir(exist_ok=True)
    path = case / name
    path.write_bytes(mutate(seeds[name], edits, seeds))
    out = case / "derived"
    before = {p for p in scratch.rglob("*") if not p.is_relative_to(out)}
    try:
        info, derivatives = bounded(BOUND_S, lambda: probe_and_derive(path, out, LIMITS))
    except OSError:
        return  # the one refusal the contract allows (the file itself cannot be read)
    check_info(info)
    for derivative in derivatives:
        assert (out / derivative.path).is_file()
    assert {p for p in scratch.rglob("*") if not p.is_relative_to(out)} == before, "wrote outside"


# -- EXIF -----------------------------------------------------------------------------------------

R = TiffImagePlugin.IFDRational
numbers = st.one_of(
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.builds(R, st.integers(min_value=-(2**31), max_value=2**32), st.integers(min_value=0, max_value=2**32)),
    st.builds(lambda n, d: R(Fraction(n, d)), st.integers(-(10**9), 10**9), st.integers(1, 10**9)),
)
values = st.one_of(
    numbers,
    st.text(max_size=40),
    st.sampled_from(["9999:99:99 99:99:99", "0000:00:00 00:00:00", "2025:03:14 25:61:61", "+99:99", "-00:00",
                     "2025:02:30 10:00:00", "\u202e2025:03:16", "N", "S", "E", "W", "X", "", "\x00"]),
    st.binary(max_size=40),
    st.tuples(numbers, numbers, numbers),
    st.lists(numbers, max_size=6).map(tuple),
)  # fmt: skip
_part = st.one_of(numbers, st.integers(0, 59), st.floats(0, 59.99))
triple = st.tuples(_part, _part, _part)
# A GPS IFD shaped like a real one (reference letters and degree/minute/second triples) whose numbers
# are absurd: beyond 90/180, negative, NaN, infinite, zero denominators.
gps_shaped = st.fixed_dictionaries(
    {1: st.sampled_from(["N", "S", "X", ""]), 2: triple, 3: st.sampled_from(["E", "W", "Q", ""]), 4: triple},
    optional={0: st.binary(max_size=4), 5: st.integers(-1, 300), 6: numbers, 29: st.text(max_size=12)},
)
BASE_TAGS = [0x010F, 0x0110, 0x0112, 0x0131, 0x0132, 0x011A, 0x0128]
EXIF_TAGS = [0x9003, 0x9004, 0x9011, 0x9010, 0x9291, 0x9286, 0xA002, 0xA003, 0x927C]
GPS_TAGS = [0, 1, 2, 3, 4, 5, 6, 7, 18, 29]


def exif_of(base: dict[int, Any], sub: dict[int, Any], gps: dict[int, Any]) -> Image.Exif:
    exif = Image.Exif()
    for tag, value in base.items():
        exif[tag] = value
    if sub:
        exif[ExifTags.IFD.Exif] = sub
    if gps:
        exif[ExifTags.IFD.GPSInfo] = gps
    return exif


@pytest.fixture(scope="module")
def exif_service(tmp_path_factory: pytest.TempPathFactory) -> tuple[CaseService, str]:
    svc = CaseService.open(tmp_path_factory.mktemp("exif") / "ws", "Fuzzer")
    return svc, svc.create_case("EXIF").id


@settings(FUZZ, max_examples=100)
@given(
    st.dictionaries(st.sampled_from(BASE_TAGS), values, max_size=5),
    st.dictionaries(st.sampled_from(EXIF_TAGS), values, max_size=5),
    st.one_of(st.dictionaries(st.sampled_from(GPS_TAGS), values, max_size=8), gps_shaped),
)
def test_absurd_exif(
    exif_service: tuple[CaseService, str], scratch: Path, base: Any, sub: Any, gps: Any
) -> None:
    path = scratch / "exif.jpg"
    try:
        data = _image("JPEG", exif=exif_of(base, sub, gps).tobytes())
    except Exception:
        reject()  # Pillow cannot even write these values; nothing to probe
    path.write_bytes(data)
    count("inputs fuzzed (EXIF JPEGs)")
    info = bounded(BOUND_S, lambda: probe_file(path))
    check_info(info)
    if info.gps is not None:
        count("EXIF inputs whose GPS was accepted as a location")
    svc, case_id = exif_service
    # The whole ingest: the reported values are stored and read back.
    [result] = bounded(BOUND_S, lambda: svc.add_files(case_id, [path]))
    assert result.status in ("added", "flagged", "duplicate"), result
    assert result.evidence_id is not None
    view = svc.evidence_view(result.evidence_id)
    assert view.sha256 == result.sha256


def test_exif_workspace_verifies(exif_service: tuple[CaseService, str]) -> None:
    svc, case_id = exif_service
    try:
        assert svc.verify(case_id).ok
    finally:
        svc.close()


def test_tiny_png_helper_is_deterministic(scratch: Path) -> None:
    a = tiny_png(scratch / "x1.png", 3).read_bytes()
    assert a == tiny_png(scratch / "x2.png", 3).read_bytes()
