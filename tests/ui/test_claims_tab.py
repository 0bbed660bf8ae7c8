"""The Claims tab on a real workspace: add, edit, remove and restore claims, link and unlink evidence and
sources, all undoable; checklist progress per claim; reloads only for relevant changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont

from casedesk.core.service import CaseService
from casedesk.ui import claim_dialogs
from casedesk.ui.claim_dialogs import AddClaimDialog, LinkEvidenceDialog, LinkSourceDialog
from casedesk.ui.claims import ClaimsModel, ClaimsTab
from casedesk.ui.i18n import strip_isolates
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import ReasonDialog
from casedesk.ui.widgets import CommitComboBox


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


def pick(combo: CommitComboBox, value: object) -> None:
    """Choose an entry the way a user does (activated fires only for user choices)."""
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.fixture
def case(svc: CaseService, images) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Strike on the convoy").id
    results = svc.add_files(case_id, images("claims", 3))
    items = [str(r.evidence_id) for r in results]
    first = svc.add_claim(case_id, "Two trucks were struck on 14 March.").id
    second = svc.add_claim(case_id, "The convoy carried fuel.", status="supported", credibility=3).id
    svc.link_claim_evidence(first, items[0], stance="supports")
    source = svc.add_source(case_id, "Sahel Watch", reliability="B").id
    return {"id": case_id, "items": items, "first": first, "second": second, "source": source}


@pytest.fixture
def tab(qtbot, svc: CaseService, case: dict[str, Any]) -> ClaimsTab:  # type: ignore[no-untyped-def]
    widget = ClaimsTab(svc, CaseOps(svc))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.show_case(case["id"])
    return widget


def settle(qtbot, tab: ClaimsTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.loader.loading, timeout=5000)


def log(svc: CaseService, case_id: str) -> list[str]:
    return [e.action for e in svc.custody_log(case_id)]


def cell(tab: ClaimsTab, claim_id: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return tab.model.data(tab.model.index(tab.model.row_of(claim_id), column), role)


def test_shows_each_claims_checklist_progress_from_one_grouped_read(qtbot, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    total = len(svc.checklist(case["id"], case["items"][0]))
    assert cell(tab, case["first"], ClaimsModel.CHECKS) == f"0/{total}"
    assert cell(tab, case["second"], ClaimsModel.CHECKS) == "–"  # nothing linked
    assert cell(tab, case["first"], ClaimsModel.NUMBER) == 1
    assert tab.current_claim_id() == case["first"]
    assert tab.detail.links.topLevelItemCount() == 1
    assert tab.detail.links.topLevelItem(0).text(0) == "claims-0.png"
    qtbot.waitUntil(lambda: tab.detail.checklist.model.rowCount() == total, timeout=5000)

    check = svc.checklist(case["id"], case["items"][0])[0]
    tab.ops.run(None, "check", lambda: svc.set_check(check.id, state="passed"))
    settle(qtbot, tab)
    assert cell(tab, case["first"], ClaimsModel.CHECKS) == f"1/{total}"
    assert tab.detail.links.topLevelItem(0).text(2).startswith(f"1 of {total} passed")


def test_add_then_edit_every_field_with_undo_and_redo(qtbot, monkeypatch, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: AddClaimDialog) -> None:
        dialog.text.setPlainText("The strike was filmed from the north ridge.")
        dialog.credibility.setCurrentIndex(dialog.credibility.findData(4))
        dialog.accept()

    answer(monkeypatch, AddClaimDialog, fill)
    tab.add_button.click()
    settle(qtbot, tab)
    new_id = tab.current_claim_id()
    assert new_id == svc.list_claims(case["id"])[-1].id
    assert cell(tab, new_id, ClaimsModel.NUMBER) == 3
    detail = tab.detail
    assert detail.credibility.value() == 4

    detail.text.setFocus()
    detail.text.setPlainText("The strike was filmed from the north-east ridge.")
    detail.text.commit()
    settle(qtbot, tab)
    pick(detail.status, "disputed")
    settle(qtbot, tab)
    pick(detail.credibility, 2)
    settle(qtbot, tab)
    detail.notes.setPlainText("Ridge matches the DEM; shadow length fits 10:00.")
    detail.notes.commit()
    settle(qtbot, tab)
    claim = next(c for c in svc.list_claims(case["id"]) if c.id == new_id)
    assert (claim.text, claim.status, claim.credibility) == (
        "The strike was filmed from the north-east ridge.",
        "disputed",
        2,
    )
    assert cell(tab, new_id, ClaimsModel.STATUS) == "Disputed"

    stack = tab.ops.undo_stack
    start = len(svc.custody_log(case["id"]))
    for _ in range(4):
        stack.undo()
        settle(qtbot, tab)
    claim = next(c for c in svc.list_claims(case["id"]) if c.id == new_id)
    assert (claim.text, claim.status, claim.credibility, claim.notes) == (
        "The strike was filmed from the north ridge.",
        "unverified",
        4,
        "",
    )
    assert tab.current_claim_id() == new_id
    assert (detail.status.value(), detail.credibility.value()) == ("unverified", 4)
    assert detail.text.toPlainText() == "The strike was filmed from the north ridge."
    stack.undo()  # the add
    settle(qtbot, tab)
    assert new_id not in [c.id for c in svc.list_claims(case["id"])]
    assert tab.model.row_of(new_id) < 0
    for _ in range(5):
        stack.redo()
        settle(qtbot, tab)
    claim = next(c for c in svc.list_claims(case["id"]) if c.id == new_id)
    assert claim.notes == "Ridge matches the DEM; shadow length fits 10:00." and claim.credibility == 2
    assert tab.current_claim_id() == new_id
    assert len(svc.custody_log(case["id"])) == start + 10  # five undone, five redone: all appended
    assert log(svc, case["id"])[start : start + 5] == [
        "claim_edit",
        "claim_status",
        "claim_status",
        "claim_edit",
        "claim_remove",
    ]


def test_remove_with_a_reason_show_removed_and_restore(qtbot, monkeypatch, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    tab.select_claim(case["first"])

    def act(dialog: ReasonDialog) -> None:
        dialog.reason.setText("Merged into the second claim")
        dialog.accept()

    answer(monkeypatch, ReasonDialog, act)
    tab.remove_button.click()
    settle(qtbot, tab)
    assert [c.id for c in tab.model.rows] == [case["second"]]
    assert cell(tab, case["second"], ClaimsModel.NUMBER) == 1
    entry = svc.custody_log(case["id"])[-1]
    assert (entry.action, entry.details["reason"]) == ("claim_remove", "Merged into the second claim")

    tab.show_removed.setChecked(True)
    settle(qtbot, tab)
    assert [c.id for c in tab.model.rows] == [case["first"], case["second"]]
    font = cell(tab, case["first"], ClaimsModel.TEXT, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert strip_isolates(cell(tab, case["first"], ClaimsModel.TEXT, Qt.ItemDataRole.ToolTipRole)) == (
        "Removed: Merged into the second claim"
    )
    assert cell(tab, case["first"], ClaimsModel.NUMBER) == "–"
    tab.select_claim(case["first"])
    assert tab.restore_button.isEnabled() and not tab.remove_button.isEnabled()
    assert not tab.detail.text.isEnabled() and not tab.detail.link_button.isEnabled()
    tab.restore_button.click()
    settle(qtbot, tab)
    assert log(svc, case["id"])[-1] == "claim_restore"
    assert cell(tab, case["first"], ClaimsModel.TEXT, Qt.ItemDataRole.FontRole) is None
    assert cell(tab, case["first"], ClaimsModel.NUMBER) == 1

    tab.ops.undo_stack.undo()  # the restore: removed again, for the same reason
    settle(qtbot, tab)
    entry = svc.custody_log(case["id"])[-1]
    assert (entry.action, entry.details["reason"]) == ("claim_remove", "Merged into the second claim")
    tab.ops.undo_stack.undo()  # the removal
    settle(qtbot, tab)
    assert log(svc, case["id"])[-1] == "claim_restore"
    assert not next(c for c in tab.model.rows if c.id == case["first"]).removed


def test_link_evidence_through_the_filtered_paged_list_then_undo_and_redo(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, svc: CaseService, case: dict[str, Any], tab: ClaimsTab
) -> None:
    monkeypatch.setattr(claim_dialogs, "PAGE", 1)  # one item per read: the list fills page by page
    tab.select_claim(case["first"])
    seen: list[tuple[int, bool]] = []

    def act(dialog: LinkEvidenceDialog) -> None:
        qtbot.waitUntil(lambda: dialog.done_loading, timeout=5000)
        seen.append((dialog.items.count(), dialog.buttons.buttons()[0].isEnabled()))
        dialog.filter.setText("CLAIMS-2")  # case ignored
        visible = [dialog.items.item(i) for i in range(dialog.items.count())]
        visible = [i for i in visible if not i.isHidden()]
        assert [i.text() for i in visible] == ["claims-2.png"]
        visible[0].setSelected(True)
        dialog.stance.setCurrentIndex(dialog.stance.findData("contradicts"))
        dialog.accept()

    answer(monkeypatch, LinkEvidenceDialog, act)
    tab.detail.link_button.click()
    settle(qtbot, tab)
    assert seen == [(2, False)]  # the already linked item is not offered; nothing chosen yet
    claim = svc.list_claims(case["id"])[0]
    assert {(x.evidence_id, x.stance) for x in claim.evidence} == {
        (case["items"][0], "supports"),
        (case["items"][2], "contradicts"),
    }
    assert tab.detail.links.topLevelItemCount() == 2

    tab.ops.undo_stack.undo()
    settle(qtbot, tab)
    assert [x.evidence_id for x in svc.list_claims(case["id"])[0].evidence] == [case["items"][0]]
    assert log(svc, case["id"])[-2:] == ["claim_link", "claim_unlink"]
    assert tab.detail.links.topLevelItemCount() == 1
    tab.ops.undo_stack.redo()
    settle(qtbot, tab)
    assert log(svc, case["id"])[-1] == "claim_link"
    assert tab.detail.links.topLevelItemCount() == 2


def test_stance_change_and_unlink_undo_to_the_previous_stance(qtbot, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    detail = tab.detail
    stance = detail.links.itemWidget(detail.links.topLevelItem(0), 1)
    pick(stance, "contradicts")
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].evidence[0].stance == "contradicts"

    detail.unlink_button.click()
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].evidence == []
    assert detail.links.topLevelItemCount() == 0 and not detail.unlink_button.isEnabled()

    stack = tab.ops.undo_stack
    stack.undo()  # the unlink: linked again with the stance it had
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].evidence[0].stance == "contradicts"
    assert detail.links.topLevelItemCount() == 1
    stack.undo()  # the stance change
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].evidence[0].stance == "supports"
    shown = detail.links.itemWidget(detail.links.topLevelItem(0), 1)
    assert isinstance(shown, CommitComboBox) and shown.value() == "supports"
    assert log(svc, case["id"])[-4:] == ["claim_link", "claim_unlink", "claim_link", "claim_link"]


def test_link_and_unlink_a_source_with_undo(qtbot, monkeypatch, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    removed = svc.add_source(case["id"], "Gone", reliability="F").id
    svc.remove_source(removed, "Test")
    tab.loader.reload()
    settle(qtbot, tab)
    offered: list[int] = []

    def act(dialog: LinkSourceDialog) -> None:
        offered.append(dialog.source.count())
        dialog.accept()

    answer(monkeypatch, LinkSourceDialog, act)
    detail = tab.detail
    assert not detail.unlink_source_button.isEnabled()
    detail.source_button.click()
    settle(qtbot, tab)
    assert offered == [1]  # removed sources are not offered
    assert svc.list_claims(case["id"])[0].source_ids == [case["source"]]
    assert strip_isolates(detail.sources.item(0).text()).startswith("Sahel Watch (B")
    detail.unlink_source_button.click()
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].source_ids == []
    tab.ops.undo_stack.undo()
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].source_ids == [case["source"]]
    tab.ops.undo_stack.undo()
    settle(qtbot, tab)
    assert svc.list_claims(case["id"])[0].source_ids == []
    assert log(svc, case["id"])[-4:] == ["claim_link", "claim_unlink", "claim_link", "claim_unlink"]


def test_reloads_only_for_claims_sources_evidence_and_checks(qtbot, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    reads = tab.loader.reader.reads
    ops, case_id = tab.ops, case["id"]
    ops.run(None, "note", lambda: svc.add_note(case_id, "Ask the stringer for the raw file."))
    ops.run(None, "place", lambda: svc.add_place(case_id, "Tessalit"))
    ops.run(None, "case", lambda: svc.update_case(case_id, summary="A convoy struck in March."))
    qtbot.wait(50)
    assert tab.loader.reader.reads == reads

    ops.run(None, "source", lambda: svc.update_source(case["source"], name="Sahel Watch (X)"))
    settle(qtbot, tab)
    ops.run(None, "evidence", lambda: svc.update_evidence(case["items"][0], description="Ridge view"))
    settle(qtbot, tab)
    assert tab.loader.reader.reads == reads + 2


def test_a_search_hit_is_selected_once_the_data_arrives(qtbot, svc, case) -> None:  # type: ignore[no-untyped-def]
    widget = ClaimsTab(svc, CaseOps(svc))
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.show_case(case["id"])
        widget.select_claim(case["second"])
    assert widget.current_claim_id() == case["second"]
    assert widget.detail.text.toPlainText() == "The convoy carried fuel."


def spy(monkeypatch: pytest.MonkeyPatch, svc: CaseService, *names: str) -> list[tuple[str, Any]]:
    """Record the service reads the tab makes (name, ids asked for)."""
    calls: list[tuple[str, Any]] = []
    for name in names:
        real = getattr(svc, name)

        def call(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls.append((_name, kwargs.get("ids", args[1] if len(args) > 1 else None)))
            return _real(*args, **kwargs)

        monkeypatch.setattr(svc, name, call)
    return calls


def test_an_edit_rereads_only_the_claims_it_changed(qtbot, monkeypatch, svc, case, tab) -> None:  # type: ignore[no-untyped-def]
    calls = spy(monkeypatch, svc, "list_claims", "claim_progress", "list_sources")
    tab.ops.run(None, "status", lambda: svc.update_claim(case["second"], status="disputed"))
    settle(qtbot, tab)
    assert calls == [
        ("list_claims", frozenset({case["second"]})),
        ("claim_progress", frozenset({case["second"]})),
    ]
    assert cell(tab, case["second"], ClaimsModel.STATUS) == "Disputed"
    assert cell(tab, case["first"], ClaimsModel.CHECKS).startswith("0/")  # the other row is kept

    # Removing a claim while removed ones are hidden drops its row and renumbers the others.
    calls.clear()
    tab.ops.run(None, "remove", lambda: svc.remove_claim(case["first"], "duplicate"))
    settle(qtbot, tab)
    assert [c.id for c in tab.model.rows] == [case["second"]]
    assert cell(tab, case["second"], ClaimsModel.NUMBER) == 1
    assert "list_sources" not in [name for name, _ in calls]

    # A claim that comes back is not among the rows shown: everything is read again.
    calls.clear()
    tab.ops.run(None, "restore", lambda: svc.restore_claim(case["first"]))
    settle(qtbot, tab)
    assert any(name == "list_sources" for name, _ in calls)
    assert [c.id for c in tab.model.rows] == [case["first"], case["second"]]

    # A link reaches evidence: the linked items' names must be read, so the whole tab is read.
    calls.clear()
    tab.ops.run(None, "link", lambda: svc.link_claim_evidence(case["second"], case["items"][1]))
    settle(qtbot, tab)
    assert ("list_claims", None) in calls
    tab.select_claim(case["second"])
    assert tab.detail.links.topLevelItem(0).text(0) == "claims-1.png"
