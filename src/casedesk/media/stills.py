"""Pull exact frames out of videos as new still evidence."""

from __future__ import annotations

import io
import math
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import av.container
import av.stream
from PIL import Image

from casedesk.i18n import Message, msg

from .avscan import (
    declared_duration,
    primary_video_stream,
    reason,
    stream_start,
    time_base,
    upright_frame_image,
)
from .limits import DEFAULT_LIMITS, Limits


class StillError(ValueError):
    """The requested frame cannot be produced (bad offset, no video stream, unreadable file).

    ``str(err)`` is the English sentence; ``err.message`` the message, to show in another language."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True, slots=True, eq=False)
class ExtractedFrame:
    image: Image.Image  # RGB, display rotation already applied
    offset_s: float  # presentation time of this frame, relative to the start of the video stream
    frame_index: int | None = None  # derived from the average frame rate; exact for constant-rate video
    rotation: int = 0  # degrees counter-clockwise applied to the decoded picture


def _open(video: Path) -> av.container.InputContainer:
    try:
        return av.open(str(video), metadata_errors="replace")
    except Exception as exc:
        raise StillError(
            msg("{name} could not be opened as a video: {reason}.", name=video.name, reason=reason(exc))
        ) from exc


def _video_stream(container: av.container.InputContainer, video: Path) -> av.stream.Stream:
    stream = primary_video_stream(container)
    if stream is None:
        raise StillError(msg("{name} has no video stream.", name=video.name))
    return stream


def _ts(frame: Any) -> int | None:
    ts = frame.pts if frame.pts is not None else frame.dts
    return int(ts) if ts is not None else None


def extract_still(video: Path, at_s: float, *, limits: Limits = DEFAULT_LIMITS) -> ExtractedFrame:
    """Decode the frame on screen at `at_s` seconds: seek to the keyframe before, decode forward."""
    if not math.isfinite(at_s) or at_s < 0:
        raise StillError(msg("Offset {offset!r} s is not a valid position in the video.", offset=at_s))
    with _open(video) as container:
        stream = _video_stream(container, video)
        duration = declared_duration(container, stream)
        if duration is not None and at_s >= duration:
            raise StillError(
                msg(
                    "Offset {offset:.3f} s is beyond the end of the video ({duration:.3f} s).",
                    offset=at_s,
                    duration=duration,
                )
            )
        tb = time_base(stream)
        start = stream_start(stream)
        # Round the request to nanoseconds so 0.3 s means 0.3 s, not 0.29999999999999998 s.
        target = start + math.floor(Fraction(round(at_s * 1e9), 10**9) / tb)
        deadline = time.monotonic() + limits.max_decode_seconds
        frame = _frame_at(container, stream, target, deadline, limits, seek_to=target)
        if frame is None:  # seek landed after the target (imprecise index): start from the top
            frame = _frame_at(container, stream, target, deadline, limits, seek_to=start, take_first=True)
        if frame is None:
            raise StillError(
                msg("No frame could be decoded at {offset:.3f} s in {name}.", offset=at_s, name=video.name)
            )
        ts = _ts(frame)
        offset = float((ts - start) * tb) if ts is not None else at_s
        if duration is None and frame.duration and ts is not None and target >= ts + frame.duration:
            raise StillError(msg("Offset {offset:.3f} s is beyond the end of the video.", offset=at_s))
        image, rotation = upright_frame_image(frame)
        rate = stream.average_rate or stream.guessed_rate
        index = round(offset * float(rate)) if rate else None
        return ExtractedFrame(image=image, offset_s=offset, frame_index=index, rotation=rotation)


def _frame_at(
    container: av.container.InputContainer,
    stream: av.stream.Stream,
    target: int,
    deadline: float,
    limits: Limits,
    *,
    seek_to: int,
    take_first: bool = False,
) -> Any:
    try:
        container.seek(seek_to, stream=stream, backward=True, any_frame=False)
    except av.FFmpegError:
        if not take_first:
            return None
    candidate: Any = None
    decoded = 0
    try:
        for frame in container.decode(stream):
            decoded += 1
            if time.monotonic() > deadline or decoded > limits.max_frame_count:
                raise StillError(msg("Gave up looking for the frame: the decode limits were reached."))
            ts = _ts(frame)
            if ts is None:
                continue
            if ts <= target:
                candidate = frame
                continue
            if candidate is None and take_first:
                candidate = frame  # the request falls before the first frame: show the first one
            break
    except av.FFmpegError as exc:
        if candidate is None:
            raise StillError(
                msg("The video could not be decoded near that offset ({reason}).", reason=reason(exc))
            ) from exc
    return candidate


def iter_keyframe_times(video: Path, *, limits: Limits = DEFAULT_LIMITS) -> list[float]:
    """Offsets (seconds from the stream start) of keyframes, from packet flags only; nothing is decoded."""
    with _open(video) as container:
        stream = _video_stream(container, video)
        tb = time_base(stream)
        start = stream_start(stream)
        deadline = time.monotonic() + limits.max_decode_seconds
        times: set[float] = set()
        try:
            for packet in container.demux(stream):
                if time.monotonic() > deadline:
                    raise StillError(msg("Gave up listing keyframes: the time limit was reached."))
                ts = packet.pts if packet.pts is not None else packet.dts
                if packet.is_keyframe and ts is not None:
                    times.add(round(float((ts - start) * tb), 6))
        except av.FFmpegError as exc:
            if not times:
                raise StillError(
                    msg("{name} could not be read: {reason}.", name=video.name, reason=reason(exc))
                ) from exc
        return sorted(times)


def every_n_seconds(video: Path, step_s: float) -> list[float]:
    """0, step, 2*step, ... strictly before the end of the video."""
    if not math.isfinite(step_s) or step_s <= 0:
        raise StillError(msg("Step {step!r} s must be a positive number of seconds.", step=step_s))
    with _open(video) as container:
        stream = _video_stream(container, video)
        duration = declared_duration(container, stream)
    if duration is None:
        raise StillError(
            msg("The length of {name} is unknown, so it cannot be divided into steps.", name=video.name)
        )
    count = math.ceil(duration / step_s) + 1
    # Multiply rather than accumulate, so rounding errors do not build up.
    return [t for t in (round(i * step_s, 6) for i in range(count)) if t < duration]


def encode_still_png(frame: ExtractedFrame) -> bytes:
    """Lossless PNG of the frame; deterministic for identical pixels."""
    buf = io.BytesIO()
    frame.image.convert("RGB").save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()
