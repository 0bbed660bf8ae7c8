"""Page geometry, colours and text styles of the report."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from casedesk.report import fonts
from casedesk.report.blocks import GridLook, TextStyle

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
FRAME_PADDING = 6  # ReportLab's default frame padding, on each side

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#f1f3f6")
BANNER = colors.HexColor("#a00000")
STATE_COLOURS = {
    "passed": colors.HexColor("#1e6b34"),
    "failed": colors.HexColor("#a00000"),
    "inconclusive": colors.HexColor("#8a5a00"),
    "not_applicable": MUTED,
    "pending": MUTED,
}


@dataclass(frozen=True)
class Styles:
    title: TextStyle
    subtitle: TextStyle
    h1: TextStyle
    h2: TextStyle
    body: TextStyle
    small: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    cell_small: TextStyle
    cell_muted: TextStyle  # a word as the case records it, under its meaning (a custody action)
    label: TextStyle
    caption: TextStyle  # a label above a block of an evidence entry ("Description")
    banner: TextStyle
    grid: GridLook
    facts: GridLook

    def state(self, state: str) -> TextStyle:
        return _coloured(self.cell_bold, STATE_COLOURS.get(state, INK))


@lru_cache(maxsize=64)
def _coloured(style: TextStyle, colour: colors.Color) -> TextStyle:
    """The style in another colour: one object for each, so text set in it is found cached by identity."""
    return replace(style, color=colour)


@cache  # one set of styles per direction, shared by every export: set text is cached by style
def make_styles(*, rtl: bool = False) -> Styles:
    """The report's styles; with ``rtl`` (an Arabic report) every line is set against the right
    edge, a line of no direction of its own reads right to left, and grids mirror their columns."""
    fonts.register()
    regular, bold = fonts.REGULAR, fonts.BOLD

    def style(fonts: fonts.FontSet, size: float, leading: float, color: colors.Color, **kw: Any) -> TextStyle:
        return TextStyle(fonts, size, leading, color, rtl=rtl, **kw)

    label = style(bold, 7.5, 10, MUTED)
    grid = GridLook(header=label, rule=RULE, header_rule=INK, shade=SHADE, rtl=rtl)
    return Styles(
        title=style(bold, 20, 25, INK, space_after=6),
        subtitle=style(regular, 10, 13, MUTED, space_after=4),
        h1=style(bold, 15, 19, INK, space_before=4, space_after=8),
        h2=style(bold, 10.5, 14, INK, space_before=8, space_after=3),
        body=style(regular, 9.5, 13, INK, space_after=5),
        small=style(regular, 8, 10.5, MUTED, space_after=4),
        cell=style(regular, 8.5, 11, INK),
        cell_bold=style(bold, 8.5, 11, INK),
        cell_small=style(regular, 7.5, 9.5, INK),
        cell_muted=style(regular, 6.5, 8.5, MUTED),
        label=label,
        caption=replace(label, space_before=4, space_after=1),
        banner=style(bold, 13, 16, BANNER, space_after=6, center=True),
        grid=grid,
        facts=replace(grid, shade_first_column=True, pad_top=2.0, pad_bottom=2.5),
    )
