"""Checklist templates are user-supplied TOML: any text either parses into a valid template or is
refused with a UsageError naming the problem — never another exception."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.core.checklist import SCOPES, ChecklistTemplate, parse_template
from casedesk.core.errors import UsageError

from .harness import FUZZ, bounded
from .tally import count

DEFAULT = (resources.files("casedesk.resources") / "checklists" / "default.toml").read_text("utf-8")
LINES = DEFAULT.splitlines(keepends=True)

# Fragments that steer mutations towards TOML's and the template's own edge cases.
FRAGMENTS = [
    "[[item]]\n", "[item]\n", "item = 3\n", 'key = ""\n', 'key = "preservation"\n', 'scope = "case"\n',
    'scope = "nowhere"\n', "scope = 1\n", "title = []\n", 'title = "  "\n', "phase = 1.5\n",
    "guidance = {a = 1}\n", "name = 12\n", '"""', "'''", "=", "[", "]", "{", "}", "\\u0000", "\\", "\n",
    '"\u202e\u0000"', "key = 1979-05-27T07:32:00Z\n", "[" * 200, "a." * 300 + "b = 1\n", "\ufeff",
]  # fmt: skip


def check(text: str) -> None:
    count("inputs fuzzed (checklist templates)")
    try:
        template = bounded(5, lambda: parse_template(text))
    except UsageError as exc:
        assert str(exc).strip()  # a message the user can read
        return
    assert isinstance(template, ChecklistTemplate) and template.items
    seen = set()
    for item in template.items:
        assert item.scope in SCOPES and item.key.strip() and item.title.strip()
        assert isinstance(item.phase, str) and isinstance(item.guidance, str)
        assert (item.key, item.scope) not in seen
        seen.add((item.key, item.scope))


@settings(FUZZ, max_examples=150)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    check(text)


edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "replace", "duplicate_line", "drop_line"]),
        st.integers(min_value=0, max_value=len(DEFAULT)),
        st.integers(min_value=0, max_value=40),
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
    ),
    min_size=1,
    max_size=6,
)


@settings(FUZZ, max_examples=200)
@given(edits)
def test_mutated_default_template(changes: list[tuple[str, int, int, str]]) -> None:
    text = DEFAULT
    for op, at, length, fragment in changes:
        at = min(at, len(text))
        if op == "insert":
            text = text[:at] + fragment + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + length :]
        elif op == "replace":
            text = text[:at] + fragment + text[at + len(fragment) :]
        else:
            lines = text.splitlines(keepends=True)
            n = at % max(1, len(lines))
            lines[n:n] = [lines[n]] if op == "duplicate_line" and lines else []
            if op == "drop_line" and lines:
                del lines[n]
            text = "".join(lines)
    check(text)


def test_the_default_template_itself_is_valid() -> None:
    template = parse_template(DEFAULT)
    assert len(template.items) == len([line for line in LINES if line.strip() == "[[item]]"])


@pytest.mark.parametrize("nesting", ["a = " + "[" * 5000, "a = " + "{b = " * 3000])
def test_deeply_nested_template_is_a_usage_error(nesting: str) -> None:
    count("inputs fuzzed (checklist templates)")
    with pytest.raises(UsageError):
        parse_template(DEFAULT + nesting)
