"""Chronolocating the demo photo by hand: draw on it, find the times, save them in its checklist note."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt

from casedesk.chrono import latest_record
from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceView
from casedesk.geo import Place, sun_position
from casedesk.ui.chrono import ChronoDialog
from casedesk.ui.chrono.canvas import STEPS

PHOTO = "standin_photo_bbm.jpg"  # EXIF GPS 21.33 N, 0.95 E; taken 2025-03-14 10:42 +01:00


def demo_photo(svc: CaseService, case_id: str) -> EvidenceView:
    return next(e for e in svc.evidence_page(case_id, 0, 50) if e.original_name == PHOTO)


def open_dialog(qtbot, pane, item: EvidenceView) -> ChronoDialog:  # type: ignore[no-untyped-def]
    pane.select_evidence(item.id)
    viewer = pane.viewer
    qtbot.waitUntil(viewer.picture_ready, timeout=15000)
    assert viewer.chrono_button.isEnabled()
    qtbot.mouseClick(viewer.chrono_button, Qt.MouseButton.LeftButton)
    dialog = viewer.chrono_dialog
    assert isinstance(dialog, ChronoDialog)
    qtbot.waitUntil(dialog.ready, timeout=15000)
    return dialog


def click_on_picture(qtbot, dialog: ChronoDialog, step: str, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
    """Choose the step in the list, then click the picture point (x, y), as the investigator does."""
    dialog.steps.setCurrentRow(STEPS.index(step))
    at = dialog.canvas.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(dialog.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at.x(), at.y()))


def draw(qtbot, dialog: ChronoDialog, shadow_bearing: float) -> None:  # type: ignore[no-untyped-def]
    """North straight up the picture (the left edge), a truck's rear corner and its shadow."""
    click_on_picture(qtbot, dialog, "base", 700, 560)
    click_on_picture(qtbot, dialog, "top", 700, 420)
    length = 160.0
    tip_x = 700 + length * math.sin(math.radians(shadow_bearing))
    tip_y = 560 - length * math.cos(math.radians(shadow_bearing))
    click_on_picture(qtbot, dialog, "tip", tip_x, tip_y)
    click_on_picture(qtbot, dialog, "reference_from", 120, 640)
    click_on_picture(qtbot, dialog, "reference_to", 120, 360)
    dialog.north.click()


