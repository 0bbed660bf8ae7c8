"""JPEG quantisation tables and the quality they correspond to on the IJG scale.

Most encoders (libjpeg and everything built on it, Pillow, ImageMagick, GIMP, phones' software
encoders) scale the two example tables of ITU-T T.81 Annex K (K.1 luminance, K.2 chrominance) by the
Independent JPEG Group's rule: for quality Q in 1..100 the scale is 5000/Q below 50 and 200 - 2Q
from 50, each entry ``(base * scale + 50) // 100`` clamped to 1..255 (libjpeg ``jpeg_quality_scaling``
and ``jpeg_add_quant_table`` with ``force_baseline``). The estimate is the Q whose scaled tables are
closest to the file's; how close is reported, so tables of a camera or an editor that does not use
this rule (Nikon, Canon, Photoshop) are said to be non-standard with the nearest Q beside, rather
than given a quality they never had.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

METHOD = "jpeg_quantisation"

# ITU-T T.81 Annex K, tables K.1 and K.2, in natural (row-major) order, as Pillow reports tables.
ANNEX_K_LUMINANCE = (
    16, 11, 10, 16, 24, 40, 51, 61,
    12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56,
    14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77,
    24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101,
    72, 92, 95, 98, 112, 100, 103, 99,
)  # fmt: skip
ANNEX_K_CHROMINANCE = (
    17, 18, 24, 47, 99, 99, 99, 99,
    18, 21, 26, 66, 99, 99, 99, 99,
    24, 26, 56, 99, 99, 99, 99, 99,
    47, 66, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
)  # fmt: skip


def ijg_table(base: Sequence[int], quality: int) -> tuple[int, ...]:
    """The table libjpeg writes for ``quality`` from an Annex K ``base`` (baseline: at most 255)."""
    quality = min(100, max(1, quality))
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return tuple(min(255, max(1, (value * scale + 50) // 100)) for value in base)


LUMINANCE_TABLES = {q: ijg_table(ANNEX_K_LUMINANCE, q) for q in range(1, 101)}
CHROMINANCE_TABLES = {q: ijg_table(ANNEX_K_CHROMINANCE, q) for q in range(1, 101)}


@dataclass(frozen=True, slots=True)
class TableFit:
    """One quantisation table of the file and the IJG quality that comes closest to it."""

    table: int  # its number in the file (DQT destination)
    role: str  # "luminance" (used by the first component) or "chrominance"
    values: tuple[int, ...]  # 64 steps, natural order
    nearest_quality: int
    mean_abs_error: float  # mean |file - IJG table at nearest_quality| over the 64 steps
    max_abs_error: int
    exact: bool  # the file's table is the IJG table at nearest_quality, step for step


@dataclass(frozen=True, slots=True)
class QuantisationFinding:
    """The file's JPEG quantisation tables, and the quality on the IJG scale they fit best."""

    tables: tuple[TableFit, ...]
    estimated_quality: int | None  # from the luminance table; None when the file has none
    standard: bool  # every table is an IJG-scaled Annex K table at one and the same quality
    method: str = METHOD
    reference: str = "ITU-T T.81 Annex K tables scaled by the IJG libjpeg quality rule"


def _fit(
    values: tuple[int, ...], references: Mapping[int, tuple[int, ...]], prefer: int | None = None
) -> tuple[int, float, int]:
    """(quality, mean error, max error) of the closest table; a tie goes to ``prefer``, else the higher Q."""
    if prefer is not None and references[prefer] == values:
        return prefer, 0.0, 0
    best: tuple[float, int, int] | None = None  # (mean error, -quality, max error): ties go to the higher Q
    for quality, reference in references.items():
        errors = [abs(a - b) for a, b in zip(values, reference, strict=True)]
        key = (sum(errors) / 64, -quality, max(errors))
        if best is None or key < best:
            best = key
    assert best is not None
    return -best[1], best[0], best[2]


def fit_tables(tables: Mapping[int, Sequence[int]], luminance_table: int) -> QuantisationFinding:
    """Fit each 64-step table (natural order, as ``Image.quantization`` gives) to the IJG scale."""
    fits: list[TableFit] = []
    luma_quality: int | None = None
    for number in sorted(tables, key=lambda n: (n != luminance_table, n)):
        values = tuple(int(v) for v in tables[number])
        if len(values) != 64:
            continue
        luminance = number == luminance_table
        if luminance:
            quality, mean_error, max_error = _fit(values, LUMINANCE_TABLES)
            luma_quality = quality
        else:  # several qualities can give the same table (all 99s, all 1s): keep the luminance one
            quality, mean_error, max_error = _fit(values, CHROMINANCE_TABLES, luma_quality)
        fits.append(
            TableFit(
                table=number,
                role="luminance" if luminance else "chrominance",
                values=values,
                nearest_quality=quality,
                mean_abs_error=round(mean_error, 3),
                max_abs_error=max_error,
                exact=max_error == 0,
            )
        )
    luma = next((f for f in fits if f.role == "luminance"), fits[0] if fits else None)
    standard = bool(fits) and all(f.exact for f in fits) and len({f.nearest_quality for f in fits}) == 1
    fits.sort(key=lambda f: f.table)
    return QuantisationFinding(
        tables=tuple(fits),
        estimated_quality=None if luma is None else luma.nearest_quality,
        standard=standard,
    )
