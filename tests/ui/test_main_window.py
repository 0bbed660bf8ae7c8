"""The real main window, driven offscreen: cases, drops, claims, checklists, search and the custody log."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from casedesk.core.views import ChecklistProgress
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.checklist import ChecklistModel
from casedesk.ui.widgets import CommitComboBox

from .conftest import message_boxes
from .driving import open_case, settle


def drop_files(window, paths: list[Path]) -> bool:  # type: ignore[no-untyped-def]
    """Simulate dragging files from a file manager onto the window; True if the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    with warnings.catch_warnings():  # Qt 6 marks this constructor deprecated but offers no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return True


def pick(combo: CommitComboBox, value: object) -> None:
    """Choose an entry the way a user does (activated fires only for user choices)."""
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_first_start_offers_the_demo(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.right.currentWidget() is main_window.empty
    assert main_window.empty.demo_button.isVisibleTo(main_window)
    assert not main_window.actions_.add_evidence.isEnabled()


def test_create_case_drop_files_and_watch_custody_log_grow(qtbot, main_window, svc, images) -> None:  # type: ignore[no-untyped-def]
    case_id = main_window.cases.create_case("Convoy near Tessalit")
    assert main_window.panel.case_id == case_id
    assert main_window.right.currentWidget() is main_window.panel
    assert [c.title for c in main_window.cases.model.cases] == ["Convoy near Tessalit"]
    qtbot.waitUntil(lambda: main_window.panel.custody.model.rowCount() == 1, timeout=5000)  # case_create

    files = images("loose", 2)
    nested = images("folder/inner", 2)
    assert drop_files(main_window, [*files, nested[0].parent.parent])  # a folder is taken recursively
    qtbot.waitUntil(lambda: len(svc.case_view(case_id).evidence) == 4, timeout=20000)
    qtbot.waitUntil(lambda: main_window.panel.custody.model.rowCount() == 5, timeout=5000)
    actions = [e.action for e in main_window.panel.custody.model.entries]
    assert actions == ["case_create"] + ["evidence_add"] * 4
    assert main_window.panel.tabs.currentIndex() == CasePanel.EVIDENCE
    qtbot.waitUntil(lambda: main_window.cases.model.cases[0].evidence_count == 4, timeout=5000)
    assert main_window.panel.tabs.tabText(CasePanel.EVIDENCE).endswith("(4)")


def test_drop_is_refused_without_an_open_case(main_window, images) -> None:  # type: ignore[no-untyped-def]
    assert not drop_files(main_window, images("x", 1))


def test_edit_claim_text_status_and_stance(qtbot, main_window, svc, images) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Claims case").id
    [result] = svc.add_files(case_id, images("c", 1))
    claim_id = svc.add_claim(case_id, "Two trucks were struck on 14 March.").id
    svc.link_claim_evidence(claim_id, result.evidence_id, stance="supports")
    main_window.panel.tabs.setCurrentIndex(CasePanel.CLAIMS)  # a hidden tab reads when next shown
    open_case(qtbot, main_window, case_id)
    claims = main_window.panel.claims
    assert claims.current_claim_id() == claim_id
    detail = claims.detail

    detail.text.setFocus()
    detail.text.setPlainText("Two trucks were struck on 14 March 2025.")
    detail.text.commit()
    assert svc.case_view(case_id).claims[0].text == "Two trucks were struck on 14 March 2025."

    pick(detail.status, "disputed")
    pick(detail.credibility, 4)
    claim = svc.case_view(case_id).claims[0]
    assert (claim.status, claim.credibility) == ("disputed", 4)
    qtbot.waitUntil(lambda: claims.model.data(claims.model.index(0, 2)) == "Disputed", timeout=3000)

    stance = detail.links.itemWidget(detail.links.topLevelItem(0), 1)
    pick(stance, "contradicts")
    assert svc.case_view(case_id).claims[0].evidence[0].stance == "contradicts"
    settle(qtbot)
    detail.links.setCurrentItem(detail.links.topLevelItem(0))
    detail.unlink_evidence()
    assert svc.case_view(case_id).claims[0].evidence == []
    qtbot.waitUntil(lambda: detail.links.topLevelItemCount() == 0, timeout=3000)
    actions = [e.action for e in svc.custody_log(case_id)]
    assert actions[-5:] == ["claim_edit", "claim_status", "claim_status", "claim_link", "claim_unlink"]


def test_checklist_state_and_note_with_progress_summary(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Checklist case").id
    open_case(qtbot, main_window, case_id)
    tab = main_window.panel.checklist
    view = tab.view
    model = view.model
    total = model.rowCount()
    assert total == len(svc.checklist(case_id)) > 0
    assert view.summary.text() == f"0 of {total} passed, {total} pending"

    # The always-visible combo in the State column commits on a pick, like a user's click.
    combo = view.table.indexWidget(model.index(0, ChecklistModel.STATE))
    assert isinstance(combo, CommitComboBox)
    pick(combo, "passed")
    assert model.setData(model.index(1, ChecklistModel.STATE), "failed")
    assert model.setData(model.index(1, ChecklistModel.NOTE), "No independent outlet reported it.")
    items = svc.checklist(case_id)
    assert [items[0].state, items[1].state] == ["passed", "failed"]
    assert items[1].note == "No independent outlet reported it."
    assert items[1].investigator == "Test Investigator"
    expected = ChecklistProgress.of(items).summary()
    assert view.summary.text() == expected == f"1 of {total} passed, 1 failed, {total - 2} pending"
    settle(qtbot)  # the re-read that follows each change agrees with what was shown at once
    assert view.summary.text() == expected
    assert model.index(1, ChecklistModel.NOTE).data() == "No independent outlet reported it."
    qtbot.waitUntil(
        lambda: main_window.panel.tabs.tabText(CasePanel.CHECKLIST).endswith(f"(1/{total})"), timeout=3000
    )
    assert [e.action for e in svc.custody_log(case_id)][-3:] == ["checklist_change"] * 3


def test_evidence_checklist_scope(qtbot, main_window, svc, images) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Scope case").id
    [result] = svc.add_files(case_id, images("s", 1))
    main_window.open_case(case_id)
    qtbot.waitUntil(lambda: main_window.panel.case_id == case_id, timeout=5000)
    tab = main_window.panel.checklist
    tab.show_evidence(result.evidence_id)  # asked before the case's items have arrived
    settle(qtbot)
    assert tab.scope.count() == 2 and tab.scope.currentData() == result.evidence_id
    assert tab.view.model.evidence_id == result.evidence_id
    assert [i.id for i in tab.view.model.items] == [i.id for i in svc.checklist(case_id, result.evidence_id)]


def test_search_opens_the_hit_in_place(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    other = svc.create_case("Unrelated case").id
    case_id = svc.create_case("Strike case").id
    svc.add_claim(case_id, "A first claim about the convoy.")
    claim_id = svc.add_claim(case_id, "التسريبات الصوتية تؤكد وجود قتلى و جرحى").id
    main_window.cases.reload()
    open_case(qtbot, main_window, other)
    assert main_window.panel.case_id == other

    main_window.actions_.find.trigger()
    assert main_window.search.box.hasFocus() or QApplication.focusWidget() is main_window.search.box
    main_window.search.box.setText("قتلى")  # typing; results follow after the debounce
    qtbot.waitUntil(lambda: main_window.search.results.count() == 1, timeout=3000)
    assert main_window.search.hits[0].object_id == claim_id
    main_window.search.results.itemActivated.emit(main_window.search.results.item(0))
    assert main_window.panel.case_id == case_id
    assert main_window.cases.current_case_id() == case_id
    assert main_window.panel.tabs.currentIndex() == CasePanel.CLAIMS
    qtbot.waitUntil(lambda: main_window.panel.claims.current_claim_id() == claim_id, timeout=5000)


def test_overview_edits_save_on_editing_finished(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Old title").id
    open_case(qtbot, main_window, case_id)
    overview = main_window.panel.overview
    overview.title.setText("New title")
    overview.title.editingFinished.emit()
    overview.incident.edit.setText("2025-03-14")
    overview.incident.edit.editingFinished.emit()
    overview.tags.setText("Mali, Algeria")
    overview.tags.editingFinished.emit()
    view = svc.case_view(case_id)
    assert view.title == "New title"
    assert view.incident_time is not None and view.incident_time.display == "14 Mar 2025"
    assert view.tags == ["Mali", "Algeria"]
    qtbot.waitUntil(lambda: main_window.cases.model.cases[0].title == "New title", timeout=3000)
    settle(qtbot)
    assert "14 Mar 2025" in overview.incident.reading.text()
    assert main_window.windowTitle() == "New title — CaseDesk"
    # Unparseable input is refused in plain words and the field goes back to the stored value.
    overview.incident.edit.setText("the fourteenth")
    overview.incident.edit.editingFinished.emit()
    assert svc.case_view(case_id).incident_time.display == "14 Mar 2025"
    assert overview.incident.edit.text() == "2025-03-14"
    boxes = message_boxes()
    assert boxes and "Not a date" in boxes[0].text()


def test_rename_and_close_case(qtbot, main_window, svc, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    case_id = main_window.cases.create_case("Draft")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Final title", True))
    main_window.cases.rename_case()
    main_window.cases.close_case()
    view = svc.case_view(case_id)
    assert (view.title, view.status) == ("Final title", "closed")
    settle(qtbot)
    assert main_window.panel.overview.status.value() == "closed"
    assert main_window.panel.overview.title.text() == "Final title"
    assert main_window.cases.model.cases[0].status == "closed"
    main_window.actions_.undo.trigger()  # closing, like any edit, can be undone
    settle(qtbot)
    assert svc.case_header(case_id).status == "open"
    assert main_window.cases.model.cases[0].status == "open"


def test_verify_reports_ok_then_names_the_damaged_file(qtbot, main_window, svc, images) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Verify case").id
    [result] = svc.add_files(case_id, images("v", 1))
    open_case(qtbot, main_window, case_id)
    custody = main_window.panel.custody
    handle = custody.verify()
    assert handle is not None and handle.wait(10000)
    assert custody.result.text().startswith("✔")
    assert main_window.statusBar().currentMessage().startswith("Verified")

    original = svc.original_path(result.evidence_id)
    original.chmod(0o600)
    original.write_bytes(b"tampered")
    handle = custody.verify()
    assert handle.wait(10000)
    assert custody.result.text().startswith("✘ 1 problem")
    assert result.evidence_id[:8] in custody.result.text()


def test_session_restores_last_case(qtbot, svc, prefs) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.main_window import MainWindow

    first = svc.create_case("First").id
    second = svc.create_case("Second").id
    window = MainWindow(svc, prefs)
    qtbot.addWidget(window)
    window.open_case(first)
    window.resize(window.width(), 555)  # the offscreen screen is ~800 px wide: vary the height
    window.splitter.setSizes([200, window.splitter.width() - 200])
    closed_sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(svc, prefs)
    qtbot.addWidget(again)
    assert again.panel.case_id == first != second
    assert again.height() == 555
    assert again.splitter.sizes() == closed_sizes
    again.close()


def test_preferences_change_the_investigator(main_window, svc, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from casedesk.core.preferences import Preferences
    from casedesk.ui.preferences_dialog import PreferencesDialog

    monkeypatch.delenv("CASEDESK_INVESTIGATOR")
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: (self.investigator.setText("Amina K."), 1)[1])
    main_window.edit_preferences()
    assert svc.investigator == "Amina K."
    assert Preferences.load().investigator == "Amina K."
    case_id = svc.create_case("After rename").id
    assert svc.custody_log(case_id)[0].investigator == "Amina K."


def test_demo_case_opens_from_help_menu(qtbot, main_window, svc) -> None:  # type: ignore[no-untyped-def]
    handle = main_window.open_demo()
    assert handle.wait(60000)
    assert handle.error is None
    [case] = svc.list_cases()
    qtbot.waitUntil(lambda: main_window.panel.case_id == case.id, timeout=5000)
    settle(qtbot)
    assert main_window.panel.claims.model.rowCount() == 7
    assert main_window.panel.timeline.model.rowCount() == len(svc.case_view(case.id).timeline)
    # The painted strip keeps events in time order, left to right.
    xs = main_window.panel.timeline.strip.positions()
    assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_unopenable_workspace_explains_and_lets_the_user_quit(qtbot, readonly_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from casedesk.core.preferences import Preferences
    from casedesk.ui.app import open_service

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert open_service(str(readonly_dir / "workspace"), None, Preferences()) is None
    assert len(shown) == 1 and "read-only" in shown[0].lower() and "Traceback" not in shown[0]


def test_a_mistyped_team_workspace_explains_itself(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from casedesk.core.preferences import Preferences
    from casedesk.ui.app import open_service

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert open_service("postgresql://ana@db.example/cases", None, Preferences()) is None
    assert len(shown) == 1 and "--store s3://" in shown[0]
