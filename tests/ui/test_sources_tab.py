"""The Sources tab on a real workspace: remove with a reason (and what to do when the source is still
cited), restore, merge, undo and redo through the undo stack, and reloads only for relevant changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont

from casedesk.core.service import CaseService
from casedesk.ui.i18n import strip_isolates
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import ReasonDialog
from casedesk.ui.source_dialogs import AddSourceDialog, MergeSourcesDialog, SourceInUseDialog
from casedesk.ui.sources import SourcesModel, SourcesTab


def answer(monkeypatch: pytest.MonkeyPatch, cls: Any, act: Callable[[Any], None]) -> list[Any]:
    """Let the dialog really run (its own event loop), and act on it as a user would once it is up."""
    real = cls.exec
    seen: list[Any] = []

    def run(self: Any) -> int:
        seen.append(self)
        QTimer.singleShot(0, lambda: act(self))
        return int(real(self))

    monkeypatch.setattr(cls, "exec", run)
    return seen


def give_reason(monkeypatch: pytest.MonkeyPatch, reason: str) -> list[Any]:
    def act(dialog: ReasonDialog) -> None:
        dialog.reason.setText(reason)
        dialog.accept()

    return answer(monkeypatch, ReasonDialog, act)


@pytest.fixture
def case_id(svc: CaseService) -> str:
    case: str = svc.create_case("Convoy near Tessalit").id
    svc.add_source(case, "Sahel Watch", handle="@sahelwatch", platform="X", reliability="B")
    svc.add_source(case, "Anonymous Telegram", platform="Telegram", reliability="E")
    return case


@pytest.fixture
def ops(svc: CaseService) -> CaseOps:
    return CaseOps(svc)


@pytest.fixture
def tab(qtbot, svc: CaseService, ops: CaseOps, case_id: str) -> SourcesTab:  # type: ignore[no-untyped-def]
    widget = SourcesTab(svc, ops)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.show_case(case_id)
    return widget


def settle(qtbot, tab: SourcesTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.loader.loading, timeout=5000)


def names(tab: SourcesTab) -> list[str]:
    return [s.name for s in tab.model.rows]


def select(tab: SourcesTab, name: str) -> str:
    source_id: str = next(s.id for s in tab.model.rows if s.name == name)
    tab.select_source(source_id)
    assert tab.current_source_id() == source_id
    return source_id


def log(svc: CaseService, case_id: str) -> list[str]:
    return [e.action for e in svc.custody_log(case_id)]


def test_remove_asks_a_reason_then_show_removed_strikes_it_through_and_restores(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, svc: CaseService, case_id: str, tab: SourcesTab
) -> None:
    source_id = select(tab, "Anonymous Telegram")
    asked = give_reason(monkeypatch, "Duplicate of Sahel Watch")
    tab.remove_button.click()
    settle(qtbot, tab)
    assert asked and asked[0].windowTitle() == "Remove source"
    assert names(tab) == ["Sahel Watch"]
    entry = svc.custody_log(case_id)[-1]
    assert (entry.action, entry.details["reason"]) == ("source_remove", "Duplicate of Sahel Watch")
    assert not tab.restore_button.isVisible()

    tab.show_removed.setChecked(True)
    settle(qtbot, tab)
    assert names(tab) == ["Sahel Watch", "Anonymous Telegram"]
    row = tab.model.row_of(source_id)
    index = tab.model.index(row, SourcesModel.NAME)
    font = tab.model.data(index, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert (
        strip_isolates(tab.model.data(index, Qt.ItemDataRole.ToolTipRole))
        == "Removed: Duplicate of Sahel Watch"
    )
    active = tab.model.index(tab.model.row_of(tab.model.rows[0].id), SourcesModel.NAME)
    assert tab.model.data(active, Qt.ItemDataRole.FontRole) is None

    tab.select_source(source_id)
    assert tab.restore_button.isVisible() and tab.restore_button.isEnabled()
    assert not tab.remove_button.isEnabled() and not tab.name.isEnabled()
    assert "Duplicate of Sahel Watch" in tab.removed_note.text()
    tab.restore_button.click()
    settle(qtbot, tab)
    assert log(svc, case_id)[-1] == "source_restore"
    assert tab.current_source_id() == source_id
    assert tab.model.data(tab.model.index(tab.model.row_of(source_id), 0), Qt.ItemDataRole.FontRole) is None
    assert [s.name for s in svc.list_sources(case_id)] == ["Sahel Watch", "Anonymous Telegram"]


def test_a_reason_is_required(qtbot, monkeypatch, svc, case_id, tab) -> None:  # type: ignore[no-untyped-def]
    select(tab, "Sahel Watch")
    states: list[bool] = []

    def act(dialog: ReasonDialog) -> None:
        ok = dialog.buttons.buttons()[0]
        states.append(ok.isEnabled())
        dialog.reason.setText("   ")
        states.append(ok.isEnabled())
        dialog.reject()

    answer(monkeypatch, ReasonDialog, act)
    before = log(svc, case_id)
    tab.remove_button.click()
    assert states == [False, False]
    assert log(svc, case_id) == before
    assert len(svc.list_sources(case_id)) == 2


@pytest.fixture
def cited(svc: CaseService, case_id: str, images) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Anonymous Telegram is cited by one claim and one evidence item."""
    source_id = next(s.id for s in svc.list_sources(case_id) if s.name == "Anonymous Telegram")
    claim_id = svc.add_claim(case_id, "Two trucks were struck on 14 March.").id
    svc.link_claim_source(claim_id, source_id)
    [result] = svc.add_files(case_id, images("cited", 1))
    assert result.evidence_id is not None
    svc.update_evidence(result.evidence_id, source_id=source_id)
    return {"source": source_id, "claim": claim_id, "evidence": result.evidence_id}


