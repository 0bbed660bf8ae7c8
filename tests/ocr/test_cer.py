"""Character error rate of the real engine on the corpus's images with known text, Arabic and Latin."""

from __future__ import annotations

import pytest

from casedesk.media.ocr import character_error_rate, normalise_for_cer, recognise_file

from .conftest import PAGES, Page


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.image)
def test_character_error_rate_is_within_its_bound(page: Page) -> None:
    result = recognise_file(page.path, page.languages)
    cer = character_error_rate(page.reference(), result.text)
    print(f"CER {page.image} [{page.languages}]: {cer:.4f} (bound {page.cer_bound})")
    assert cer <= page.cer_bound, result.text


def test_the_first_language_sets_the_order_of_columns() -> None:
    """Arabic first reads a page's columns right to left: an English page then scores badly, which
    is why the order of a case's languages is the investigator's choice."""
    page = PAGES[1]
    english_first = character_error_rate(page.reference(), recognise_file(page.path, "eng+ara").text)
    arabic_first = character_error_rate(page.reference(), recognise_file(page.path, "ara+eng").text)
    print(f"CER {page.image}: eng+ara {english_first:.4f}, ara+eng {arabic_first:.4f}")
    assert english_first <= page.cer_bound < arabic_first


def test_cer_counts_edits_per_reference_character_after_normalising() -> None:
    assert character_error_rate("Hello  Google\n", " Hello Google") == 0.0
    assert character_error_rate("abcd", "abed") == 0.25
    assert character_error_rate("abcd", "") == 1.0
    assert character_error_rate("", "") == 0.0
    # NFC: a precomposed letter and its decomposed spelling are the same character
    assert character_error_rate("ti\u1ebfng", "tie\u0302\u0301ng") == 0.0
    assert normalise_for_cer("\u200fقال\u200e  x\n") == "قال x"
