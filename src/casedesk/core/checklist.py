"""Verification checklist templates, read from ``resources/checklists/*.toml``.

An item's ``phase``, ``title`` and ``guidance`` are its English words, the ones stored with each case's
checklist and printed in reports. An item may also carry its words in other languages, as a table
named by the language's code under the item::

    [[item]]
    key = "geolocation"
    ...
    [item.fr]
    title = "Géolocalisation"

A translation only changes what an interface shows; the item is known by its ``key`` everywhere.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from casedesk.core.errors import UsageError
from casedesk.i18n import msg

SCOPES = ("case", "evidence")
TEXT_FIELDS = ("phase", "title", "guidance")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True, slots=True)
class TemplateText:
    """An item's words in one language."""

    phase: str
    title: str
    guidance: str


@dataclass(frozen=True, slots=True)
class TemplateItem:
    key: str
    scope: str
    phase: str
    title: str
    guidance: str
    translations: tuple[tuple[str, TemplateText], ...] = ()  # (language code, words), in file order

    def text(self, language: str) -> TemplateText:
        """The item's words in ``language``; English for any word that language does not give."""
        english = TemplateText(self.phase, self.title, self.guidance)
        for code, words in self.translations:
            if code == language:
                return TemplateText(
                    words.phase or english.phase,
                    words.title or english.title,
                    words.guidance or english.guidance,
                )
        return english

    def languages(self) -> list[str]:
        return [code for code, _words in self.translations]


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    name: str
    items: tuple[TemplateItem, ...]

    def for_scope(self, scope: str) -> list[TemplateItem]:
        return [item for item in self.items if item.scope == scope]

    def item(self, key: str, scope: str) -> TemplateItem | None:
        return next((item for item in self.items if item.key == key and item.scope == scope), None)

    def words(self, key: str, scope: str, stored: TemplateText, language: str) -> TemplateText:
        """A stored checklist item's phase, title and guidance in ``language``.

        Stored items keep the template's English words and their key; the words of another language
        come from the template, by key, as long as the item is the template's own (same English title).
        Anything else (English, a custom template's item, a language the template lacks) keeps the
        stored words."""
        known = self.item(key, scope)
        if language == "en" or known is None or known.title != stored.title:
            return stored
        return known.text(language)


def _translations(number: int, raw: dict[str, object]) -> tuple[tuple[str, TemplateText], ...]:
    """The item's tables named by a language code (``[item.fr]``), each checked to hold only text."""
    found: list[tuple[str, TemplateText]] = []
    for code, table in raw.items():
        if code in TEXT_FIELDS or not isinstance(table, dict):
            continue  # the item's own fields are checked by the caller; other values are ignored
        if not _LANGUAGE_CODE.fullmatch(code):
            raise UsageError(
                msg(
                    "Checklist item {number}: [{code}] is not a language code such as 'fr'.",
                    number=number,
                    code=code,
                )
            )
        words = {}
        for name in TEXT_FIELDS:
            value = table.get(name, "")
            if not isinstance(value, str):
                raise UsageError(
                    msg(
                        "Checklist item {number}: '{name}' in [{code}] must be text.",
                        number=number,
                        name=name,
                        code=code,
                    )
                )
            words[name] = value.strip()
        found.append((code, TemplateText(words["phase"], words["title"], words["guidance"])))
    return tuple(found)


def parse_template(text: str) -> ChecklistTemplate:
    """Parse and validate a template; any defect is a UsageError naming it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(msg("Checklist template is not valid TOML: {reason}", reason=exc)) from exc
    except RecursionError as exc:
        raise UsageError(msg("Checklist template is nested too deeply to be a checklist.")) from exc
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise UsageError(msg("Checklist template has no [[item]] entries."))
    items: list[TemplateItem] = []
    seen: set[tuple[str, str]] = set()
    for number, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict):
            raise UsageError(msg("Checklist item {number} is not a table.", number=number))
        fields = {}
        for name in ("key", "scope", "title"):
            value = raw.get(name)
            if not isinstance(value, str) or not value.strip():
                raise UsageError(
                    msg("Checklist item {number} needs a text '{name}'.", number=number, name=name)
                )
            fields[name] = value.strip()
        if fields["scope"] not in SCOPES:
            raise UsageError(
                msg(
                    "Checklist item {number} has scope {scope!r}; use 'case' or 'evidence'.",
                    number=number,
                    scope=fields["scope"],
                )
            )
        if (fields["key"], fields["scope"]) in seen:
            raise UsageError(msg("Checklist item key {key!r} appears twice.", key=fields["key"]))
        seen.add((fields["key"], fields["scope"]))
        phase, guidance = raw.get("phase", ""), raw.get("guidance", "")
        if not isinstance(phase, str) or not isinstance(guidance, str):
            raise UsageError(
                msg("Checklist item {number}: 'phase' and 'guidance' must be text.", number=number)
            )
        translations = _translations(number, raw)
        items.append(
            TemplateItem(fields["key"], fields["scope"], phase, fields["title"], guidance, translations)
        )
    name = data.get("name", "Checklist")
    return ChecklistTemplate(str(name), tuple(items))


def default_template() -> ChecklistTemplate:
    text = (resources.files("casedesk.resources") / "checklists" / "default.toml").read_text("utf-8")
    return parse_template(text)
