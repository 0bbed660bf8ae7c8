"""Pictures in the report: the derived thumbnails and waveforms, never the originals.

Thumbnails are the upright (orientation-applied) JPEGs made at ingest, at most 256 px on the long
side; placed at about 40 mm they print near 160 dpi, and ReportLab embeds a JPEG as it is, without
decoding it. A 1,000-item report therefore carries about 1,000 small JPEGs and nothing bigger.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageFilter
from reportlab.platypus import Flowable, Image

from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceView
from casedesk.report.blocks import Placed

BLUR_GRID = 12  # a blurred thumbnail keeps only a 12-cell mosaic of colour, then is smoothed


class _StablePath(str):
    """A file path that ReportLab names by ``key`` instead of by where the workspace lives.

    ReportLab names an image drawn from a file after the md5 of its path; two copies of the same
    workspace would then give different PDFs. ``str()`` of this path is the key (the original's
    SHA-256 and the role), while opening it still uses the real path.
    """

    key: str

    def __new__(cls, path: Path, key: str) -> _StablePath:
        obj = super().__new__(cls, str(path))
        obj.key = key
        return obj

    def __str__(self) -> str:
        return self.key


class Picture(Placed, Image):  # type: ignore[misc]  # ReportLab ships no type hints
    """ReportLab's image, placed as the report's own flowables are (``blocks.Placed``): the same
    operators, without a copy of the canvas's state for each of a catalogue's thousand pictures."""


def _fit(width: int, height: int, box_w: float, box_h: float) -> tuple[float, float]:
    scale = min(box_w / width, box_h / height)
    return width * scale, height * scale


def thumbnail(
    svc: CaseService, ev: EvidenceView, box_w: float, box_h: float, *, blur: bool
) -> Flowable | None:
    """The item's thumbnail scaled into the box, or None when none was made."""
    path = svc.derived_path(ev.sha256, "thumb")
    if path is None:
        return None
    if not blur:
        jpeg = _jpeg(_StablePath(path, f"{ev.sha256}/{path.name}"), box_w, box_h)
        if jpeg is not None:
            return jpeg
    try:
        with PILImage.open(path) as im:
            size = im.size
            data = _blurred(im) if blur else None
    except OSError:
        return None  # a damaged derivative: the catalogue says there is no preview
    width, height = _fit(size[0], size[1], box_w, box_h)
    source = io.BytesIO(data) if data is not None else _StablePath(path, f"{ev.sha256}/{path.name}")
    return Picture(source, width=width, height=height)


def _jpeg(path: _StablePath, box_w: float, box_h: float) -> Flowable | None:
    """A JPEG scaled into the box from its header alone, or None if ReportLab cannot read it so.

    ReportLab reads a JPEG file's header when the picture is made, to know its size, and embeds
    the file as it is; scaled in proportion (``kind="proportional"``), the size is exactly
    ``_fit``'s. Anything else (a PNG, a header it cannot read, no file) is left to PIL below.
    """
    try:
        image = Picture(path, width=box_w, height=box_h, kind="proportional")
    except (OSError, ValueError):
        return None
    return image if "imageWidth" in vars(image) else None  # read lazily, through PIL: not a JPEG


def _blurred(im: PILImage.Image) -> bytes:
    """A mosaic-and-blur version nobody can read detail from, encoded as a small JPEG."""
    rgb = im.convert("RGB")
    w, h = rgb.size
    cells = (max(1, BLUR_GRID * w // max(w, h)), max(1, BLUR_GRID * h // max(w, h)))
    mosaic = rgb.resize(cells, PILImage.Resampling.BOX).resize((w, h), PILImage.Resampling.NEAREST)
    smooth = mosaic.filter(ImageFilter.GaussianBlur(radius=max(w, h) / 24))
    out = io.BytesIO()
    smooth.save(out, "JPEG", quality=70)
    return out.getvalue()


def waveform(svc: CaseService, ev: EvidenceView, box_w: float, box_h: float) -> Flowable | None:
    path: Path | None = svc.derived_path(ev.sha256, "waveform")
    if path is None:
        return None
    try:
        with PILImage.open(path) as im:
            size = im.size
    except OSError:
        return None
    width, height = _fit(size[0], size[1], box_w, box_h)
    return Picture(_StablePath(path, f"{ev.sha256}/{path.name}"), width=width, height=height)
