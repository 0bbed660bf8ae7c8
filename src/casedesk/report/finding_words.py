"""A forensic finding in words, in a language: the sentences the report prints under each method, and
the line naming the method and its published reference. The viewer's Analysis tab shows the same
sentences, so the interface and the report say one thing. Nothing here is a verdict: each line is a
measurement, as the method defines it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from casedesk.report.derived_words import matches, method_name, table_role, thumbnail_source
from casedesk.report.i18n import Language

MAX_STEPS = 8  # of an XMP edit history


def finding_lines(lang: Language, f: Mapping[str, Any]) -> list[str]:
    """What the finding measured, one sentence per line (none for a method this version does not know)."""
    lines = {
        "error_level_analysis": _ela,
        "jpeg_quantisation": _quantisation,
        "double_jpeg_compression": _double,
        "thumbnail_comparison": _thumbnail,
        "noise_residual": _noise,
        "xmp_edit_history": _history,
    }.get(str(f.get("method", "")))
    return lines(lang, f) if lines else []


def findings_note(
    lang: Language, engine: str, version: str, examined: datetime, findings: Sequence[Mapping[str, Any]]
) -> str:
    """The findings as a block for a checklist note: a heading naming the examination, then one line
    per method (what was measured, the method and its reference)."""
    when = examined.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        lang.tr("Image forensics ({0} {1}, examined {2}); measurements, none a verdict:").format(
            engine, version, when
        )
    ]
    for f in findings:
        name, said = method_name(lang, str(f.get("method", ""))), " ".join(finding_lines(lang, f))
        lines.append(f"- {name}: {said} {method_line(lang, f).replace(chr(10), ' ')}")
    return "\n".join(lines)


def method_line(lang: Language, f: Mapping[str, Any]) -> str:
    """The method as the finding names it, and its published reference on a line of its own: a
    citation in Latin script keeps its own direction (and its closing bracket) in a right-to-left
    report only as a paragraph of its own."""
    label = lang.tr("Method: {0}. Reference:").format(str(f.get("method", "")))
    return f"{label}\n{f.get('reference', '')}"


def _num(lang: Language, value: Any, places: int = 2) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int):
        return lang.count(value)
    return lang.decimal(value, places)


def _levels(lang: Language, levels: Any) -> str:
    levels = levels if isinstance(levels, Mapping) else {}
    return lang.tr(
        "mean {0}, 99th percentile {1}, maximum {2} (levels 0–255); tile means: median {3}, 99th "
        "percentile {4}, over {5} tiles"
    ).format(
        _num(lang, levels.get("mean")),
        _num(lang, levels.get("p99")),
        _num(lang, levels.get("max")),
        _num(lang, levels.get("tile_median")),
        _num(lang, levels.get("tile_p99")),
        _num(lang, levels.get("tiles")),
    )


def _ela(lang: Language, f: Mapping[str, Any]) -> list[str]:
    said = lang.tr("Differences after one re-save at JPEG quality {0}: {1}.")
    return [said.format(f.get("quality"), _levels(lang, f.get("levels")))]


def _noise(lang: Language, f: Mapping[str, Any]) -> list[str]:
    size = f.get("median_size")
    said = lang.tr("Luminance less its {0}×{0} median: {1}.")
    return [said.format(size, _levels(lang, f.get("levels")))]


def _quantisation(lang: Language, f: Mapping[str, Any]) -> list[str]:
    quality = f.get("estimated_quality")
    if quality is None:
        first = lang.tr("No luminance table: no quality estimated.")
    elif f.get("standard"):
        first = lang.tr(
            "Estimated quality {0} on the IJG scale: the standard IJG tables at that quality."
        ).format(quality)
    else:
        first = lang.tr(
            "Estimated quality {0} on the IJG scale: non-standard tables, the nearest IJG quality given."
        ).format(quality)
    out = [first]
    for table in f.get("tables") or ():
        if isinstance(table, Mapping):
            out.append(
                lang.tr("Table {0} ({1}): nearest quality {2}, mean step error {3}, largest {4}.").format(
                    table.get("table"),
                    table_role(lang, str(table.get("role", ""))),
                    table.get("nearest_quality"),
                    _num(lang, table.get("mean_abs_error"), 3),
                    table.get("max_abs_error"),
                )
            )
    return out


def _double(lang: Language, f: Mapping[str, Any]) -> list[str]:
    coefficients = f.get("coefficients") or ()
    said = lang.tr(
        "{0} nearly empty bins among {1} tested ({2}) at {3} of {4} DCT coefficients, over {5} of {6} "
        "blocks: {7}."
    ).format(
        _num(lang, f.get("gap_bins")),
        _num(lang, f.get("tested_bins")),
        _num(lang, f.get("gap_fraction"), 3),
        _num(lang, f.get("coefficients_with_gaps")),
        lang.count(len(coefficients)),
        _num(lang, f.get("blocks")),
        _num(lang, f.get("blocks_total")),
        lang.tr("an indication of double compression")
        if f.get("indicated")
        else lang.tr("no indication of double compression"),
    )
    out = [said]
    if f.get("primary_quality") is not None:
        out.append(
            lang.tr("Earlier quality about {0} on the IJG scale ({1} estimated steps match).").format(
                f.get("primary_quality"), _num(lang, f.get("primary_quality_matches"))
            )
        )
    return out


def _thumbnail(lang: Language, f: Mapping[str, Any]) -> list[str]:
    frame = lang.tr(
        "{0} of {1} × {2} px: frame aspect {3} against the picture's {4} ({5}), mean difference {6}."
    ).format(
        thumbnail_source(lang, str(f.get("source", ""))),
        f.get("width"),
        f.get("height"),
        _num(lang, f.get("aspect"), 3),
        _num(lang, f.get("main_aspect"), 3),
        matches(lang, bool(f.get("frame_matches"))),
        _num(lang, f.get("frame_mean_difference"), 1),
    )
    content = lang.tr(
        "Content: perceptual hash distance {0} of 64, mean grey difference {1} (levels 0–255): {2}."
    ).format(
        f.get("phash_distance"),
        _num(lang, f.get("content_mean_difference"), 1),
        matches(lang, bool(f.get("content_matches"))),
    )
    return [frame, content]


def _history(lang: Language, f: Mapping[str, Any]) -> list[str]:
    steps = [step for step in f.get("steps") or () if isinstance(step, Mapping)]
    software = [str(x) for x in f.get("software") or ()]
    out = [
        lang.trn("%n steps recorded in the file's XMP", len(steps)),
    ]
    if software:
        out.append(lang.tr("Software named: {0}").format("; ".join(software)))
    for step in steps[:MAX_STEPS]:
        fields = [str(step.get(k) or "") for k in ("when", "action", "software", "parameters")]
        out.append("  ".join(x for x in fields if x))
    if len(steps) > MAX_STEPS:
        out.append(lang.trn("%n more steps, kept in the case", len(steps) - MAX_STEPS))
    return out
