"""Two investigators on one team database at once: what one writes reaches the other's window (its
custody log watched off the GUI thread), and the other's own writes are not announced twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from psycopg import sql

from casedesk.core.changes import Changes
from casedesk.core.location import WorkspaceLocation
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.vocabulary import ObjectKind

from .postgres_server import PostgresServer


@pytest.fixture
def pair(
    tmp_path: Path, postgres_server: PostgresServer, postgres_url: str
) -> Iterator[tuple[CaseService, CaseService]]:
    database = postgres_url.rsplit("/", 1)[1]
    role = f"karim_{database}"
    with postgres_server.admin(database) as conn:
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}")
        conn.execute(statement.format(sql.Identifier(role), sql.Literal(postgres_server.password)))
    amina = CaseService.open(WorkspaceLocation(tmp_path / "amina", database_url=postgres_url), "typed")
    karim = CaseService.open(
        WorkspaceLocation(tmp_path / "karim", database_url=postgres_server.url(database, role)), "typed"
    )
    yield amina, karim
    amina.close()
    karim.close()


def test_activity_since_names_what_a_colleague_changed(pair: tuple[CaseService, CaseService]) -> None:
    amina, karim = pair
    case_id = amina.create_case("Shared").id
    marks = karim.activity_since(None).marks
    assert karim.activity_since(marks).changes == Changes(case_ids=frozenset())  # nothing new
    note = amina.add_note(case_id, "seen at the crossing")
    source = amina.add_source(case_id, "Defense Atlas")
    seen = karim.activity_since(marks)
    assert seen.changes.case_ids == {case_id}
    assert seen.changes.kinds == {ObjectKind.NOTE, ObjectKind.SOURCE}
    assert {note.id, source.id} <= seen.changes.ids
    assert seen.changes.entries == note.entries + source.entries
    assert karim.activity_since(seen.marks).changes.entries == ()


def test_a_colleague_s_note_appears_in_the_open_window(  # type: ignore[no-untyped-def]
    qtbot, pair: tuple[CaseService, CaseService]
) -> None:
    from casedesk.ui.main_window import MainWindow
    from casedesk.ui.team_watch import TeamWatcher

    amina, karim = pair
    case_id = amina.create_case("Strike near the border").id
    window = MainWindow(karim, Preferences(thumbnail_size=96))
    qtbot.addWidget(window)
    try:
        assert window.watcher is not None
        window.watcher.stop()
        window.watcher = TeamWatcher(karim, window.ops, window, interval_ms=100)  # quicker, for the test
        announced: list[Changes] = []
        window.ops.changed.connect(announced.append)
        window.watcher.start()
        window.show()
        qtbot.waitUntil(lambda: "Strike near the border" in [c.title for c in karim.list_cases()])
        window.open_case(case_id)
        qtbot.waitUntil(lambda: window.watcher is not None and window.watcher.looks >= 2, timeout=10_000)

        note = amina.add_note(case_id, "Plates read: Bordj Badji Mokhtar")
        overview = window.panel.overview
        qtbot.waitUntil(lambda: note.id in overview.notes_shown, timeout=10_000)
        assert any(c.entries == note.entries for c in announced)

        before = len(announced)
        mine = karim.add_note(case_id, "karim's own")
        window.ops.announce(mine)  # as the window's own edit announces it
        looks = window.watcher.looks
        qtbot.waitUntil(
            lambda: window.watcher is not None and window.watcher.looks >= looks + 3, timeout=10_000
        )
        assert [c.entries for c in announced[before:]] == [mine.entries]  # not a second time
        assert karim.investigator in window.where.text() and "team workspace" in window.where.text()
    finally:
        window.close()
