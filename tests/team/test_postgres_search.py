"""Search on a team database (PostgreSQL's GIN index) finds what FTS5 finds on a laptop.

The scenarios of tests/core/test_search.py run here unchanged against PostgreSQL (their ``svc`` is
this module's); then the same queries, hostile ones among them, are run on the same case in both
databases and must find the same things.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from casedesk.core import search as search_module
from casedesk.core.location import WorkspaceLocation
from casedesk.core.postgres import tsquery_text
from casedesk.core.service import CaseService


def _laptop_tests() -> Any:
    path = Path(__file__).parents[1] / "core" / "test_search.py"
    spec = importlib.util.spec_from_file_location("casedesk_laptop_search_tests", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_laptop = _laptop_tests()
# Collected here, so they take this module's ``svc``: a team workspace.
test_search_finds_arabic_french_english_grouped_by_case = (
    _laptop.test_search_finds_arabic_french_english_grouped_by_case
)
test_search_index_follows_edits = _laptop.test_search_index_follows_edits


@pytest.fixture
def svc(tmp_path: Path, postgres_url: str) -> Iterator[CaseService]:
    service = CaseService.open(WorkspaceLocation(tmp_path / "team", database_url=postgres_url), "x")
    yield service
    service.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[CaseService]:
    service = CaseService.open(tmp_path / "laptop", "Laptop")
    yield service
    service.close()


def _fill(service: CaseService) -> None:
    """The same case, record for record, in either workspace."""
    a = service.create_case("Frappe de drone", "Rapport de sécurité près de la frontière").id
    b = service.create_case("Autre affaire", "Convoi à l'aube, l'armée a démenti").id
    c = service.create_case("Border convoy", "Trucks seen near the border at 03:40").id
    service.add_claim(a, "التسريبات الصوتية تؤكد وجود قتلى و جرحى", language="ar")
    service.add_claim(a, "أكد المتحدث أن الضربة وقعت فجرًا", language="ar")
    service.add_claim(b, "Le convoi a été frappé près de Tessalit, selon l'AFP")
    service.add_source(c, "Alice Reporter", handle="alice@example.org", notes="posts on www.example.net")
    service.add_note(c, "File IMG_0042.jpg, version 3.5, see https://example.com/a-b/c?d=1")
    service.add_note(c, "drone footage <b>&amp; markup</b> «quoted» — dash…ellipsis")
    service.add_note(b, "O'Brien said: a & b | c ! (d) :* 'e' \\ f")
    for n in range(12):
        service.add_note(a, f"drone report {n}: {'drone ' * n}")


QUERIES = [
    "drone",
    "DRONE",
    "dron",
    "securite",
    "Sécurité",
    "frontiere frappe",
    "قَتْلَى",
    "قتلي",
    "اكد",
    "فجرا",
    "armee",
    "l'armée",
    "aube convoi",
    "example",
    "alice@example",
    "alice@example.org",
    "example.net",
    "0042",
    "img_0042",
    "jpg",
    "3.5",
    "03:40",
    "a-b",
    "obrien",
    "o'brien",
    "brien",
    "quoted",
    "ellipsis",
    "markup",
    "amp",
    "nothing-at-all",
    # hostile input: tsquery and FTS5 syntax, quotes, backslashes
    "a & | ! ( ) :* '",
    "drone & !report",
    "drone | tessalit",
    "!drone",
    "drone:*",
    "drone:A",
    "'drone'",
    '"unbalanced',
    "drone <-> report",
    "(drone",
    "\\",
    "\\'",
    "''",
    "%",
    "%s",
    "?",
    "drone' & 'x",
    "NEAR(drone report)",
    "body : drone",
    "*",
    "&",
    "",
    "   ",
]


def _found(service: CaseService, query: str) -> set[tuple[str, str, str]]:
    return {(h.object_type, h.field, h.excerpt) for h in service.search(query)}


def test_the_same_queries_find_the_same_things_in_both_databases(
    svc: CaseService, laptop: CaseService
) -> None:
    _fill(svc)
    _fill(laptop)
    differences = {
        q: (_found(svc, q), _found(laptop, q)) for q in QUERIES if _found(svc, q) != _found(laptop, q)
    }
    assert differences == {}
    assert len(_found(svc, "drone")) == 14  # the case, a note of each case... found at all
    assert _found(svc, "example") and _found(svc, "0042") and _found(svc, "armee")


def test_hostile_input_stays_inert(svc: CaseService) -> None:
    _fill(svc)
    for query in QUERIES:
        svc.search(query)  # never a syntax error
    assert tsquery_text("a & | ! ( ) :* '") == "('a':*)"
    assert tsquery_text("drone' & 'x") == "('drone':*) & ('x':*)"
    assert tsquery_text("o'brien\\x") == "('o' <-> 'brien' <-> 'x':*)"
    assert tsquery_text("& | !") is None
    assert svc.search("& | ! ( ) :*") == []


def test_limit_keeps_the_best_ranked_shown_by_case(svc: CaseService, laptop: CaseService) -> None:
    for service in (svc, laptop):
        _fill(service)
    with svc.workspace.db.read() as s:
        top = search_module.search(s, "drone", limit=3)
        everything = search_module.search(s, "drone", limit=200)
    assert len(top) == 3 and len(everything) == 14
    assert all(h.object_type == "note" for h in top)  # the notes saying "drone" most often
    titles = [svc.case_view(h.case_id).title for h in everything]
    assert titles == sorted(titles)  # grouped by case title
    with laptop.workspace.db.read() as s:
        laptop_top = search_module.search(s, "drone", limit=3)
    assert [h.excerpt for h in top] == [h.excerpt for h in laptop_top]


def index_scans(session: Session) -> int:
    """How often this transaction has scanned the GIN index of the search entries."""
    query = "SELECT pg_stat_get_xact_numscans('search_entry_words'::regclass)"
    return int(session.execute(text(query)).scalar_one())


def test_queries_use_the_gin_index(svc: CaseService, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(svc)
    with svc.workspace.db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        before = index_scans(s)
        assert len(search_module.search(s, "drone")) == 14
        assert index_scans(s) > before
    # A word so common that the newest entries hold enough of its matches: they are read, not the
    # index, and only they are ranked (older notes say "drone" more often, and are left out).
    border = next(c.id for c in svc.list_cases() if c.title == "Border convoy")
    latest = ["drone seen again", "drone seen once more"]
    for words in latest:
        svc.add_note(border, words)
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 2)
    with svc.workspace.db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        before = index_scans(s)
        newest = search_module.search(s, "drone", limit=1)
        assert index_scans(s) == before
    assert [h.excerpt for h in newest] == latest[:1]  # equal ranks: the older first
