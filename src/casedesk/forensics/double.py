"""Double JPEG compression: periodic gaps in the histograms of the picture's block DCT coefficients.

Method (A. C. Popescu and H. Farid, "Statistical Tools for Digital Forensics", 6th Information Hiding
Workshop, LNCS 3200, 2004, section 3; J. Lukáš and J. Fridrich, "Estimation of Primary Quantization
Matrix in Double Compressed JPEG Images", DFRWS 2003): a JPEG stores each 8x8 block's DCT
coefficients divided by a step and rounded. Saving once, with step q2, leaves smooth, roughly
Laplacian histograms of the rounded values. A picture first saved with a larger step q1 and then
with q2 can only hold the values ``round(q1 * k / q2)``: some values can never occur, and their bins
are (nearly) empty, periodically. Here the decoder's own luminance plane is cut into the file's
8x8 blocks, nine low-frequency coefficients of each block are computed (DCT-II, orthonormal), divided
by the file's luminance steps and rounded, and each histogram bin is compared with its neighbours
(their geometric mean, exact for a Laplacian). A bin holding under 30 % of that, or empty where its
neighbours average 10 or more, is a gap. For each coefficient with gaps, the primary step that
explains them best is estimated, and the IJG quality whose luminance table has most of those steps.

What it cannot see: a first save at a smaller step than the last (a high-quality copy re-saved at a
lower quality leaves peaks, not gaps), a picture resized or cropped off the 8x8 grid between the
saves, and steps of 1 in the last save (nothing is lost). Gaps are an indication, not a verdict.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import mul

from PIL import Image

from .quality import LUMINANCE_TABLES
from .source import Still

METHOD = "double_jpeg_compression"
# The nine AC coefficients after the DC term in zig-zag order, as (row, column) of the 8x8 block.
POSITIONS = ((0, 1), (1, 0), (2, 0), (1, 1), (0, 2), (0, 3), (1, 2), (2, 1), (3, 0))
MAX_BLOCKS = 16_384  # larger pictures are sampled evenly over their blocks
MAX_BIN = 80
MIN_NEIGHBOURS = 20.0  # counts the neighbours' geometric mean must reach for a bin to be tested
GAP_RATIO = 0.3
MIN_EMPTY_NEIGHBOURS = 10.0  # an empty bin is tested where its neighbours average this many
# The indication needs gaps at several coefficients, and a share of the tested bins.
MIN_GAPS, MIN_POSITIONS, MIN_FRACTION = 3, 2, 0.1
_K = 4  # columns/rows of the DCT needed for POSITIONS
_COS = tuple(
    tuple((math.sqrt(0.125) if k == 0 else 0.5) * math.cos(math.pi * (2 * n + 1) * k / 16) for n in range(8))
    for k in range(_K)
)


@dataclass(frozen=True, slots=True)
class CoefficientGaps:
    """One DCT coefficient: its last step, how many bins could be tested, where the gaps are."""

    row: int
    col: int
    step: int  # in the file's luminance table
    tested_bins: int
    gaps: tuple[int, ...]  # |rounded value| of the bins found (nearly) empty
    primary_step: int | None  # the earlier step that best explains the gaps, if any


@dataclass(frozen=True, slots=True)
class DoubleCompressionFinding:
    """Gaps in the coefficient histograms, and the primary quantisation they point to."""

    blocks: int  # 8x8 blocks whose coefficients were counted
    blocks_total: int
    tested_bins: int
    gap_bins: int
    gap_fraction: float
    coefficients_with_gaps: int
    indicated: bool  # at least 3 gaps, at 2 coefficients or more, in 10 % of the tested bins or more
    primary_quality: int | None  # IJG quality whose luminance steps match most estimated primary steps
    primary_quality_matches: int  # how many of the estimated primary steps it matches
    coefficients: tuple[CoefficientGaps, ...]
    method: str = METHOD
    reference: str = "Popescu & Farid 2004 (DCT histogram artefacts); Lukáš & Fridrich 2003 (primary steps)"


def _round(x: float) -> int:
    """Round half away from zero, symmetric like the quantiser."""
    return math.floor(x + 0.5) if x >= 0 else -math.floor(-x + 0.5)


def coefficient_histograms(luma: Image.Image, steps: Sequence[int]) -> tuple[list[Counter[int]], int, int]:
    """Histograms of |round(coefficient / step)| for POSITIONS, over (a sample of) the 8x8 blocks."""
    width, height = luma.size
    pixels = luma.tobytes()
    cols, rows = width // 8, height // 8
    total = cols * rows
    stride = max(1, math.ceil(total / MAX_BLOCKS))
    histograms: list[Counter[int]] = [Counter() for _ in POSITIONS]
    divisors = [steps[r * 8 + c] for r, c in POSITIONS]
    counted = 0
    for index in range(0, total, stride):
        by, bx = divmod(index, cols)
        base = by * 8 * width + bx * 8
        block = [[p - 128 for p in pixels[base + r * width : base + r * width + 8]] for r in range(8)]
        across = [[sum(map(mul, basis, line)) for basis in _COS] for line in block]  # row DCT, u < 4
        down = list(zip(*across, strict=True))
        for n, ((r, c), step) in enumerate(zip(POSITIONS, divisors, strict=True)):
            value = sum(map(mul, _COS[r], down[c]))
            histograms[n][abs(_round(value / step))] += 1
        counted += 1
    return histograms, counted, total


def find_gaps(histogram: Mapping[int, int]) -> tuple[list[int], list[int]]:
    """(tested bins, gap bins) of one histogram of |rounded values| (bin 0 never tested)."""
    tested: list[int] = []
    gaps: list[int] = []
    for k in range(2, MAX_BIN):
        reach = min(2, k - 1)
        around = [j for j in range(k - reach, k + reach + 1) if j != k]
        expected = math.exp(sum(math.log(histogram.get(j, 0) + 1) for j in around) / len(around))
        wide = min(3, k - 1)
        mean = sum(histogram.get(j, 0) for j in range(k - wide, k + wide + 1) if j != k) / (2 * wide)
        count = histogram.get(k, 0)
        empty_tested = count == 0 and mean >= MIN_EMPTY_NEIGHBOURS
        if expected < MIN_NEIGHBOURS and not empty_tested:
            continue
        tested.append(k)
        if empty_tested or count < GAP_RATIO * expected:
            gaps.append(k)
    return tested, gaps


def primary_step(step: int, tested: Sequence[int], gaps: Sequence[int]) -> int | None:
    """The step q1 > step whose unreachable values ``k != round(q1 * j / step)`` best match the gaps."""
    if not gaps:
        return None
    gap_set, top = set(gaps), max(tested) + 1
    best: tuple[int, int] | None = None
    for q1 in range(step + 1, 256):
        reachable = {_round(q1 * j / step) for j in range(top * step // q1 + 2)}
        unreachable = {k for k in tested if k not in reachable}
        if not unreachable & gap_set:
            continue
        mismatch = len(unreachable ^ gap_set)
        if best is None or mismatch < best[0]:
            best = (mismatch, q1)
    return None if best is None else best[1]


def double_compression(still: Still) -> DoubleCompressionFinding | None:
    """The finding for a JPEG with a luminance plane and table; None for other stills."""
    steps = still.quantization.get(still.luma_table)
    if still.luma is None or steps is None or len(steps) != 64:
        return None
    histograms, counted, total = coefficient_histograms(still.luma, steps)
    coefficients: list[CoefficientGaps] = []
    for (r, c), histogram in zip(POSITIONS, histograms, strict=True):
        tested, gaps = find_gaps(histogram)
        step = steps[r * 8 + c]
        coefficients.append(
            CoefficientGaps(r, c, step, len(tested), tuple(gaps), primary_step(step, tested, gaps))
        )
    tested_bins = sum(c.tested_bins for c in coefficients)
    gap_bins = sum(len(c.gaps) for c in coefficients)
    with_gaps = sum(1 for c in coefficients if c.gaps)
    fraction = gap_bins / tested_bins if tested_bins else 0.0
    quality, matches = _primary_quality(coefficients)
    return DoubleCompressionFinding(
        blocks=counted,
        blocks_total=total,
        tested_bins=tested_bins,
        gap_bins=gap_bins,
        gap_fraction=round(fraction, 3),
        coefficients_with_gaps=with_gaps,
        indicated=gap_bins >= MIN_GAPS and with_gaps >= MIN_POSITIONS and fraction >= MIN_FRACTION,
        primary_quality=quality,
        primary_quality_matches=matches,
        coefficients=tuple(coefficients),
    )


def _primary_quality(coefficients: Sequence[CoefficientGaps]) -> tuple[int | None, int]:
    estimated = [(c.row * 8 + c.col, c.primary_step) for c in coefficients if c.primary_step is not None]
    if not estimated:
        return None, 0
    best_quality, best_matches = None, 0
    for quality, table in LUMINANCE_TABLES.items():
        matches = sum(1 for index, q1 in estimated if table[index] == q1)
        if matches > best_matches:
            best_quality, best_matches = quality, matches
    return best_quality, best_matches
