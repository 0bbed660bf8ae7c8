"""Entry points: sniff, dispatch to the right prober, optionally write derivatives from the same decode."""

from __future__ import annotations

import errno
from dataclasses import dataclass, replace
from pathlib import Path

from casedesk.fsutil import WriteFn, write_atomic
from casedesk.i18n import msg

from .api import DecodeStatus, Derivative, EvidenceKind, MediaInfo
from .avprobe import analyse_av
from .documents import analyse_pdf
from .images import analyse_image
from .jsonsafe import clean_text
from .limits import DEFAULT_LIMITS, Limits
from .render import Picture, picture_derivatives, waveform_derivatives
from .sniff import AV_FAMILIES, HEAD_BYTES, IMAGE_FAMILIES, extension_warning, name_implies_decodable, sniff

# OS errors that mean "the file itself cannot be read", which callers must see as OSError.
_UNREADABLE = frozenset({errno.EACCES, errno.EPERM, errno.ENOENT, errno.EISDIR, errno.EIO})


@dataclass(slots=True)
class _Decoded:
    picture: Picture | None = None  # upright RGB: the image itself or a video poster
    peaks: list[int | None] | None = None  # audio waveform peaks (None = not decoded)


def _analyse(
    path: Path, limits: Limits, want_waveform: bool, original_name: str | None
) -> tuple[MediaInfo, _Decoded]:
    size = path.stat().st_size  # OSError here means unreadable: let it propagate
    with path.open("rb") as fp:
        head = fp.read(HEAD_BYTES)
    if size == 0:
        info = MediaInfo(
            EvidenceKind.OTHER,
            "application/octet-stream",
            DecodeStatus.FAILED,
            [str(msg("Empty file (0 bytes)"))],
        )
        return info, _Decoded()
    sniffed = sniff(path, head)
    # Stores keep originals under content hashes; the name the user knew is what gets checked.
    named = Path(original_name) if original_name else path
    decoded = _Decoded()
    try:
        if sniffed.family in IMAGE_FAMILIES:
            info, decoded.picture = analyse_image(path, sniffed, head, limits)
        elif sniffed.family in AV_FAMILIES:
            result = analyse_av(path, sniffed, limits, want_waveform=want_waveform, head=head, file_size=size)
            info, decoded.picture, decoded.peaks = result.info, result.poster, result.peaks
        elif sniffed.family == "pdf":
            info = analyse_pdf(path)
        else:
            info = MediaInfo(kind=sniffed.kind, media_type=sniffed.media_type)
            if sniffed.family == "unknown" and name_implies_decodable(named):
                info.decode_status = DecodeStatus.FAILED
    except OSError as exc:
        if exc.errno in _UNREADABLE:
            raise
        info = _unexpected(sniffed.kind, sniffed.media_type, exc)
    except Exception as exc:  # last line of defence: hostile content must never crash ingest
        info = _unexpected(sniffed.kind, sniffed.media_type, exc)
    mismatch = extension_warning(named, sniffed.family, info.media_type)
    if mismatch:
        info.warnings.insert(0, mismatch)
    return info, decoded


def _unexpected(kind: EvidenceKind, media_type: str, exc: BaseException) -> MediaInfo:
    detail = clean_text(str(exc) or type(exc).__name__, 300)
    return MediaInfo(
        kind=kind,
        media_type=media_type,
        decode_status=DecodeStatus.FAILED,
        warnings=[
            str(
                msg(
                    "The file could not be analysed because of an unexpected error ({error}: {detail}).",
                    error=type(exc).__name__,
                    detail=detail,
                )
            )
        ],
    )


def _write(
    decoded: _Decoded, info: MediaInfo, out_dir: Path, prefix: str, write: WriteFn
) -> list[Derivative]:
    if info.decode_status in (DecodeStatus.FAILED, DecodeStatus.REFUSED):
        return []
    if decoded.picture is not None:
        return picture_derivatives(decoded.picture, out_dir, prefix, write)
    if decoded.peaks is not None:
        return waveform_derivatives(decoded.peaks, out_dir, prefix, write)
    return []


def probe_file(path: Path, limits: Limits = DEFAULT_LIMITS, *, original_name: str | None = None) -> MediaInfo:
    """Everything the content says about itself. Raises only OSError, when the file cannot be read.

    `original_name` is the file name the user gave (e.g. before copying into a content-addressed
    store); it is only used to warn when the name promises a different type than the content.
    Defaults to `path.name`.
    """
    info, _ = _analyse(Path(path), limits, want_waveform=False, original_name=original_name)
    return info


def probe_and_derive(
    path: Path,
    out_dir: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    original_name: str | None = None,
    prefix: str = "",
    write: WriteFn = write_atomic,
) -> tuple[MediaInfo, list[Derivative]]:
    """probe_file plus derivatives, decoding the content once. Thread-safe.

    Each derivative is written through ``write`` (default: durable when this returns; ingest stages
    them to publish a batch at a time). Raises OSError only when the original cannot be read or a
    derivative cannot be written.
    """
    info, decoded = _analyse(Path(path), limits, want_waveform=True, original_name=original_name)
    return info, _write(decoded, info, Path(out_dir), prefix, write)


def make_derivatives(
    path: Path,
    info: MediaInfo,
    out_dir: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    prefix: str = "",
    write: WriteFn = write_atomic,
) -> list[Derivative]:
    """(Re)generate derivatives for a file probed earlier; sets info.phash if it was missing."""
    if info.decode_status in (DecodeStatus.FAILED, DecodeStatus.REFUSED):
        return []
    # The integrity scan already ran when `info` was made; only the pictures are needed now.
    quick = replace(limits, check_av_integrity=False)
    fresh, decoded = _analyse(Path(path), quick, want_waveform=True, original_name=None)
    if info.phash is None and fresh.phash is not None:
        info.phash = fresh.phash
    return _write(decoded, fresh, Path(out_dir), prefix, write)
