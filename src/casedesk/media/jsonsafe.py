"""Turn metadata values read from untrusted files into small JSON-serialisable values."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any

MAX_TEXT_CHARS = 4_000
MAX_BYTES_SHOWN = 64
MAX_ITEMS = 256
_MAX_DEPTH = 6


def clean_text(value: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Strip the NUL padding many writers add and cap the length."""
    text = value.replace("\x00", " ").strip()
    if len(text) > limit:
        return text[:limit] + f"… ({len(text) - limit} more characters)"
    return text


def bytes_repr(data: bytes) -> str:
    """Readable text if the bytes are text, else hex for short blobs and a size note for long ones."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and all(ch.isprintable() or ch in "\r\n\t\x00" for ch in text):
        return clean_text(text)
    if len(data) <= MAX_BYTES_SHOWN:
        return data.hex()
    return f"<{len(data)} bytes>"


def to_jsonable(value: Any, _depth: int = 0) -> Any:
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        # NaN/inf are not valid JSON; keep them visible as text.
        return value if math.isfinite(value) else str(value)
    if isinstance(value, numbers.Real):  # IFDRational, Fraction, numpy-free
        try:
            as_float = float(value)
        except (ZeroDivisionError, ValueError, OverflowError):
            return str(value)
        return as_float if math.isfinite(as_float) else str(as_float)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes_repr(bytes(value))
    if _depth >= _MAX_DEPTH:
        return clean_text(repr(value), 200)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v, _depth + 1) for k, v in list(value.items())[:MAX_ITEMS]}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v, _depth + 1) for v in list(value)[:MAX_ITEMS]]
    return clean_text(repr(value), 200)
