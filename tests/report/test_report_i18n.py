"""The report's languages: plural rules, formats, and catalogs kept complete and faithful."""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from datetime import UTC, datetime

import pytest

from casedesk.core.errors import UsageError
from casedesk.core.preferences import Preferences
from casedesk.report.cli import report_language
from casedesk.report.i18n import (
    LANGUAGES,
    NUMERUS_FORMS,
    Language,
    catalog_path,
    language,
    plural_index,
    read_catalog,
    resolve,
)
from casedesk.report.options import ReportOptions

TRANSLATED = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{\d+\}")
GLOSSARY = catalog_path("fr").parent / "glossary.tsv"  # the translators' shared terms


# -- plural rules and formats -------------------------------------------------------------------


def test_plural_rules_follow_cldr_in_qts_order_of_forms() -> None:
    assert [plural_index("en", n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]
    assert [plural_index("fr", n) for n in (0, 1, 2, 21, 1000)] == [0, 0, 1, 1, 1]
    # Arabic: zero, one, two, few (3-10), many (11-99), other (100-102 and the like)
    cases = {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4, 1000: 5}
    assert {n: plural_index("ar", n) for n in cases} == cases
    assert NUMERUS_FORMS == {"en": 2, "fr": 2, "ar": 6}


def test_counts_choose_their_form_and_keep_western_digits() -> None:
    fr, ar = language("fr"), language("ar")
    assert fr.trn("%n items", 1) == "1 pièce" and fr.trn("%n items", 0) == "0 pièce"
    assert fr.trn("%n items", 1234) == "1\u202f234 pièces"
    assert [ar.trn("%n items", n) for n in (0, 1, 2, 3, 11, 100)] == [
        "لا عناصر",
        "عنصر واحد",
        "عنصران",
        "3 عناصر",
        "11 عنصرًا",
        "100 عنصر",
    ]
    assert language("en").trn("%n items", 1234) == "1234 items"  # English as the report always wrote it


def test_dates_name_the_month_in_utc_and_numbers_use_the_languages_separators() -> None:
    at = datetime(2025, 3, 1, 9, 42, 7, 250000, tzinfo=UTC)
    assert language("en").when(at) == "2025-03-01 09:42:07 UTC"
    assert language("fr").when(at) == "1 mars 2025 à 09:42:07 UTC"
    assert language("ar").when(at) == "1 مارس 2025، 09:42:07 UTC"
    assert language("fr").when(at, fraction=True) == "1 mars 2025 à 09:42:07,25 UTC"
    assert language("en").number(49867) == "49,867" and language("fr").number(49867) == "49\u202f867"
    assert language("ar").number(49867) == "49\u202f867"
    assert language("fr").decimal(48.66, 1) == "48,7" and language("en").decimal(48.66, 1) == "48.7"
    for code in LANGUAGES:  # Western digits in every language
        assert not any(
            unicodedata.category(ch) == "Nd" and not ch.isascii() for ch in language(code).when(at)
        )


def test_english_is_the_source_text() -> None:
    english = language("en")
    assert english.tr("Claims") == "Claims" and english.tr("disputed", "claim status") == "disputed"
    assert not english.rtl and language("ar").rtl and not language("fr").rtl


def test_a_missing_message_prints_in_english_and_is_remembered() -> None:
    lang = Language("fr", read_catalog(catalog_path("fr")))
    assert lang.tr("A sentence no catalog has") == "A sentence no catalog has"
    assert lang.missing == {("A sentence no catalog has", "")}


# -- the option ---------------------------------------------------------------------------------


def test_the_language_is_an_option_recorded_unless_english() -> None:
    assert "language" not in ReportOptions().as_record()  # as every report before languages
    record = ReportOptions(language="ar").as_record()
    assert record["language"] == "ar"
    assert ReportOptions.from_record(record).language == "ar"
    old = dict(ReportOptions().as_record())
    assert ReportOptions.from_record(old) == ReportOptions()  # an export recorded before: English
    with pytest.raises(UsageError, match="'de'"):
        ReportOptions(language="de").validate()
    with pytest.raises(UsageError):
        ReportOptions.from_record({**old, "language": "xx"})


def test_the_cli_language_comes_from_the_option_the_environment_or_the_preferences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CASEDESK_LANGUAGE", raising=False)
    assert report_language(argparse.Namespace()) == "en"  # before the option exists, and no preference
    prefs = Preferences.load()
    prefs.language = "fr_FR"
    prefs.save()
    assert report_language(argparse.Namespace()) == "fr"
    monkeypatch.setenv("CASEDESK_LANGUAGE", "ar-DZ")
    assert report_language(argparse.Namespace(language=None)) == "ar"
    assert report_language(argparse.Namespace(language="en")) == "en"
    assert report_language(argparse.Namespace(language="de")) == "de"  # refused by name by the options
    assert resolve("") is None and resolve("de") is None and resolve("FR") == "fr"


# -- the catalogs -------------------------------------------------------------------------------


# Every message of the source in both catalogs, none stale: tests/i18n/test_catalogs.py.


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code: str) -> None:
    for (source, _), message in read_catalog(catalog_path(code)).items():
        fields = set(PLACEHOLDER.findall(source))
        for form in message.forms:
            assert set(PLACEHOLDER.findall(form)) == fields, (source, form)
        if message.numerus:  # the general form shows the count; zero, one, two may say it in words
            assert "%n" in message.forms[-1], source


