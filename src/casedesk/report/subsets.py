"""Text in the codes of a dynamic TrueType font's subsets, escaped for a PDF string, fast.

ReportLab's ``TTFont.splitString`` gives each new character a code in one of the font's subsets of
256 (per document; a code, once given, never changes), and ``escapePDF`` escapes the codes; both
loop over the text in Python. Nearly every string of a report uses only characters already given
codes, all in one subset: for those, one ``str.translate`` through a table per subset (character to
escaped code) gives the same bytes in one C-level call. Anything else (a new character, one the
font lacks, a string spanning subsets) goes through ``splitString`` itself. A text met again is
answered from a bounded memo: the codes of its characters, once given, never change.
"""

from __future__ import annotations

from itertools import islice

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.ttfonts import TTFont

from casedesk.report import compat

_ESCAPED = [escapePDF(bytes([code])) for code in range(256)]
# Every escaped code is ASCII: a character the table lacks is thus caught by the result not being
# ASCII, whether it passes through unchanged (non-ASCII) or maps to this marker (ASCII).
_UNKNOWN = "\x80"
_NBSP = 0xA0  # splitString draws a no-break space as a space
_KNOWN = 4096  # texts remembered per font and document, at most


class SubsetEncoder:
    """One font's subset codes in one document, mirrored as ``str.translate`` tables.

    Each call passes that document: holding it here would keep it alive in a cache keyed by it.
    """

    def __init__(self, font: TTFont) -> None:
        self.font = font
        self.subset_of: dict[str, int] = {}  # character -> the subset holding its code
        self.tables: dict[int, dict[int, str]] = {}  # subset -> character -> escaped code
        self.mirrored = 0  # how many of the font's assignments the tables hold
        self.names: dict[int, str] = {}
        # Texts met before, all in one subset: their codes never change (labels, kinds, units).
        self.known: dict[str, list[tuple[str, str]]] = {}

    def encode(self, text: str, doc: object) -> list[tuple[str, str]]:
        """(subset font name, escaped codes) chunks: exactly splitString's, escaped with escapePDF.

        The result is shared: callers only read it.
        """
        known = self.known.get(text)
        if known is not None:
            return known
        subset = self.subset_of.get(text[:1])
        if subset is not None:
            escaped = text.translate(self.tables[subset])
            if escaped.isascii():
                if len(self.known) >= _KNOWN:
                    self.known.clear()
                chunks = self.known[text] = [(self._name(subset, doc), escaped)]
                return chunks
        chunks = [(self._name(n, doc), escapePDF(codes)) for n, codes in self.font.splitString(text, doc)]
        self._mirror(doc)
        return chunks

    def _mirror(self, doc: object) -> None:
        """Add the codes given since the last call (assignments only grow, in insertion order)."""
        assignments = compat.subset_assignments(self.font, doc)
        for char, code in islice(assignments.items(), self.mirrored, None):
            subset = code >> 8
            table = self.tables.setdefault(subset, dict.fromkeys(range(128), _UNKNOWN))
            table[char] = _ESCAPED[code & 0xFF]
            self.subset_of[chr(char)] = subset
            if char == 32:
                table[_NBSP] = table[char]
                self.subset_of[chr(_NBSP)] = subset
        self.mirrored = len(assignments)

    def _name(self, subset: int, doc: object) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, doc)
        return name
