"""PDF text operators written directly: one ``BT … ET`` block for many lines of set text.

ReportLab's text object re-measures and re-formats every string in pure Python, which was most of
the time of a large report. ``TextWriter`` writes ``Tm``/``Tf``/``Tj`` itself, using the documented
dynamic-font protocol (``splitString`` / ``getSubsetInternalName``, escaped with ``escapePDF``)
through ``SubsetEncoder``, which gives the same bytes faster for characters already coded.
"""

from __future__ import annotations

import weakref
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from casedesk.report import compat
from casedesk.report.subsets import SubsetEncoder
from casedesk.report.text import LineLayout


# A report draws a few thousand distinct numbers (positions, sizes), hundreds of thousands of
# times; a right-to-left one more, as its lines end where their widths put them.
@lru_cache(maxsize=8192)
def num(value: float) -> str:
    """A number as a PDF operand: at most three decimals, no trailing zeros."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@lru_cache(maxsize=256)  # the report's few colours, set again in every flowable
def rgb(colour: Color, operator: str) -> str:
    red, green, blue = colour.rgb()
    return f"{num(red)} {num(green)} {num(blue)} {operator}"


# Per document, its encoder for each font: the encoders' tables hold that document's subset codes.
_ENCODERS: weakref.WeakKeyDictionary[Any, dict[str, SubsetEncoder]] = weakref.WeakKeyDictionary()


class TextWriter:
    """PDF text operators for many lines, written as one ``BT … ET`` block.

    The block is wrapped in ``q … Q`` so its colour changes stay local.
    """

    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.doc = compat.document_of(canv)
        self.encoders = _ENCODERS.setdefault(self.doc, {})
        self.ops: list[str] = []
        self.font_name: str | None = None  # the font and size the last Tf set
        self.font_size = 0.0
        self.colour: Color | None = None

    def set_colour(self, colour: Color) -> None:
        if colour is not self.colour and colour != self.colour:  # identity first: Color's == is slow
            self.ops.append(rgb(colour, "rg"))
            self.colour = colour

    def line(self, layout: LineLayout, x: float, y: float, size: float) -> None:
        """Write runs in logical order, each at its visual position (see casedesk.report.text).

        Bidi lines restate the font before every run: text extractors then read each run on its
        own, which is what puts right-to-left words back in logical order.
        """
        ops = self.ops
        if layout.simple:
            ops.append(f"1 0 0 1 {num(x)} {num(y)} Tm")
            for run in layout.runs:
                for name, chunk in self._encoder(run.font).encode(run.text, self.doc):
                    if name != self.font_name or size != self.font_size:
                        ops.append(f"{name} {num(size)} Tf")
                        self.font_name, self.font_size = name, size
                    ops.append(f"({chunk}) Tj")
            return
        for run in layout.runs:
            ops.append(f"1 0 0 1 {num(x + run.x)} {num(y)} Tm")
            restate = True
            for name, chunk in self._encoder(run.font).encode(run.text, self.doc):
                if restate or name != self.font_name or size != self.font_size:
                    ops.append(f"{name} {num(size)} Tf")
                    self.font_name, self.font_size = name, size
                    restate = False
                ops.append(f"({chunk}) Tj")

    def _encoder(self, font_name: str) -> SubsetEncoder:
        encoder = self.encoders.get(font_name)
        if encoder is None:
            encoder = self.encoders[font_name] = SubsetEncoder(pdfmetrics.getFont(font_name))
        return encoder

    def flush(self) -> None:
        if self.ops:
            self.canv.addLiteral("q BT " + " ".join(self.ops) + " ET Q")
        self.ops = []
        self.font_name = None
        self.colour = None
