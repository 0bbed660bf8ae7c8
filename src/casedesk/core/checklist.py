"""Verification checklist templates, read from ``resources/checklists/*.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

from casedesk.core.errors import UsageError

SCOPES = ("case", "evidence")


@dataclass(frozen=True, slots=True)
class TemplateItem:
    key: str
    scope: str
    phase: str
    title: str
    guidance: str


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    name: str
    items: tuple[TemplateItem, ...]

    def for_scope(self, scope: str) -> list[TemplateItem]:
        return [item for item in self.items if item.scope == scope]


def parse_template(text: str) -> ChecklistTemplate:
    """Parse and validate a template; any defect is a UsageError naming it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"Checklist template is not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise UsageError("Checklist template is nested too deeply to be a checklist.") from exc
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise UsageError("Checklist template has no [[item]] entries.")
    items: list[TemplateItem] = []
    seen: set[tuple[str, str]] = set()
    for number, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict):
            raise UsageError(f"Checklist item {number} is not a table.")
        fields = {}
        for name in ("key", "scope", "title"):
            value = raw.get(name)
            if not isinstance(value, str) or not value.strip():
                raise UsageError(f"Checklist item {number} needs a text '{name}'.")
            fields[name] = value.strip()
        if fields["scope"] not in SCOPES:
            raise UsageError(
                f"Checklist item {number} has scope {fields['scope']!r}; use 'case' or 'evidence'."
            )
        if (fields["key"], fields["scope"]) in seen:
            raise UsageError(f"Checklist item key {fields['key']!r} appears twice.")
        seen.add((fields["key"], fields["scope"]))
        phase, guidance = raw.get("phase", ""), raw.get("guidance", "")
        if not isinstance(phase, str) or not isinstance(guidance, str):
            raise UsageError(f"Checklist item {number}: 'phase' and 'guidance' must be text.")
        items.append(TemplateItem(fields["key"], fields["scope"], phase, fields["title"], guidance))
    name = data.get("name", "Checklist")
    return ChecklistTemplate(str(name), tuple(items))


def default_template() -> ChecklistTemplate:
    text = (resources.files("casedesk.resources") / "checklists" / "default.toml").read_text("utf-8")
    return parse_template(text)
