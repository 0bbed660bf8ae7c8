"""Text recorded in English (warnings on an item, verify details, stored errors) shown in another language.

What is stored stays in English, the record's language: the custody log's hashes cover what it
records, and a bundle read elsewhere must say the same. To show such a text in French or Arabic it is
matched against the English templates of the messages catalogue: each template is compiled once into
a pattern whose ``{name}`` fields capture what was filled in, and the translation is filled with the
captured values (themselves translated when a whole value is a recorded message, such as a reason
inside a sentence). When several templates match, the reading that explains most of the text wins:
the letters of the templates' own words, the sentence's and those of the values it translates, count.
A text that matches no template is shown as it was recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from string import Formatter

from casedesk.i18n.catalog import Entry, plural_index
from casedesk.i18n.message import isolated, messages

_FORMATTER = Formatter()
_MARKERS = {"(s)": "(?:s)?", "(es)": "(?:es)?", "y(ies)": "(?:y|ies)"}
_MARKER = re.compile(r"y\(ies\)|\((?:s|es)\)|%L?n")
_FLOAT_TYPES = frozenset("eEfFgG%")
_NUMBER = re.compile(r"-?\d[\d.,]*")
MAX_DEPTH = 6  # nesting the core makes: a reason in a sentence, a choice of four file contents
# A message so marked ("JPEG image data", "latitude") is only ever part of another sentence: it is
# looked for in the values of a matched sentence, never as a whole recorded text.
FRAGMENT = "fragment:"


@dataclass(frozen=True, slots=True)
class Template:
    entry: Entry
    pattern: re.Pattern[str]
    groups: dict[str, str]  # field name -> its group in the pattern
    decimals: frozenset[str]  # fields written as decimal numbers (a float format spec)
    anchor: str  # the longest literal run: a quick test before the pattern is tried
    weight: int  # letters of literal text: the most specific template wins

    @property
    def fragment(self) -> bool:
        return self.entry.disambiguation.startswith(FRAGMENT)


def _literal(text: str) -> str:
    """Literal source text as a pattern: plural markers match either English form, ``%n`` a count."""
    out, last = [], 0
    for match in _MARKER.finditer(text):
        out.append(re.escape(text[last : match.start()]))
        token = match.group(0)
        out.append(r"(?P<_n>\d[\d,]*)" if token.startswith("%") else _MARKERS[token])
        last = match.end()
    out.append(re.escape(text[last:]))
    return "".join(out)


def compile_template(entry: Entry) -> Template | None:
    """The pattern of one English source; None for a source with no letters of its own ("{a}: {b}"),
    which would match anything."""
    parts: list[str] = []
    groups: dict[str, str] = {}
    decimals: set[str] = set()
    literals: list[str] = []
    for literal, name, spec, _conversion in _FORMATTER.parse(entry.source):
        parts.append(_literal(literal))
        literals.append(_MARKER.sub(" ", literal))
        if name is None:
            continue
        if name in groups:
            parts.append(f"(?P={groups[name]})")
            continue
        groups[name] = f"f{len(groups)}"
        parts.append(f"(?P<{groups[name]}>.+?)")
        if (spec or "")[-1:] in _FLOAT_TYPES:
            decimals.add(name)
    weight = sum(ch.isalpha() for ch in "".join(literals))
    if weight == 0 or "".join(parts).count("(?P<_n>") > 1:
        return None  # no letters: it would match anything; a count twice: not one group
    pattern = re.compile("".join(parts), re.DOTALL)
    anchor = max((run for chunk in literals for run in chunk.split(" ") if run), key=len, default="")
    return Template(entry, pattern, groups, frozenset(decimals), anchor, weight)


@cache
def _templates(code: str) -> tuple[Template, ...]:
    compiled = (compile_template(e) for e in messages(code).catalog.values() if e.finished)
    return tuple(sorted((t for t in compiled if t is not None), key=lambda t: -t.weight))


def translate_recorded(text: str, code: str, *, isolate: bool = False) -> str:
    """``text``, recorded in English, in language ``code``; as recorded if no template matches it."""
    if messages(code).source or not text:
        return text
    best = _best(text, code, isolate, 0)
    return text if best is None else best[1]


@lru_cache(maxsize=4096)
def _best(text: str, code: str, isolate: bool, depth: int) -> tuple[int, str] | None:
    """The reading of ``text`` that explains most of it: (letters explained, translation), or None."""
    found: tuple[int, str] | None = None
    for template in _templates(code):
        if template.anchor not in text or (depth == 0 and template.fragment):
            continue
        match = template.pattern.fullmatch(text)
        if match is not None:
            reading = _fill(template, match, code, isolate, depth)
            if found is None or reading[0] > found[0]:
                found = reading
    return found


def _fill(template: Template, match: re.Match[str], code: str, isolate: bool, depth: int) -> tuple[int, str]:
    lang = messages(code)
    entry = template.entry
    form = entry.forms[0]
    if entry.numerus:
        n = int(match.group("_n").replace(",", ""))
        form = entry.forms[min(plural_index(code, n), len(entry.forms) - 1)]
        form = form.replace("%Ln", lang.count(n)).replace("%n", lang.count(n))
    values = {
        name: _value(name, match.group(group), template, code, isolate, depth)
        for name, group in template.groups.items()
    }
    out: list[str] = []
    try:
        for literal, name, _spec, _conversion in _FORMATTER.parse(form):
            out.append(literal)
            if name is not None:
                out.append(values[name][1])
    except (KeyError, ValueError):  # a translation naming a field its source lacks: keep the record
        return 0, match.string
    return template.weight + sum(score for score, _ in values.values()), "".join(out)


def _value(
    name: str, value: str, template: Template, code: str, isolate: bool, depth: int
) -> tuple[int, str]:
    """A captured value as shown, and how many letters of it templates explained."""
    if name in template.decimals:
        return 0, messages(code).decimal_mark(value)
    if depth < MAX_DEPTH and (inner := _best(value, code, isolate, depth + 1)) is not None:
        return inner  # a recorded message of its own (a reason): already in the language
    return 0, isolated(name, value) if isolate and not _NUMBER.fullmatch(value) else value