def test_removing_a_cited_source_can_be_cancelled(qtbot, monkeypatch, svc, case_id, cited, tab) -> None:  # type: ignore[no-untyped-def]
    select(tab, "Anonymous Telegram")
    assert "Claims #1" in tab.usage.text() and "cited-0.png" in tab.usage.text()
    give_reason(monkeypatch, "Not a real account")
    shown = answer(monkeypatch, SourceInUseDialog, lambda box: box.cancel_button.click())
    before = log(svc, case_id)
    tab.remove_button.click()
    settle(qtbot, tab)
    assert (
        strip_isolates(shown[0].text())
        == "“Anonymous Telegram” is still cited by 1 claim and 1 evidence item."
    )
    assert log(svc, case_id) == before  # nothing written
    assert ops_undo_count(tab) == 0
    assert names(tab) == ["Sahel Watch", "Anonymous Telegram"]
    assert svc.list_claims(case_id)[0].source_ids == [cited["source"]]
    assert svc.evidence_view(cited["evidence"]).source_id == cited["source"]


def ops_undo_count(tab: SourcesTab) -> int:
    return int(tab.ops.undo_stack.count())


def test_unlink_and_remove_then_undo_puts_the_links_back(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    svc: CaseService,
    case_id: str,
    cited: dict[str, str],
    tab: SourcesTab,
) -> None:
    select(tab, "Anonymous Telegram")
    give_reason(monkeypatch, "Not a real account")
    answer(monkeypatch, SourceInUseDialog, lambda box: box.unlink_button.click())
    before = len(svc.custody_log(case_id))
    tab.remove_button.click()
    settle(qtbot, tab)
    assert names(tab) == ["Sahel Watch"]
    assert svc.list_claims(case_id)[0].source_ids == []
    assert svc.evidence_view(cited["evidence"]).source_id is None
    removed = log(svc, case_id)[before:]
    assert removed == ["claim_unlink", "evidence_edit", "source_remove"]

    stack = tab.ops.undo_stack
    assert strip_isolates(stack.undoText()) == "Remove source “Anonymous Telegram”"
    stack.undo()
    settle(qtbot, tab)
    assert names(tab) == ["Sahel Watch", "Anonymous Telegram"]
    assert svc.list_claims(case_id)[0].source_ids == [cited["source"]]
    assert svc.evidence_view(cited["evidence"]).source_id == cited["source"]
    undone = log(svc, case_id)[before + 3 :]
    assert undone == ["source_restore", "claim_link", "evidence_edit"]
    select(tab, "Anonymous Telegram")
    assert "Claims #1" in tab.usage.text()

    stack.redo()  # no question the second time: the user chose to unlink
    settle(qtbot, tab)
    assert names(tab) == ["Sahel Watch"]
    assert svc.list_claims(case_id)[0].source_ids == []
    assert log(svc, case_id)[before + 6 :] == ["claim_unlink", "evidence_edit", "source_remove"]


