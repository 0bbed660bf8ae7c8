"""Checklist items in the interface language: the template carries French and Arabic words, the stored
items keep their key and their English words, and the interface shows the words of its language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from casedesk.core.checklist import default_template, parse_template
from casedesk.core.errors import UsageError
from casedesk.core.views import ChecklistProgress
from casedesk.ui.checklist import ChecklistView, check_text, progress_text
from casedesk.ui.custody import CustodyModel
from casedesk.ui.i18n import set_default_locale


@pytest.fixture
def french() -> Iterator[None]:
    set_default_locale(QLocale("fr_FR"))
    yield
    set_default_locale(QLocale.system())


def test_every_default_item_has_french_and_arabic_words() -> None:
    for item in default_template().items:
        assert item.languages() == ["fr", "ar"], item.key
        for code in ("fr", "ar"):
            words = item.text(code)
            assert words.title != item.title and words.guidance != item.guidance, (item.key, code)
            assert words.phase != item.phase, (item.key, code)
    arabic = default_template().item("geolocation", "case")
    assert arabic is not None and arabic.text("ar").title == "تحديد الموقع الجغرافي"


def test_a_language_the_template_lacks_is_english() -> None:
    item = default_template().items[0]
    assert item.text("de").title == item.title == "Originals preserved and hashed"


TEMPLATE = """
[[item]]
key = "geo"
scope = "case"
phase = "Verification"
title = "Geolocation"
guidance = "Match landmarks."
[item.fr]
title = "Géolocalisation"
"""


def test_a_translation_may_give_only_some_words() -> None:
    item = parse_template(TEMPLATE).items[0]
    words = item.text("fr")
    assert (words.title, words.phase, words.guidance) == (
        "Géolocalisation",
        "Verification",
        "Match landmarks.",
    )


@pytest.mark.parametrize(
    ("table", "problem"),
    [("[item.fr]\ntitle = 3\n", "must be text"), ("[item.French]\ntitle = 'x'\n", "not a language code")],
)
def test_a_bad_translation_table_is_a_usage_error(table: str, problem: str) -> None:
    text = TEMPLATE.split("[item.fr]")[0] + table
    with pytest.raises(UsageError, match=problem):
        parse_template(text)


def test_stored_items_keep_their_key_and_english_words(svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Checks").id
    stored = {item.key: item for item in svc.checklist(case_id)}
    assert stored["geolocation"].title == "Geolocation"  # whatever the interface language
    words = check_text(svc.template, stored["geolocation"], "ar")
    assert words.title == "تحديد الموقع الجغرافي" and words.phase == "التحقق: تحليل المحتوى"
    assert check_text(svc.template, stored["geolocation"], "en").title == "Geolocation"


def test_an_item_not_from_this_template_shows_its_stored_words(svc) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    case_id = svc.create_case("Checks").id
    item = next(i for i in svc.checklist(case_id) if i.key == "geolocation")
    custom = replace(item, title="Where was it filmed?")  # same key, another template's words
    assert check_text(svc.template, custom, "fr").title == "Where was it filmed?"


def test_the_checklist_view_shows_the_interface_language(qtbot, svc, french) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Checks").id
    view = ChecklistView(svc)
    qtbot.addWidget(view)
    view.load(case_id)
    titles = [view.model.index(row, view.model.TITLE).data() for row in range(view.model.rowCount())]
    phases = {view.model.index(row, view.model.PHASE).data() for row in range(view.model.rowCount())}
    assert "Géolocalisation" in titles and "Originaux conservés et empreintes calculées" in titles
    assert "Vérification\u00a0: analyse du contenu" in phases
    tip = view.model.index(0, view.model.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Chaque pièce est conservée")


def test_custody_names_checks_in_the_interface_language(svc, qtbot, french) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    model = CustodyModel(svc, owner)
    assert model._check_titles["geolocation"] == "Géolocalisation"


def test_progress_reads_like_the_core_summary_in_english() -> None:
    progress = ChecklistProgress(11, {"passed": 6, "failed": 1, "pending": 4})
    assert progress_text(progress) == progress.summary() == "6 of 11 passed, 1 failed, 4 pending"
    single = ChecklistProgress(3, {"passed": 1, "not_applicable": 2})
    assert progress_text(single) == single.summary() == "1 of 3 passed, 2 not applicable"
