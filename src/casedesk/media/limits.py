"""Resource limits applied while probing and deriving, so hostile files cannot exhaust the machine."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    # Images whose header claims more pixels than this are refused before any pixel is decoded.
    max_pixels: int = 200_000_000
    # Wall-clock budget for one decode job (poster search, integrity scan, waveform, still search).
    max_decode_seconds: float = 30.0
    # Upper bound on frames decoded in one job (poster search, still search).
    max_frame_count: int = 3_000
    # Demux every packet of the main audio/video stream during probing, to detect truncation and
    # corruption. Costs one sequential read of the file (no decoding); switch off for quick re-probes.
    check_av_integrity: bool = True


DEFAULT_LIMITS = Limits()