def test_merge_moves_the_links_in_one_entry_and_undo_unmerges(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    svc: CaseService,
    case_id: str,
    cited: dict[str, str],
    tab: SourcesTab,
) -> None:
    keep_id = select(tab, "Sahel Watch")

    def act(dialog: MergeSourcesDialog) -> None:
        assert dialog.other.count() == 1  # only the other active source of the case
        assert "(1 claim and 1 evidence item)" in strip_isolates(dialog.outcome.text())
        dialog.accept()

    answer(monkeypatch, MergeSourcesDialog, act)
    before = len(svc.custody_log(case_id))
    tab.merge_button.click()
    settle(qtbot, tab)
    entries = svc.custody_log(case_id)[before:]
    assert [e.action for e in entries] == ["source_merge"]
    assert entries[0].details["kept"] == {"id": keep_id, "name": "Sahel Watch"}
    assert entries[0].details["merged"] == {"id": cited["source"], "name": "Anonymous Telegram"}
    assert names(tab) == ["Sahel Watch"]
    assert tab.current_source_id() == keep_id
    assert svc.list_claims(case_id)[0].source_ids == [keep_id]
    assert svc.evidence_view(cited["evidence"]).source_id == keep_id
    assert "Claims #1" in tab.usage.text() and "cited-0.png" in tab.usage.text()

    tab.ops.undo_stack.undo()
    settle(qtbot, tab)
    assert log(svc, case_id)[before:] == ["source_merge", "source_unmerge"]
    assert names(tab) == ["Sahel Watch", "Anonymous Telegram"]
    assert svc.list_claims(case_id)[0].source_ids == [cited["source"]]
    assert svc.evidence_view(cited["evidence"]).source_id == cited["source"]

    tab.ops.undo_stack.redo()
    settle(qtbot, tab)
    assert log(svc, case_id)[before:] == ["source_merge", "source_unmerge", "source_merge"]
    assert names(tab) == ["Sahel Watch"]


def test_add_and_edit_undo_and_redo_each_append_an_entry(qtbot, monkeypatch, svc, case_id, tab) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: AddSourceDialog) -> None:
        dialog.name.setText("Mali Monitor")
        dialog.handle.setText("@malimonitor")
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("C"))
        dialog.accept()

    answer(monkeypatch, AddSourceDialog, fill)
    tab.add_button.click()
    settle(qtbot, tab)
    assert names(tab)[-1] == "Mali Monitor"
    new_id = tab.current_source_id()
    assert new_id == svc.list_sources(case_id)[-1].id
    assert tab.reliability.value() == "C"

    tab.name.setText("Mali Monitor (archive)")
    tab.name.editingFinished.emit()
    settle(qtbot, tab)
    assert names(tab)[-1] == "Mali Monitor (archive)"
    lengths = [len(svc.custody_log(case_id))]
    stack = tab.ops.undo_stack
    for step, expected in (
        (stack.undo, "Mali Monitor"),  # the edit
        (stack.undo, None),  # the add
        (stack.redo, "Mali Monitor"),
        (stack.redo, "Mali Monitor (archive)"),
    ):
        step()
        settle(qtbot, tab)
        lengths.append(len(svc.custody_log(case_id)))
        stored = [s.name for s in svc.list_sources(case_id) if s.id == new_id]
        shown = [s.name for s in tab.model.rows if s.id == new_id]
        assert stored == shown == ([expected] if expected else [])
    assert lengths == sorted(set(lengths))  # every step appended; the log never shrinks
    assert log(svc, case_id)[-4:] == ["source_edit", "source_remove", "source_restore", "source_edit"]
    assert tab.current_source_id() == new_id and tab.name.text() == "Mali Monitor (archive)"


