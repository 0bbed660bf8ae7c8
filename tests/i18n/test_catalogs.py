"""The Qt-free catalogues (the report's, the core's messages) hold every message of the source, each
translated with its plural forms, and nothing the source no longer asks for."""

from __future__ import annotations

import ast

import pytest

from casedesk.i18n.catalog import NUMERUS_FORMS, catalog_path, read_catalog
from casedesk.i18n.catalogs import FAMILIES, Found, _fields_problem, scan

TRANSLATED = ("fr", "ar")


@pytest.fixture(scope="module", params=sorted(FAMILIES))
def family(request: pytest.FixtureRequest) -> tuple[str, dict[tuple[str, str], Found]]:
    context: str = request.param
    found, problems = scan(FAMILIES[context])
    assert not problems, problems  # every call has literal text (and its named values) to check
    return context, found


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_of_the_source_is_translated_and_none_is_stale(
    code: str, family: tuple[str, dict[tuple[str, str], Found]]
) -> None:
    context, source = family
    catalog = read_catalog(catalog_path(context, code), context)
    name = f"{context}_{code}.ts"
    missing = sorted(set(source) - set(catalog))
    assert not missing, f"not in {name} (run python -m casedesk.i18n.catalogs): {missing}"
    unfinished = sorted(key for key, entry in catalog.items() if not entry.finished)
    assert not unfinished, f"unfinished in {name}: {unfinished}"
    stale = sorted(set(catalog) - set(source))
    assert not stale, f"in {name} but no longer in the source: {stale}"
    for key, found in source.items():
        entry = catalog[key]
        assert entry.numerus == found.numerus, key
        assert len(entry.forms) == (NUMERUS_FORMS[code] if entry.numerus else 1), key


def test_a_message_whose_fields_the_call_does_not_give_is_a_problem() -> None:
    """What the completeness check relies on: a call it cannot check is reported, not skipped."""
    call = ast.parse('msg("{path}: not found, {why}.", path=p)').body[0].value  # type: ignore[attr-defined]
    assert (
        _fields_problem(call, "{path}: not found, {why}.")
        == "'{path}: not found, {why}.' needs the values ['why']"
    )
    assert _fields_problem(call, "{0} and {1}") == "'{0} and {1}' has unnamed fields ['0', '1']; name them"
    assert _fields_problem(call, "{path}: not found.") is None
