"""Qt Linguist TS catalogues read without Qt, and the plural rules that pick a numerus form.

Two families of catalogues share this machinery: the PDF report's words (``report_<lang>.ts``,
context ``report``) and the messages the Qt-free core gives a user (``messages_<lang>.ts``, context
``messages``): errors, progress texts, ingest warnings, verify details. English is the source
language of both and has no catalogue.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")  # English first: the source, and the default
RTL_LANGUAGES = frozenset({"ar"})
NUMERUS_FORMS = {"en": 2, "fr": 2, "ar": 6}
LANGUAGE_VARIABLE = "CASEDESK_LANGUAGE"

Key = tuple[str, str]  # (source text, disambiguation)


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


def resolve(code: str | None) -> str | None:
    """A CaseDesk language from a language code or locale name ("fr", "fr_FR", "ar-DZ"), or None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One message of a catalogue: its source, and its translation if there is one."""

    source: str
    disambiguation: str
    forms: tuple[str, ...]  # the translation; a numerus message's forms, in Qt's order
    numerus: bool
    finished: bool  # not marked unfinished (or vanished, obsolete) and every form filled in

    @property
    def key(self) -> Key:
        return self.source, self.disambiguation


def translations_dir() -> Path:
    return Path(str(resources.files("casedesk.resources") / "translations"))


def catalog_path(family: str, language: str) -> Path:
    """``resources/translations/<family>_<language>.ts`` (family: "report" or "messages")."""
    return translations_dir() / f"{family}_{language}.ts"


def read_catalog(path: Path, context: str) -> dict[Key, Entry]:
    """The messages of one context of a TS file, by source text and disambiguation."""
    root = ET.parse(path).getroot()
    found: dict[Key, Entry] = {}
    for element_context in root.iter("context"):
        if (element_context.findtext("name") or "") != context:
            continue
        for element in element_context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entry = Entry(
                source=element.findtext("source") or "",
                disambiguation=element.findtext("comment") or "",
                forms=forms,
                numerus=numerus,
                finished=kind not in ("unfinished", "vanished", "obsolete") and bool(forms) and all(forms),
            )
            found[entry.key] = entry
    return found
