"""CaseDesk's own text flowables: a text block and a ruled grid, both drawing user text literally.

ReportLab's Paragraph parses markup and neither joins nor orders Arabic, and a Table of Paragraphs
re-wraps every cell several times. These flowables break lines once (``text.break_lines``, in
logical order), lay each line out shaped and reordered (``text.layout_line``) and draw it with one
text object (``writer.TextWriter``); nothing in user text is ever read as markup.

A report sets the same few hundred strings in the same styles and widths over and over (the labels
of every catalogue entry, its kinds and media types, table headers on every page): set lines are
immutable, so a block once set for a width is kept, laid out and measured, in a bounded cache.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from casedesk.report import compat
from casedesk.report.fonts import FontSet, has_arabic_script
from casedesk.report.text import Line, LineLayout, clip, is_rtl, layout_line, set_text
from casedesk.report.writer import TextWriter, num, rgb

__all__ = ["TextWriter"]  # where the report's flowables draw their text; see casedesk.report.writer

ARABIC_LEADING = 1.65  # Naskh has tall ascenders and deep descenders: lines holding Arabic get more room


@dataclass(frozen=True, slots=True)
class TextStyle:
    fonts: FontSet
    size: float
    leading: float
    color: Color
    space_before: float = 0.0
    space_after: float = 0.0
    center: bool = False
    # The report reads right to left (Arabic): lines are set against the right edge, and a line
    # with no letter of its own (a number, a date in digits) reads right to left.
    rtl: bool = False
    # Set text is cached by style: its hash is computed once (a colour hashes slowly).
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = (self.fonts, self.size, self.leading, self.color, self.space_before, self.space_after)
        object.__setattr__(self, "_hash", hash((*fields, self.center, self.rtl)))

    def __hash__(self) -> int:
        return self._hash


class Block(NamedTuple):
    """A piece of text in one style; a grid cell holds one or more, stacked."""

    text: str
    style: TextStyle


class SetLine(NamedTuple):
    """A broken line ready to draw: its text, style and height, laid out (shaped, reordered and
    measured), and the distance from its top to its baseline (the glyphs sit centred in the line)."""

    line: Line
    style: TextStyle
    height: float
    layout: LineLayout
    ascent: float


_height = attrgetter("height")


def line_height(text: str, style: TextStyle) -> float:
    if not text.isascii() and has_arabic_script(text):
        return max(style.leading, style.size * ARABIC_LEADING)
    return style.leading


def set_lines(blocks: Sequence[Block], width: float) -> list[SetLine]:
    """Break the blocks into lines for ``width`` points."""
    out: list[SetLine] = []
    for block in blocks:
        if block.text:
            out += _set_block(block.text, block.style, width)
    return out


@lru_cache(maxsize=2048)  # the labels and values that repeat fit many times over (see the docstring)
def _set_block(text: str, style: TextStyle, width: float) -> tuple[SetLine, ...]:
    size = style.size
    out = []
    for line, layout in set_text(text, style.fonts, size, width, rtl_default=style.rtl):
        height = line_height(line.text, style)
        out.append(SetLine(line, style, height, layout, height - (height - size) / 2 - size * 0.22))
    return tuple(out)


def ascent(item: SetLine) -> float:
    """Distance from the top of a set line to its baseline (the glyphs sit centred in the line)."""
    return item.ascent


def draw_lines(writer: TextWriter, lines: Sequence[SetLine], x: float, top: float, width: float) -> None:
    """Draw set lines from ``top`` downwards in a column ``width`` wide; RTL lines right-aligned."""
    y = top
    for item in lines:
        style = item.style
        layout = item.layout
        if style.center:
            left = x + (width - layout.width) / 2
        elif item.line.rtl or style.rtl:
            left = x + width - layout.width
        else:
            left = x
        if style.color is not writer.colour:
            writer.set_colour(style.color)
        writer.line(layout, left, y - item.ascent, style.size)
        y -= item.height


def draw_line(
    canv: Canvas, text: str, x: float, y: float, style: TextStyle, *, width: float, align: str
) -> None:
    """One line of user text on the canvas (page headers), clipped to ``width``; x is the anchor."""
    line = clip(text, style.fonts, style.size, width)
    layout = layout_line(line, style.fonts, style.size, is_rtl(line))
    if align == "right":
        x -= layout.width
    elif align == "center":
        x -= layout.width / 2
    writer = TextWriter(canv)
    writer.set_colour(style.color)
    writer.line(layout, x, y, style.size)
    writer.flush()


@lru_cache(maxsize=4096)  # where flowables are placed: a few hundred positions, on every page
def _fp(value: float) -> str:
    """``fp_str`` of one number (``fp_str(a, b)`` is ``fp_str(a)``, a space, ``fp_str(b)``)."""
    text: str = fp_str(value)
    return text


class Placed(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A flowable whose ``draw`` only adds PDF operators, leaving the canvas's own state alone.

    ``Flowable.drawOn`` saves the canvas's state (a copy of some twenty attributes), translates
    (formatting a whole matrix) and restores it; for such a flowable only the operators matter.
    This writes the same ones (``q``, the translation's ``cm``, ``Q``) without the bookkeeping.
    """

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.addLiteral("q")
        canvas.addLiteral(f"1 0 0 1 {_fp(compat.aligned_x(self, x, _sW))} {_fp(y)} cm")
        compat.draw_in_place(self, canvas)
        canvas.addLiteral("Q")


