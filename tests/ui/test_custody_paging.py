"""The Custody tab reads the log a page at a time as it scrolls, never all at once, and appends new
entries as changes are announced."""

from __future__ import annotations

import pytest

from casedesk.core.models import Note
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.custody import PAGE, CustodyModel
from casedesk.ui.i18n import strip_isolates

from .driving import open_case, settle

ENTRIES = 1000


@pytest.fixture
def long_case(svc) -> str:  # type: ignore[no-untyped-def]
    """A case whose log has 1,000 real, chained entries: 999 notes, added in one unit of work (one
    transaction instead of 999 keeps the test quick; each note is logged exactly as add_note logs it)."""
    case_id = svc.create_case("A long log").id
    with svc._write() as w:
        for i in range(ENTRIES - 1):
            note = Note(case_id=case_id, text=f"Note {i:04d}\nsecond line")
            w.session.add(note)
            w.session.flush()
            w.log(case_id, "note_add", ObjectKind.NOTE, note.id, text=note.text)
    assert svc.verify(case_id).ok
    return case_id


def test_a_long_log_is_read_only_as_far_as_it_is_scrolled(
    qtbot, main_window, svc, long_case, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    whole: list[str] = []
    monkeypatch.setattr(svc, "custody_log", lambda *a: whole.append("custody_log") or [])
    main_window.panel.tabs.setCurrentIndex(CasePanel.CUSTODY)
    open_case(qtbot, main_window, long_case)
    custody = main_window.panel.custody
    model = custody.model
    assert model.rowCount() < ENTRIES
    assert model.rowCount() == PAGE * model.pages_read  # whole pages, as many as fill the view
    assert model.pages_read <= 2 and model.canFetchMore()
    assert main_window.panel.tabs.tabText(CasePanel.CUSTODY) == f"Custody log ({ENTRIES})"

    scrolls = 0
    while model.rowCount() < ENTRIES:
        custody.table.scrollToBottom()
        settle(qtbot)
        scrolls += 1
        assert scrolls <= ENTRIES // PAGE + 1
    assert [e.seq for e in model.entries] == list(range(1, ENTRIES + 1))
    assert whole == []  # the log was never read whole
    # Names come from the log itself: the note's first line, as its note_add entry recorded it.
    assert strip_isolates(model.index(ENTRIES - 1, CustodyModel.OBJECT).data()) == "Note: Note 0998"
    assert strip_isolates(model.index(0, CustodyModel.OBJECT).data()) == "Case: A long log"


def test_new_entries_are_appended_once_the_end_is_reached(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Short log").id
    open_case(qtbot, main_window, case_id)
    model = main_window.panel.custody.model
    assert model.rowCount() == 1 and not model.canFetchMore()
    pages = model.pages_read
    main_window.panel.overview.summary.setPlainText("Two trucks, one road")
    main_window.panel.overview.summary.commit()
    settle(qtbot)
    assert [e.action for e in model.entries] == ["case_create", "case_edit"]
    assert model.pages_read == pages + 1  # one small read of what followed the last entry


def test_changes_do_not_read_the_log_while_its_end_is_not_shown(qtbot, main_window, svc, long_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, main_window, long_case)
    model = main_window.panel.custody.model
    rows, pages = model.rowCount(), model.pages_read
    main_window.panel.overview.tags.setText("long")
    main_window.panel.overview.tags.editingFinished.emit()
    settle(qtbot)
    assert (model.rowCount(), model.pages_read) == (rows, pages)  # the new entry comes when scrolled to
    assert main_window.panel.tabs.tabText(CasePanel.CUSTODY) == f"Custody log ({ENTRIES + 1})"
