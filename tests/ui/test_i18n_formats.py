"""English plurals without a catalogue, the interface locale's dates and numbers, and isolates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from casedesk.core.timeutil import PartialTime
from casedesk.core.views import PartialTimeView
from casedesk.ui import formats
from casedesk.ui.i18n import (
    current_language,
    interface_language,
    interface_locale,
    isolate,
    ltr,
    plural,
    set_default_locale,
    strip_isolates,
)
from casedesk.ui.labels import credibility_labels, custody_actions, reliability_labels
from casedesk.ui.widgets import text_direction


@pytest.fixture
def locale() -> Iterator:  # type: ignore[no-untyped-def]
    """Write dates and numbers in a locale for one test."""

    def use(name: str) -> None:
        set_default_locale(QLocale(name))

    yield use
    set_default_locale(QLocale.system())


def count(text: str, n: int) -> str:
    """A numerus message with no catalogue installed: Qt puts the number in, plural() the English."""
    return plural(QCoreApplication.translate("nowhere", text, None, n), n)


@pytest.mark.parametrize(
    ("text", "n", "shown"),
    [
        ("%Ln item(s)", 1, "1 item"),
        ("%Ln item(s)", 0, "0 items"),
        ("%Ln item(s)", 7, "7 items"),
        ("custody log: %Ln entry(ies)", 1, "custody log: 1 entry"),
        ("custody log: %Ln entry(ies)", 64, "custody log: 64 entries"),
        ("%Ln match(es)", 2, "2 matches"),
        ("{0} of %Ln item(s) shown", 4, "{0} of 4 items shown"),
        ("%Ln pending", 3, "3 pending"),
    ],
)
def test_english_reads_right_without_a_catalogue(qapp, text: str, n: int, shown: str) -> None:  # type: ignore[no-untyped-def]
    assert count(text, n) == shown


def test_a_translation_is_left_as_the_translator_wrote_it() -> None:
    assert plural("3 pièces", 3) == "3 pièces" and plural("عنصران", 2) == "عنصران"


def test_counts_use_the_locale_digits(qapp, locale) -> None:  # type: ignore[no-untyped-def]
    locale("ar_EG")
    assert count("%Ln item(s)", 12) == "١٢ items"
    locale("fr_FR")
    assert count("%Ln item(s)", 1234).replace("\u202f", " ").replace("\xa0", " ") == "1 234 items"


def test_dates_numbers_and_sizes_follow_the_interface_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("fr_FR")
    assert formats.date_text(date(2025, 3, 14)) == "14 mars 2025"
    assert formats.decimal(12.5, 3) == "12,500"
    assert (
        formats.utc_text(datetime(2025, 3, 14, 9, 42, 7, tzinfo=UTC), seconds=True)
        == "14 mars 2025 09:42:07 UTC"
    )
    assert formats.size_text(1536).startswith("1,5")
    assert formats.offset_text(12.5) == "0:12,500"
    locale("ar_EG")
    assert formats.date_text(date(2025, 3, 14)) == "١٤ مارس ٢٠٢٥"
    assert formats.number(2021) == "٢٬٠٢١"
    assert formats.offset_text(75.25, milliseconds=False) == "١:١٥"
    locale("en_US")
    assert formats.date_text(date(2025, 3, 14)) == "14 Mar 2025"
    assert formats.offset_text(12.5) == "0:12.500"


def test_a_partial_time_is_shown_at_its_precision(locale) -> None:  # type: ignore[no-untyped-def]
    locale("fr_FR")
    assert formats.partial_time_text(PartialTime.year(2021)) == "2021"  # never "2 021"
    assert formats.partial_time_text(PartialTime.month(2024, 12)) == "décembre 2024"
    assert formats.partial_time_text(PartialTime.day(2025, 3, 14)) == "14 mars 2025"
    minute = PartialTime.parse("2025-03-16 15:05 America/Los_Angeles")
    assert formats.partial_time_text(minute) == "16 mars 2025 15:05 PDT"
    assert formats.partial_time_text(PartialTimeView.of(minute)) == "16 mars 2025 15:05 PDT"
    locale("ar_EG")
    assert formats.partial_time_text(PartialTime.year(2021)) == "٢٠٢١"
    locale("en_US")
    assert formats.partial_time_text(PartialTime.day(2025, 3, 14)) == PartialTime.day(2025, 3, 14).display()


def test_the_list_separator_is_translatable(qapp) -> None:  # type: ignore[no-untyped-def]
    assert formats.list_text(["1 of 11 passed", "1 failed"]) == "1 of 11 passed, 1 failed"


def test_isolates_keep_user_data_in_its_own_direction() -> None:
    sentence = f"حذف المكان «{isolate('Gao (2)')}»"
    assert sentence == "حذف المكان «\u2068Gao (2)\u2069»"
    assert ltr("/home/a/b.jpg") == "\u2066/home/a/b.jpg\u2069"
    assert strip_isolates(sentence) == "حذف المكان «Gao (2)»"
    # The delegates' direction rule sees through the marks to the first strong letter.
    assert text_direction(isolate("قضية")).name == "RightToLeft"


def test_unsupported_languages_fall_back_to_english() -> None:
    assert interface_language("fr") == "fr" and interface_language("ar") == "ar"
    assert interface_language("de") == "en" and interface_language("he") == "en"
    assert interface_language("en") == "en"


def test_the_locale_is_the_systems_own_variant_when_it_speaks_the_language(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ar_MA")))
    assert interface_locale("ar").name() == "ar_MA"  # Western digits, as Moroccan users write them
    assert interface_locale("fr").name() == "fr_FR"


def test_current_language_follows_the_default_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("fr_CA")
    assert current_language() == "fr"
    locale("de_DE")
    assert current_language() == "en"


def test_the_vocabularies_name_every_core_word() -> None:
    from casedesk.core.vocabulary import CREDIBILITY, RELIABILITY

    assert set(reliability_labels()) == set(RELIABILITY)
    assert set(credibility_labels()) == set(CREDIBILITY)


def test_every_custody_action_of_the_demo_case_has_a_name(svc) -> None:  # type: ignore[no-untyped-def]
    from casedesk.core.demo import create_demo_case

    case_id = create_demo_case(svc)
    actions = {entry.action for entry in svc.custody_log(case_id)}
    assert actions and actions <= set(custody_actions()), actions - set(custody_actions())


def test_the_direction_rule_skips_isolated_user_data() -> None:
    """Unicode P2: a translated pattern decides, not the user data isolated in it."""
    assert text_direction(f"{isolate('F')} — لا يمكن الحكم على موثوقيته").name == "RightToLeft"
    assert text_direction(f"{isolate('قضية')} — Case").name == "LeftToRight"
    assert text_direction(f"{isolate('Gao')} — {isolate('16.25 N')}").name == "LeftToRight"
    assert text_direction("2025-03-14 09:42:07 UTC").name == "LeftToRight"
    assert text_direction("١٢").name == "LayoutDirectionAuto"
