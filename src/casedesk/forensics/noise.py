"""Noise residual: the picture minus a median-filtered copy of itself, amplified.

What a 3x3 median removes is mostly the sensor's noise and the finest texture; it is spread fairly
evenly over a photograph from one camera, so a region whose residual is much smoother or much
grainier than the rest (pasted from another picture, blurred, painted over) can show in the view
(the residual-based noise views of photo forensics, e.g. H. Farid, "Photo Forensics", MIT Press
2016, ch. 6; Forensically's "noise analysis"). Computed on the luminance (the decoder's own Y plane
for a JPEG). Edges always show; the numbers compare tiles, and say nothing by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

from casedesk.media.images import upright_rgb

from .levels import Levels, amplified, levels
from .source import Still

METHOD = "noise_residual"
SCALE = 10.0
MEDIAN_SIZE = 3


@dataclass(frozen=True, slots=True)
class NoiseFinding:
    """How large the luminance residual is over pixels and tiles (0-255 levels)."""

    median_size: int
    scale: float
    levels: Levels
    method: str = METHOD
    reference: str = "|Y - median3(Y)|, luminance residual after a 3x3 median filter"


def noise_residual(still: Still, scale: float = SCALE) -> tuple[NoiseFinding, Image.Image]:
    """The finding and its view (greyscale shown as RGB, upright like the picture)."""
    luma = still.luma if still.luma is not None else still.image.convert("L")
    residual = ImageChops.difference(luma, luma.filter(ImageFilter.MedianFilter(MEDIAN_SIZE)))
    finding = NoiseFinding(median_size=MEDIAN_SIZE, scale=scale, levels=levels(residual))
    return finding, upright_rgb(amplified(residual, scale), still.orientation)
