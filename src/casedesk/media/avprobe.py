"""Probe video and audio files with PyAV: streams, tags, a bounded integrity scan, poster or waveform."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import av.container
import av.stream

from casedesk.i18n import Message, msg, msgn

from .api import DecodeStatus, EvidenceKind, MediaInfo
from .audio import FirstFrameSink, PeakSink
from .avscan import (
    ROTATION_TO_ORIENTATION,
    FrameSink,
    ScanResult,
    codec_name,
    declared_duration,
    primary_video_stream,
    reason,
    scan_stream,
    stream_start,
    time_base,
    upright_frame_image,
)
from .avtags import read_tags
from .exif import read_into
from .jsonsafe import to_jsonable
from .limits import Limits
from .render import Picture, make_picture
from .sniff import AV_MEDIA_TYPES, Sniffed, describe

POSTER_AT_S = 1.0  # far enough in to skip a black first frame, early enough to stay cheap
_SEVERITY = {DecodeStatus.OK: 0, DecodeStatus.PARTIAL: 1, DecodeStatus.REFUSED: 2, DecodeStatus.FAILED: 3}


@dataclass(slots=True)
class AvResult:
    info: MediaInfo
    poster: Picture | None = None  # upright RGB poster frame (video)
    peaks: list[int | None] | None = None  # waveform peaks (audio, only when requested)


class PosterSink:
    """Keeps the frame on screen at `target_s` (the last frame whose time is <= target)."""

    _UNTIMED_LIMIT = 30  # frames without timestamps: settle for an early frame

    def __init__(self, target_s: float, start_s: float) -> None:
        self._target = target_s
        self._start = start_s
        self._untimed = 0
        self.frame: Any = None

    def add(self, frame: Any) -> bool:
        t = frame.time
        if t is None:
            self._untimed += 1
            self.frame = frame
            return self._untimed < self._UNTIMED_LIMIT
        if self.frame is not None and t - self._start > self._target + 1e-9:
            return False
        self.frame = frame
        return True


def degrade(info: MediaInfo, status: DecodeStatus) -> None:
    if _SEVERITY[status] > _SEVERITY[info.decode_status]:
        info.decode_status = status


def riff_shortfall(head: bytes, file_size: int) -> int:
    """Bytes missing according to the RIFF header (WAV/AVI); 0 if complete or the size is a placeholder."""
    if head[:4] != b"RIFF" or len(head) < 8:
        return 0
    declared = int.from_bytes(head[4:8], "little")
    if declared in (0, 0xFFFFFFFF):  # streaming writers leave these when the length was unknown
        return 0
    return max(0, declared + 8 - file_size)


def analyse_av(
    path: Path,
    sniffed: Sniffed,
    limits: Limits,
    *,
    want_waveform: bool,
    head: bytes = b"",
    file_size: int = 0,
) -> AvResult:
    info = MediaInfo(kind=sniffed.kind, media_type=sniffed.media_type)
    missing = riff_shortfall(head, file_size) if file_size else 0
    if missing:
        info.decode_status = DecodeStatus.PARTIAL
        info.warnings.append(
            str(
                msg(
                    "The file is {missing} bytes shorter than its RIFF header declares; "
                    "it is probably truncated.",
                    missing=missing,
                )
            )
        )
    try:
        container = av.open(str(path), metadata_errors="replace")
    except Exception as exc:  # FFmpegError, OSError subclasses, UnicodeError...
        info.decode_status = DecodeStatus.FAILED
        info.warnings.append(
            str(
                msg(
                    "The {content} could not be opened: {reason}.",
                    content=describe(sniffed.media_type),
                    reason=reason(exc),
                )
            )
        )
        return AvResult(info)
    with container:
        result = _analyse_container(container, sniffed, info, limits, want_waveform)
    read_into(path, result.info)  # exiftool's dates, GPS and camera: the container's tags miss them
    return result


def _media_type(sniffed: Sniffed, video: bool) -> str:
    if sniffed.family == "isobmff":
        if sniffed.media_type == "video/3gpp":
            return "video/3gpp" if video else "audio/3gpp"
        if sniffed.media_type == "video/quicktime" and video:
            return "video/quicktime"
        return "video/mp4" if video else "audio/mp4"
    if sniffed.family == "matroska":
        sub = "webm" if "webm" in sniffed.media_type else "x-matroska"
        return f"video/{sub}" if video else f"audio/{sub}"
    pair = AV_MEDIA_TYPES.get(sniffed.family)
    if pair is None:
        return sniffed.media_type
    return pair[0] if video else pair[1]


def _analyse_container(
    container: av.container.InputContainer,
    sniffed: Sniffed,
    info: MediaInfo,
    limits: Limits,
    want_waveform: bool,
) -> AvResult:
    video = primary_video_stream(container)
    audios = list(container.streams.audio)
    info.details["container"] = container.format.name
    if container.bit_rate:
        info.details["bit_rate"] = int(container.bit_rate)
    info.raw_metadata["format_tags"] = to_jsonable(dict(container.metadata))
    info.raw_metadata["streams"] = [
        {
            "index": s.index,
            "type": s.type,
            "codec": codec_name(s.codec_context),
            "tags": to_jsonable(dict(s.metadata)),
        }
        for s in container.streams
    ]
    primary: av.stream.Stream
    if video is not None:
        info.kind, primary = EvidenceKind.VIDEO, video
    elif audios:
        info.kind, primary = EvidenceKind.AUDIO, audios[0]
    else:
        info.decode_status = DecodeStatus.FAILED
        info.warnings.append(str(msg("The file contains no audio or video stream.")))
        return AvResult(info)
    info.media_type = _media_type(sniffed, info.kind == EvidenceKind.VIDEO)
    declared = declared_duration(container, primary)
    if container.duration is not None and container.duration > 0:
        info.duration_s = container.duration / av.time_base
    else:
        info.duration_s = declared

    facts = read_tags(container.metadata, [s.metadata for s in container.streams])
    info.warnings.extend(facts.warnings)
    info.captured_at, info.gps = facts.captured_at, facts.gps
    info.camera_make, info.camera_model, info.software = facts.make, facts.model, facts.software
    if facts.captured_at_source:
        info.details["captured_at_source"] = facts.captured_at_source

    if audios:
        _audio_details(audios[0], info, prefix="" if info.kind == EvidenceKind.AUDIO else "audio_")
    if info.kind == EvidenceKind.VIDEO:
        return _video(container, primary, info, limits, declared)
    return _audio(container, primary, info, limits, declared, want_waveform)


def _audio_details(stream: av.stream.Stream, info: MediaInfo, prefix: str) -> None:
    ctx: Any = stream.codec_context
    info.details[f"{prefix}codec"] = codec_name(ctx)
    if ctx.sample_rate:
        info.details[f"{prefix}sample_rate"] = int(ctx.sample_rate)
    channels = getattr(ctx, "channels", None) or getattr(getattr(ctx, "layout", None), "nb_channels", None)
    if channels:
        info.details[f"{prefix}channels"] = int(channels)


def _video(
    container: av.container.InputContainer,
    stream: av.stream.Stream,
    info: MediaInfo,
    limits: Limits,
    declared: float | None,
) -> AvResult:
    ctx: Any = stream.codec_context
    vstream: Any = stream
    info.width, info.height = int(ctx.width or 0) or None, int(ctx.height or 0) or None
    info.details["codec"] = codec_name(ctx)
    if ctx.profile:
        info.details["profile"] = str(ctx.profile)
    if ctx.format is not None:
        info.details["pixel_format"] = ctx.format.name
    rate = vstream.average_rate or vstream.guessed_rate
    if rate:
        info.details["frame_rate"] = round(float(rate), 3)
    if vstream.frames:
        info.details["frame_count"] = int(vstream.frames)

    if info.width and info.height and info.width * info.height > limits.max_pixels:
        degrade(info, DecodeStatus.REFUSED)
        info.warnings.append(
            str(
                msg(
                    "Video claims {width}x{height} pixel frames, above the {limit:g} megapixel limit; "
                    "frames not decoded.",
                    width=info.width,
                    height=info.height,
                    limit=limits.max_pixels / 1e6,
                )
            )
        )
        return AvResult(info)

    target = POSTER_AT_S if not declared else min(POSTER_AT_S, declared / 2)
    sink = PosterSink(target, float(stream_start(stream) * time_base(stream)))
    scan = scan_stream(container, stream, sink, limits)
    _judge(info, scan, declared, "video", limits)
    if sink.frame is None:
        return AvResult(info)
    try:
        poster, rotation = upright_frame_image(sink.frame)
    except (av.FFmpegError, ValueError, MemoryError) as exc:
        degrade(info, DecodeStatus.PARTIAL)
        info.warnings.append(
            str(msg("The poster frame could not be converted to a picture ({reason}).", reason=reason(exc)))
        )
        return AvResult(info)
    if rotation:
        info.details["rotation"] = rotation
        info.orientation = ROTATION_TO_ORIENTATION[rotation]
    picture = make_picture(poster)
    info.phash = picture.phash
    info.details["poster_offset_s"] = round(
        float(sink.frame.time or 0.0) - float(stream_start(stream) * time_base(stream)), 6
    )
    return AvResult(info, poster=picture)


def _audio(
    container: av.container.InputContainer,
    stream: av.stream.Stream,
    info: MediaInfo,
    limits: Limits,
    declared: float | None,
    want_waveform: bool,
) -> AvResult:
    peak_sink = PeakSink(declared) if want_waveform else None
    sink: FrameSink = peak_sink if peak_sink is not None else FirstFrameSink()
    scan = scan_stream(container, stream, sink, limits)
    _judge(info, scan, declared, "audio", limits)
    if peak_sink is None or scan.frames_decoded == 0:
        return AvResult(info)
    peaks = peak_sink.finish()
    if scan.timed_out:
        covered = peak_sink.covered_s
        info.warnings.append(
            str(
                msg(
                    "The waveform covers only the first {seconds:.1f} s; decoding stopped at the time limit.",
                    seconds=covered,
                )
            )
        )
    return AvResult(info, peaks=peaks)


def _judge(info: MediaInfo, scan: ScanResult, declared: float | None, kind: str, limits: Limits) -> None:
    """Turn what the scan saw into a decode status and plain-English warnings (recorded as such)."""
    end = scan.end_s
    label = _STREAM_LABELS[kind]
    if scan.packets == 0 and scan.demux_error is None:
        degrade(info, DecodeStatus.FAILED)
        info.warnings.append(str(msg("The file contains no {stream} data.", stream=label)))
        return
    if scan.demux_error is not None:
        degrade(info, DecodeStatus.PARTIAL)
        if end is not None:
            stopped = msg(
                "Reading the {stream} data stopped with an error at {seconds:.1f} s ({reason}); "
                "the file may be damaged.",
                stream=label,
                seconds=end,
                reason=scan.demux_error,
            )
        else:
            stopped = msg(
                "Reading the {stream} data stopped with an error ({reason}); the file may be damaged.",
                stream=label,
                reason=scan.demux_error,
            )
        info.warnings.append(str(stopped))
    elif (
        limits.check_av_integrity
        and not scan.timed_out
        and declared
        and end is not None
        and end < declared - max(0.5, 0.02 * declared)
    ):
        degrade(info, DecodeStatus.PARTIAL)
        info.warnings.append(
            str(
                msg(
                    "The {stream} data ends at {seconds:.1f} s although the file declares {declared:.1f} s; "
                    "the file is probably truncated.",
                    stream=label,
                    seconds=end,
                    declared=declared,
                )
            )
        )
    if scan.corrupt_packets:
        degrade(info, DecodeStatus.PARTIAL)
        count = scan.corrupt_packets
        # English says "is" or "are", which no plural marker spells: one sentence for one packet.
        corrupt = (
            msg("1 {stream} packet is flagged as corrupt (damaged or cut short).", stream=label)
            if count == 1
            else msgn(
                "%n {stream} packets are flagged as corrupt (damaged or cut short).", count, stream=label
            )
        )
        info.warnings.append(str(corrupt))
    if scan.frames_decoded == 0:
        degrade(info, DecodeStatus.FAILED)
        detail = scan.first_decode_error or msg("no decodable data", "fragment: why no frame was decoded")
        info.warnings.append(
            str(msg("No {stream} frame could be decoded ({reason}).", stream=label, reason=detail))
        )
    elif scan.decode_errors:
        degrade(info, DecodeStatus.PARTIAL)
        info.warnings.append(
            str(
                msgn(
                    "%n {stream} packets could not be decoded ({reason}).",
                    scan.decode_errors,
                    stream=label,
                    reason=scan.first_decode_error,
                )
            )
        )
    if scan.timed_out:
        info.details["integrity_checked"] = False
        info.warnings.append(
            str(
                msg(
                    "The integrity check stopped after {seconds:g} s (time limit); "
                    "the rest of the file was not checked.",
                    seconds=limits.max_decode_seconds,
                )
            )
        )


# The kind of stream a warning is about, as it reads inside the sentence ("the video data").
_STREAM_LABELS: dict[str, Message] = {
    "video": msg("video", "fragment: kind of stream"),
    "audio": msg("audio", "fragment: kind of stream"),
}
