"""The viewer beside the grid: footage stills, edits saved to the custody log, graphic content, audio."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QImage, QKeyEvent
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication, QInputDialog, QTreeWidgetItemIterator

from casedesk.ui.evidence import intake as intake_module
from casedesk.ui.evidence.audio import RecordNoteDialog
from casedesk.ui.evidence.model import Column, HiddenRole
from casedesk.ui.i18n import strip_isolates

from .helpers import ingest, write_gps_jpeg, write_jpeg


def leave(widget) -> None:  # type: ignore[no-untyped-def]
    """Focus leaves the field, as when the user clicks elsewhere."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))


def tree_values(tree) -> dict[str, str]:  # type: ignore[no-untyped-def]
    values = {}
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        values[it.value().text(0)] = it.value().text(1)
        it += 1
    return values


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text (QTest.keyClicks only knows ASCII): one key event per character, as a keyboard sends."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def edge_strength(image: QImage) -> int:
    """Largest jump between neighbouring pixels along the middle row: sharp stripes vs a blur."""
    y = image.height() // 2
    row = [image.pixelColor(x, y) for x in range(image.width())]
    return max(abs(a.red() - b.red()) + abs(a.blue() - b.blue()) for a, b in pairwise(row))


def test_grab_still_from_footage_becomes_evidence_with_provenance(pane, media, svc, case_id, qtbot) -> None:  # type: ignore[no-untyped-def]
    (clip,) = ingest(pane, [media["clip"]])
    pane.select_evidence(clip.evidence_id)
    footage = pane.viewer.footage
    assert pane.viewer.media.currentWidget() is footage
    assert footage.fps == pytest.approx(10.0)

    footage.set_position_s(1.0)
    footage.step(1)  # one frame (1/10 s) forward
    assert footage.position_s() == pytest.approx(1.1)
    footage.step(-2)
    assert footage.position_s() == pytest.approx(0.9)
    log_before = len(svc.custody_log(case_id))
    with qtbot.waitSignal(pane.ops.changed, timeout=30_000):
        qtbot.mouseClick(footage.grab_button, Qt.MouseButton.LeftButton)

    assert pane.model.rowCount() == 2
    still = pane.viewer.view  # the new still is selected and shown
    assert still is not None and still.id != clip.evidence_id and still.kind == "still"
    assert still.parent is not None and still.parent.evidence_id == clip.evidence_id
    assert still.parent.offset_s == pytest.approx(0.9, abs=1e-3)  # the frame shown at 0.900 s
    stored = svc.evidence_view(still.id).parent
    assert (stored.evidence_id, stored.offset_s) == (clip.evidence_id, still.parent.offset_s)
    entry = svc.custody_log(case_id)[-1]
    assert len(svc.custody_log(case_id)) == log_before + 1
    assert entry.action == "still_extract" and entry.details["parent_id"] == clip.evidence_id
    # The metadata tab tells where the still came from.
    values = tree_values(pane.viewer.metadata.tree)
    assert values["Still taken from"] == "clip.mp4"
    assert values["At offset"].startswith(f"{still.parent.offset_s:.3f} s")
    assert values["Footage SHA-256"] == clip.sha256


def test_grab_still_reports_a_bad_offset_in_plain_words(pane, media, svc, case_id, qtbot) -> None:  # type: ignore[no-untyped-def]
    (clip,) = ingest(pane, [media["clip"]])
    handle = pane.grab_still(clip.evidence_id, 99.0)  # beyond the end of a 2 s clip
    assert handle.wait(30_000)
    assert handle.error is not None and "beyond the end" in str(handle.error)
    assert pane.model.rowCount() == 1
    assert len(svc.case_view(case_id).evidence) == 1


def test_description_is_saved_when_the_field_is_left(pane, media, svc, case_id, qtbot) -> None:  # type: ignore[no-untyped-def]
    (red,) = ingest(pane, [media["red"]])
    editor = pane.viewer.details
    before = len(svc.custody_log(case_id))
    arabic = "عاجل : مشاهد توثق دمار الشاحنات"
    type_text(editor.description, arabic)
    assert svc.evidence_view(red.evidence_id).description == ""  # nothing saved while typing
    with qtbot.waitSignal(pane.ops.changed):
        leave(editor.description)

    assert svc.evidence_view(red.evidence_id).description == arabic
    log = svc.custody_log(case_id)
    assert len(log) == before + 1
    assert log[-1].action == "evidence_edit" and log[-1].details["changes"]["description"]["to"] == arabic
    assert pane.model.index(0, Column.DESCRIPTION).data() == arabic
    leave(editor.description)  # leaving again without a change writes nothing
    assert len(svc.custody_log(case_id)) == before + 1


