"""Interface language: load the compiled translation (.qm) if there is one, and mirror for RTL scripts.

Conventions for every user-visible string of ``casedesk.ui`` (``tests/ui/test_translatable.py`` checks
them):

- inside a method of a QObject subclass, ``self.tr("…")`` (lupdate's context is the class name, which
  is also what PySide6 looks up at run time, so such a class is never subclassed);
- everywhere else ``QCoreApplication.translate("<module context>", "…")`` with both arguments literal;
- values go in afterwards with ``"{0}"``-style ``.format()``; never f-strings or concatenation inside a
  translated string, and whole sentences rather than pieces glued together;
- counts use Qt's numerus forms with ``%Ln`` (the number in the interface locale's digits):
  ``plural(self.tr("%Ln item(s)", "", n), n)``. English has no .qm file, so :func:`plural` turns the
  source's "(s)" / "(es)" / "y(ies)" markers into the English singular or plural when no translation
  replaced them;
- user data put into a translated sentence is wrapped in :func:`isolate` (file paths and hashes in
  :func:`ltr`), so an English name reads right in an Arabic sentence and an Arabic one in English;
- what the Qt-free core says (an error's message, a progress text, a warning recorded on an item, a
  verify problem) is shown with :func:`core_text`, in the interface's language from the core's own
  catalogue (``messages_<lang>.ts``, see ``casedesk.i18n``), its values isolated.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from casedesk.i18n import Message
from casedesk.i18n import translate as translate_message  # not Qt's: lupdate must not look here

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
SUPPORTED = ("en", "fr", "ar")  # English is the source language; the others ship a .qm
# Each language is offered in its own name; "System default" is translated (see language_choices).
LANGUAGES = {"": "System default", "en": "English", "fr": "Français", "ar": "العربية"}
QT_CATALOGUES = ("qtbase", "qtmultimedia")  # Qt's own strings: standard buttons, file dialogs, recorder

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"  # first-strong isolate, left-to-right isolate, pop


def translations_dir() -> Path:
    return Path(str(resources.files("casedesk.resources") / "translations"))


def resolve_language(preference: str) -> str:
    """The two-letter language asked for: the preference, else the system locale's."""
    return (preference or QLocale.system().name()).split("_")[0].lower() or "en"


def interface_language(preference: str) -> str:
    """The language the interface is shown in: the one asked for if CaseDesk has it, else English."""
    language = resolve_language(preference)
    if language in SUPPORTED and (
        language == "en" or (translations_dir() / f"casedesk_{language}.qm").is_file()
    ):
        return language
    return "en"


def interface_locale(language: str) -> QLocale:
    """How dates and numbers read in ``language``: the system's own variant of it when the system speaks
    it (fr_CA, ar_MA with its Western digits), else the language's default (ar: ar_EG)."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def current_language() -> str:
    """The two-letter code of the language the interface is in now (from the default locale)."""
    code = QLocale.languageToCode(QLocale().language())
    return code if code in SUPPORTED else "en"


def language_choices() -> list[tuple[str, str]]:
    """(label, code) for the Preferences: "System default", then each language in its own name."""
    return [
        (QCoreApplication.translate("i18n", "System default") if not code else name, code)
        for code, name in LANGUAGES.items()
    ]


def set_default_locale(locale: QLocale) -> None:
    """Make ``locale`` the one dates and numbers are written in, once no pool thread is at work: Qt's
    default locale must not change under a thread reading it (its rule: set it before other
    threads start), and a worker formatting a number while it changed can crash."""
    from casedesk.ui.tasks import wait_for_pools  # tasks shows messages through this module

    wait_for_pools()
    QLocale.setDefault(locale)


def install_language(app: QApplication, preference: str) -> list[QTranslator]:
    """Install CaseDesk's and Qt's own translations for the language; set the layout direction and the
    locale dates and numbers are written in.

    Returns the installed translators (the caller keeps them alive). English needs none.
    """
    language = interface_language(preference)
    set_default_locale(interface_locale(language))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidates = [
        (translations_dir(), f"casedesk_{language}"),
        *((qt_folder, f"{catalogue}_{language}") for catalogue in QT_CATALOGUES),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_language(app: QApplication, installed: list[QTranslator]) -> None:
    """Undo :func:`install_language`: back to English, left to right, the system's locale."""
    for translator in installed:
        app.removeTranslator(translator)
    installed.clear()
    set_default_locale(QLocale.system())
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


_PLURAL_MARKERS = re.compile(r"y\(ies\)|\((?:s|es)\)")


def plural(text: str, n: int) -> str:
    """A numerus message as translated, or in English when no translation replaced the source:
    "%Ln item(s)" reads "1 item", "0 items", "7 items"; "entry(ies)" gives "entry"/"entries"."""

    def english(match: re.Match[str]) -> str:
        marker = match.group(0)
        if marker == "y(ies)":
            return "y" if n == 1 else "ies"
        return "" if n == 1 else marker[1:-1]

    return _PLURAL_MARKERS.sub(english, text)


def isolate(text: object) -> str:
    """User data inside a translated sentence: its own direction, whatever the sentence's (FSI … PDI)."""
    return f"{FSI}{text}{PDI}"


def ltr(text: object) -> str:
    """A path, hash or other always left-to-right value inside a sentence (LRI … PDI)."""
    return f"{LRI}{text}{PDI}"


def core_text(value: Message | str) -> str:
    """A message of the core, or English text it recorded, in the interface's language (text that is
    no message of the catalogue, a file's name say, comes back as it is)."""
    return translate_message(value, current_language(), isolate=True)


def strip_isolates(text: str) -> str:
    """The text without the isolate marks (to compare or copy what a label shows)."""
    return text.translate({ord(FSI): None, ord(LRI): None, ord(PDI): None, 0x2067: None})
