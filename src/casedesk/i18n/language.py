"""One language's words and numbers, from one catalogue family (the report's, or the core's messages).

Numbers: Western digits 0-9 in all three languages (the readers of the Maghreb and the Sahel write
them, and a count, an entry number or a hash then reads the same in every language). Quantities get
the language's separators: a narrow no-break space between thousands in French and Arabic, a decimal
comma. English, the source language, has no catalogue: its texts are the sources themselves.
"""

from __future__ import annotations

from collections.abc import Mapping

from casedesk.i18n.catalog import RTL_LANGUAGES, Entry, Key, plural_index

GROUP = "\u202f"  # narrow no-break space: CLDR's French group separator, never read as a decimal mark
DECIMAL = ","


class Language:
    """The words of one catalogue in one language, and how numbers are written in it.

    A message the catalogue lacks (or has unfinished) is given in English and remembered in
    ``missing``: the tests require that set to stay empty.
    """

    def __init__(self, code: str, catalog: Mapping[Key, Entry] | None) -> None:
        self.code = code
        self.rtl = code in RTL_LANGUAGES
        self._catalog = catalog  # None: English, the source language
        self.missing: set[Key] = set()

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    @property
    def source(self) -> bool:
        """Whether this is the source language (English), whose texts are the sources."""
        return self._catalog is None

    @property
    def catalog(self) -> Mapping[Key, Entry]:
        return self._catalog or {}

    def _message(self, text: str, disambiguation: str) -> Entry | None:
        if self._catalog is None:
            return None
        message = self._catalog.get((text, disambiguation))
        if message is None or not message.finished:
            self.missing.add((text, disambiguation))
            return None
        return message

    def tr(self, text: str, disambiguation: str = "") -> str:
        """``text`` in this language (a ``.format()`` pattern stays one, its fields reordered)."""
        message = self._message(text, disambiguation)
        return text if message is None else message.forms[0]

    def form(self, text: str, n: int, disambiguation: str = "") -> str | None:
        """The numerus form of ``text`` that the count ``n`` takes, ``%n`` still in it; None when
        the catalogue has no translation (and in English)."""
        message = self._message(text, disambiguation)
        if message is None:
            return None
        return message.forms[min(plural_index(self.code, n), len(message.forms) - 1)]

    def trn(self, text: str, n: int, disambiguation: str = "", *, grouped: bool = False) -> str:
        """A numerus message with ``%n`` replaced by the count: a count in a sentence, written as
        :meth:`count` does (as :meth:`number` does with ``grouped``)."""
        form = self.form(text, n, disambiguation)
        shown = self.number(n) if grouped else self.count(n)
        return (text if form is None else form).replace("%Ln", shown).replace("%n", shown)

    # -- numbers ------------------------------------------------------------------------------

    def count(self, n: int) -> str:
        """A count inside a sentence ("7 items"): in English without a separator, as recorded."""
        return str(n) if self._catalog is None else self._grouped(n)

    def number(self, n: int) -> str:
        """A quantity with thousands separators: a size in bytes ("49,867", "49 867")."""
        return f"{n:,}" if self._catalog is None else self._grouped(n)

    def decimal(self, value: float, places: int, width: int = 0) -> str:
        """A decimal number with ``places`` digits after the mark, zero-padded to ``width``."""
        text = f"{value:0{width}.{places}f}" if width else f"{value:.{places}f}"
        return self.decimal_mark(text)

    def decimal_mark(self, text: str) -> str:
        """A number written with a point, with this language's decimal mark instead."""
        return text if self._catalog is None else text.replace(".", DECIMAL)

    @staticmethod
    def _grouped(n: int) -> str:
        return f"{n:,}".replace(",", GROUP)
