"""The bundled fonts, registered with ReportLab once, and which of them can draw a character.

Nothing in a report depends on system fonts: Noto Sans draws Latin (and Greek, Cyrillic), Noto Naskh
Arabic draws Arabic. Both are embedded as subsets in every PDF.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casedesk.report import compat


class FontSet(NamedTuple):
    """The pair of fonts one style draws with: one for Latin-like scripts, one for Arabic.

    A named tuple: text measurement looks fonts up by it for every word, and a tuple hashes in C.
    """

    latin: str
    arabic: str


REGULAR = FontSet("CaseDesk-Sans", "CaseDesk-Naskh")
BOLD = FontSet("CaseDesk-Sans-Bold", "CaseDesk-Naskh-Bold")
ITALIC = FontSet("CaseDesk-Sans-Italic", "CaseDesk-Naskh")  # Naskh has no italic

_FILES = {
    "CaseDesk-Sans": "NotoSans-Regular.ttf",
    "CaseDesk-Sans-Bold": "NotoSans-Bold.ttf",
    "CaseDesk-Sans-Italic": "NotoSans-Italic.ttf",
    "CaseDesk-Naskh": "NotoNaskhArabic-Regular.ttf",
    "CaseDesk-Naskh-Bold": "NotoNaskhArabic-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def font_file(name: str) -> Path:
    return Path(str(resources.files("casedesk.resources") / "fonts" / name))


def register() -> None:
    """Register the bundled fonts with ReportLab (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_file(filename))))
        # <b> and <i> inside Paragraph markup pick the matching face of each family.
        pdfmetrics.registerFontFamily(
            REGULAR.latin, normal=REGULAR.latin, bold=BOLD.latin, italic=ITALIC.latin, boldItalic=BOLD.latin
        )
        pdfmetrics.registerFontFamily(
            REGULAR.arabic,
            normal=REGULAR.arabic,
            bold=BOLD.arabic,
            italic=REGULAR.arabic,
            boldItalic=BOLD.arabic,
        )
        _registered = True


@cache
def _charmap(font_name: str) -> frozenset[int]:
    register()
    return frozenset(compat.charmap(font_name))


def covers(font_name: str, ch: str) -> bool:
    """Whether the font has a glyph for the character."""
    return ord(ch) in _charmap(font_name)


_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC))
_ARABIC_TEXT = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _ARABIC_BLOCKS) + "]")


def is_arabic_script(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


def has_arabic_script(text: str) -> bool:
    """Whether any character of ``text`` is of the Arabic script (one regular-expression scan)."""
    return _ARABIC_TEXT.search(text) is not None


def font_for(ch: str, fonts: FontSet) -> str | None:
    """The font of the set that draws ``ch``: Arabic letters in Naskh, the rest in Sans if it can."""
    if is_arabic_script(ch) and covers(fonts.arabic, ch):
        return fonts.arabic
    if covers(fonts.latin, ch):
        return fonts.latin
    if covers(fonts.arabic, ch):
        return fonts.arabic
    return None


def drawable(ch: str) -> bool:
    return font_for(ch, REGULAR) is not None and font_for(ch, BOLD) is not None


@cache
def x_extent(font_name: str, ch: str) -> tuple[float, float] | None:
    """Horizontal ink extent of a glyph in thousandths of an em, or None if unknown or empty.

    Used to centre combining marks over their base letter: without OpenType mark positioning
    (which ReportLab does not do) a zero-width mark would otherwise land on the wrong letter.
    Reads the glyph header from ReportLab's parsed font; any surprise there just disables centring.
    """
    try:
        bounds = compat.glyph_x_bounds(font_name, ch)
        if bounds is None:
            return None
        x_min, x_max, units_per_em = bounds
        scale = 1000.0 / units_per_em
        return x_min * scale, x_max * scale
    except Exception:  # a font ReportLab parsed differently: fall back to plain placement
        return None
