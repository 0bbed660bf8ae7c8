"""Resize, encode and atomically write derivative files.

Each file goes through a ``write`` function: by default :func:`casedesk.fsutil.write_atomic` (durable
when it returns); ingest passes a staging writer whose files are made durable in batches.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from casedesk.fsutil import WriteFn, write_atomic

from .api import Derivative
from .phash import image_phash

THUMB_MAX = 256
PREVIEW_MAX = 640  # report-sized; the viewer shows the original itself
WAVEFORM_SIZE = (800, 120)
AUDIO_THUMB_SIZE = (256, 96)
_WAVE_INK = (32, 36, 48)
_WAVE_AXIS = (200, 202, 208)


def fit_within(img: Image.Image, max_side: int, reducing_gap: float = 2.0) -> Image.Image:
    """Downscale so the longest side is at most max_side (never upscales)."""
    w, h = img.size
    if max(w, h) <= max_side:
        return img
    scale = max_side / max(w, h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    # reducing_gap lets Pillow box-reduce by an integer factor first, much faster than a full Lanczos pass.
    return img.resize(size, Image.Resampling.LANCZOS, reducing_gap=reducing_gap)


@dataclass(frozen=True, slots=True, eq=False)
class Picture:
    """An upright RGB picture plus its thumbnail, made once and shared by phash and derivatives."""

    full: Image.Image
    thumb: Image.Image

    @property
    def phash(self) -> str:
        return image_phash(self.thumb)


def make_picture(upright: Image.Image) -> Picture:
    # A box-reduce to at most 2x the target then a short Lanczos pass: the ingest hot path.
    return Picture(full=upright, thumb=fit_within(upright, THUMB_MAX, reducing_gap=1.0))


def _save(img: Image.Image, out_dir: Path, name: str, role: str, fmt: str, write: WriteFn) -> Derivative:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=85 if role == "preview" else 80, optimize=False)
        media_type = "image/jpeg"
    else:
        img.save(buf, "PNG", optimize=False)
        media_type = "image/png"
    write(out_dir / name, buf.getvalue())
    return Derivative(role=role, path=name, media_type=media_type, width=img.width, height=img.height)


def picture_derivatives(
    picture: Picture, out_dir: Path, prefix: str = "", write: WriteFn = write_atomic
) -> list[Derivative]:
    """Thumb and preview JPEGs from an upright RGB picture (image or video poster)."""
    preview = fit_within(picture.full, PREVIEW_MAX)
    thumb = picture.thumb
    return [
        _save(thumb, out_dir, f"{prefix}thumb.jpg", "thumb", "JPEG", write),
        _save(preview, out_dir, f"{prefix}preview.jpg", "preview", "JPEG", write),
    ]


def render_waveform(peaks: list[int | None], size: tuple[int, int]) -> Image.Image:
    """Dark min/max waveform on white; `peaks` are absolute 16-bit sample peaks in time order.

    None marks audio that was never decoded (time limit): it is left blank, not drawn as silence.
    """
    width, height = size
    columns = _bucket(peaks, width)
    # Normalise to the loudest peak (with a floor) so quiet voice notes still show their shape.
    scale = max([*(c for c in columns if c is not None), 328])
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    mid = (height - 1) / 2
    draw.line([(0, mid), (width - 1, mid)], fill=_WAVE_AXIS)
    usable = height / 2 - 1
    for x, peak in enumerate(columns):
        if peak is None:
            draw.line([(x, 0), (x, height - 1)], fill="white")
            continue
        half = max(0.5, peak / scale * usable)
        draw.line([(x, mid - half), (x, mid + half)], fill=_WAVE_INK)
    return img


def _bucket(peaks: list[int | None], width: int) -> list[int | None]:
    n = len(peaks)
    if n == 0:
        return [0] * width
    if n <= width:  # stretch: nearest neighbour
        return [peaks[x * n // width] for x in range(width)]
    columns: list[int | None] = []
    for x in range(width):
        known = [
            p for p in peaks[x * n // width : max(x * n // width + 1, (x + 1) * n // width)] if p is not None
        ]
        columns.append(max(known) if known else None)
    return columns


def waveform_derivatives(
    peaks: list[int | None], out_dir: Path, prefix: str = "", write: WriteFn = write_atomic
) -> list[Derivative]:
    thumb, wave = render_waveform(peaks, AUDIO_THUMB_SIZE), render_waveform(peaks, WAVEFORM_SIZE)
    return [
        _save(thumb, out_dir, f"{prefix}thumb.png", "thumb", "PNG", write),
        _save(wave, out_dir, f"{prefix}waveform.png", "waveform", "PNG", write),
    ]
