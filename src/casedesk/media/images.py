"""Probe still images with Pillow: size, metadata, one reduced-scale decode, perceptual hash."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

from PIL import Image

from casedesk.i18n import Message, msg

from .api import DecodeStatus, EvidenceKind, MediaInfo
from .dimensions import header_dimensions
from .exif import NO_EXIF_FINDING, read_exif
from .jsonsafe import clean_text, to_jsonable
from .limits import Limits
from .render import PREVIEW_MAX, Picture, make_picture
from .sniff import Sniffed, describe

# Formats where an absent EXIF block is itself a finding (cameras and phones always write one).
_EXIF_EXPECTED = frozenset({"jpeg", "png", "webp", "heif", "avif"})
# EXIF orientation → transpose that makes the picture upright.
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_XMP_CHARS = 20_000
_heif_lock = threading.Lock()


def ensure_heif_opener() -> None:
    """Register pillow-heif once, on first HEIF file; Pillow's registry is the only state kept."""
    with _heif_lock:
        if "HEIF" not in Image.OPEN:
            import pillow_heif

            pillow_heif.register_heif_opener()


def _pixels_text(pixels: int) -> Message:
    if pixels >= 1_000_000_000:
        return msg("{count:.3g} gigapixels", "fragment: image size", count=pixels / 1e9)
    return msg("{count:.3g} megapixels", "fragment: image size", count=pixels / 1e6)


def _refuse_if_too_big(size: tuple[int, int], limits: Limits, info: MediaInfo) -> bool:
    w, h = size
    if w * h <= limits.max_pixels:
        return False
    info.decode_status = DecodeStatus.REFUSED
    info.warnings.append(
        str(
            msg(
                "Image claims {width}x{height} pixels ({pixels}), above the {limit:g} megapixel limit; "
                "not decoded.",
                width=w,
                height=h,
                pixels=_pixels_text(w * h),
                limit=limits.max_pixels / 1e6,
            )
        )
    )
    return True


def _reason(exc: BaseException) -> str:
    return clean_text(str(exc).strip() or type(exc).__name__, 300)


def _above_safety_limit(exc: BaseException) -> str:
    return str(
        msg("Image is above the image decoder's safety limit ({reason}); not decoded.", reason=_reason(exc))
    )


def analyse_image(
    path: Path, sniffed: Sniffed, head: bytes, limits: Limits
) -> tuple[MediaInfo, Picture | None]:
    """MediaInfo plus the decoded, upright RGB picture (None when refused or undecodable)."""
    info = MediaInfo(kind=EvidenceKind.STILL, media_type=sniffed.media_type)
    # Check the claimed size from the raw header before any decoder sees the file.
    dims = header_dimensions(path, sniffed.family, head)
    if dims is not None:
        info.width, info.height = dims
        if _refuse_if_too_big(dims, limits, info):
            return info, None
    if sniffed.family == "heif":
        ensure_heif_opener()
    assert sniffed.pil_format is not None
    try:
        im = Image.open(path, formats=[sniffed.pil_format])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        info.decode_status = DecodeStatus.REFUSED
        if dims is not None:
            w, h = dims
            info.warnings.append(
                str(
                    msg(
                        "Image claims {width}x{height} pixels ({pixels}), above the image decoder's "
                        "safety limit; not decoded.",
                        width=w,
                        height=h,
                        pixels=_pixels_text(w * h),
                    )
                )
            )
        else:
            info.warnings.append(_above_safety_limit(exc))
        return info, None
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, struct.error... on bad headers
        info.decode_status = DecodeStatus.FAILED
        info.warnings.append(
            str(
                msg(
                    "The {content} could not be read ({reason}); not decoded.",
                    content=describe(sniffed.media_type),
                    reason=_reason(exc),
                )
            )
        )
        return info, None
    picture: Picture | None = None
    try:
        picture = _analyse_open(path, im, sniffed, info, limits)
        return info, picture
    finally:
        if picture is None or picture.full is not im:  # a loaded image may be reused; its file is closed
            im.close()