def test_tags_and_flags_are_saved(pane, media, svc, qtbot) -> None:  # type: ignore[no-untyped-def]
    (red,) = ingest(pane, [media["red"]])
    editor = pane.viewer.details
    qtbot.keyClicks(editor.tags, "plates, Mali,, plates")
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    assert svc.evidence_view(red.evidence_id).tags == ["plates", "Mali"]
    assert [pane.filters.tag.itemText(i) for i in range(pane.filters.tag.count())][1:] == ["Mali", "plates"]
    editor.personal.click()
    assert svc.evidence_view(red.evidence_id).personal_data is True
    # Whoever flags an item as graphic has just seen it: it stays revealed for them.
    editor.graphic.click()
    assert svc.evidence_view(red.evidence_id).graphic is True
    assert pane.model.index(0, 0).data(HiddenRole) is False
    assert "Graphic" in pane.viewer.subtitle.text()


def test_graphic_picture_is_blurred_in_the_viewer_until_clicked(pane, media, svc, qtbot) -> None:  # type: ignore[no-untyped-def]
    (red,) = ingest(pane, [media["red"]])
    svc.update_evidence(red.evidence_id, graphic=True)
    pane.show_case(pane.case_id)
    pane.select_evidence(red.evidence_id)
    viewer = pane.viewer
    qtbot.waitUntil(viewer.picture_ready, timeout=10_000)
    view = viewer.image_view
    original = QImage(str(svc.original_path(red.evidence_id)))
    assert view.hidden and viewer.reveal_button.isVisible()
    assert edge_strength(original) > 100
    assert edge_strength(view.shown_image()) < 40  # stripes gone: only colours remain

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)
    assert not view.hidden and not viewer.reveal_button.isVisible()
    assert edge_strength(view.shown_image()) > 100
    assert pane.model.index(0, 0).data(HiddenRole) is False


def test_picture_view_zooms_rotates_and_fits(pane, media, qtbot) -> None:  # type: ignore[no-untyped-def]
    ingest(pane, [media["red"]])
    qtbot.waitUntil(pane.viewer.picture_ready, timeout=10_000)
    view = pane.viewer.image_view
    assert view.has_image() and view.fitting
    fitted = view.current_scale()
    view.zoom_in()
    assert view.current_scale() == pytest.approx(fitted * 1.25) and not view.fitting
    view.rotate_by(90)
    assert view.rotation == 90 and view.transform().m12() != 0
    view.actual_size()
    assert view.current_scale() == pytest.approx(1.0) and view.rotation == 90
    view.rotate_by(-90)
    view.fit()
    assert view.fitting and view.current_scale() == pytest.approx(fitted)


