"""Places, notes, related cases and timeline events in the real window: add, edit, Remove… with a reason,
Restore under "Show removed" (struck through, the reason on hover), and only the views that show what
changed read again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from casedesk.core.timeutil import PartialTime
from casedesk.ui.case_fields import PlaceDialog
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.i18n import strip_isolates

from .driving import answer_reason, open_case, settle, when_shown


def texts(records) -> list[str]:  # type: ignore[no-untyped-def]
    return [strip_isolates(records.list.item(i).text()) for i in range(records.list.count())]


def test_place_removed_with_a_reason_then_restored_under_show_removed(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Places case").id
    svc.add_place(case_id, "Gao airport", 16.25, -0.0, "exact")
    gao = svc.add_place(case_id, "Gao", 16.27, -0.04, "town centre").id
    open_case(qtbot, main_window, case_id)
    places = main_window.panel.overview.places
    assert [t.split(" — ")[0] for t in texts(places)] == ["Gao", "Gao airport"]

    places.select(gao)
    said = answer_reason("Duplicate of Gao airport")
    places.remove_button.click()
    settle(qtbot)
    assert said == ["Remove place", "ok disabled before typing"]  # a reason is required
    assert [p.name for p in svc.list_places(case_id)] == ["Gao airport"]
    assert texts(places) == ["Gao airport — 16.25 N, 0.00 E (exact)"]
    entry = svc.custody_log(case_id)[-1]
    assert (entry.action, entry.details["reason"]) == ("place_remove", "Duplicate of Gao airport")

    places.show_removed.setChecked(True)
    settle(qtbot)
    assert len(texts(places)) == 2
    assert places.select(gao)
    item = places.list.currentItem()
    assert item.font().strikeOut()
    assert "Duplicate of Gao airport" in item.toolTip()
    assert places.restore_button.isVisible() and places.restore_button.isEnabled()
    assert not places.edit_button.isEnabled() and not places.remove_button.isEnabled()

    places.restore_button.click()
    settle(qtbot)
    assert sorted(p.name for p in svc.list_places(case_id)) == ["Gao", "Gao airport"]
    assert places.select(gao) and not places.list.currentItem().font().strikeOut()
    assert svc.custody_log(case_id)[-1].action == "place_restore"


def test_cancelled_removal_changes_nothing(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Cancel case").id
    place = svc.add_place(case_id, "Kidal").id
    open_case(qtbot, main_window, case_id)
    before = len(svc.custody_log(case_id))
    main_window.panel.overview.places.select(place)
    answer_reason(None)
    main_window.panel.overview.places.remove_button.click()
    settle(qtbot)
    assert len(svc.custody_log(case_id)) == before
    assert [p.name for p in svc.list_places(case_id)] == ["Kidal"]


def test_place_added_and_edited_through_its_dialog(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Dialog case").id
    open_case(qtbot, main_window, case_id)
    places = main_window.panel.overview.places

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.name.setText("Tessalit")
        dialog.known.setCurrentIndex(1)  # name only
        dialog.accept()

    when_shown(PlaceDialog, fill)
    places.add_button.click()
    settle(qtbot)
    [place] = svc.list_places(case_id)
    assert (place.name, place.lat) == ("Tessalit", None)
    assert places.current_id() == place.id  # the new place is selected

    def rename(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.name.text() == "Tessalit"
        dialog.name.setText("Tessalit (Amachach camp)")
        dialog.accept()

    when_shown(PlaceDialog, rename)
    places.edit_button.click()
    settle(qtbot)
    assert svc.list_places(case_id)[0].name == "Tessalit (Amachach camp)"
    assert texts(places) == ["Tessalit (Amachach camp)"]


def test_note_removed_and_restored(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Notes case").id
    note = svc.add_note(case_id, "Ask the stringer in Gao for the original file.").id
    svc.add_note(case_id, "Second note")
    open_case(qtbot, main_window, case_id)
    notes = main_window.panel.overview.notes
    assert len(texts(notes)) == 2

    notes.select(note)
    answer_reason("Done: the file arrived")
    notes.remove_button.click()
    settle(qtbot)
    assert texts(notes) == ["Second note"]
    assert [n.text for n in svc.list_notes(case_id)] == ["Second note"]

    notes.show_removed.setChecked(True)
    settle(qtbot)
    assert notes.select(note)
    assert notes.list.currentItem().font().strikeOut()
    assert "Done: the file arrived" in notes.list.currentItem().toolTip()
    notes.restore_button.click()
    settle(qtbot)
    assert len(svc.list_notes(case_id)) == 2


def test_event_removed_with_a_reason_then_restored(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Events case").id
    svc.add_event(case_id, PartialTime.parse("2025-03-14"), "Strike reported")
    event = svc.add_event(case_id, PartialTime.parse("2025-03-16"), "Video posted").id
    open_case(qtbot, main_window, case_id)
    main_window.panel.tabs.setCurrentIndex(CasePanel.TIMELINE)
    timeline = main_window.panel.timeline
    assert timeline.model.rowCount() == 2

    timeline.select_event(event)
    answer_reason("Same video as the 14 March post")
    timeline.remove_button.click()
    settle(qtbot)
    assert [e.title for e in svc.list_events(case_id)] == ["Strike reported"]
    assert timeline.model.rowCount() == 1 and len(timeline.strip.events) == 1
    assert main_window.panel.tabs.tabText(CasePanel.TIMELINE).endswith("(1)")

    timeline.show_removed.setChecked(True)
    settle(qtbot)
    assert timeline.model.rowCount() == 2
    assert len(timeline.strip.events) == 1  # the strip shows what happened, not what was removed
    row = timeline.model.row_of(event)
    index = timeline.model.index(row, timeline.model.TITLE)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Same video" in index.data(Qt.ItemDataRole.ToolTipRole)
    timeline.select_event(event)
    assert timeline.restore_button.isEnabled() and not timeline.edit_button.isEnabled()
    timeline.restore_button.click()
    settle(qtbot)
    assert len(svc.list_events(case_id)) == 2
    assert not timeline.model.index(row, 0).data(Qt.ItemDataRole.FontRole)


def test_related_case_link_removed_with_a_reason(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    other = svc.create_case("Earlier strike").id
    case_id = svc.create_case("Convoy").id
    svc.link_cases(case_id, other)
    main_window.cases.reload()
    open_case(qtbot, main_window, case_id)
    overview = main_window.panel.overview
    assert overview.related.count() == 1 and overview.related.item(0).text() == "Earlier strike"

    overview.related.setCurrentRow(0)
    answer_reason("Not the same convoy")
    overview.unlink_related.click()
    settle(qtbot)
    assert svc.case_header(case_id).related_case_ids == []
    assert overview.related.count() == 0
    entry = svc.custody_log(case_id)[-1]
    assert entry.details == {"reason": "Not the same convoy", "link": "related_case"}


def test_a_note_edit_reads_only_what_shows_notes(qtbot, main_window, svc, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Quiet case").id
    note = svc.add_note(case_id, "First draft").id
    svc.add_event(case_id, PartialTime.parse("2025-03-14"), "Strike reported")
    svc.add_place(case_id, "Gao")
    svc.add_source(case_id, "Local radio")
    svc.add_claim(case_id, "Two trucks were struck.")
    open_case(qtbot, main_window, case_id)
    for index in range(main_window.panel.tabs.count()):  # every tab has been on screen
        main_window.panel.tabs.setCurrentIndex(index)
        settle(qtbot)
    main_window.panel.tabs.setCurrentIndex(CasePanel.OVERVIEW)
    settle(qtbot)

    calls: list[str] = []
    for name in dir(svc):
        method = getattr(svc, name)
        if name.startswith("_") or not callable(method) or name in ("open", "close"):
            continue
        monkeypatch.setattr(svc, name, lambda *a, _m=method, _n=name, **k: (calls.append(_n), _m(*a, **k))[1])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Final text", True))
    main_window.panel.overview._edit_note(note)
    settle(qtbot)

    assert svc.list_notes(case_id)[0].text == "Final text"
    assert main_window.panel.overview.notes.rows[0].text == "Final text"
    # The write, the notes, the counts (tab titles, overview, the case's row) and the new log entry.
    assert set(calls) - {"list_notes"} == {"update_note", "case_header", "custody_entries"}
    assert calls.count("list_notes") == 2  # the overview's read, and the one just above
    assert calls.count("custody_entries") == 1
