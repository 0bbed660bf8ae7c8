"""User text made safe and right for the PDF: escaping, script runs, Arabic shaping and bidi order.

ReportLab's Paragraph neither joins Arabic letters nor orders right-to-left text, so text containing
Arabic is handled here: lines are broken in logical order, then each line is shaped (joined letter
forms, arabic-reshaper) and reordered (Unicode bidi algorithm, python-bidi) and laid out as runs of
one font and one embedding level. Runs are *emitted* in logical order, each at its visual position:
text extractors (pypdf, poppler) then read the Arabic back in logical order.

User text is never interpreted as markup: it is drawn by CaseDesk's own flowables (see
``casedesk.report.blocks``), never parsed as ReportLab Paragraph markup. Characters no bundled font
can draw, or that would silently change how text reads (bidi overrides, control characters), are
shown as visible ``[U+XXXX]`` placeholders instead.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

import arabic_reshaper
from reportlab.pdfbase.pdfmetrics import stringWidth

from casedesk.report import compat
from casedesk.report.fonts import FontSet, drawable, font_for, x_extent

# Joiners steer shaping (Persian uses ZWNJ inside words); they are removed once letters are shaped.
_JOINERS = frozenset("\u200c\u200d")
_NO_JOINERS = str.maketrans(dict.fromkeys(_JOINERS))
# Invisible characters with no effect on what a reader sees: dropped.
_DROPPED = frozenset("\u200b\u2060\ufeff\u00ad") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
# Controls that would reorder or hide text if honoured: made visible instead.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_MIRRORED = compat.BIDI_MIRRORED  # a bracket drawn right to left takes its mirrored form


class _PerChar(dict[str, bool]):
    """Memo of a test on characters, so a text is tested with one C-level ``map`` over it."""

    def __init__(self, bidi_classes: frozenset[str]) -> None:
        super().__init__()
        self.bidi_classes = bidi_classes

    def __missing__(self, ch: str) -> bool:
        found = self[ch] = unicodedata.bidirectional(ch) in self.bidi_classes
        return found


_IS_RTL = _PerChar(_RTL_CLASSES)
_IS_ARABIC_LETTER = _PerChar(frozenset({"AL"}))

_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,  # vowel marks are part of the text; never drop them
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
        "support_ligatures": True,
    }
)


def placeholder(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


@cache
def _clean(ch: str) -> str:
    """What one character becomes in the report: itself, nothing, or a visible placeholder."""
    if ch == "\n" or ch in _JOINERS:
        return ch
    if ch == "\t":
        return " "
    if ch in _DROPPED:
        return ""
    if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or not drawable(ch):
        return placeholder(ch)
    return ch


def sanitize(text: str) -> str:
    """NFC text where every character can be drawn, and nothing invisible changes its meaning."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and text.replace("\n", "").isprintable():
        return text  # the common case: Noto Sans draws all of printable ASCII
    return "".join(_clean(ch) for ch in unicodedata.normalize("NFC", text))


def needs_bidi(text: str) -> bool:
    """Whether the text holds right-to-left characters, and so needs the bidi layout."""
    return not text.isascii() and any(map(_IS_RTL.__getitem__, text))


def is_rtl(line: str, default: bool = False) -> bool:
    """Base direction of a paragraph from its first strong character (UAX #9, P2-P3); ``default``
    for one with none (digits, punctuation): the document's direction (HL1)."""
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default


# -- shaping and bidi layout ---------------------------------------------------------------------


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms, still in logical order."""
    if text.isascii():
        return text
    if not any(map(_IS_ARABIC_LETTER.__getitem__, text)):
        return text.translate(_NO_JOINERS)
    return _reshaped(text)


@lru_cache(maxsize=8192)  # an Arabic report measures the same words and labels on every page
def _reshaped(text: str) -> str:
    shaped: str = _reshaper.reshape(text)
    return shaped.translate(_NO_JOINERS)


@cache
def _unit_width(ch: str, font: str) -> float:
    return float(stringWidth(ch, font, 1.0))


class _Fonts(dict[str, str]):
    """Memo: which font of a set draws each character."""

    def __init__(self, fonts: FontSet) -> None:
        super().__init__()
        self.fonts = fonts

    def __missing__(self, ch: str) -> str:
        font = font_for(ch, self.fonts) or self.fonts.latin
        self[ch] = font
        return font


class _Advances(dict[str, float]):
    """Memo: advance width of each character at size 1, in the font of the set that draws it."""

    def __init__(self, fonts: _Fonts) -> None:
        super().__init__()
        self.fonts = fonts

    def __missing__(self, ch: str) -> float:
        width = _unit_width(ch, self.fonts[ch])
        self[ch] = width
        return width


@cache
def _metrics(fonts: FontSet) -> tuple[_Fonts, _Advances]:
    font_of = _Fonts(fonts)
    return font_of, _Advances(font_of)


def shaped_width(shaped: str, fonts: FontSet, size: float) -> float:
    return size * sum(map(_metrics(fonts)[1].__getitem__, shaped))


def text_width(text: str, fonts: FontSet, size: float) -> float:
    """Width of sanitized logical text once shaped, in points."""
    return shaped_width(shape(text), fonts, size)


# Runs, layouts and lines are named tuples: immutable (layouts are cached and shared), and made
# tens of thousands of times per report, several times faster than frozen dataclasses.


class Run(NamedTuple):
    """Glyphs of one font and one embedding level, in visual order, ``x`` points from the line start."""

    text: str
    font: str
    x: float
    level: int


class LineLayout(NamedTuple):
    runs: tuple[Run, ...]  # in logical order (the order they are written to the PDF)
    width: float
    rtl: bool
    simple: bool = False  # left to right, runs side by side: no need to place each run

    @property
    def visual(self) -> str:
        return "".join(r.text for r in sorted(self.runs, key=lambda r: r.x))


def _levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding levels (UAX #9 up to I2, then L1) for each character of ``text``."""
    levels = compat.embedding_levels(text, rtl)
    # L1: trailing whitespace takes the paragraph level.
    for i in range(len(text) - 1, -1, -1):
        if not text[i].isspace():
            break
        levels[i] = 1 if rtl else 0
    return levels