def test_refused_edit_puts_the_stored_value_back(qtbot, svc, case_id, tab) -> None:  # type: ignore[no-untyped-def]
    from .conftest import message_boxes

    select(tab, "Sahel Watch")
    before = log(svc, case_id)
    tab.name.setText("   ")
    tab.name.editingFinished.emit()
    assert tab.name.text() == "Sahel Watch"
    assert log(svc, case_id) == before
    boxes = message_boxes()
    assert boxes and "needs a name" in boxes[0].text()
    for box in boxes:
        box.close()


def test_reloads_only_for_changes_that_touch_what_it_shows(qtbot, svc, case_id, tab) -> None:  # type: ignore[no-untyped-def]
    reads = tab.loader.reader.reads
    ops = tab.ops
    ops.run(None, "note", lambda: svc.add_note(case_id, "Called the stringer; no answer."))
    ops.run(None, "place", lambda: svc.add_place(case_id, "Tessalit"))
    other = svc.create_case("Another case").id
    ops.run(None, "other", lambda: svc.add_source(other, "Elsewhere"))
    qtbot.wait(50)
    assert tab.loader.reader.reads == reads  # notes, places and other cases are not this tab's

    ops.run(None, "claim", lambda: svc.add_claim(case_id, "A claim."))
    ops.run(None, "claim", lambda: svc.add_claim(case_id, "Another claim."))
    settle(qtbot, tab)
    assert tab.loader.reader.reads == reads + 1  # two changes in one turn: one read

    tab.hide()
    source_id = next(s.id for s in svc.list_sources(case_id) if s.name == "Sahel Watch")
    ops.run(None, "edit", lambda: svc.update_source(source_id, notes="Runs a Telegram channel too."))
    qtbot.wait(50)
    assert tab.loader.reader.reads == reads + 1  # hidden: nothing read yet
    tab.show()
    settle(qtbot, tab)
    assert tab.loader.reader.reads == reads + 2
    assert tab.model.rows[0].notes == "Runs a Telegram channel too."


def test_keeps_the_selection_and_scroll_position_across_a_reload(qtbot, svc, case_id, tab) -> None:  # type: ignore[no-untyped-def]
    for n in range(60):
        svc.add_source(case_id, f"Account {n:02d}")
    tab.loader.reload()
    settle(qtbot, tab)
    target = select(tab, "Account 45")
    bar = tab.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    tab.ops.run(None, "edit", lambda: svc.update_source(target, platform="Facebook"))
    settle(qtbot, tab)
    assert tab.current_source_id() == target
    assert bar.value() == scroll
    assert tab.platform.text() == "Facebook"


def test_a_search_hit_is_selected_once_the_data_arrives(qtbot, svc, case_id, ops) -> None:  # type: ignore[no-untyped-def]
    first = svc.add_source(case_id, "First").id
    wanted = svc.add_source(case_id, "Wanted").id
    widget = SourcesTab(svc, ops)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.show_case(case_id)
        widget.select_source(wanted)  # before anything has arrived
    assert widget.current_source_id() == wanted != first
    with qtbot.waitSignal(widget.loaded):
        widget.show_case(None)
    assert widget.model.rowCount() == 0 and not widget.add_button.isEnabled()
