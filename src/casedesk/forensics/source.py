"""The still under examination, decoded once in memory under the limits ingest applies.

The original is read, never written: its bytes are read into memory and every method works on
decoded copies. As at ingest, the size the header claims is checked before any decoder sees the
pixels, Pillow's decompression-bomb guard stays on, and a damaged file is refused with a message
saying why; a JPEG whose data ends early is decoded as far as it goes (the finding says so).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from casedesk.core.errors import CaseDeskError
from casedesk.i18n import msg
from casedesk.media.dimensions import header_dimensions
from casedesk.media.images import ensure_heif_opener, upright_rgb
from casedesk.media.limits import DEFAULT_LIMITS, Limits
from casedesk.media.sniff import HEAD_BYTES, IMAGE_FAMILIES, describe, sniff

_EXIF_HEADER = b"Exif\x00\x00"
_JPEG_END = b"\xff\xd9"
_XMP_CHARS = 2_000_000  # an edit history of thousands of steps still fits


class ForensicsError(CaseDeskError):
    """This file cannot be examined: not a still image, too large, or damaged."""


@dataclass(frozen=True, slots=True, eq=False)
class Still:
    """A decoded copy of one still, with what the methods read from its file."""

    name: str
    family: str  # "jpeg", "png", "heif", ... (casedesk.media.sniff)
    media_type: str
    image: Image.Image  # RGB, pixels as stored (EXIF orientation not applied; HEIF comes upright)
    orientation: int  # EXIF orientation to apply for display (1 = none)
    data: bytes = field(repr=False)  # the file's bytes (read-only copy)
    luma: Image.Image | None = None  # JPEG: the decoder's own Y plane, before any colour conversion
    quantization: dict[int, tuple[int, ...]] = field(default_factory=dict)  # JPEG tables, natural order
    luma_table: int = 0  # which table the first component uses
    exif: bytes | None = None  # the TIFF structure of the EXIF block (offsets are relative to it)
    xmp: str | None = None
    partial: bool = False  # the JPEG data ended early; what was present was decoded


_IN_MEMORY = re.compile(r"\s*<_io\.BytesIO object at 0x[0-9a-fA-F]+>")


def _reason(exc: BaseException) -> str:
    """Pillow's words, without the in-memory file object it names."""
    return " ".join(_IN_MEMORY.sub("", str(exc) or type(exc).__name__).split())[:300]


def _too_big(name: str, width: int, height: int, limits: Limits) -> ForensicsError:
    return ForensicsError(
        msg(
            "{name} claims {width}x{height} pixels, above the {limit:g} megapixel limit; not examined.",
            name=name,
            width=width,
            height=height,
            limit=limits.max_pixels / 1e6,
        )
    )


def load_still(path: Path, limits: Limits = DEFAULT_LIMITS, *, name: str | None = None) -> Still:
    """Read and decode one still for examination, refusing what ingest refuses."""
    name = name or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ForensicsError(
            msg("{name} could not be read ({reason}).", name=name, reason=_reason(exc))
        ) from exc
    sniffed = sniff(path, data[:HEAD_BYTES])
    if sniffed.family not in IMAGE_FAMILIES or sniffed.pil_format is None:
        raise ForensicsError(
            msg(
                "{name} holds {content}, not a still image; only stills can be examined.",
                name=name,
                content=describe(sniffed.media_type),
            )
        )
    dims = header_dimensions(path, sniffed.family, data[:HEAD_BYTES])
    if dims is not None and dims[0] * dims[1] > limits.max_pixels:
        raise _too_big(name, *dims, limits)
    if sniffed.family == "heif":
        ensure_heif_opener()
    try:
        return _decode(data, name, sniffed.family, sniffed.media_type, sniffed.pil_format, limits)
    except ForensicsError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ForensicsError(
            msg(
                "{name} is above the image decoder's safety limit ({reason}); not examined.",
                name=name,
                reason=_reason(exc),
            )
        ) from exc
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, struct.error... on bad data
        raise ForensicsError(
            msg(
                "The {content} in {name} could not be decoded ({reason}); not examined.",
                content=describe(sniffed.media_type),
                name=name,
                reason=_reason(exc),
            )
        ) from exc


def _decode(data: bytes, name: str, family: str, media_type: str, pil_format: str, limits: Limits) -> Still:
    partial = False
    with Image.open(io.BytesIO(data), formats=[pil_format]) as im:
        if im.width * im.height > limits.max_pixels:
            raise _too_big(name, im.width, im.height, limits)
        if im.width == 0 or im.height == 0:
            raise ForensicsError(
                msg("{name} has no pixels ({width}x{height}).", name=name, width=im.width, height=im.height)
            )
        try:
            im.load()
        except OSError:
            if family != "jpeg":
                raise
            partial = True
        quantization = {int(k): tuple(int(v) for v in t) for k, t in getattr(im, "quantization", {}).items()}
        layers = getattr(im, "layer", None)
        luma_table = int(layers[0][3]) if layers else 0
        raw_exif = im.info.get("exif")
        xmp = im.info.get("xmp")
        # pillow-heif has already turned the pixels upright (and reset the EXIF orientation to 1).
        orientation = 1 if family == "heif" else _orientation(im)
        image = None if partial else upright_rgb(im, None)  # pixels as stored: no orientation applied here
    if image is None:
        image, luma = _partial_jpeg(data)
    else:
        luma = _jpeg_luma(data) if family == "jpeg" and quantization else None
    exif = bytes(raw_exif) if isinstance(raw_exif, bytes | bytearray) and raw_exif else None
    if exif is not None and exif.startswith(_EXIF_HEADER):
        exif = exif[len(_EXIF_HEADER) :]
    if isinstance(xmp, bytes):
        xmp = xmp.decode("utf-8", "replace")
    return Still(
        name=name,
        family=family,
        media_type=media_type,
        image=image,
        orientation=orientation,
        data=data,
        luma=luma,
        quantization=quantization,
        luma_table=luma_table,
        exif=exif,
        xmp=xmp[:_XMP_CHARS] if isinstance(xmp, str) and xmp else None,
        partial=partial,
    )


def _orientation(im: Image.Image) -> int:
    value = im.getexif().get(0x0112)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _jpeg_luma(data: bytes) -> Image.Image | None:
    """The Y plane as libjpeg decodes it (no YCbCr→RGB→Y round trip), for block DCT statistics."""
    with Image.open(io.BytesIO(data), formats=["JPEG"]) as im:
        if im.mode not in ("L", "RGB", "YCbCr"):
            return None  # CMYK/YCCK: not the usual luminance plane
        im.draft("YCbCr" if im.mode != "L" else "L", im.size)
        im.load()
        return im.getchannel(0).copy() if im.mode != "L" else im.copy()


def _partial_jpeg(data: bytes) -> tuple[Image.Image, Image.Image | None]:
    """Decode a cut-off JPEG by supplying the missing end marker, as ingest does."""
    with Image.open(io.BytesIO(data + _JPEG_END), formats=["JPEG"]) as im:
        im.load()
        image = upright_rgb(im, None)  # pixels as stored: no orientation applied here
    try:
        luma = _jpeg_luma(data + _JPEG_END)
    except OSError:
        luma = None
    return image, luma