def _analyse_open(
    path: Path, im: Image.Image, sniffed: Sniffed, info: MediaInfo, limits: Limits
) -> Picture | None:
    info.width, info.height = im.size
    if _refuse_if_too_big(im.size, limits, info):
        return None
    if im.width == 0 or im.height == 0:
        info.decode_status = DecodeStatus.FAILED
        info.warnings.append(
            str(
                msg(
                    "Image header claims a size of {width}x{height} pixels; not decoded.",
                    width=im.width,
                    height=im.height,
                )
            )
        )
        return None
    info.details["format"] = im.format
    info.details["mode"] = im.mode
    frames = _frame_count(im)
    if frames > 1:
        info.details["frame_count"] = frames
        info.details["animated"] = True

    decoded: Image.Image | None = None
    if sniffed.family == "jpeg":
        _draft_for_preview(im)
    try:
        im.load()
        decoded = im
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        info.decode_status = DecodeStatus.REFUSED
        info.warnings.append(_above_safety_limit(exc))
    except Exception as exc:
        decoded = _load_truncated_jpeg(path, info) if sniffed.family == "jpeg" else None
        if decoded is None:
            info.decode_status = DecodeStatus.FAILED
            info.warnings.append(
                str(
                    msg(
                        "The {content} could not be decoded: {reason}.",
                        content=describe(sniffed.media_type),
                        reason=_reason(exc),
                    )
                )
            )

    # PNG keeps EXIF/text chunks after the pixel data, and Pillow would re-load to find them.
    if decoded is not None or sniffed.family != "png":
        _read_metadata(im, sniffed, info)
    if decoded is None:
        return None
    to_apply = info.orientation
    original = im.info.get("original_orientation")
    if sniffed.family == "heif" and isinstance(original, int):
        # pillow-heif already rotated the pixels and reset EXIF to 1; report the camera's value.
        info.orientation = original if 1 <= original <= 8 else info.orientation
        to_apply = None
        if original in (5, 6, 7, 8):  # keep width/height as stored, like every other format
            info.width, info.height = im.height, im.width
    picture = make_picture(
        upright_rgb(decoded, to_apply, reuse=decoded is im and getattr(im, "fp", None) is None)
    )
    info.phash = picture.phash
    return picture


def _frame_count(im: Image.Image) -> int:
    try:
        return int(getattr(im, "n_frames", 1))
    except Exception:  # counting frames parses the whole file; a damaged tail is not fatal here
        return 1


def _draft_for_preview(im: Image.Image) -> None:
    """Let libjpeg decode at 1/2, 1/4 or 1/8 scale, keeping the long side >= 3/4 of the preview size.

    Why: DCT-domain downscaling is the cheapest decode there is; the same reduced image feeds
    the phash, the thumbnail and the preview, so each JPEG is decoded exactly once.
    """
    w, h = im.size
    for scale in (8, 4, 2):
        if max(w, h) / scale >= PREVIEW_MAX * 0.75:
            im.draft("RGB", (w // scale, h // scale))
            return


def _load_truncated_jpeg(path: Path, info: MediaInfo) -> Image.Image | None:
    """Decode what there is of a cut-off JPEG by supplying the missing end marker.

    Why not ImageFile.LOAD_TRUNCATED_IMAGES: it is process-global and we run in a thread pool.
    """
    try:
        data = path.read_bytes() + b"\xff\xd9"
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as partial:
            _draft_for_preview(partial)
            partial.load()
            result = partial.copy()
    except Exception:
        return None
    info.decode_status = DecodeStatus.PARTIAL
    info.warnings.append(
        str(
            msg(
                "The JPEG image data ends early (the file is truncated or damaged); "
                "only the part that was present could be decoded."
            )
        )
    )
    return result


def _read_metadata(im: Image.Image, sniffed: Sniffed, info: MediaInfo) -> None:
    exif = read_exif(im)
    info.warnings.extend(exif.warnings)
    info.captured_at = exif.captured_at
    info.gps = exif.gps
    info.camera_make = exif.make
    info.camera_model = exif.model
    info.software = exif.software
    info.orientation = exif.orientation
    info.details.update(exif.details)
    info.raw_metadata.update(exif.raw)
    if not exif.present and sniffed.family in _EXIF_EXPECTED:
        info.warnings.append(NO_EXIF_FINDING)

    meta: dict[str, Any] = {}
    text_chunks = getattr(im, "text", None) if sniffed.family == "png" else None
    if text_chunks:
        meta["png_text"] = to_jsonable(dict(text_chunks))
    xmp = im.info.get("xmp")
    if isinstance(xmp, bytes | str) and xmp:
        xmp_text = xmp.decode("utf-8", "replace") if isinstance(xmp, bytes) else xmp
        meta["xmp"] = clean_text(xmp_text, _XMP_CHARS)
    comment = im.info.get("comment")
    if isinstance(comment, bytes | str) and comment:
        meta["comment"] = to_jsonable(comment)
    icc = im.info.get("icc_profile")
    if isinstance(icc, bytes) and icc:
        meta["icc_profile"] = f"<{len(icc)} bytes ICC profile>"
    info.raw_metadata.update(meta)


def upright_rgb(im: Image.Image, orientation: int | None, *, reuse: bool = False) -> Image.Image:
    """RGB image, transparency flattened onto white, EXIF orientation applied.

    Returns a new image unless `reuse` allows handing back `im` itself when nothing needs changing
    (saves a full-size copy on the ingest hot path).
    """
    method = _TRANSPOSE.get(orientation or 1)
    if reuse and im.mode == "RGB" and method is None:
        return im
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # Scale 16-bit samples to 8 bits instead of letting convert() clip them.
        im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        rgb = Image.new("RGB", rgba.size, "white")
        rgb.paste(rgba, mask=rgba.getchannel("A"))
    else:
        rgb = im.convert("RGB")  # always a new image, detached from the file
    return rgb.transpose(method) if method is not None else rgb
