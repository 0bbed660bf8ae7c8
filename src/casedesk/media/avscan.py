"""One bounded pass over a stream: demux every packet (integrity), decode only while a sink wants frames."""

from __future__ import annotations

import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Protocol

import av
import av.container
import av.stream
from PIL import Image

from .jsonsafe import clean_text
from .limits import Limits


class FrameSink(Protocol):
    def add(self, frame: Any) -> bool:
        """Consume one decoded frame; return False once no more frames are wanted."""
        ...


@dataclass(slots=True)
class ScanResult:
    end_s: float | None = None  # end of the last packet, relative to the stream start
    packets: int = 0
    corrupt_packets: int = 0
    frames_decoded: int = 0
    decode_errors: int = 0
    first_decode_error: str | None = None
    demux_error: str | None = None
    timed_out: bool = False


def reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
    return clean_text(str(text), 300)


def codec_name(ctx: Any) -> str | None:
    """Codec family name ("mp3"), not the decoder's implementation name ("mp3float")."""
    if ctx is None:
        return None
    codec = getattr(ctx, "codec", None)
    name = getattr(codec, "canonical_name", None) or getattr(ctx, "name", None)
    return str(name) if name else None


def stream_start(stream: av.stream.Stream) -> int:
    return stream.start_time if stream.start_time is not None else 0


def time_base(stream: av.stream.Stream) -> Fraction:
    return stream.time_base if stream.time_base is not None else Fraction(1, 1_000_000)


def scan_stream(
    container: av.container.InputContainer,
    stream: av.stream.Stream,
    sink: FrameSink | None,
    limits: Limits,
) -> ScanResult:
    result = ScanResult()
    deadline = time.monotonic() + limits.max_decode_seconds
    # Past the soft deadline we still wait for one decoded frame (a poster, proof of decodability),
    # but never beyond this.
    hard_deadline = deadline + max(5.0, limits.max_decode_seconds)
    tb = time_base(stream)
    start = stream_start(stream)
    decoding = sink is not None
    end_ts: int | None = None
    try:
        for packet in container.demux(stream):
            now = time.monotonic()
            if now > deadline and (result.frames_decoded > 0 or not decoding or now > hard_deadline):
                result.timed_out = True
                break
            ts = packet.pts if packet.pts is not None else packet.dts
            if ts is not None:
                result.packets += 1
                packet_end = ts + (packet.duration or 0)
                end_ts = packet_end if end_ts is None else max(end_ts, packet_end)
                if packet.is_corrupt:
                    result.corrupt_packets += 1
            if not decoding or sink is None:
                if not limits.check_av_integrity:
                    break  # frames are all we needed
                continue
            try:
                frames = packet.decode()
            except (av.FFmpegError, ValueError) as exc:
                result.decode_errors += 1
                result.first_decode_error = result.first_decode_error or reason(exc)
                continue
            for frame in frames:
                result.frames_decoded += 1
                if not sink.add(frame) or result.frames_decoded >= limits.max_frame_count:
                    decoding = False
                    break
    except (av.FFmpegError, EOFError, ValueError, MemoryError) as exc:
        result.demux_error = reason(exc)
    if end_ts is not None:
        result.end_s = float((end_ts - start) * tb)
    return result


def primary_video_stream(container: av.container.InputContainer) -> av.stream.Stream | None:
    """First real video stream; cover art in audio files is a one-frame "attached picture" stream."""
    for stream in container.streams.video:
        if not stream.disposition & av.stream.Disposition.attached_pic:
            return stream
    return None


def declared_duration(container: av.container.InputContainer, stream: av.stream.Stream) -> float | None:
    """The stream's own declared length if known, else the container's."""
    if stream.duration is not None and stream.duration > 0 and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / av.time_base
    return None


# Display rotation (degrees counter-clockwise) → transpose that shows the frame upright.
_ROTATIONS = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}
# Same rotation expressed as an EXIF orientation value, for the UI.
ROTATION_TO_ORIENTATION = {0: 1, 90: 8, 180: 3, 270: 6}


def normalised_rotation(frame: Any) -> int:
    try:
        degrees = float(frame.rotation or 0)
    except (AttributeError, TypeError, ValueError):
        return 0
    return round(degrees / 90.0) * 90 % 360


def upright_frame_image(frame: Any) -> tuple[Image.Image, int]:
    """RGB picture of a decoded video frame with the container's display rotation applied."""
    image: Image.Image = frame.to_image()
    rotation = normalised_rotation(frame)
    method = _ROTATIONS.get(rotation)
    return (image.transpose(method) if method is not None else image), rotation
