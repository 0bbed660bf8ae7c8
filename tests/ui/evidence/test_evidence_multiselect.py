"""Actions on many selected items: one transaction, one custody entry per item, undo and redo through
the window's undo stack, and a grid that updates only the rows a change touched."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMenu

from casedesk.core.service import CaseService
from casedesk.ui.evidence import model as model_module
from casedesk.ui.evidence.dialogs import LinkClaimDialog, TagDialog
from casedesk.ui.i18n import strip_isolates

from .helpers import write_jpeg

SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def items(svc: CaseService, case_id: str, tmp_path: Path) -> list[str]:
    """Six real pictures in the case (ingested through the service, before the pane opens)."""
    files = [write_jpeg(tmp_path / f"p{i:02d}.jpg", (40 * i % 256, 90, 200 - 20 * i)) for i in range(6)]
    return [r.evidence_id for r in svc.add_files(case_id, files)]


@pytest.fixture
def writes(svc: CaseService, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts write transactions: every write of the service goes through ``db.write()``."""
    opened: list[int] = []
    real = svc.workspace.db.write

    @contextmanager
    def counted() -> Iterator[object]:
        opened.append(1)
        with real() as session:
            yield session

    monkeypatch.setattr(svc.workspace.db, "write", counted)
    return opened


@pytest.fixture
def opened(make_pane, case_id: str, items: list[str]):  # type: ignore[no-untyped-def]
    """The pane on the case, with a record of every model reset and every announced change."""
    pane = make_pane(case_id)
    pane.resets = []
    pane.announced = []
    pane.model.modelReset.connect(lambda: pane.resets.append(1))
    pane.proxy.modelReset.connect(lambda: pane.resets.append(1))
    pane.ops.changed.connect(pane.announced.append)
    return pane


