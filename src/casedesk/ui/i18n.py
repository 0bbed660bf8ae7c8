"""Interface language: load the compiled translation (.qm) if there is one, and mirror for RTL scripts."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
LANGUAGES = {"": "System default", "en": "English", "fr": "Français", "ar": "العربية"}


def translations_dir() -> Path:
    return Path(str(resources.files("casedesk.resources") / "translations"))


def resolve_language(preference: str) -> str:
    """The two-letter language to use: the preference, else the system locale's."""
    return (preference or QLocale.system().name()).split("_")[0].lower() or "en"


def install_language(app: QApplication, preference: str) -> list[QTranslator]:
    """Install CaseDesk's and Qt's own translations for the language; set the layout direction.

    Returns the installed translators (the caller keeps them alive). English needs none.
    """
    language = resolve_language(preference)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    candidates = [
        (translations_dir(), f"casedesk_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
