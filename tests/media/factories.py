"""Helpers that build test media in memory or on disk."""

from __future__ import annotations

import io
import math
import random
import struct
import zlib
from array import array
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

import av
from PIL import ExifTags, Image, ImageDraw, TiffImagePlugin

R = TiffImagePlugin.IFDRational


def scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A structured, photo-like synthetic picture (gradients and shapes) that differs per seed."""
    rnd = random.Random(seed)
    w, h = size
    img = Image.linear_gradient("L").resize(size).rotate(rnd.choice([0, 90, 180, 270]))
    base = Image.merge(
        "RGB", (img, Image.new("L", size, rnd.randrange(256)), img.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    )
    draw = ImageDraw.Draw(base)
    for _ in range(14):
        x, y = rnd.randrange(w), rnd.randrange(h)
        rw, rh = rnd.randrange(w // 8, w // 2), rnd.randrange(h // 8, h // 2)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        if rnd.random() < 0.5:
            draw.ellipse((x, y, x + rw, y + rh), fill=colour)
        else:
            draw.rectangle((x, y, x + rw, y + rh), fill=colour)
    return base


def build_exif(
    *,
    base: dict[int, Any] | None = None,
    exif_ifd: dict[int, Any] | None = None,
    gps: dict[int, Any] | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    for tag, value in (base or {}).items():
        exif[tag] = value
    if exif_ifd:
        exif[ExifTags.IFD.Exif] = exif_ifd
    if gps:
        exif[ExifTags.IFD.GPSInfo] = gps
    return exif


def dms(deg: float, minutes: float, seconds: float) -> tuple[R, R, R]:
    return (
        R(Fraction(deg).limit_denominator(1000)),
        R(Fraction(minutes).limit_denominator(1000)),
        R(Fraction(seconds).limit_denominator(1000)),
    )


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(width: int, height: int) -> bytes:
    """A few hundred bytes claiming width x height RGB pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def tiff_bomb(width: int, height: int) -> bytes:
    """Minimal little-endian greyscale TIFF whose IFD claims a huge size."""
    entries = [
        (256, 4, 1, width),
        (257, 4, 1, height),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, 8 + 2 + 12 * 9 + 4),
        (277, 3, 1, 1),
        (278, 4, 1, height),
        (279, 4, 1, 16),
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        packed = struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, typ, count) + packed
    ifd += struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\x00" * 16


def frame_colour(i: int) -> tuple[int, int, int]:
    """Per-frame colour, so a decoded frame tells which frame it was."""
    return ((i * 12) % 256, 255 - (i * 12) % 256, 90)


def sine_frames(
    seconds: float, rate: int, loud_until: float | None = None, chunk: int = 1024
) -> Iterable[Any]:
    """Mono float frames of a 440 Hz tone (silent after `loud_until` seconds, if given)."""
    total = round(seconds * rate)
    for start in range(0, total, chunk):
        n = min(chunk, total - start)
        samples = array(
            "f",
            (
                0.0
                if loud_until is not None and (start + i) / rate >= loud_until
                else 0.8 * math.sin(2 * math.pi * 440 * (start + i) / rate)
                for i in range(n)
            ),
        )
        frame = av.AudioFrame(format="flt", layout="mono", samples=n)
        frame.planes[0].update(samples.tobytes())
        frame.sample_rate = rate
        frame.pts = start
        frame.time_base = Fraction(1, rate)
        yield frame


def jpeg_bytes(img: Image.Image, **params: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", **params)
    return buf.getvalue()
