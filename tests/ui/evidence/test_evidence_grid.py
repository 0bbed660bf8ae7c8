"""The Evidence pane's grid and list: ingest, the shared model, lazy thumbnails, filters and sorting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from casedesk.ui.evidence import loader as loader_module
from casedesk.ui.evidence import model as model_module
from casedesk.ui.evidence.model import Column, HiddenRole, ThumbStateRole
from casedesk.ui.evidence.proxy import EvidenceFilter

from .helpers import ingest, write_jpeg


def names(model, column: int = Column.NAME) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_ingest_fills_the_shared_model_and_summarises(pane, media, svc, case_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "not-there.jpg"
    results = ingest(pane, [media["red"], media["blue"], media["note"], media["red"], missing])

    assert [r.status for r in results] == ["added", "added", "added", "duplicate", "error"]
    assert pane.model.rowCount() == 3
    assert names(pane.model) == ["red.jpg", "blue.png", "note.wav"]
    # One model behind both views, one selection shared between them.
    assert pane.grid.model() is pane.proxy and pane.table.model() is pane.proxy
    assert pane.table.selectionModel() is pane.grid.selectionModel()
    assert pane.proxy.sourceModel() is pane.model
    # The summary counts what happened and gives the reason for each file not taken.
    summary = pane.last_summary
    assert (summary.added, summary.duplicates, summary.errors) == (3, 1, 1)
    assert any("not-there.jpg" in line and "not found" in line for line in summary.lines)
    assert isinstance(pane.last_message, QMessageBox)
    assert "3 added" in pane.last_message.text()
    assert "not-there.jpg" in pane.last_message.detailedText()
    # The first new item is selected and shown.
    assert pane.viewer.view is not None and pane.viewer.view.original_name == "red.jpg"
    assert len(svc.case_view(case_id).evidence) == 3


def test_thumbnails_load_lazily_off_the_ui_thread(pane, media, qtbot) -> None:  # type: ignore[no-untyped-def]
    ingest(pane, [media["red"], media["blue"]])
    model = pane.model
    index = model.index(0, Column.NAME)
    placeholder = model.placeholders.icon("still")

    # Asking for the decoration (what painting a row does) requests the thumbnail...
    first = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(first, QIcon)
    # ...and it arrives later, from a worker, replacing the placeholder.
    qtbot.waitUntil(lambda: index.data(ThumbStateRole) == "loaded", timeout=10_000)
    loaded = index.data(Qt.ItemDataRole.DecorationRole)
    assert loaded.cacheKey() != placeholder.cacheKey()
    mean = loaded.pixmap(96, 96).toImage().scaled(1, 1, mode=Qt.TransformationMode.SmoothTransformation)
    colour = mean.pixelColor(0, 0)
    assert colour.red() > colour.green() + 40 and colour.red() > colour.blue()  # the red picture's thumbnail


def test_thumbnails_are_requested_only_for_rows_asked_for(
    make_pane, svc, case_id, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    files = [write_jpeg(tmp_path / f"p{i}.jpg", (i * 20, 90, 200 - i * 20)) for i in range(8)]
    svc.add_files(case_id, files)
    pane = make_pane(None)
    pane.hide()  # nothing painted: nothing should be loaded
    pane.show_case(case_id)
    model = pane.model
    assert model.rowCount() == 8
    assert all(model.index(r, 0).data(ThumbStateRole) == "unknown" for r in range(8))
    model.index(5, 0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.index(5, 0).data(ThumbStateRole) == "loaded", timeout=10_000)
    assert [model.index(r, 0).data(ThumbStateRole) for r in range(8) if r != 5] == ["unknown"] * 7


def test_filters_by_kind_flag_tag_text_and_checklist(pane, media, svc, case_id, qtbot) -> None:  # type: ignore[no-untyped-def]
    ingest(pane, [media["red"], media["blue"], media["note"], media["clip"]])
    ids = {pane.model.row_at(r).original_name: pane.model.row_at(r).id for r in range(pane.model.rowCount())}
    svc.update_evidence(ids["blue.png"], personal_data=True, tags=["plates"])
    svc.update_evidence(ids["red.jpg"], description="Smoke over the trucks")
    item = next(i for i in svc.checklist(case_id, ids["clip.mp4"]) if i.key == "ev_geolocation")
    svc.set_check(item.id, "failed", "no landmarks")
    pane.refresh()

    bar = pane.filters
    bar.set_combo(bar.kind, "video")
    assert names(pane.proxy) == ["clip.mp4"]
    bar.set_combo(bar.kind, "still")
    assert names(pane.proxy) == ["red.jpg", "blue.png"]
    assert pane.count_label.text() == "2 of 4 items match the filters"
    bar.set_combo(bar.kind, None)
    bar.set_combo(bar.flag, "personal")
    assert names(pane.proxy) == ["blue.png"]
    bar.set_combo(bar.flag, None)
    bar.set_combo(bar.tag, "plates")
    assert names(pane.proxy) == ["blue.png"]
    bar.set_combo(bar.tag, None)
    bar.text.setText("smoke")
    assert names(pane.proxy) == ["red.jpg"]
    bar.text.clear()
    assert pane.proxy.rowCount() == 4

    # The checklist filter reads every item's checklist once, in the background.
    bar.set_combo(bar.check, "failed")
    qtbot.waitUntil(lambda: pane.proxy.criteria.check == "failed", timeout=10_000)
    assert names(pane.proxy) == ["clip.mp4"]
    # Showing an item the filters hide clears the filters rather than showing nothing.
    pane.select_evidence(ids["red.jpg"])
    assert pane.proxy.criteria == EvidenceFilter()
    assert pane.viewer.view.id == ids["red.jpg"]
    # A check failed in the viewer's checklist tab counts at once, without re-reading every checklist.
    pane.viewer.checklist.set_state("ev_metadata", "failed")
    bar.set_combo(bar.check, "failed")
    assert names(pane.proxy) == ["red.jpg", "clip.mp4"]


def test_graphic_flag_filter_and_decode_problem_filter(pane, media, svc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(media["red"].read_bytes()[:300])  # truncated JPEG: kept, flagged
    results = ingest(pane, [media["green"], broken])
    assert [r.status for r in results] == ["added", "flagged"]
    assert pane.last_summary.flagged == 1
    svc.update_evidence(results[0].evidence_id, graphic=True)
    pane.refresh()
    pane.filters.set_combo(pane.filters.flag, "graphic")
    assert names(pane.proxy) == ["green.jpg"]
    pane.filters.set_combo(pane.filters.flag, "decode")
    assert names(pane.proxy) == ["broken.jpg"]
    assert "decoded" in pane.proxy.index(0, Column.FLAGS).data().lower()


def test_sort_by_capture_time_and_added(pane, media) -> None:  # type: ignore[no-untyped-def]
    ingest(pane, [media["red"], media["blue"], media["green"]])
    bar = pane.filters
    bar.sort.setCurrentIndex(2)  # captured, oldest first; unknown capture time last
    assert names(pane.proxy) == ["green.jpg", "red.jpg", "blue.png"]
    assert pane.table.horizontalHeader().sortIndicatorSection() == Column.CAPTURED
    bar.sort.setCurrentIndex(3)  # captured, newest first; unknown still last
    assert names(pane.proxy) == ["red.jpg", "green.jpg", "blue.png"]
    bar.sort.setCurrentIndex(1)  # added, newest first
    assert names(pane.proxy) == ["green.jpg", "blue.png", "red.jpg"]
    bar.sort.setCurrentIndex(0)
    assert names(pane.proxy) == ["red.jpg", "blue.png", "green.jpg"]
    # Clicking a header in the list sorts the same model.
    pane.set_view_mode(pane.VIEW_LIST)
    pane.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(pane.proxy) == ["red.jpg", "green.jpg", "blue.png"]


def test_big_case_streams_in_pages_and_keeps_a_pending_selection(  # type: ignore[no-untyped-def]
    make_pane, svc, case_id, tmp_path: Path, qtbot, monkeypatch
) -> None:
    files = [write_jpeg(tmp_path / f"item{i:02d}.jpg", (i * 10, 100, 120)) for i in range(11)]
    results = svc.add_files(case_id, files)
    monkeypatch.setattr(model_module, "FIRST_PAGE", 3)
    monkeypatch.setattr(loader_module, "ROWS_CHUNK", 4)
    monkeypatch.setattr(loader_module, "FACTS_PAGE", 4)
    pane = make_pane(None)
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        pane.show_case(case_id)
        assert pane.model.rowCount() == 3 and pane.model.loading
        pane.select_evidence(results[-1].evidence_id)  # not read yet: selected when it arrives
    assert pane.model.rowCount() == 11 and not pane.model.loading
    assert names(pane.model) == [f"item{i:02d}.jpg" for i in range(11)]
    assert pane.current_id() == results[-1].evidence_id
    assert pane.count_label.text() == "11 items"


def test_no_case_and_empty_case_say_what_to_do(make_pane, case_id) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(None)
    assert pane.left.currentWidget() is pane.empty
    assert "Open or create a case" in pane.empty.text()
    assert not pane.add_button.isEnabled()
    pane.show_case(case_id)
    assert pane.left.currentWidget() is pane.empty
    assert "No evidence yet" in pane.empty.text()
    assert pane.add_button.isEnabled()


def test_graphic_items_are_hidden_in_the_grid_until_revealed(pane, media, svc, qtbot) -> None:  # type: ignore[no-untyped-def]
    results = ingest(pane, [media["red"], media["blue"]])
    svc.update_evidence(results[0].evidence_id, graphic=True)
    pane.refresh()
    red, blue = pane.model.index(0, 0), pane.model.index(1, 0)
    assert red.data(HiddenRole) is True and blue.data(HiddenRole) is False
    red.data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: red.data(ThumbStateRole) == "loaded", timeout=10_000)
    hidden_icon = red.data(Qt.ItemDataRole.DecorationRole)
    pane.reveal(results[0].evidence_id)
    assert red.data(HiddenRole) is False
    red.data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: red.data(ThumbStateRole) == "loaded", timeout=10_000)
    assert red.data(Qt.ItemDataRole.DecorationRole).cacheKey() != hidden_icon.cacheKey()


def test_blur_preference_off_shows_graphic_items(make_pane, prefs, media, svc, case_id) -> None:  # type: ignore[no-untyped-def]
    (result,) = svc.add_files(case_id, [media["red"]])
    svc.update_evidence(result.evidence_id, graphic=True)
    prefs.blur_graphic = False
    pane = make_pane(case_id, prefs)
    assert pane.model.index(0, 0).data(HiddenRole) is False
    pane.set_blur_graphic(True)
    assert pane.model.index(0, 0).data(HiddenRole) is True
