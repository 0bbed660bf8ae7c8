"""Summary numbers of 8-bit difference images, from Pillow's histograms (no per-pixel Python)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops

TILE = 16  # pixels per side of the tiles whose mean levels are compared


@dataclass(frozen=True, slots=True)
class Levels:
    """How large a difference image's values are, over pixels and over TILE x TILE tiles."""

    mean: float
    p99: int  # 99th percentile of the pixel values
    max: int
    tile_median: float  # median of the tiles' mean values
    tile_p99: float  # 99th percentile of the tiles' mean values
    tiles: int


def percentile(histogram: list[int], fraction: float) -> int:
    """The smallest value at or below which ``fraction`` of the counts of a 256-bin histogram lie."""
    total = sum(histogram)
    if total == 0:
        return 0
    wanted = fraction * total
    seen = 0
    for value, count in enumerate(histogram):
        seen += count
        if seen >= wanted:
            return value
    return len(histogram) - 1


def grey_of(diff: Image.Image) -> Image.Image:
    """One channel: the largest of the channels' differences at each pixel."""
    if diff.mode == "L":
        return diff
    r, g, b = diff.split()[:3]
    return ImageChops.lighter(ImageChops.lighter(r, g), b)


def levels(grey: Image.Image) -> Levels:
    histogram = grey.histogram()
    total = sum(histogram) or 1
    mean = sum(v * c for v, c in enumerate(histogram)) / total
    cols, rows = max(1, grey.width // TILE), max(1, grey.height // TILE)
    # BOX resampling averages each tile exactly (in 8 bits: tile means are rounded to integers).
    tile_histogram = grey.resize((cols, rows), Image.Resampling.BOX).histogram()
    return Levels(
        mean=round(mean, 3),
        p99=percentile(histogram, 0.99),
        max=max((v for v, c in enumerate(histogram) if c), default=0),
        tile_median=float(percentile(tile_histogram, 0.5)),
        tile_p99=float(percentile(tile_histogram, 0.99)),
        tiles=cols * rows,
    )


def amplified(image: Image.Image, scale: float) -> Image.Image:
    """Values multiplied by ``scale`` and clipped at 255, so small differences become visible."""
    table = [min(255, round(v * scale)) for v in range(256)] * len(image.getbands())
    return image.point(table)