def test_the_demo_photo_is_chronolocated_and_the_result_kept(qtbot, pane, svc, case_id) -> None:  # type: ignore[no-untyped-def]
    item = demo_photo(svc, case_id)
    assert item.gps is not None and item.captured_at is not None
    dialog = open_dialog(qtbot, pane, item)
    dialog.resize(1180, 720)
    qtbot.waitExposed(dialog)
    dialog.canvas.fit()

    sun = sun_position(Place(item.gps.lat, item.gps.lon), item.captured_at)
    assert sun.shadow_bearing is not None
    draw(qtbot, dialog, sun.shadow_bearing)
    assert dialog.canvas.complete()
    assert "°" in dialog.readout.text()

    chosen = dialog.chosen_place()
    assert chosen is not None and chosen.from_gps  # the item's own position comes first
    assert dialog.first.date().toPython() == dialog.last.date().toPython() == date(2025, 3, 14)
    assert dialog.find_button.isEnabled()
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30000)
    found = dialog.found
    assert found is not None
    assert abs(found.measure.bearing - sun.shadow_bearing) < 1.0  # clicked to the pixel
    assert any(w.start <= item.captured_at <= w.end for w in found.windows)
    assert dialog.window_list.topLevelItemCount() == len(found.windows)
    first_row = dialog.window_list.topLevelItem(0)
    assert first_row is not None and "UTC+01:00" in first_row.text(2)

    before = svc.custody_log(case_id)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved and not dialog.save_button.isEnabled()

    (check,) = [c for c in svc.checklist(case_id, item.id) if c.key == "ev_chronolocation"]
    assert "Chronolocation by shadow" in check.note
    assert "time zone Africa/Algiers" in check.note
    assert "UTC (local 2025-03-14 " in check.note
    # The drawing is an annotation beside the original; the note names it and holds no JSON.
    (drawn,) = svc.list_annotations(item.id)
    assert drawn.kind == "shadow" and (drawn.width, drawn.height) == found.request.picture_size
    assert f"annotation {drawn.id}" in check.note and latest_record(check.note) is None
    assert drawn.body["evidence_sha256"] == item.sha256
    assert drawn.body["place"]["from_gps"] is True
    assert set(drawn.body["drawing"]) >= set(STEPS)
    assert abs(drawn.body["shadow_bearing"] - found.measure.bearing) < 0.01
    after = svc.custody_log(case_id)
    assert [e.action for e in after[len(before) :]] == ["annotation_add", "checklist_change"]
    assert after[-2].object_id == drawn.id and after[-2].details["evidence_id"] == item.id
    entry = after[-1]
    assert entry.object_id == check.id and entry.details["key"] == "ev_chronolocation"
    # The viewer's checklist tab shows the note too.
    qtbot.waitUntil(lambda: any("Chronolocation by shadow" in c.note for c in pane.viewer.checklist.items))
    dialog.close()

    # Opened again, the dialog shows the drawing that was saved, for editing.
    again = open_dialog(qtbot, pane, item)
    assert again.canvas.complete()
    drawn_again = again.canvas.drawing(again.bearing.value())
    assert drawn_again is not None
    assert abs(drawn_again.base.x - found.request.drawing.base.x) < 0.2
    click_on_picture(qtbot, again, "tip", 760, 600)  # the tip moved: the shadow points elsewhere
    again.tolerance.setValue(10.0)
    qtbot.mouseClick(again.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.found is not None, timeout=30000)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert again.saved
    (edited,) = svc.list_annotations(item.id)  # the same annotation, edited
    tip_x, tip_y = edited.body["drawing"]["tip"]
    assert edited.id == drawn.id and abs(tip_x - 760) < 2 and abs(tip_y - 600) < 2  # clicked to the pixel
    assert [e.action for e in svc.custody_log(case_id)[-2:]] == ["annotation_edit", "checklist_change"]

    # One undo puts back both the drawing and the note.
    pane.ops.undo_stack.undo()
    assert svc.annotation(drawn.id).body == drawn.body
    (check_now,) = [c for c in svc.checklist(case_id, item.id) if c.key == "ev_chronolocation"]
    assert check_now.note == check.note
    again.close()


def test_a_case_place_and_a_date_range_can_be_chosen(qtbot, pane, svc, case_id) -> None:  # type: ignore[no-untyped-def]
    item = next(e for e in svc.evidence_page(case_id, 0, 50) if e.original_name == "footage_still_2.jpg")
    assert item.gps is None and item.captured_at is None
    dialog = open_dialog(qtbot, pane, item)
    names = [dialog.place.itemData(i).name for i in range(dialog.place.count())]
    assert names == [p.name for p in svc.list_places(case_id)]  # the case's three places
    dialog.place.setCurrentIndex(1)  # Tessalit
    dialog.first.setDate(dialog.first.date().fromString("2025-03-10", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("2025-03-16", "yyyy-MM-dd"))
    draw(qtbot, dialog, 300.0)
    assert not dialog.save_button.isEnabled()
    dialog.find_times()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30000)
    assert dialog.found is not None
    assert {w.start.date() for w in dialog.found.windows} == {date(2025, 3, d) for d in range(10, 17)}
    # A changed input drops the results: they would not be the drawing's any more.
    dialog.tolerance.setValue(3.0)
    assert dialog.found is None and dialog.window_list.topLevelItemCount() == 0
    assert not dialog.save_button.isEnabled()
    dialog.close()
