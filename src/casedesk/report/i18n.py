"""The report's own words in the language it is written in: English (the source), French or Arabic.

Every word the report itself prints (headings, labels, table headers, explanations, state names)
goes through one :class:`Language`, made once per export from the report options and carried by the
report context (``ctx.tr``, ``ctx.trn``), never through a global: two exports in two languages may
run at once. Catalogs are Qt Linguist TS files, ``resources/translations/report_<lang>.ts`` (context
``report``), read here with ``xml.etree``: the report does not import Qt. English is the source
language and has no catalog; in English ``tr`` returns its argument, so an English report is byte for
byte what it was before the report had languages.

Conventions (``tests/report/test_report_i18n.py`` checks them):

- ``ctx.tr("…")`` (or ``lang.tr``) with a literal string; values go in afterwards with
  ``"{0}"``-style ``.format()``, never by concatenation, so a translation can reorder them;
- the same English word with two meanings (``"disputed"``, a case's or a claim's status) is told
  apart by a second literal argument, the TS ``<comment>``;
- counts use numerus messages, ``ctx.trn("%n items", n)``: French has 2 forms (0 and 1, then the
  rest), Arabic 6 in Qt's order (zero, one, two, few 3-10, many 11-99, other) chosen by
  :func:`plural_index` with the CLDR rules;
- a word named in a table before it is translated is marked with ``N_("…")``.

Numbers and dates: Western digits 0-9 in all three languages. Arabic readers in the Maghreb and the
Sahel, the report's first Arabic audience, write them, and a count, an entry number or a hash then
reads the same in every language's copy of a report. Quantities get the language's separators
(a narrow no-break space between thousands in French and Arabic, a decimal comma); hashes, ids,
entry numbers and coordinates are written as recorded. Times are in UTC, and say so.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path

from casedesk.core.timeutil import to_utc

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")  # English first: the source, and the default
RTL_LANGUAGES = frozenset({"ar"})
CONTEXT = "report"  # the TS context holding the report's messages
NUMERUS_FORMS = {"en": 2, "fr": 2, "ar": 6}
LANGUAGE_VARIABLE = "CASEDESK_LANGUAGE"

GROUP = "\u202f"  # narrow no-break space: CLDR's French group separator, never read as a decimal mark
DECIMAL = ","

Key = tuple[str, str]  # (source text, disambiguation)


def N_(text: str) -> str:  # gettext's name for "translated later"
    """Mark a literal for the catalogs where it is named, and translate it where it is printed."""
    return text


def plural_index(language: str, n: int) -> int:
    """Which numerus form of a message a count takes, in Qt's order of forms for the language.

    English and French: one, other (French counts 0 and 1 as one, as CLDR and Qt do). Arabic, CLDR's
    six categories in Qt's order: zero (0), one (1), two (2), few (n % 100 in 3..10), many
    (n % 100 in 11..99), other (100, 101, 102, …).
    """
    n = abs(n)
    if language == "fr":
        return 0 if n <= 1 else 1
    if language == "ar":
        if n <= 2:
            return n
        rest = n % 100
        if 3 <= rest <= 10:
            return 3
        if 11 <= rest <= 99:
            return 4
        return 5
    return 0 if n == 1 else 1


# -- catalogs -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    source: str
    disambiguation: str
    forms: tuple[str, ...]  # the translation; a numerus message's forms, in Qt's order
    numerus: bool
    finished: bool  # not marked unfinished (or vanished, obsolete) and every form filled in

    @property
    def key(self) -> Key:
        return self.source, self.disambiguation


def catalog_path(language: str) -> Path:
    return Path(str(resources.files("casedesk.resources") / "translations" / f"report_{language}.ts"))


def read_catalog(path: Path) -> dict[Key, Message]:
    """The messages of the ``report`` context of a TS file, by source text and disambiguation."""
    root = ET.parse(path).getroot()
    found: dict[Key, Message] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            message = Message(
                source=element.findtext("source") or "",
                disambiguation=element.findtext("comment") or "",
                forms=forms,
                numerus=numerus,
                finished=kind not in ("unfinished", "vanished", "obsolete") and bool(forms) and all(forms),
            )
            found[message.key] = message
    return found


# -- a language ---------------------------------------------------------------------------------


class Language:
    """The report's words, numbers and dates in one language.

    A message the catalog lacks (or has unfinished) is printed in English and remembered in
    ``missing``: the tests export in every language and require that set to stay empty.
    """

    def __init__(self, code: str, catalog: Mapping[Key, Message] | None) -> None:
        self.code = code
        self.rtl = code in RTL_LANGUAGES
        self._catalog = catalog  # None: English, the source language
        self.missing: set[Key] = set()

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def _message(self, text: str, disambiguation: str) -> Message | None:
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

    def trn(self, text: str, n: int, disambiguation: str = "", *, grouped: bool = False) -> str:
        """A numerus message with ``%n`` replaced by the count: a count in a sentence, written as
        :meth:`count` does (as :meth:`number` does with ``grouped``)."""
        message = self._message(text, disambiguation)
        if message is None:
            form = text
        else:
            form = message.forms[min(plural_index(self.code, n), len(message.forms) - 1)]
        shown = self.number(n) if grouped else self.count(n)
        return form.replace("%Ln", shown).replace("%n", shown)

    # -- numbers ------------------------------------------------------------------------------

    def count(self, n: int) -> str:
        """A count inside a sentence ("7 items"): in English as the report always wrote it."""
        return str(n) if self._catalog is None else self._grouped(n)

    def number(self, n: int) -> str:
        """A quantity with thousands separators: a size in bytes ("49,867", "49 867")."""
        return f"{n:,}" if self._catalog is None else self._grouped(n)

    def decimal(self, value: float, places: int, width: int = 0) -> str:
        """A decimal number with ``places`` digits after the mark, zero-padded to ``width``."""
        text = f"{value:0{width}.{places}f}" if width else f"{value:.{places}f}"
        return text if self._catalog is None else text.replace(".", DECIMAL)

    @staticmethod
    def _grouped(n: int) -> str:
        return f"{n:,}".replace(",", GROUP)

    # -- dates and times (UTC) ----------------------------------------------------------------

    def month(self, number: int) -> str:
        return self._months()[number - 1]

    def _months(self) -> tuple[str, ...]:
        return (
            self.tr("January", "month"),
            self.tr("February", "month"),
            self.tr("March", "month"),
            self.tr("April", "month"),
            self.tr("May", "month"),
            self.tr("June", "month"),
            self.tr("July", "month"),
            self.tr("August", "month"),
            self.tr("September", "month"),
            self.tr("October", "month"),
            self.tr("November", "month"),
            self.tr("December", "month"),
        )

    def day(self, value: date) -> str:
        """A calendar day with its month's name: "14 mars 2025", "14 مارس 2025"."""
        pattern = self.tr("{0} {1} {2}", "date: day of the month, month name, year")
        return pattern.format(value.day, self.month(value.month), value.year)

    def month_of(self, value: date) -> str:
        """A month and year: "décembre 2024"."""
        return self.tr("{0} {1}", "date: month name, year").format(self.month(value.month), value.year)

    def when(self, value: datetime, *, fraction: bool = False) -> str:
        """An instant in UTC, to the second: "2025-03-14 09:42:00 UTC" in English (the ISO form the
        report always used), "14 mars 2025, 09:42:00 UTC" in French; with ``fraction``, the
        fraction of a second it has ("09:42:00.25")."""
        at = to_utc(value)
        time = at.strftime("%H:%M:%S")
        if fraction and at.microsecond:
            time += self.decimal(at.microsecond / 1e6, 6).rstrip("0")[1:]
        if self._catalog is None:
            return f"{at.strftime('%Y-%m-%d')} {time} UTC"
        pattern = self.tr("{0}, {1} UTC", "date, time of day in UTC")
        return pattern.format(self.day(at.date()), time)


@cache
def language(code: str) -> Language:
    """The report's language ``code`` (one of ``LANGUAGES``), its catalog read once per process."""
    if code not in LANGUAGES:
        raise ValueError(f"no report language {code!r}")
    return Language(code, None if code == "en" else read_catalog(catalog_path(code)))


def resolve(code: str | None) -> str | None:
    """A report language from a language code or locale name ("fr", "fr_FR", "ar-DZ"), or None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def default_language() -> str:
    """The language a report is written in unless the export asks for one: ``CASEDESK_LANGUAGE``,
    else the interface language of the preferences, else English."""
    from casedesk.core.preferences import Preferences  # reads a file: only when asked

    return resolve(os.environ.get(LANGUAGE_VARIABLE)) or resolve(Preferences.load().language) or "en"
