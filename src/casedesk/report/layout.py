"""Small building blocks shared by the sections: headings, grids, and how values are written."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from casedesk.core.timeutil import to_utc
from casedesk.core.views import PartialTimeView
from casedesk.report.blocks import Block, Cell, Grid, GridLook, StreamedGrid, TextBlock, TextStyle
from casedesk.report.document import outlined
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


def when(value: datetime | None) -> str:
    if value is None:
        return "not recorded"
    return to_utc(value).strftime("%Y-%m-%d %H:%M:%S UTC")


def partial(value: PartialTimeView | None) -> str:
    """A partial time as the source gave it, with its precision and original zone."""
    if value is None:
        return "unknown"
    extra = f"precision: {value.precision}"
    if value.zone:
        extra += f"; original zone {value.zone}"
    return f"{value.display} ({extra})"


def size(n: int) -> str:
    units = ("bytes", "KB", "MB", "GB", "TB")
    value, unit = float(n), 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    return f"{n:,} bytes" if unit == 0 else f"{n:,} bytes ({value:.1f} {units[unit]})"


def coordinate(value: float | None, positive: str, negative: str) -> str:
    if value is None:
        return "unknown"
    return f"{abs(value):.5f}° {positive if value >= 0 else negative}"


def seconds(value: float) -> str:
    minutes, rest = divmod(value, 60)
    return f"{value:.3f} s" if minutes < 1 else f"{int(minutes)} min {rest:06.3f} s ({value:.3f} s)"