def _visual_order(levels: list[int]) -> list[int]:
    """Logical indices in visual order (UAX #9, rule L2)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _is_attached_mark(ch: str, font: str) -> bool:
    return unicodedata.combining(ch) != 0 and _unit_width(ch, font) == 0.0


def layout_line(line: str, fonts: FontSet, size: float, rtl: bool) -> LineLayout:
    """Shape, reorder and measure one line of sanitized logical text.

    Zero-width combining marks (Arabic vowel signs, stray Latin accents) get runs of their own,
    centred over their base letter.
    """
    if line.isascii() and not rtl:
        return _ascii_layout(line, fonts, size)
    return _bidi_layout(line, fonts, size, rtl)


@lru_cache(maxsize=4096)  # the labels and headers of a right-to-left report, on every page
def _bidi_layout(line: str, fonts: FontSet, size: float, rtl: bool) -> LineLayout:
    shaped = shape(line)
    if not shaped:
        return LineLayout((), 0.0, rtl)
    if not rtl and not needs_bidi(shaped) and not any(map(unicodedata.combining, shaped)):
        return _simple_layout(shaped, fonts, size)
    levels = _levels(shaped, rtl)
    font_of, _ = _metrics(fonts)
    glyph_fonts = [font_of[ch] for ch in shaped]
    marks = [_is_attached_mark(ch, font) for ch, font in zip(shaped, glyph_fonts, strict=True)]
    x_of = [0.0] * len(shaped)
    x = 0.0
    for logical in _visual_order(levels):
        x_of[logical] = x
        x += size * _unit_width(shaped[logical], glyph_fonts[logical])
    base = -1
    for i, ch in enumerate(shaped):
        if not marks[i]:
            base = i
            continue
        extent = x_extent(glyph_fonts[i], ch)
        if base >= 0 and extent is not None:
            base_width = size * _unit_width(shaped[base], glyph_fonts[base])
            x_of[i] = x_of[base] + base_width / 2 - size * (extent[0] + extent[1]) / 2000

    runs: list[Run] = []
    start = 0
    for i in range(1, len(shaped) + 1):
        same = (
            i < len(shaped)
            and not marks[i]
            and not marks[start]
            and (levels[i], glyph_fonts[i]) == (levels[start], glyph_fonts[start])
        )
        if same:
            continue
        members = sorted(range(start, i), key=x_of.__getitem__)
        mirrored = levels[start] % 2 == 1
        glyphs = "".join(_MIRRORED.get(shaped[k], shaped[k]) if mirrored else shaped[k] for k in members)
        runs.append(Run(glyphs, glyph_fonts[start], x_of[members[0]], levels[start]))
        start = i
    return LineLayout(tuple(runs), x, rtl)


def _ascii_run(line: str, fonts: FontSet, size: float) -> LineLayout:
    """Noto Sans draws all of ASCII: one run."""
    if not line:
        return LineLayout((), 0.0, False)
    width = size * sum(map(_metrics(fonts)[1].__getitem__, line))
    return LineLayout((Run(line, fonts.latin, 0.0, 0),), width, False, simple=True)


_ascii_layout = lru_cache(maxsize=2048)(_ascii_run)  # labels and short values repeat on every page


def set_layout(line: str, fonts: FontSet, size: float, rtl: bool) -> LineLayout:
    """``layout_line``, for a caller that keeps the layouts it makes (``blocks`` caches set text)."""
    if line.isascii() and not rtl:
        return _ascii_run(line, fonts, size)
    return _bidi_layout(line, fonts, size, rtl)


def _simple_layout(shaped: str, fonts: FontSet, size: float) -> LineLayout:
    """Left-to-right text without marks: runs of one font, side by side."""
    font_of, advance = _metrics(fonts)
    runs: list[Run] = []
    start = 0
    start_x = 0.0
    current = font_of[shaped[0]]
    for i, ch in enumerate(shaped):
        font = font_of[ch]
        if font != current:
            run = shaped[start:i]
            runs.append(Run(run, current, start_x, 0))
            start_x += size * sum(map(advance.__getitem__, run))
            start, current = i, font
    runs.append(Run(shaped[start:], current, start_x, 0))
    width = start_x + size * sum(map(advance.__getitem__, shaped[start:]))
    return LineLayout(tuple(runs), width, False, simple=True)


# -- line breaking in logical order --------------------------------------------------------------


class Line(NamedTuple):
    text: str  # logical order
    rtl: bool


# Breaks are at spaces, but not at no-break ones (French puts them before "%", ":" and between
# thousands, "1 234"): those stay inside the word they join.
_NO_BREAK = "\u00a0\u2007\u202f"
_TOKENS = re.compile(rf"[^\S{_NO_BREAK}]+|[\S{_NO_BREAK}]+")


def break_lines(
    text: str, fonts: FontSet, size: float, width: float, *, rtl_default: bool = False
) -> list[Line]:
    """Greedy line breaks at spaces, in logical order; words wider than ``width`` are cut.

    Each paragraph reads in the direction of its first letter; one with no letter, in the
    document's direction (``rtl_default``: an Arabic report).
    """
    simple = text.isascii() and text.isprintable() and text == text.strip()
    if simple and size * sum(map(_metrics(fonts)[1].__getitem__, text)) <= width:
        # the common case: a short label or value on one line (ASCII: left to right if it has a letter)
        return [Line(text, rtl_default and not any(map(str.isalpha, text)))]
    advance = _metrics(fonts)[1].__getitem__
    lines: list[Line] = []
    for paragraph in sanitize(text).split("\n"):
        rtl = is_rtl(paragraph, rtl_default)
        current: list[str] = []
        current_width = 0.0
        space = ""
        # Widths as text_width gives them; ASCII (and white space) needs no shaping to be measured.
        for token in _TOKENS.findall(paragraph):
            if token[0].isspace() and token[0] not in _NO_BREAK:
                space = token if current else ""
                continue
            if token.isascii():
                token_width = size * sum(map(advance, token))
            else:
                token_width = text_width(token, fonts, size)
            if current:
                gap = size * sum(map(advance, space))
                if current_width + gap + token_width <= width:
                    current.append(space)
                    current.append(token)
                    current_width += gap + token_width
                    continue
                lines.append(Line("".join(current), rtl))
            if token_width <= width:
                current, current_width = [token], token_width
            else:
                pieces = _cut(token, fonts, size, width)
                lines.extend(Line(piece, rtl) for piece in pieces[:-1])
                current, current_width = [pieces[-1]], text_width(pieces[-1], fonts, size)
            space = ""
        lines.append(Line("".join(current), rtl))
    return lines


def set_text(
    text: str, fonts: FontSet, size: float, width: float, *, rtl_default: bool = False
) -> list[tuple[Line, LineLayout]]:
    """``break_lines``, each line with its layout (``layout_line``): what a flowable draws.

    A short ASCII label or value on one line, left to right, is measured once for both.
    """
    if text and not rtl_default and text.isascii() and text.isprintable() and text == text.strip():
        line_width = size * sum(map(_metrics(fonts)[1].__getitem__, text))
        if line_width <= width:
            run = Run(text, fonts.latin, 0.0, 0)
            return [(Line(text, False), LineLayout((run,), line_width, False, simple=True))]
    lines = break_lines(text, fonts, size, width, rtl_default=rtl_default)
    return [(line, set_layout(line.text, fonts, size, line.rtl)) for line in lines]


def _cut(word: str, fonts: FontSet, size: float, width: float) -> list[str]:
    """A word split into pieces that each fit ``width`` (hashes, URLs); at least one char a piece."""
    if shape(word) == word:  # no joining to redo per piece: cut on running widths
        ends = list(accumulate(map(_metrics(fonts)[1].__getitem__, word)))
        limit = width / size
        pieces, start, base = [], 0, 0.0
        while start < len(word):
            end = max(start + 1, bisect_right(ends, base + limit + 1e-9))
            pieces.append(word[start:end])
            base, start = ends[end - 1], end
        return pieces
    pieces = []
    while word and text_width(word, fonts, size) > width:
        low, high = 1, len(word)  # the longest prefix that fits, by bisection
        while low < high:
            mid = (low + high + 1) // 2
            if text_width(word[:mid], fonts, size) <= width:
                low = mid
            else:
                high = mid - 1
        pieces.append(word[:low])
        word = word[low:]
    if word:
        pieces.append(word)
    return pieces


def clip(text: str, fonts: FontSet, size: float, width: float) -> str:
    """The first line of ``text``, shortened with an ellipsis to fit ``width`` (page headers)."""
    line = sanitize(text).split("\n", 1)[0]
    if text_width(line, fonts, size) <= width:
        return line
    while line and text_width(line + "…", fonts, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"
