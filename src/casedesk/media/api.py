"""What the media layer tells the core about one file.

The core stores these values on the evidence row; nothing here touches the
database or the evidence store, so probing can run in worker threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class EvidenceKind(StrEnum):
    STILL = "still"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    OTHER = "other"


class DecodeStatus(StrEnum):
    OK = "ok"  # fully understood
    PARTIAL = "partial"  # type known, some metadata or frames unreadable
    FAILED = "failed"  # could not be decoded at all (corrupt, truncated, empty)
    REFUSED = "refused"  # deliberately not decoded (decompression bomb, limits)


@dataclass(frozen=True, slots=True)
class GeoPoint:
    lat: float
    lon: float
    alt: float | None = None


@dataclass(slots=True)
class MediaInfo:
    """Everything learned from one file's content (never from its name alone)."""

    kind: EvidenceKind
    media_type: str  # sniffed from content, e.g. "image/jpeg"; "application/octet-stream" if unknown
    decode_status: DecodeStatus = DecodeStatus.OK
    warnings: list[str] = field(default_factory=list)
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    captured_at: datetime | None = None  # timezone-aware when the offset is known, else naive
    gps: GeoPoint | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    software: str | None = None
    orientation: int | None = None  # EXIF orientation 1..8
    phash: str | None = None  # 16 hex digits (64-bit perceptual hash) for images and video posters
    # Per-kind details (codec, frame rate, sample rate, channels, page count, title, ...).
    details: dict[str, Any] = field(default_factory=dict)
    # Raw metadata as read (EXIF tags by name, PNG text chunks, container tags); JSON-serialisable.
    raw_metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Derivative:
    """A regenerable file made from an original (thumbnail, preview, poster, waveform)."""

    role: str  # "thumb", "preview", "waveform"
    path: str  # file name inside the derived folder given to make_derivatives
    media_type: str
    width: int
    height: int
