"""Edit ▸ Undo and Redo in the real window. An undo is a new, compensating change with its own custody
entry: the log only ever grows, and its chain still verifies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from casedesk.core.timeutil import PartialTime
from casedesk.ui.case_fields import PlaceDialog
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.i18n import strip_isolates

from .driving import answer_reason, open_case, settle, when_shown


def edit_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "editMenu")
    assert menu is not None
    return menu


def plain(text: str) -> str:
    return strip_isolates(text.replace("&", ""))


def press(qtbot, window, widget, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Type a shortcut the way a user does, with the focus on a widget that has no undo of its own."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    widget.setFocus()
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())
    settle(qtbot)


def log_of(svc, case_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in svc.custody_log(case_id)]


def shown_log(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in window.panel.custody.model.entries]


def test_edit_menu_offers_undo_and_redo_with_the_standard_keys(main_window) -> None:  # type: ignore[no-untyped-def]
    actions = edit_menu(main_window).actions()
    undo, redo = main_window.actions_.undo, main_window.actions_.redo
    assert actions[:2] == [undo, redo]
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    assert not undo.isEnabled() and not redo.isEnabled()  # nothing done yet this session


def test_overview_edit_undone_from_the_menu_and_redone_with_the_shortcut(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Old title").id
    open_case(qtbot, main_window, case_id)
    overview, undo, redo = main_window.panel.overview, main_window.actions_.undo, main_window.actions_.redo
    overview.title.setText("New title")
    overview.title.editingFinished.emit()
    settle(qtbot)
    assert plain(undo.text()) == "Undo Edit the case title" and undo.isEnabled()
    lengths = [len(svc.custody_log(case_id))]

    edit_menu(main_window).aboutToShow.emit()
    undo.trigger()  # as a click on Edit ▸ Undo
    settle(qtbot)
    assert svc.case_header(case_id).title == "Old title"
    assert overview.title.text() == "Old title"
    assert main_window.cases.model.cases[0].title == "Old title"
    assert plain(redo.text()) == "Redo Edit the case title"
    lengths.append(len(svc.custody_log(case_id)))

    press(qtbot, main_window, main_window.panel.tabs.tabBar(), "Ctrl+Shift+Z")
    assert svc.case_header(case_id).title == "New title"
    assert main_window.windowTitle() == "New title — CaseDesk"
    lengths.append(len(svc.custody_log(case_id)))

    press(qtbot, main_window, main_window.panel.tabs.tabBar(), "Ctrl+Z")
    assert svc.case_header(case_id).title == "Old title"
    lengths.append(len(svc.custody_log(case_id)))

    # Each step is one more entry; none is taken away, and the chain still verifies.
    assert lengths == [2, 3, 4, 5]
    assert log_of(svc, case_id) == ["case_create"] + ["case_edit"] * 4
    assert shown_log(main_window) == log_of(svc, case_id)  # the custody tab shows every step
    assert svc.verify(case_id).ok


def test_event_removal_undone_with_ctrl_z(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Timeline case").id
    event = svc.add_event(
        case_id, PartialTime.parse("2025-03-16 15:05 America/Los_Angeles"), "Video posted"
    ).id
    open_case(qtbot, main_window, case_id)
    panel = main_window.panel
    panel.tabs.setCurrentIndex(CasePanel.TIMELINE)
    panel.timeline.select_event(event)
    answer_reason("Posted by a bot account")
    panel.timeline.remove_button.click()
    settle(qtbot)
    assert svc.list_events(case_id) == []
    assert plain(main_window.actions_.undo.text()) == "Undo Remove event “Video posted”"

    press(qtbot, main_window, panel.timeline.table, "Ctrl+Z")
    assert [e.id for e in svc.list_events(case_id)] == [event]
    assert panel.timeline.model.rowCount() == 1
    assert log_of(svc, case_id)[-2:] == ["event_remove", "event_restore"]

    press(qtbot, main_window, panel.timeline.table, "Ctrl+Shift+Z")
    [removed] = svc.list_events(case_id, removed=True)
    assert removed.removed and removed.removed_reason == "Posted by a bot account"
    assert log_of(svc, case_id)[-3:] == ["event_remove", "event_restore", "event_remove"]
    panel.tabs.setCurrentIndex(CasePanel.CUSTODY)
    settle(qtbot)
    assert shown_log(main_window) == log_of(svc, case_id)
    assert panel.tabs.tabText(CasePanel.CUSTODY) == f"Custody log ({len(log_of(svc, case_id))})"


def test_place_add_undone_then_redone_is_the_same_place(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Place case").id
    open_case(qtbot, main_window, case_id)
    places = main_window.panel.overview.places

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.name.setText("Anefis")
        dialog.known.setCurrentIndex(1)
        dialog.accept()

    when_shown(PlaceDialog, fill)
    places.add_button.click()
    settle(qtbot)
    [place] = svc.list_places(case_id)
    assert plain(main_window.actions_.undo.text()) == "Undo Add place “Anefis”"

    main_window.actions_.undo.trigger()
    settle(qtbot)
    assert svc.list_places(case_id) == []
    [hidden] = svc.list_places(case_id, removed=True)
    assert (hidden.id, hidden.removed_reason) == (place.id, "Undone")  # kept, not deleted
    assert places.rows == []

    main_window.actions_.redo.trigger()
    settle(qtbot)
    assert [p.id for p in svc.list_places(case_id)] == [place.id]  # restored, not added twice
    assert [r.id for r in places.rows] == [place.id]
    assert log_of(svc, case_id)[-3:] == ["place_add", "place_remove", "place_restore"]
    assert shown_log(main_window) == log_of(svc, case_id)


def test_checklist_change_undone(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Checks case").id
    open_case(qtbot, main_window, case_id)
    model = main_window.panel.checklist.view.model
    assert model.setData(model.index(0, model.STATE), "passed")
    settle(qtbot)
    assert svc.checklist(case_id)[0].state == "passed"
    main_window.actions_.undo.trigger()
    settle(qtbot)
    assert svc.checklist(case_id)[0].state == "pending"
    assert model.index(0, model.STATE).data(Qt.ItemDataRole.EditRole) == "pending"
    assert log_of(svc, case_id)[-2:] == ["checklist_change", "checklist_change"]
