"""Small building blocks shared by the sections: headings, grids, and how values are written."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from casedesk.core.timeutil import PartialTime, Precision
from casedesk.core.views import PartialTimeView
from casedesk.report.blocks import Block, Cell, Grid, GridLook, StreamedGrid, TextBlock, TextStyle
from casedesk.report.document import outlined
from casedesk.report.i18n import Language
from casedesk.report.styles import FRAME_HEIGHT, Styles


def section_heading(styles: Styles, title: str) -> list[Flowable]:
    """A section title with its bookmark; kept off the bottom of a page."""
    return [CondPageBreak(60 * mm), outlined(TextBlock(title, styles.h1), title, 0)]


def sub_heading(styles: Styles, title: str) -> list[Flowable]:
    """A sub-heading that never ends a page on its own."""
    return [CondPageBreak(35 * mm), TextBlock(title, styles.h2)]


def cell(text: str, style: TextStyle) -> Cell:
    return [Block(text, style)]


def grid(
    styles: Styles,
    widths: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    *,
    header: Sequence[str] = (),
    look: GridLook | None = None,
) -> Grid:
    return Grid(widths, rows, look or styles.grid, header=header, max_height=FRAME_HEIGHT)


def streamed_grid(
    styles: Styles, widths: Sequence[float], rows: Iterator[Sequence[Cell]], *, header: Sequence[str] = ()
) -> Grid:
    """A grid with a row per item or log entry: rows are read and set only as pages need them."""
    return StreamedGrid(widths, rows, styles.grid, header=header, max_height=FRAME_HEIGHT)


def facts(styles: Styles, pairs: Sequence[tuple[str, Cell]], label_width: float, width: float) -> Grid:
    """A two-column grid of label / value pairs."""
    rows = [[cell(label, styles.label), value] for label, value in pairs]
    return grid(styles, [label_width, width - label_width], rows, look=styles.facts)


# -- how values are written ----------------------------------------------------------------------


def when(value: datetime | None, lang: Language) -> str:
    if value is None:
        return lang.tr("not recorded")
    return lang.when(value)


def partial(value: PartialTimeView | None, lang: Language) -> str:
    """A partial time as the source gave it, with its precision and original zone."""
    if value is None:
        return lang.tr("unknown")
    precision = _precisions(lang).get(value.precision, value.precision)
    if value.zone:
        pattern = lang.tr("{0} (precision: {1}; original zone {2})")
    else:
        pattern = lang.tr("{0} (precision: {1})")
    return pattern.format(_display(value, lang), precision, value.zone)


def _precisions(lang: Language) -> dict[str, str]:
    return {
        "year": lang.tr("year", "precision of a time"),
        "month": lang.tr("month", "precision of a time"),
        "day": lang.tr("day", "precision of a time"),
        "minute": lang.tr("minute", "precision of a time"),
    }


def _display(value: PartialTimeView, lang: Language) -> str:
    """The time at its precision, in the zone the source used: "16 Mar 2025 15:05 PDT" in English
    (as the case records it for display), "16 mars 2025, 15:05 PDT" in French."""
    if lang.code == "en":
        return value.display
    try:
        known = PartialTime.from_text(value.text)
    except ValueError:
        return value.display
    local = known.local
    if known.precision is Precision.YEAR:
        return str(local.year)
    if known.precision is Precision.MONTH:
        return lang.month_of(local.date())
    if known.precision is Precision.DAY:
        return lang.day(local.date())
    pattern = lang.tr("{0}, {1} {2}", "date, time of day, abbreviation of its time zone")
    return pattern.format(
        lang.day(local.date()), local.strftime("%H:%M"), known.zone_abbreviation() or ""
    ).rstrip()


def size(n: int, lang: Language) -> str:
    units = (
        lang.tr("bytes"),
        lang.tr("KB", "1,024 bytes"),
        lang.tr("MB", "1,024 KB"),
        lang.tr("GB", "1,024 MB"),
        lang.tr("TB", "1,024 GB"),
    )
    value, unit = float(n), 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    if unit == 0:
        return lang.tr("{0} bytes").format(lang.number(n))
    return lang.tr("{0} bytes ({1} {2})").format(lang.number(n), lang.decimal(value, 1), units[unit])


def coordinate(value: float | None, positive: str, negative: str, lang: Language) -> str:
    """Decimal degrees and hemisphere. The number keeps its decimal point in every language: it is
    copied into mapping tools, as it is."""
    if value is None:
        return lang.tr("unknown")
    return f"{abs(value):.5f}° {positive if value >= 0 else negative}"


def latitude(value: float | None, lang: Language) -> str:
    #: Hemisphere letters after a coordinate (21.33000° N): kept Latin where mapping tools expect them.
    return coordinate(value, lang.tr("N", "north"), lang.tr("S", "south"), lang)


def longitude(value: float | None, lang: Language) -> str:
    #: Hemisphere letters after a coordinate (0.95000° E): French writes O for west (ouest).
    return coordinate(value, lang.tr("E", "east"), lang.tr("W", "west"), lang)


def seconds(value: float, lang: Language) -> str:
    minutes, rest = divmod(value, 60)
    if minutes < 1:
        return lang.tr("{0} s", "seconds").format(lang.decimal(value, 3))
    return lang.tr("{0} min {1} s ({2} s)").format(
        int(minutes), lang.decimal(rest, 3, 6), lang.decimal(value, 3)
    )
