"""Read image dimensions straight from file headers.

Why: the pixel limit must be checked before any decoder (even Pillow's lazy open) is trusted
with the file, and Pillow's own bomb error does not say which dimensions were claimed.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

_JPEG_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_JPEG_MAX_SEGMENTS = 512


def header_dimensions(path: Path, family: str, head: bytes) -> tuple[int, int] | None:
    """(width, height) as claimed by the header, or None if unknown for this format or unreadable."""
    try:
        if family == "png":
            return _png(head)
        if family == "gif" and len(head) >= 10:
            w, h = struct.unpack("<HH", head[6:10])
            return w, h
        if family == "bmp":
            return _bmp(head)
        if family == "webp":
            return _webp(head)
        if family == "jpeg":
            with path.open("rb") as fp:
                return _jpeg(fp)
        if family == "tiff":
            with path.open("rb") as fp:
                return _tiff(fp)
    except (struct.error, OSError, ValueError):
        return None
    return None


def _png(head: bytes) -> tuple[int, int] | None:
    if head[12:16] != b"IHDR":
        return None
    w, h = struct.unpack(">II", head[16:24])
    return w, h


def _bmp(head: bytes) -> tuple[int, int] | None:
    (dib_size,) = struct.unpack("<I", head[14:18])
    if dib_size == 12:
        w, h = struct.unpack("<HH", head[18:22])
        return w, h
    w, h = struct.unpack("<ii", head[18:26])
    return abs(w), abs(h)  # negative height means top-down rows


def _webp(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(head[24:27], "little") + 1
        h = int.from_bytes(head[27:30], "little") + 1
        return w, h
    if chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and head[23:26] == b"\x9d\x01\x2a":
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    return None


def _jpeg(fp: BinaryIO) -> tuple[int, int] | None:
    if fp.read(2) != b"\xff\xd8":
        return None
    for _ in range(_JPEG_MAX_SEGMENTS):
        byte = fp.read(1)
        while byte and byte != b"\xff":  # tolerate garbage between segments
            byte = fp.read(1)
        marker = fp.read(1)
        while marker == b"\xff":  # fill bytes
            marker = fp.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in (0xD9, 0xDA):  # end of image / start of scan: no frame header seen
            return None
        if 0xD0 <= code <= 0xD7 or code == 0x01:  # markers without a length
            continue
        raw = fp.read(2)
        if len(raw) < 2:
            return None
        (length,) = struct.unpack(">H", raw)
        if code in _JPEG_SOF:
            frame = fp.read(5)
            if len(frame) < 5:
                return None
            h, w = struct.unpack(">HH", frame[1:5])
            return w, h
        fp.seek(length - 2, 1)
    return None


def _tiff(fp: BinaryIO) -> tuple[int, int] | None:
    """ImageWidth/ImageLength from the first IFD of a classic (non-Big) TIFF."""
    header = fp.read(8)
    order = {b"II": "<", b"MM": ">"}.get(header[:2])
    if order is None or struct.unpack(order + "H", header[2:4])[0] != 42:
        return None
    (offset,) = struct.unpack(order + "I", header[4:8])
    fp.seek(offset)
    (count,) = struct.unpack(order + "H", fp.read(2))
    entries = fp.read(12 * min(count, 1024))
    size: dict[int, int] = {}
    for i in range(0, len(entries) - 11, 12):
        tag, typ = struct.unpack(order + "HH", entries[i : i + 4])
        if tag in (256, 257) and typ in (3, 4):
            fmt = order + ("H" if typ == 3 else "I")
            size[tag] = struct.unpack(fmt, entries[i + 8 : i + 8 + struct.calcsize(fmt)])[0]
    if 256 in size and 257 in size:
        return size[256], size[257]
    return None
