"""Error level analysis: re-save the picture as JPEG at a known quality and show what changed.

Method (N. Krawetz, "A Picture's Worth: Digital Image Analysis and Forensics", Black Hat 2007):
parts of a JPEG that were saved as many times and at the same quality as the rest change about
equally when the whole picture is saved once more; a region pasted in, or retouched and saved
fewer times, often changes by a different amount. The view is the absolute difference between
the decoded picture and its re-saved copy, per channel, multiplied so that small differences show
(quality 90 as FotoForensics uses, scale 20 as Forensically's default). High-contrast edges and
fine texture always stand out, and a picture saved many times shows little everywhere: the view is
for a person to read beside the picture, with the numbers below, never a verdict.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageChops

from casedesk.media.images import upright_rgb

from .levels import Levels, amplified, grey_of, levels
from .source import Still

METHOD = "error_level_analysis"
QUALITY = 90
SCALE = 20.0


@dataclass(frozen=True, slots=True)
class ElaFinding:
    """How much the picture changed when re-saved once at ``quality`` (differences in 0-255 levels)."""

    quality: int  # of the re-save (Pillow's libjpeg, 4:2:0 chroma, standard tables)
    scale: float  # the view's values are the differences times this, clipped at 255
    levels: Levels  # of the largest of the three channels' differences at each pixel
    width: int
    height: int
    method: str = METHOD
    reference: str = "Krawetz 2007, error level analysis (re-save at a known JPEG quality)"


def error_level_analysis(
    still: Still, quality: int = QUALITY, scale: float = SCALE
) -> tuple[ElaFinding, Image.Image]:
    """The finding and its view (RGB, upright like the picture the viewer shows)."""
    buffer = io.BytesIO()
    still.image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer, formats=["JPEG"]) as resaved:
        diff = ImageChops.difference(still.image, resaved.convert("RGB"))
    finding = ElaFinding(
        quality=quality,
        scale=scale,
        levels=levels(grey_of(diff)),
        width=still.image.width,
        height=still.image.height,
    )
    return finding, upright_rgb(amplified(diff, scale), still.orientation)
