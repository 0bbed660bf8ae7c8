"""CaseDesk media layer: identify, describe and preview evidence files. Qt-free, offline, thread-safe.

The core calls `probe_and_derive` from its ingest thread pool; everything else is for the UI's
"extract still" tools and for re-generating derivatives.
"""

from .api import DecodeStatus, Derivative, EvidenceKind, GeoPoint, MediaInfo
from .limits import DEFAULT_LIMITS, Limits
from .phash import image_phash, phash_distance
from .probe import make_derivatives, probe_and_derive, probe_file
from .stills import (
    ExtractedFrame,
    StillError,
    encode_still_png,
    every_n_seconds,
    extract_still,
    iter_keyframe_times,
)

__all__ = [
    "DEFAULT_LIMITS",
    "DecodeStatus",
    "Derivative",
    "EvidenceKind",
    "ExtractedFrame",
    "GeoPoint",
    "Limits",
    "MediaInfo",
    "StillError",
    "encode_still_png",
    "every_n_seconds",
    "extract_still",
    "image_phash",
    "iter_keyframe_times",
    "make_derivatives",
    "phash_distance",
    "probe_and_derive",
    "probe_file",
]
