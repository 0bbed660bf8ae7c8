"""Audio decoding for waveforms: peaks computed with C-level min/max, no numpy."""

from __future__ import annotations

from array import array
from typing import Any

import av

from .render import WAVEFORM_SIZE

_RATE = 8_000  # plenty for a picture of loudness over time, and cheap to resample to
_PEAKS_PER_COLUMN = 4


class FirstFrameSink:
    """Proves the audio decodes without paying for a full decode."""

    def add(self, frame: Any) -> bool:
        return False


class PeakSink:
    """Absolute 16-bit peaks over fixed windows of mono samples, in time order."""

    def __init__(self, expected_duration_s: float | None) -> None:
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=_RATE)
        self._expected_windows: int | None = None
        if expected_duration_s and expected_duration_s > 0:
            expected = expected_duration_s * _RATE
            self._window = max(1, int(expected // (WAVEFORM_SIZE[0] * _PEAKS_PER_COLUMN)))
            self._expected_windows = int(expected // self._window)
        else:
            self._window = 256
        self.peaks: list[int | None] = []
        self._peak = 0
        self._filled = 0
        self.failed = False

    def add(self, frame: Any) -> bool:
        try:
            for out in self._resampler.resample(frame):
                self._consume(out)
        except (av.FFmpegError, ValueError):
            self.failed = True  # e.g. the stream changes layout mid-way; keep what we have
            return False
        return True

    @property
    def covered_s(self) -> float:
        return (len(self.peaks) * self._window + self._filled) / _RATE

    def finish(self) -> list[int | None]:
        """Peaks in time order; if decoding stopped early, None marks the part never decoded."""
        if not self.failed:
            try:
                for out in self._resampler.resample(None):
                    self._consume(out)
            except (av.FFmpegError, ValueError):
                pass
        if self._filled:
            self.peaks.append(min(self._peak, 32767))
            self._peak = self._filled = 0
        missing = (self._expected_windows or 0) - len(self.peaks)
        # Only a real shortfall is padded: codecs' priming/padding makes small differences normal.
        if self._expected_windows and missing > self._expected_windows // 50 + 2:
            self.peaks.extend([None] * missing)
        return self.peaks

    def _consume(self, out: Any) -> None:
        samples = array("h")
        samples.frombytes(bytes(out.planes[0])[: out.samples * samples.itemsize])
        i, n = 0, len(samples)
        while i < n:
            take = min(self._window - self._filled, n - i)
            chunk = samples[i : i + take]
            self._peak = max(self._peak, max(chunk), -min(chunk))
            self._filled += take
            i += take
            if self._filled == self._window:
                self.peaks.append(min(self._peak, 32767))
                self._peak = self._filled = 0
