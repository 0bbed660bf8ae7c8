"""The report's own words in the language it is written in: English (the source), French or Arabic.

Every word the report itself prints (headings, labels, table headers, explanations, state names)
goes through one :class:`Language`, made once per export from the report options and carried by the
report context (``ctx.tr``, ``ctx.trn``), never through a global: two exports in two languages may
run at once. Catalogs are Qt Linguist TS files, ``resources/translations/report_<lang>.ts`` (context
``report``), read here with ``xml.etree``: the report does not import Qt. English is the source
language and has no catalog; in English ``tr`` returns its argument, so an English report is byte for
byte what it was before the report had languages. The catalogue machinery (TS reader, plural rules,
number formats) is :mod:`casedesk.i18n`'s, shared with the messages of the core.

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
from datetime import date, datetime
from functools import cache
from pathlib import Path

from casedesk.core.timeutil import to_utc
from casedesk.i18n import catalog as _catalog
from casedesk.i18n import language as _language
from casedesk.i18n.catalog import (
    LANGUAGE_VARIABLE,
    LANGUAGES,
    NUMERUS_FORMS,
    RTL_LANGUAGES,
    Key,
    plural_index,
)
from casedesk.i18n.catalog import Entry as Message
from casedesk.i18n.catalog import resolve as resolve
from casedesk.i18n.language import DECIMAL, GROUP

CONTEXT = "report"  # the TS context holding the report's messages

__all__ = [
    "CONTEXT",
    "DECIMAL",
    "GROUP",
    "LANGUAGES",
    "LANGUAGE_VARIABLE",
    "NUMERUS_FORMS",
    "N_",
    "RTL_LANGUAGES",
    "Key",
    "Language",
    "Message",
    "catalog_path",
    "default_language",
    "language",
    "plural_index",
    "read_catalog",
    "resolve",
]


def N_(text: str) -> str:  # gettext's name for "translated later"
    """Mark a literal for the catalogs where it is named, and translate it where it is printed."""
    return text


# -- catalogs (the TS machinery is casedesk.i18n's, shared with the core's messages) ------------


def catalog_path(language: str) -> Path:
    return _catalog.catalog_path(CONTEXT, language)


def read_catalog(path: Path) -> dict[Key, Message]:
    """The messages of the ``report`` context of a TS file, by source text and disambiguation."""
    return _catalog.read_catalog(path, CONTEXT)


# -- a language ---------------------------------------------------------------------------------


class Language(_language.Language):
    """The report's words, numbers and dates in one language.

    A message the catalog lacks (or has unfinished) is printed in English and remembered in
    ``missing``: the tests export in every language and require that set to stay empty.
    """

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
        if self.source:
            return f"{at.strftime('%Y-%m-%d')} {time} UTC"
        pattern = self.tr("{0}, {1} UTC", "date, time of day in UTC")
        return pattern.format(self.day(at.date()), time)


@cache
def language(code: str) -> Language:
    """The report's language ``code`` (one of ``LANGUAGES``), its catalog read once per process."""
    if code not in LANGUAGES:
        raise ValueError(f"no report language {code!r}")
    return Language(code, None if code == "en" else read_catalog(catalog_path(code)))


def default_language() -> str:
    """The language a report is written in unless the export asks for one: ``CASEDESK_LANGUAGE``,
    else the interface language of the preferences, else English."""
    from casedesk.core.preferences import Preferences  # reads a file: only when asked

    return resolve(os.environ.get(LANGUAGE_VARIABLE)) or resolve(Preferences.load().language) or "en"