def select(pane, ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    pane.selection.clearSelection()
    for evidence_id in ids:
        index = pane.proxy.mapFromSource(pane.model.index(pane.model.row_of(evidence_id), 0))
        pane.selection.select(index, SELECT)


def entries_since(svc: CaseService, case_id: str, before: int) -> list:  # type: ignore[type-arg]
    return svc.custody_log(case_id)[before:]


def one_write_one_entry_each(pane, svc, case_id, before, writes, action: str, ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The last write was one transaction, announced once, with one custody entry per item."""
    new = entries_since(svc, case_id, before)
    assert len(writes) == 1
    assert [e.action for e in new] == [action] * len(ids)
    assert sorted(e.object_id if action != "claim_link" else e.details["evidence_id"] for e in new) == sorted(
        ids
    )
    assert [c.entries for c in pane.announced[-1:]] == [tuple(e.hash for e in new)]


def test_ctrl_and_shift_click_and_ctrl_a_select_many_and_the_viewer_says_how_many(  # type: ignore[no-untyped-def]
    opened, items, qtbot
) -> None:
    pane, grid = opened, opened.grid
    cell = lambda row: grid.visualRect(pane.proxy.index(row, 0)).center()  # noqa: E731
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell(0))
    assert pane.viewer.view is not None and pane.viewer.view.id == items[0]
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, cell(2))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, cell(4))
    # Shift adds the run from the last Ctrl-clicked item; the first click's item stays selected.
    assert pane.selected_ids() == [items[0], items[2], items[3], items[4]]
    assert pane.viewer.view is None and pane.viewer.selected_count == 4
    assert pane.viewer.title.text() == "4 items selected"
    assert strip_isolates(pane.viewer.many_label.text()) == "p00.jpg, p02.jpg, p03.jpg and 1 more"
    assert pane.viewer.media.currentIndex() == pane.viewer.MEDIA_MANY
    assert "4 selected" in pane.count_label.text()
    assert all(a.isEnabled() for a in pane.actions_.on_selection)

    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_ids() == items
    assert pane.viewer.title.text() == "6 items selected"
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell(3))  # a plain click: one item
    assert pane.selected_ids() == [items[3]] and pane.viewer.view.id == items[3]


def test_context_menu_offers_the_actions_and_right_click_outside_the_selection_selects(  # type: ignore[no-untyped-def]
    opened, items
) -> None:
    pane = opened
    select(pane, items[:3])
    pos = pane.grid.visualRect(pane.proxy.index(1, 0)).center()
    menu = pane.actions_.context_menu(pane.grid, pos)
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Tag…", "Flag", "Link to claim…", "Analyse", "Move to trash…", "Select all"]
    assert pane.selected_ids() == items[:3]  # right-clicking inside the selection keeps it
    menu.close()
    outside = pane.grid.visualRect(pane.proxy.index(5, 0)).center()
    pane.actions_.context_menu(pane.grid, outside).close()
    assert pane.selected_ids() == [items[5]]
    pane.actions_.context_menu(pane.grid, QPoint(-5, -5)).close()  # off any item: selection kept
    assert pane.selected_ids() == [items[5]]


def test_tag_many_is_one_transaction_and_undo_redo_make_new_entries(  # type: ignore[no-untyped-def]
    opened, items, svc, case_id, writes
) -> None:
    pane = opened
    svc.update_evidence(items[1], tags=["trucks"])  # already has the tag being added
    svc.update_evidence(items[2], tags=["night", "blurry"])
    pane.refresh()
    pane.resets.clear()
    select(pane, items[:4])
    before = len(svc.custody_log(case_id))
    writes.clear()

    dialog = pane.actions_.tag_selected()
    assert isinstance(dialog, TagDialog) and dialog.windowTitle() == "Tag 4 items"
    dialog.add.setText("trucks, convoy")
    dialog.remove.setText("blurry")
    dialog.accept()

    one_write_one_entry_each(pane, svc, case_id, before, writes, "evidence_edit", items[:4])
    tags = {i: svc.evidence_view(i).tags for i in items[:4]}
    assert tags == {
        items[0]: ["trucks", "convoy"],
        items[1]: ["trucks", "convoy"],
        items[2]: ["night", "trucks", "convoy"],
        items[3]: ["trucks", "convoy"],
    }
    assert [pane.model.row_at(pane.model.row_of(i)).facts.tags for i in items[:4]] == [
        tuple(tags[i]) for i in items[:4]
    ]
    assert pane.ops.undo_stack.undoText() == "Tag 4 items"

    writes.clear()
    after_do = len(svc.custody_log(case_id))
    pane.ops.undo_stack.undo()
    undo_entries = entries_since(svc, case_id, after_do)
    # One call per distinct difference (both new tags; only "convoy"; both new and "blurry" lost).
    assert len(writes) == 3
    assert sorted(e.object_id for e in undo_entries) == sorted(items[:4])
    assert {i: svc.evidence_view(i).tags for i in items[:4]} == {
        items[0]: [],
        items[1]: ["trucks"],  # had it before: left alone
        items[2]: ["night", "blurry"],
        items[3]: [],
    }
    assert pane.model.tags() == ["blurry", "night", "trucks"]

    after_undo = len(svc.custody_log(case_id))
    pane.ops.undo_stack.redo()
    assert len(entries_since(svc, case_id, after_undo)) == 4
    assert svc.evidence_view(items[2]).tags == ["night", "trucks", "convoy"]
    assert pane.resets == []  # the grid was never reloaded
    assert pane.selected_ids() == items[:4]


def test_flag_many_and_undo_redo(opened, items, svc, case_id, writes) -> None:  # type: ignore[no-untyped-def]
    pane = opened
    svc.update_evidence(items[2], personal_data=True)  # one of them is flagged already
    pane.refresh()
    pane.resets.clear()
    select(pane, items[:3])
    before = len(svc.custody_log(case_id))
    writes.clear()

    pane.actions_.mark_personal.trigger()
    one_write_one_entry_each(pane, svc, case_id, before, writes, "evidence_edit", items[:2])
    assert [svc.evidence_view(i).personal_data for i in items[:3]] == [True, True, True]
    assert "Personal data" in pane.proxy.index(0, model_module.Column.FLAGS).data()
    assert pane.ops.undo_stack.undoText() == "Mark 3 items as personal data"

    writes.clear()
    pane.ops.undo_stack.undo()
    assert len(writes) == 1
    assert [svc.evidence_view(i).personal_data for i in items[:3]] == [False, False, True]
    assert pane.proxy.index(0, model_module.Column.FLAGS).data() == ""
    pane.ops.undo_stack.redo()
    assert [svc.evidence_view(i).personal_data for i in items[:3]] == [True, True, True]

    # Marking graphic from the grid: whoever flagged them has seen them, so they stay unblurred.
    pane.actions_.mark_graphic.trigger()
    assert [svc.evidence_view(i).graphic for i in items[:3]] == [True] * 3
    assert [pane.model.index(pane.model.row_of(i), 0).data(model_module.HiddenRole) for i in items[:3]] == [
        False
    ] * 3
    log = svc.custody_log(case_id)
    assert [e.action for e in log[-3:]] == ["evidence_edit"] * 3
    assert pane.resets == []


def test_link_many_to_a_claim_with_a_stance_and_undo(opened, items, svc, case_id, writes) -> None:  # type: ignore[no-untyped-def]
    pane = opened
    claim = svc.add_claim(case_id, "Trucks crossed at night").id
    svc.link_claim_evidence(claim, items[0], stance="contradicts")  # linked before, another stance
    select(pane, items[:3])
    before = len(svc.custody_log(case_id))
    writes.clear()

    dialog = pane.actions_.link_selected()
    assert isinstance(dialog, LinkClaimDialog)
    assert dialog.claim.itemData(0) == claim
    dialog.stance.setCurrentIndex(dialog.stance.findData("supports"))
    dialog.accept()

    one_write_one_entry_each(pane, svc, case_id, before, writes, "claim_link", items[:3])
    links = {link.evidence_id: link.stance for link in svc.list_claims(case_id)[0].evidence}
    assert links == dict.fromkeys(items[:3], "supports")

    after_do = len(svc.custody_log(case_id))
    pane.ops.undo_stack.undo()
    undone = entries_since(svc, case_id, after_do)
    # The item linked before gets its old stance back; the others are unlinked.
    assert sorted((e.action, e.details["evidence_id"]) for e in undone) == sorted(
        [("claim_link", items[0]), ("claim_unlink", items[1]), ("claim_unlink", items[2])]
    )
    links = {link.evidence_id: link.stance for link in svc.list_claims(case_id)[0].evidence}
    assert links == {items[0]: "contradicts"}
    pane.ops.undo_stack.redo()
    links = {link.evidence_id: link.stance for link in svc.list_claims(case_id)[0].evidence}
    assert links == dict.fromkeys(items[:3], "supports")
    assert pane.resets == []


def test_trash_many_with_one_reason_then_undo_puts_them_back_in_place(  # type: ignore[no-untyped-def]
    opened, items, svc, case_id, writes
) -> None:
    pane = opened
    select(pane, [items[1], items[2], items[4]])
    pane.selection.setCurrentIndex(pane.proxy.index(4, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    before = len(svc.custody_log(case_id))
    writes.clear()

    dialog = pane.actions_.trash_selected()
    assert dialog is not None and "Move 3 items to the trash?" in dialog.labelText()
    dialog.setTextValue("posted by a known fabricator")
    dialog.accept()

    one_write_one_entry_each(
        pane, svc, case_id, before, writes, "evidence_trash", [items[1], items[2], items[4]]
    )
    assert {e.details["reason"] for e in entries_since(svc, case_id, before)} == {
        "posted by a known fabricator"
    }
    assert [pane.model.row_at(r).id for r in range(pane.model.rowCount())] == [items[0], items[3], items[5]]
    assert pane.count_label.text() == "3 items"
    # The selection moved to a neighbour that is still there, and the viewer shows it.
    assert len(pane.selected_ids()) == 1 and pane.viewer.view.id == pane.selected_ids()[0]

    pane.ops.undo_stack.undo()
    restored = entries_since(svc, case_id, before + 3)
    assert [e.action for e in restored] == ["evidence_restore"] * 3
    assert [pane.model.row_at(r).id for r in range(pane.model.rowCount())] == items  # in their places
    assert svc.case_view(case_id).trash == []
    pane.ops.undo_stack.redo()
    assert pane.model.rowCount() == 3 and len(svc.case_view(case_id).trash) == 3
    assert pane.resets == []


def test_changed_rows_update_in_place_keeping_selection_and_scroll(  # type: ignore[no-untyped-def]
    make_pane, svc, case_id, tmp_path: Path
) -> None:
    files = [write_jpeg(tmp_path / f"s{i:02d}.jpg", (7 * i % 256, 120, 30)) for i in range(40)]
    ids = [r.evidence_id for r in svc.add_files(case_id, files)]
    pane = make_pane(case_id)
    pane.resize(900, 500)
    resets: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    changed_rows: list[tuple[int, int]] = []
    pane.model.dataChanged.connect(lambda a, b, _roles=(): changed_rows.append((a.row(), b.row())))
    bar = pane.grid.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    select(pane, ids[20:23])
    scrolled = bar.value()

    # A change made elsewhere (another tab, through the same ops) touches one item: only its row.
    pane.ops.run(None, "Describe", lambda: svc.update_evidence(ids[30], description="Seen from the bridge"))
    assert changed_rows == [(30, 30)]
    assert pane.model.index(30, model_module.Column.DESCRIPTION).data() == "Seen from the bridge"
    assert bar.value() == scrolled and pane.selected_ids() == ids[20:23]
    # New items arrive (an ingest elsewhere, announced): appended rows, nothing reloaded.
    extra = write_jpeg(tmp_path / "late.jpg", (250, 250, 10))
    handle = pane.add_paths([extra])
    assert handle is not None and handle.wait(30_000)
    assert pane.model.rowCount() == 41 and pane.model.row_at(40).original_name == "late.jpg"
    assert resets == []
    assert pane.current_id() == pane.model.row_at(40).id  # the new item is selected, as after any ingest


def test_many_ids_are_reread_on_the_read_pool(opened, items, svc, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = opened
    monkeypatch.setattr(model_module, "SYNC_REFRESH", 2)
    select(pane, items)
    pane.actions_.mark_graphic.trigger()
    assert pane.model.refreshing  # six ids: re-read off the GUI thread
    qtbot.waitUntil(lambda: not pane.model.refreshing, timeout=10_000)
    assert all(pane.model.row_at(r).graphic for r in range(pane.model.rowCount()))
    assert pane.resets == [] and pane.selected_ids() == items


def test_in_the_window_the_edit_menu_undoes_a_bulk_trash(main_window, svc, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Bulk trash in the window").id
    files = [write_jpeg(tmp_path / f"w{i}.jpg", (60 * i, 20, 90)) for i in range(3)]
    svc.add_files(case_id, files)
    main_window.open_case(case_id)
    pane = main_window.panel.evidence
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=5000)
    pane.grid.selectAll()
    dialog = pane.actions_.trash_selected()
    dialog.setTextValue("duplicates of the agency photos")
    dialog.accept()
    assert pane.model.rowCount() == 0 and len(svc.case_view(case_id).trash) == 3
    undo = main_window.actions_.undo
    assert undo.isEnabled() and undo.text().endswith("Move 3 items to the trash")
    undo.trigger()
    assert pane.model.rowCount() == 3 and svc.case_view(case_id).trash == []
    assert [e.action for e in svc.custody_log(case_id)[-6:]] == ["evidence_trash"] * 3 + [
        "evidence_restore"
    ] * 3
