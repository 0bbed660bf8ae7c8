"""64-bit DCT perceptual hash (pHash), pure Python so the media layer needs no numpy.

Only the 8x8 lowest frequencies of the 32x32 DCT are needed, so the separable transform
computes just those: ~10k multiply-adds per image.
"""

from __future__ import annotations

import math
from operator import mul

from PIL import Image

_N = 32
_K = 8
# _COS[k][n] = cos(pi/N * (n + 0.5) * k): the DCT-II basis, immutable so threads can share it.
_COS: tuple[tuple[float, ...], ...] = tuple(
    tuple(math.cos(math.pi / _N * (n + 0.5) * k) for n in range(_N)) for k in range(_K)
)


def image_phash(img: Image.Image) -> str:
    """Perceptual hash of an image as 16 hex digits (visually similar images → small Hamming distance)."""
    if img.mode in ("RGB", "L"):
        # Averaging then greying equals greying then averaging, and touches far fewer pixels.
        grey = img.resize((_N, _N), Image.Resampling.BOX).convert("L")
    else:
        grey = img.convert("L").resize((_N, _N), Image.Resampling.BOX)
    pixels = grey.tobytes()
    rows = [pixels[r * _N : (r + 1) * _N] for r in range(_N)]
    # DCT along each row, keeping the first 8 frequencies.
    row_coeffs = [[sum(map(mul, basis, row)) for basis in _COS] for row in rows]
    # DCT down each of those 8 columns; block is ordered (v, u) = (vertical, horizontal) frequency.
    columns = list(zip(*row_coeffs, strict=True))
    block = [sum(map(mul, _COS[v], columns[u])) for v in range(_K) for u in range(_K)]
    ac = sorted(block[1:])  # the DC term only measures brightness, so keep it out of the median
    median = ac[len(ac) // 2]
    value = 0
    for coeff in block:
        value = (value << 1) | (1 if coeff > median else 0)
    return f"{value:016x}"


def phash_distance(a: str, b: str) -> int:
    """Hamming distance between two 16-hex-digit hashes (0 = identical, 64 = opposite)."""
    return (_parse(a) ^ _parse(b)).bit_count()


def _parse(h: str) -> int:
    if len(h) != 16:
        raise ValueError(f"Perceptual hash must be 16 hex digits, got {h!r}.")
    try:
        return int(h, 16)
    except ValueError:
        raise ValueError(f"Perceptual hash must be 16 hex digits, got {h!r}.") from None
