"""Text handling: escaping, placeholders, Arabic shaping and bidi order, line breaking."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from casedesk.report import fonts
from casedesk.report.blocks import Grid, GridLook, TextBlock, TextStyle
from casedesk.report.fonts import REGULAR, x_extent
from casedesk.report.text import break_lines, layout_line, sanitize, shape, text_width

fonts.register()
STYLE = TextStyle(REGULAR, 10, 13, black)
POST_LINE = "التسريبات الصوتية تؤكد وجود قتلى و جرحى"


def test_text_blocks_never_interpret_markup(tmp_path: Path) -> None:
    from pypdf import PdfReader

    text = '<font name="Nope">&amp;</font> <b>bold?</b> <br/> & < >'
    canvas = Canvas(str(tmp_path / "m.pdf"))
    block = TextBlock(text, STYLE)
    block.wrapOn(canvas, 400, 100)
    block.drawOn(canvas, 50, 700)
    canvas.save()
    assert " ".join(PdfReader(tmp_path / "m.pdf").pages[0].extract_text().split()) == text


def test_invisible_and_undrawable_characters_become_visible_placeholders() -> None:
    assert sanitize("report\u202e.exe") == "report[U+202E].exe"  # a bidi override is never obeyed
    assert sanitize("a\x00b") == "a[U+0000]b"
    assert sanitize("🙂") == "[U+1F642]"
    assert sanitize("zero\u200bwidth") == "zerowidth"
    assert sanitize("e\u0301") == "é"  # NFC: a precomposed letter prints better
    assert sanitize("Élodie à Noël") == "Élodie à Noël"


def test_arabic_is_shaped_and_reversed_for_display() -> None:
    layout = layout_line(POST_LINE, REGULAR, 10, rtl=True)
    visual = layout.visual
    assert any(0xFE70 <= ord(ch) <= 0xFEFC for ch in visual)  # joined presentation forms
    assert unicodedata.normalize("NFKC", visual[::-1]) == POST_LINE
    assert layout.runs[0].x > layout.runs[-1].x  # written in logical order, drawn right to left


def test_latin_and_numbers_keep_their_order_inside_arabic() -> None:
    line = "قصف 14 مارس 2025 near Tessalit"
    layout = layout_line(line, REGULAR, 10, rtl=True)
    visual = layout.visual
    assert "near Tessalit" in visual and "2025" in visual and "14" in visual
    # Right to left: the first Arabic word is drawn rightmost, the numbers keep their digits' order.
    first_word = unicodedata.normalize("NFKC", "".join(r.text for r in layout.runs[:1]))[::-1]
    assert first_word == "قصف"
    assert visual.index("near Tessalit") < visual.index("2025") < visual.index("14")


def test_mixed_paragraph_keeps_left_to_right_base() -> None:
    layout = layout_line("Defense Atlas – المرصد الأطلسي", REGULAR, 10, rtl=False)
    assert layout.visual.startswith("Defense Atlas – ")
    assert layout.runs[0].x == 0


def test_vowel_marks_are_centred_over_their_letter() -> None:
    layout = layout_line("مَ", REGULAR, 20, rtl=True)
    base, mark = layout.runs
    extent = x_extent(mark.font, mark.text)
    assert extent is not None
    base_width = text_width("م", REGULAR, 20)
    centre = mark.x + 20 * (extent[0] + extent[1]) / 2000
    assert abs(centre - (base.x + base_width / 2)) < 0.01


def test_long_words_are_cut_to_fit_and_nothing_is_lost() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    lines = break_lines(f"sha256 {digest} end", REGULAR, 9, 80)
    assert len(lines) > 2
    assert all(text_width(line.text, REGULAR, 9) <= 80 for line in lines)
    assert "".join(line.text for line in lines).replace(" ", "") == f"sha256{digest}end"


def test_text_block_wraps_and_splits_right_to_left_lines() -> None:
    block = TextBlock(" ".join([POST_LINE] * 3), STYLE)
    _, height = block.wrap(150, 1000)
    line_height = 10 * 1.65  # lines holding Arabic get room for Naskh's tall letters
    assert height >= 3 * line_height
    head, tail = block.split(150, line_height * 2.5)
    assert head.wrap(150, 1000)[1] == 2 * line_height
    assert tail.wrap(150, 1000)[1] == height - 2 * line_height
    assert all(item.line.rtl for item in block._lines)


ALPHABET = st.sampled_from(
    list("abc XYZ 019 ()[]<>&.,:-")
    + list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ")
    + ["\u064e", "\u0651", "\n", "\u200c", "لا"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join), st.sampled_from([40.0, 120.0, 400.0]))
def test_any_text_lays_out_within_width_without_losing_glyphs(text: str, width: float) -> None:
    for line in break_lines(text, REGULAR, 10, width):
        assert "\n" not in line.text
        layout = layout_line(line.text, REGULAR, 10, line.rtl)
        shaped = shape(line.text)
        assert sum(len(run.text) for run in layout.runs) == len(shaped)
        if len(line.text) > 1:
            assert layout.width <= width + 1e-6
        assert all(-1e-6 <= run.x <= layout.width + 1e-6 for run in layout.runs)


def test_no_break_spaces_join_what_they_separate() -> None:
    # French writes "1 234" and "précision : jour" with no-break spaces: never split there.
    lines = break_lines("taille 1\u202f234\u202f567 octets, précision\u00a0: jour", REGULAR, 10, 60)
    assert any("1\u202f234\u202f567" in line.text for line in lines)
    assert any("précision\u00a0:" in line.text for line in lines)


def test_a_right_to_left_document_sets_lines_of_no_direction_right_to_left() -> None:
    assert break_lines("12:30", REGULAR, 10, 400, rtl_default=True)[0].rtl
    assert break_lines("12:30", REGULAR, 10, 400)[0].rtl is False
    assert not break_lines("E-001 photo.jpg", REGULAR, 10, 400, rtl_default=True)[0].rtl  # its own way
    assert break_lines("قيد الانتظار", REGULAR, 10, 400)[0].rtl


def test_a_right_to_left_grid_puts_its_first_column_on_the_right() -> None:
    look = GridLook(header=STYLE, rule=black, header_rule=black, shade=black)
    assert Grid([10, 20, 30], [], look, max_height=100)._lefts() == [0, 10, 30]
    mirrored = Grid([10, 20, 30], [], replace(look, rtl=True), max_height=100)
    assert mirrored._lefts() == [50, 30, 0] and mirrored.hAlign == "RIGHT"
