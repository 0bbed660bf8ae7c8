"""Messages of the Qt-free core (errors, progress, warnings) made in English and shown in any language.

The core says what it has to say with :func:`msg` (or :func:`msgn` when a count is in the sentence)
and a literal English text whose values are named fields::

    raise IngestError(msg("{path}: not a regular file.", path=shown))
    control.report(done, total, msgn("%n original(s) re-hashed", done))

``python -m casedesk.i18n.catalogs`` finds those literals and keeps ``messages_<lang>.ts`` (context
``messages``) in step. ``str(message)`` is the English sentence, as before messages had languages;
:func:`translate` gives it in French or Arabic, with the values in the places the translation puts
them. English counts use the interface's plural markers ("file(s)", "entry(ies)"), resolved by the
count when no translation replaced them.

A value that is itself a :class:`Message` (or an error carrying one in ``.message``) is translated
with the sentence around it; any other value is data and is shown as it is (a float with the
language's decimal mark). With ``isolate`` each value is wrapped in Unicode isolates, so a Latin
file name reads right in an Arabic sentence and an Arabic one in an English sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from string import Formatter

from casedesk.i18n.catalog import LANGUAGES, catalog_path, read_catalog
from casedesk.i18n.language import Language

CONTEXT = "messages"  # the TS context (and file family) of the core's messages
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"  # first-strong isolate, left-to-right isolate, pop
# Values always read left to right, whatever the language: paths, hashes, fingerprints, addresses.
LTR_FIELDS = re.compile(r"(^|_)(path|folder|root|file|sha|sha256|hash|fingerprint|url|oid)$")
_FLOAT_TYPES = frozenset("eEfFgG%")
_PLURAL_MARKERS = re.compile(r"y\(ies\)|\((?:s|es)\)")
_FORMATTER = Formatter()


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for a user: English source ``text`` with ``{name}`` fields filled from ``args``.

    ``count`` makes it a numerus message (``%n`` in the text); ``recorded`` marks plain text made
    without :func:`msg` (stored before, or by code not converted yet): it is shown through
    :func:`~casedesk.i18n.recorded.translate_recorded`, never formatted.
    """

    text: str
    args: Mapping[str, object] = field(default_factory=dict)
    disambiguation: str = ""
    count: int | None = None
    recorded: bool = False

    def __str__(self) -> str:
        return translate(self, "en")

    @property
    def key(self) -> tuple[str, str]:
        return self.text, self.disambiguation


def msg(text: str, disambiguation: str = "", /, **args: object) -> Message:
    """A message with a literal English ``text`` (the catalogues' source) and its named values."""
    return Message(text, args, disambiguation)


def msgn(text: str, n: int, disambiguation: str = "", /, **args: object) -> Message:
    """A message with a count: ``%n`` in ``text`` is the count, its English plural marked "(s)"."""
    return Message(text, args, disambiguation, count=n)


def as_message(value: Message | str) -> Message:
    """A message as it is, or plain text as a recorded message."""
    return value if isinstance(value, Message) else Message(value, recorded=True)


def english_plural(text: str, n: int) -> str:
    """ "%n file(s)" with the count 1 reads "%n file"; with 0 or 7, "%n files"."""

    def english(match: re.Match[str]) -> str:
        marker = match.group(0)
        if marker == "y(ies)":
            return "y" if n == 1 else "ies"
        return "" if n == 1 else marker[1:-1]

    return _PLURAL_MARKERS.sub(english, text)


@cache
def messages(code: str) -> Language:
    """The core's messages in language ``code``, the catalogue read once per process."""
    if code not in LANGUAGES:
        raise ValueError(f"no language {code!r}")
    return Language(code, None if code == "en" else read_catalog(catalog_path(CONTEXT, code), CONTEXT))


def translate(value: Message | str, code: str, *, isolate: bool = False) -> str:
    """``value`` in language ``code`` (English, or a language without a catalogue: the source)."""
    if isinstance(value, str) or value.recorded:
        from casedesk.i18n.recorded import translate_recorded  # compiles the templates: when needed

        return translate_recorded(
            str(value.text if isinstance(value, Message) else value), code, isolate=isolate
        )
    lang = messages(code if code in LANGUAGES else "en")
    if value.count is None:
        template = lang.tr(value.text, value.disambiguation)
    else:
        form = lang.form(value.text, value.count, value.disambiguation)
        template = english_plural(value.text, value.count) if form is None else form
        template = template.replace("%Ln", lang.count(value.count)).replace("%n", lang.count(value.count))
    try:
        return fill(template, value.args, lang, isolate)
    except (KeyError, IndexError, ValueError):  # a translation naming a field the source lacks
        return fill(english_plural(value.text, value.count or 0), value.args, messages("en"), isolate)


def fill(template: str, args: Mapping[str, object], lang: Language, isolate: bool) -> str:
    """``template`` with its ``{name}`` fields replaced by ``args``, each written for ``lang``."""
    out: list[str] = []
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        out.append(literal)
        if name is None:
            continue
        value = _FORMATTER.get_field(name, (), args)[0]
        out.append(_value(name, value, spec or "", conversion, lang, isolate))
    return "".join(out)


def _value(name: str, value: object, spec: str, conversion: str | None, lang: Language, isolate: bool) -> str:
    nested = value if isinstance(value, Message) else getattr(value, "message", None)
    if isinstance(nested, Message):  # a sentence inside the sentence: in the same language
        return translate(nested, lang.code, isolate=isolate)
    shown = format(_FORMATTER.convert_field(value, conversion), spec)
    if isinstance(value, float) or (spec[-1:] in _FLOAT_TYPES and isinstance(value, int | float)):
        shown = lang.decimal_mark(shown)
    return isolated(name, shown) if isolate and not isinstance(value, int | float) else shown


def isolated(name: str, shown: str) -> str:
    """A value inside a sentence in its own direction: left to right for paths and hashes."""
    return f"{LRI}{shown}{PDI}" if LTR_FIELDS.search(name) else f"{FSI}{shown}{PDI}"