class TextBlock(Placed):
    """A paragraph of user text: wrapped in logical order, shaped, reordered; splits between lines."""

    def __init__(self, text: str, style: TextStyle, *, lines: list[SetLine] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._fixed = lines
        self._lines: list[SetLine] = lines or []
        self._for_width: float | None = None

    def _set(self, width: float) -> list[SetLine]:
        if self._fixed is not None:
            return self._fixed
        if self._for_width != width:
            self._lines = set_lines([Block(self.text, self.style)], width)
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = self._set(availWidth)
        self.width = availWidth
        self.height = sum(item.height for item in self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._set(availWidth)
        used, fit = 0.0, 0
        for item in lines:
            if used + item.height > availHeight + 1e-6:
                break
            used += item.height
            fit += 1
        if fit == 0:
            return []
        if fit == len(lines):
            return [self]
        head = TextBlock(self.text, replace(self.style, space_after=0.0), lines=lines[:fit])
        tail = TextBlock(self.text, replace(self.style, space_before=0.0), lines=lines[fit:])
        return [head, tail]

    def getSpaceBefore(self) -> float:
        return self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def draw(self) -> None:
        writer = TextWriter(self.canv)
        draw_lines(writer, self._lines, 0.0, self.height, self.width)
        writer.flush()


@dataclass(frozen=True)
class GridLook:
    header: TextStyle
    rule: Color
    header_rule: Color
    shade: Color
    shade_first_column: bool = False
    pad_x: float = 3.0
    pad_top: float = 2.5
    pad_bottom: float = 3.0
    rtl: bool = False  # columns from right to left: the first column is the rightmost


Cell = Sequence[Block]


@dataclass(frozen=True, slots=True)
class _Row:
    cells: list[list[SetLine]]
    height: float
    drops: list[float]  # per cell: how far its first line is lowered so first baselines align


class Grid(Placed):
    """A ruled table of text cells with fixed column widths.

    Cells are broken into lines once; the grid splits between rows (repeating its header), and
    splits inside a row only when that row alone is taller than a whole frame.
    """

    def __init__(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        look: GridLook,
        *,
        header: Sequence[str] = (),
        max_height: float,
        _set: list[_Row] | None = None,
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.rows = rows
        self.look = look
        self.header = list(header)
        self.max_height = max_height
        self._rows = _set
        self._header_row = (
            self._measure([[Block(h, look.header)] for h in self.header]) if self.header else None
        )
        if look.rtl:
            self.hAlign = "RIGHT"  # a grid narrower than the frame sits against its right edge

    def _measure(self, cells: Sequence[Cell]) -> _Row:
        set_cells = [
            set_lines(cell, w - 2 * self.look.pad_x) for cell, w in zip(cells, self.widths, strict=True)
        ]
        return self._row(set_cells)

    def _row(self, set_cells: list[list[SetLine]]) -> _Row:
        first = [cell[0].ascent if cell else 0.0 for cell in set_cells]
        top = max(first, default=0.0)
        drops = [top - a if cell else 0.0 for a, cell in zip(first, set_cells, strict=True)]
        content = max(
            (drop + sum(map(_height, cell)) for drop, cell in zip(drops, set_cells, strict=True)),
            default=0.0,
        )
        return _Row(set_cells, content + self.look.pad_top + self.look.pad_bottom, drops)

    def _measured(self) -> list[_Row]:
        if self._rows is None:
            self._rows = [self._measure(cells) for cells in self.rows]
        return self._rows

    @property
    def header_height(self) -> float:
        return self._header_row.height if self._header_row else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + sum(row.height for row in self._measured())
        return self.width, self.height

    def _part(self, rows: list[_Row]) -> Grid:
        return Grid(self.widths, [], self.look, header=self.header, max_height=self.max_height, _set=rows)

    def _rest(self, rows: list[_Row]) -> Grid:
        """What follows a split: the rows left over."""
        return self._part(rows)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        rows = self._measured()
        room = availHeight - self.header_height
        used, fit = 0.0, 0
        for row in rows:
            if used + row.height > room + 1e-6:
                break
            used += row.height
            fit += 1
        if fit == len(rows):
            return [self]
        if fit > 0:
            return [self._part(rows[:fit]), self._rest(rows[fit:])]
        if rows[0].height <= self.max_height - self.header_height:
            return []  # the row fits on a fresh page: move there
        first, rest = self._cut(rows[0], room)
        if first is None:
            return []
        return [self._part([first]), self._rest([rest, *rows[1:]])]

    def _cut(self, row: _Row, room: float) -> tuple[_Row | None, _Row]:
        """Split one over-tall row at ``room`` points, cell by cell, between lines."""
        look = self.look
        limit = room - look.pad_top - look.pad_bottom - max(row.drops, default=0.0)
        heads, tails = [], []
        for cell in row.cells:
            used, fit = 0.0, 0
            for item in cell:
                if used + item.height > limit + 1e-6:
                    break
                used += item.height
                fit += 1
            heads.append(cell[:fit])
            tails.append(cell[fit:])
        if not any(heads):
            return None, row
        return self._row(heads), self._row(tails)

    def _lefts(self) -> list[float]:
        """The left edge of each column: in order, or mirrored (the first rightmost) right to left."""
        lefts, x = [], 0.0
        for w in self.widths:
            lefts.append(x)
            x += w
        if self.look.rtl:
            return [x - left - w for left, w in zip(lefts, self.widths, strict=True)]
        return lefts

    def draw(self) -> None:
        look = self.look
        width = sum(self.widths)
        rows: list[tuple[_Row, bool]] = [(row, False) for row in self._measured()]
        if self._header_row is not None:
            rows.insert(0, (self._header_row, True))
        fills: list[str] = []
        rules: list[str] = []
        header_rules: list[str] = []
        writer = TextWriter(self.canv)
        lefts = self._lefts()
        # Per column: where its text starts and how wide it is, inside the padding.
        columns = [(x + look.pad_x, w - 2 * look.pad_x) for x, w in zip(lefts, self.widths, strict=True)]
        full, first = num(width), f"{num(lefts[0])} " if lefts else ""
        first_width = num(self.widths[0]) if self.widths else ""
        y = self.height
        for row, is_header in rows:
            bottom = y - row.height
            low, tall = num(bottom), num(row.height)
            if is_header:
                fills.append(f"0 {low} {full} {tall} re")
            elif look.shade_first_column:
                fills.append(f"{first}{low} {first_width} {tall} re")
            (header_rules if is_header else rules).append(f"0 {low} m {full} {low} l")
            top = y - look.pad_top
            for cell, (x, w), drop in zip(row.cells, columns, row.drops, strict=True):
                if cell:
                    draw_lines(writer, cell, x, top - drop, w)
            y = bottom
        # Shading and rules as plain path operators, in one graphics-state block.
        graphics = ["q"]
        if fills:
            graphics += [rgb(look.shade, "rg"), *fills, "f"]
        if rules:
            graphics += [rgb(look.rule, "RG"), "0.4 w", *rules, "S"]
        if header_rules:
            graphics += [rgb(look.header_rule, "RG"), "0.8 w", *header_rules, "S"]
        self.canv.addLiteral(" ".join([*graphics, "Q"]))
        writer.flush()


class StreamedGrid(Grid):
    """A grid whose rows come from an iterator and are broken into lines only as layout needs them.

    A grid with a row per evidence item or custody entry would otherwise hold every row, set in
    lines, at once; this one holds about a page of them. ``wrap`` and ``split`` set rows until they
    overflow the space offered or run out: a grid that does not fit then says so with the height
    set so far (the frame only compares it with the space), and splits as a Grid does, the rest
    carrying on from the same iterator. For the frame, layout is the same as a Grid's of all rows.
    """

    def __init__(
        self,
        widths: Sequence[float],
        rows: Iterator[Sequence[Cell]],
        look: GridLook,
        *,
        header: Sequence[str] = (),
        max_height: float,
        _set: list[_Row] | None = None,
    ) -> None:
        super().__init__(widths, [], look, header=header, max_height=max_height, _set=_set or [])
        self._pending = rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._set_rows(availHeight - self.header_height)
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._set_rows(availHeight - self.header_height)
        return super().split(availWidth, availHeight)

    def _set_rows(self, room: float) -> None:
        """Set rows until they are taller than ``room`` (at least one, so a row too tall shows)."""
        rows = self._measured()
        used = sum(row.height for row in rows)
        while used <= room + 1e-6 or not rows:
            cells = next(self._pending, None)
            if cells is None:
                return
            rows.append(self._measure(cells))
            used += rows[-1].height

    def _rest(self, rows: list[_Row]) -> Grid:
        return StreamedGrid(
            self.widths, self._pending, self.look, header=self.header, max_height=self.max_height, _set=rows
        )


class Stack(Placed):
    """Flowables drawn one above the other as one unit (a picture and its caption)."""

    def __init__(self, parts: Sequence[Flowable], *, rtl: bool = False) -> None:
        super().__init__()
        self.parts = list(parts)
        self.rtl = rtl  # parts narrower than the stack sit against its right edge
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        self.width = max((w for w, _ in self._sizes), default=0.0)
        self.height = sum(h for _, h in self._sizes)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (w, h) in zip(self.parts, self._sizes, strict=True):
            y -= h
            part.drawOn(self.canv, self.width - w if self.rtl else 0, y)