def test_undecodable_file_shows_why_instead_of_a_picture(pane, media, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(media["red"].read_bytes()[:300])
    ingest(pane, [broken])
    qtbot.waitUntil(pane.viewer.picture_ready, timeout=10_000)
    assert not pane.viewer.image_view.has_image()
    assert "original is kept unchanged" in pane.viewer.image_view._note.text()


def test_record_audio_note_without_a_microphone_says_so(pane, svc, case_id, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if QMediaDevices.audioInputs():  # a machine with a microphone: pretend it is unplugged
        monkeypatch.setattr(intake_module, "microphone_available", lambda: False)
    qtbot.mouseClick(pane.record_button, Qt.MouseButton.LeftButton)
    box = pane.last_message
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "No microphone found"
    assert box.text().startswith("No microphone found.")
    assert pane.findChildren(RecordNoteDialog) == []
    assert svc.case_view(case_id).evidence == []
    box.close()


def test_audio_note_plays_from_the_store_and_its_transcript_is_saved(
    pane, media, svc, case_id, qtbot
) -> None:  # type: ignore[no-untyped-def]
    (note,) = ingest(pane, [media["note"]])
    audio = pane.viewer.audio
    assert pane.viewer.media.currentWidget() is audio
    assert audio.player.source().toLocalFile() == str(svc.original_path(note.evidence_id))
    assert audio.slider.maximum() == pytest.approx(1000, abs=50)
    qtbot.keyClicks(audio.transcript, "Plates partly legible in still 2")
    with qtbot.waitSignal(pane.ops.changed):
        leave(audio.transcript)
    assert svc.evidence_view(note.evidence_id).transcript == "Plates partly legible in still 2"
    assert svc.custody_log(case_id)[-1].action == "evidence_edit"


def test_trash_asks_first_and_logs_the_reason(pane, media, svc, case_id, qtbot) -> None:  # type: ignore[no-untyped-def]
    red, blue = ingest(pane, [media["red"], media["blue"]])
    pane.select_evidence(red.evidence_id)
    qtbot.mouseClick(pane.viewer.details.trash_button, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(QInputDialog, "trashDialog")
    assert dialog is not None and "red.jpg" in dialog.labelText()
    dialog.reject()  # changed their mind: nothing happens
    assert pane.model.rowCount() == 2 and svc.case_view(case_id).trash == []

    dialog = pane.trash_evidence(red.evidence_id)
    dialog.setTextValue("posted twice")
    with qtbot.waitSignal(pane.ops.changed):
        dialog.accept()
    assert pane.model.rowCount() == 1
    assert [v.id for v in svc.case_view(case_id).trash] == [red.evidence_id]
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "evidence_trash" and entry.details["reason"] == "posted twice"
    assert pane.viewer.view is not None and pane.viewer.view.id == blue.evidence_id


def test_per_item_checklist_is_saved(pane, media, svc, case_id) -> None:  # type: ignore[no-untyped-def]
    (red,) = ingest(pane, [media["red"]])
    panel = pane.viewer.checklist
    assert set(panel.states()) == {"ev_metadata", "ev_geolocation", "ev_chronolocation", "ev_reverse_search"}
    panel.set_state("ev_geolocation", "passed")
    stored = {c.key: c.state for c in svc.checklist(case_id, red.evidence_id)}
    assert stored["ev_geolocation"] == "passed" and panel.states()["ev_geolocation"] == "passed"
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "checklist_change" and entry.details["evidence_id"] == red.evidence_id


def test_gps_coordinates_are_shown_and_copied(pane, media, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    gps = write_gps_jpeg(tmp_path / "bbm.jpg", 21.33, 0.95)
    plain, located = ingest(pane, [media["red"], gps])
    panel = pane.viewer.metadata
    pane.select_evidence(plain.evidence_id)
    assert not panel.copy_coordinates_button.isEnabled()
    pane.select_evidence(located.evidence_id)
    assert tree_values(panel.tree)["Latitude, longitude"] == "21.330000, 0.950000"
    qtbot.mouseClick(panel.copy_coordinates_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "21.330000, 0.950000"
    assert tree_values(panel.tree)["SHA-256"] == located.sha256


def test_near_duplicates_are_listed_and_open_on_click(pane, media, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    copy = write_jpeg(tmp_path / "red_reposted.jpg", (200, 30, 30))  # same picture, new file (no EXIF)
    other = write_jpeg(tmp_path / "blue.jpg", (20, 40, 230), size=(64, 96))
    red, reposted, _ = ingest(pane, [media["red"], copy, other])
    pane.select_evidence(red.evidence_id)
    viewer = pane.viewer
    viewer.tabs.setCurrentWidget(viewer.similar)  # looked up on the READ pool, off the GUI thread
    assert viewer.similar.handle is not None
    qtbot.waitUntil(lambda: viewer.similar.handle is None, timeout=10_000)
    found = [strip_isolates(viewer.similar.list.item(i).text()) for i in range(viewer.similar.list.count())]
    assert len(found) == 1 and found[0].startswith("red_reposted.jpg — distance")
    qtbot.mouseClick(
        viewer.similar.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewer.similar.list.visualItemRect(viewer.similar.list.item(0)).center(),
    )
    assert pane.current_id() == reposted.evidence_id


def test_graphic_footage_cannot_be_played_or_grabbed_until_revealed(pane, media, svc, qtbot) -> None:  # type: ignore[no-untyped-def]
    (clip,) = ingest(pane, [media["clip"]])
    svc.update_evidence(clip.evidence_id, graphic=True)
    pane.show_case(pane.case_id)
    pane.select_evidence(clip.evidence_id)
    footage = pane.viewer.footage
    qtbot.waitUntil(pane.viewer.picture_ready, timeout=10_000)
    assert footage.hidden
    assert not footage.grab_button.isEnabled() and not footage.play_button.isEnabled()
    poster = footage.view.poster.pixmap().toImage()
    assert edge_strength(poster) < 40  # the poster frame is blurred too

    qtbot.mouseClick(footage.view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(pane.viewer.picture_ready, timeout=10_000)
    assert not footage.hidden and footage.grab_button.isEnabled()
    assert edge_strength(footage.view.poster.pixmap().toImage()) > 100