def _first_strong(text: str) -> str | None:
    for ch in PLACEHOLDER.sub("", text).replace("%n", ""):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
    return None


def test_arabic_sentences_start_with_an_arabic_letter() -> None:
    """A translation is laid out in the direction of its first letter: one starting with a Latin word
    ("SHA-256 …") would read left to right, its Arabic words in reverse order of phrases."""
    for (source, _), message in read_catalog(catalog_path("ar")).items():
        for form in message.forms:
            if any(unicodedata.bidirectional(ch) == "AL" and ch.isalpha() for ch in form):
                assert _first_strong(form) in ("R", "AL"), (source, form)


@pytest.mark.parametrize("code", TRANSLATED)
def test_commands_and_hashed_words_stay_literal(code: str) -> None:
    """What a reader types or hashes is quoted in the English and appears as it is in translation;
    the export command also names the report's language, which it needs to give the same file."""
    catalog = read_catalog(catalog_path(code))
    for (source, _), message in catalog.items():
        for quoted in re.findall(r"“([^”]+)”", source):
            if quoted.startswith("casedesk export"):
                quoted += f" --language {code}"
            assert all(quoted in form for form in message.forms), (source, quoted)
    step = catalog[(next(s for s, _ in catalog if s.startswith("The manifest digest:")), "")]
    assert "(name withheld)" in step.forms[0]  # the name a withheld item's manifest line has


def _glossary() -> dict[str, tuple[str, str]]:
    assert GLOSSARY.is_file(), "the glossary ships beside the catalogs"
    with GLOSSARY.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return {row[0]: (row[1], row[2]) for row in rows[1:]}


@pytest.mark.parametrize(
    ("message", "term"),
    [
        ("Custody log", "custody log"),
        ("Checklist", "checklist"),
        ("Reliability", "reliability (of a source)"),
        ("Credibility", "credibility (of information)"),
        ("Transcript", "transcript"),
        ("Timeline", "timeline"),
        ("Investigator", "investigator"),
        ("Case as of", "as of (custody entry)"),
        ("Source", "source"),
        ("Precision", "precision"),
    ],
)
def test_the_words_of_the_trade_are_the_glossarys(message: str, term: str) -> None:
    fr_term, ar_term = _glossary()[term]
    fr, ar = read_catalog(catalog_path("fr")), read_catalog(catalog_path("ar"))
    assert fr_term.lower() in fr[(message, "")].forms[0].lower()
    assert ar_term.removeprefix("ال") in ar[(message, "")].forms[0]
