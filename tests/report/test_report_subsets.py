"""SubsetEncoder: the bytes of ReportLab's splitString + escapePDF, whichever path it takes."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics

from casedesk.report import fonts
from casedesk.report.compat import PDFDocument
from casedesk.report.fonts import REGULAR
from casedesk.report.subsets import SubsetEncoder
from casedesk.report.text import shape

fonts.register()

LATIN = "".join(chr(c) for c in range(0xA1, 0x250) if chr(c).isprintable())
GREEK = "".join(chr(c) for c in range(0x391, 0x3CA) if chr(c).isprintable())
CYRILLIC = "".join(chr(c) for c in range(0x400, 0x460))
ARABIC = shape("قال المصدر (في البيان) إن القافلة وصلت إلى برج باجي مختار ١٠:٣٠ «مساءً»")
# Escapes, a no-break space (drawn as a space), characters the font lacks (all after a known one).
TRICKY = ["", "a(b)c\\d", "(( )) \\\\ \\( \\)", "no\u00a0break", "x\x01\x7f", "x中文", "x¡y", "«»…—€", " "]


def reference(font_name: str, texts: Iterable[str]) -> list[list[tuple[str, str]]]:
    """What TextWriter wrote before the encoder: splitString, then escapePDF, chunk by chunk."""
    font, doc = pdfmetrics.getFont(font_name), PDFDocument()
    return [
        [(font.getSubsetInternalName(n, doc), escapePDF(codes)) for n, codes in font.splitString(text, doc)]
        for text in texts
    ]


def encoded(font_name: str, texts: Iterable[str]) -> list[list[tuple[str, str]]]:
    encoder, doc = SubsetEncoder(pdfmetrics.getFont(font_name)), PDFDocument()
    return [encoder.encode(text, doc) for text in texts]


def texts_twice(*texts: str) -> list[str]:
    """Every text, then again once all its characters have codes (the encoder's fast path)."""
    return [*texts, *texts]


@pytest.mark.parametrize(
    ("font_name", "texts"),
    [
        (REGULAR.latin, texts_twice("Plain ASCII text", "E-001 · photo_0000.jpg", *TRICKY)),
        (REGULAR.arabic, texts_twice(ARABIC, ARABIC[::-1], "(١٢٣) \\ ٤", *TRICKY)),
        # More than 256 characters: several subsets, strings within one and across them.
        (REGULAR.latin, texts_twice(*(LATIN[i : i + 9] for i in range(0, len(LATIN), 9)), GREEK, CYRILLIC)),
        (REGULAR.latin, texts_twice(LATIN + GREEK + CYRILLIC, CYRILLIC[::-1] + "(x)", GREEK[:3] + "\\")),
    ],
)
def test_encoder_gives_exactly_splitstring_and_escapepdf(font_name: str, texts: list[str]) -> None:
    assert encoded(font_name, texts) == reference(font_name, texts)


def test_known_characters_skip_splitstring(monkeypatch: pytest.MonkeyPatch) -> None:
    font = pdfmetrics.getFont(REGULAR.latin)
    encoder, doc = SubsetEncoder(font), PDFDocument()
    encoder.encode("Zebra (é) \\ café", doc)
    calls = []
    monkeypatch.setattr(font, "splitString", lambda *args: calls.append(args) or [])
    assert encoder.encode("bare (café)", doc) == [(encoder.names[0], "bare \\(caf\\001\\)")]
    assert not calls


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab (\\)\u00a0é€" + GREEK + CYRILLIC + LATIN)), max_size=40))
def test_encoder_matches_splitstring_on_any_sequence_of_texts(texts: list[str]) -> None:
    assert encoded(REGULAR.latin, texts) == reference(REGULAR.latin, texts)
