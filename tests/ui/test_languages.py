"""Languages: compiled translations load, and Arabic mirrors the whole window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.ui.i18n import install_language, remove_language, translations_dir


@pytest.fixture
def language(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    """Install a language for one test, then put English and left-to-right back."""
    installed: list = []

    def use(code: str) -> list:
        installed.extend(install_language(qapp, code))
        return installed

    yield use
    remove_language(qapp, installed)  # translators, layout direction and locale


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_compiled_translations_are_shipped(code: str) -> None:
    assert (translations_dir() / f"casedesk_{code}.qm").stat().st_size > 0


def test_english_needs_no_translator(language) -> None:  # type: ignore[no-untyped-def]
    assert language("en") == []
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_french_menus(language, svc, prefs, qtbot) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.main_window import MainWindow

    assert language("fr")
    window = MainWindow(svc, prefs)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Fichier", "&Édition", "&Dossier", "&Aide"]
    assert not window.isRightToLeft()


def test_arabic_mirrors_the_layout(language, svc, prefs, qtbot) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.main_window import MainWindow

    svc.create_case("قضية الشاحنات")
    language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow(svc, prefs)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    assert menu_titles(window)[0] == "&ملف"
    # Mirrored: the case list, first in the splitter, now sits on the right of the case panel.
    case_list, case_panel = window.splitter.widget(0), window.splitter.widget(1)
    assert (
        case_list.mapTo(window, case_list.rect().topLeft()).x()
        > case_panel.mapTo(window, case_panel.rect().topLeft()).x()
    )
    tabs = window.panel.tabs.tabBar()
    assert tabs.tabRect(0).x() > tabs.tabRect(1).x()  # the first tab is the rightmost
    window.close()
