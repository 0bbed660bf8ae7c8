"""The thumbnail a file carries, compared with its main picture.

Cameras and phones write a small preview when they take the picture: in EXIF's IFD1 for a JPEG
(the DCF standard's 160x120), as a thumbnail item for HEIF. Editors that crop, retouch or replace
the picture do not always write a new one, so a preview that shows something else than the picture
is a classic trace of editing (e.g. the thumbnail checks of JPEGsnoop, exiftool's ``-b
-ThumbnailImage``; H. Farid, "Photo Forensics", MIT Press 2016, ch. 3). Two comparisons are given:
the frame (aspect ratios; the main picture stretched onto the whole thumbnail), and the content,
after removing uniform letterbox or pillarbox bars (a 160x120 preview of a 16:9 or 3:2 picture has
them) and fitting the main picture to what remains: a perceptual-hash distance (casedesk.media.phash,
as near-duplicates use) and the mean grey difference.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageChops

from casedesk.media.phash import image_phash, phash_distance

from .levels import grey_of
from .source import Still

METHOD = "thumbnail_comparison"
ASPECT_TOLERANCE = 0.02  # |log(aspect ratio / aspect ratio)|: 2 %
PHASH_MATCH = 10  # bits, as near_duplicates' default
BAR_THRESHOLD = 24  # levels a pixel must differ from the corner colour to count as picture
MAX_THUMBNAIL_PIXELS = 4_000_000
_JPEG_OFFSET, _JPEG_LENGTH = 0x0201, 0x0202


@dataclass(frozen=True, slots=True)
class ThumbnailFinding:
    """The embedded thumbnail against the main picture (both as stored, before orientation)."""

    source: str  # "exif_ifd1" (JPEG preview in EXIF) or "heif_thumbnail"
    width: int
    height: int
    main_width: int
    main_height: int
    aspect: float  # thumbnail frame, width / height
    main_aspect: float
    frame_matches: bool  # aspect ratios within 2 %
    frame_mean_difference: float  # 0-255, main stretched onto the whole thumbnail frame
    bars: tuple[int, int, int, int]  # uniform bars removed: left, top, right, bottom (pixels)
    content_aspect: float
    content_aspect_matches: bool
    phash_distance: int  # 0-64, main fitted to the thumbnail's content
    content_mean_difference: float  # 0-255, grey, main fitted to the thumbnail's content
    content_matches: bool  # phash distance at most 10 and content aspect within 2 %
    method: str = METHOD
    reference: str = "EXIF IFD1 / HEIF thumbnail vs main image: aspect, pHash distance, grey difference"


def embedded_thumbnail(still: Still) -> tuple[str, Image.Image] | None:
    """The thumbnail the file carries, decoded (None if there is none or it cannot be read)."""
    if still.family == "heif":
        return _heif_thumbnail(still)
    if still.exif is None:
        return None
    try:
        exif = Image.Exif()
        exif.load(b"Exif\x00\x00" + still.exif)
        ifd1 = exif.get_ifd(ExifTags.IFD.IFD1)
        offset, length = int(ifd1[_JPEG_OFFSET]), int(ifd1[_JPEG_LENGTH])
    except Exception:  # no IFD1, or a damaged one: there is no thumbnail to compare
        return None
    data = still.exif[offset : offset + length]
    if length <= 0 or len(data) != length:
        return None
    return _decoded("exif_ifd1", data)


def _decoded(source: str, data: bytes) -> tuple[str, Image.Image] | None:
    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as im:
            if im.width * im.height > MAX_THUMBNAIL_PIXELS or not im.width or not im.height:
                return None
            return source, im.convert("RGB")
    except Exception:  # a damaged preview is no preview; the main picture is what is examined
        return None


def _heif_thumbnail(still: Still) -> tuple[str, Image.Image] | None:
    import pillow_heif

    try:
        heif = pillow_heif.open_heif(io.BytesIO(still.data))
        primary = heif[heif.primary_index]
        if not primary.info.get("thumbnails"):
            return None
        thumb = primary.get_thumbnail(0)
        width, height = thumb.size
        if width * height > MAX_THUMBNAIL_PIXELS or not width or not height:
            return None
        return "heif_thumbnail", thumb.to_pillow().convert("RGB")
    except Exception:  # as above: an unreadable preview is reported as absent
        return None


def _aspect_close(a: float, b: float) -> bool:
    return abs(math.log(a / b)) <= ASPECT_TOLERANCE


def content_box(thumb: Image.Image, main_aspect: float) -> tuple[int, int, int, int]:
    """The thumbnail without uniform bars on two opposite sides (the whole frame if there are none)."""
    corner = thumb.getpixel((0, 0))
    solid = Image.new("RGB", thumb.size, corner)
    mask = grey_of(ImageChops.difference(thumb, solid)).point(lambda v: 255 if v > BAR_THRESHOLD else 0)
    box = mask.getbbox()
    whole = (0, 0, thumb.width, thumb.height)
    if box is None:
        return whole
    left, top, right, bottom = box
    horizontal_bars = left <= 1 and right >= thumb.width - 1 and (top > 1 or bottom < thumb.height - 1)
    vertical_bars = top <= 1 and bottom >= thumb.height - 1 and (left > 1 or right < thumb.width - 1)
    if horizontal_bars and abs(top - (thumb.height - bottom)) <= 2:
        box = (0, top, thumb.width, bottom)
    elif vertical_bars and abs(left - (thumb.width - right)) <= 2:
        box = (left, 0, right, thumb.height)
    else:
        return whole
    cropped_aspect = (box[2] - box[0]) / max(1, box[3] - box[1])
    # Keep the bars only if removing them brings the shape nearer the main picture's.
    if abs(math.log(cropped_aspect / main_aspect)) < abs(math.log(thumb.width / thumb.height / main_aspect)):
        return box
    return whole


def _mean_grey_difference(a: Image.Image, b: Image.Image) -> float:
    histogram = ImageChops.difference(a.convert("L"), b.convert("L")).histogram()
    return round(sum(v * c for v, c in enumerate(histogram)) / max(1, sum(histogram)), 2)


def compare_thumbnail(still: Still) -> ThumbnailFinding | None:
    found = embedded_thumbnail(still)
    if found is None:
        return None
    source, thumb = found
    main = still.image
    main_aspect = main.width / main.height
    aspect = thumb.width / thumb.height
    frame = main.resize(thumb.size, Image.Resampling.BOX)
    box = content_box(thumb, main_aspect)
    content = thumb.crop(box)
    fitted = main.resize(content.size, Image.Resampling.BOX)
    content_aspect = content.width / content.height
    distance = phash_distance(image_phash(fitted), image_phash(content))
    content_aspect_matches = _aspect_close(content_aspect, main_aspect)
    return ThumbnailFinding(
        source=source,
        width=thumb.width,
        height=thumb.height,
        main_width=main.width,
        main_height=main.height,
        aspect=round(aspect, 4),
        main_aspect=round(main_aspect, 4),
        frame_matches=_aspect_close(aspect, main_aspect),
        frame_mean_difference=_mean_grey_difference(frame, thumb),
        bars=(box[0], box[1], thumb.width - box[2], thumb.height - box[3]),
        content_aspect=round(content_aspect, 4),
        content_aspect_matches=content_aspect_matches,
        phash_distance=distance,
        content_mean_difference=_mean_grey_difference(fitted, content),
        content_matches=content_aspect_matches and distance <= PHASH_MATCH,
    )
