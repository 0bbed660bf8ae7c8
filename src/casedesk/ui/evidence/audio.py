"""Audio notes: playback with a position slider, the speech transcribed beside it (segments seek the
player), the investigator's own notes; recording from a microphone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtMultimedia import (
    QAudioInput,
    QAudioOutput,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaPlayer,
    QMediaRecorder,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.labels import format_offset
from casedesk.ui.evidence.speech_panel import TranscriptPanel
from casedesk.ui.evidence.widgets import NotesEdit
from casedesk.ui.i18n import isolate
from casedesk.ui.icons import directional


def microphone_available() -> bool:
    return bool(QMediaDevices.audioInputs())


class AudioPanel(QWidget):
    transcriptEdited = Signal(str, str)  # evidence id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence_id: str | None = None
        self.duration_s = 0.0
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)

        self.waveform = QLabel()
        self.waveform.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waveform.setMinimumHeight(90)
        self.waveform.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.play_button = QPushButton(directional(QStyle.StandardPixmap.SP_MediaPlay), "")
        self.play_button.setToolTip(self.tr("Play / pause"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.time_label = QLabel()
        self.transcript = NotesEdit()
        self.transcript.setPlaceholderText(self.tr("What is said, and your notes on it"))
        self.speech = TranscriptPanel()
        self.notes_tabs = QTabWidget()
        self.notes_tabs.setDocumentMode(True)
        self.notes_tabs.addTab(self.speech, self.tr("Transcribed speech"))
        self.notes_tabs.addTab(self.transcript, self.tr("Transcript / notes"))

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waveform)
        layout.addLayout(controls)
        layout.addWidget(self.notes_tabs, 1)

        self.play_button.clicked.connect(self.toggle_play)
        self.slider.sliderMoved.connect(self._seek)
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(self._on_state)
        self.transcript.editingFinished.connect(self._on_transcript)
        self.speech.seekRequested.connect(self.seek_to)
        self._waveform_image = QImage()

    def load_waveform(self, image: QImage) -> None:
        self._waveform_image = image
        self._show_waveform()

    def load(self, view: EvidenceView, source: Path, waveform: QImage) -> None:
        self.transcript.finish()
        self.player.stop()
        self.evidence_id = view.id
        self.duration_s = float(view.duration_s or 0.0)
        self.player.setSource(QUrl.fromLocalFile(str(source)))
        self.slider.setRange(0, int(self.duration_s * 1000))
        self.slider.setValue(0)
        self.transcript.set_saved_text(view.transcript)
        self._waveform_image = waveform
        self._show_waveform()
        self._update_time(0)
        self.speech.load(view.id)

    def seek_to(self, seconds: float) -> None:
        """Move the player (and the slider) to ``seconds``: a transcript segment was chosen."""
        ms = max(0, round(seconds * 1000))
        self.slider.setValue(ms)
        self._seek(ms)
        self.speech.set_playhead(seconds)

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def stop(self) -> None:
        self.player.stop()

    def _show_waveform(self) -> None:
        if self._waveform_image.isNull():
            self.waveform.setText(self.tr("(no waveform)"))
            return
        pixmap = QPixmap.fromImage(self._waveform_image)
        width = max(100, self.waveform.width())
        self.waveform.setPixmap(pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._waveform_image.isNull():
            self._show_waveform()

    @Slot(int)
    def _seek(self, ms: int) -> None:
        self.player.setPosition(ms)
        self._update_time(ms)

    @Slot(int)
    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self._update_time(ms)
        self.speech.set_playhead(ms / 1000)

    @Slot(int)
    def _on_duration(self, ms: int) -> None:
        if ms > 0:
            self.duration_s = ms / 1000
            self.slider.setRange(0, ms)
            self._update_time(self.player.position())

    @Slot()
    def _on_state(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(directional(icon))

    def _update_time(self, ms: int) -> None:
        total = format_offset(self.duration_s) if self.duration_s else "?"
        #: The player's position: {0} where it is, {1} the recording's length ("?" when unknown).
        self.time_label.setText(self.tr("{0} / {1}").format(format_offset(ms / 1000), total))

    @Slot()
    def _on_transcript(self) -> None:
        if self.evidence_id is not None:
            self.transcriptEdited.emit(self.evidence_id, self.transcript.toPlainText())


class RecordNoteDialog(QDialog):
    """Record from the default microphone into ``target``, with the transcript typed alongside.

    Only opened when a microphone exists (see :func:`microphone_available`); accepted once a
    recording is finished. The caller ingests ``recorded_path()`` and stores ``transcript()``.
    """

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record audio note"))
        self.target = target
        self.session = QMediaCaptureSession(self)
        self.input = QAudioInput(QMediaDevices.defaultAudioInput(), self)
        self.recorder = QMediaRecorder(self)
        self.session.setAudioInput(self.input)
        self.session.setRecorder(self.recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.Wave)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.Wave)
        self.recorder.setMediaFormat(media_format)
        self.recorder.setOutputLocation(QUrl.fromLocalFile(str(target)))

        self.record_button = QPushButton(self.tr("Start recording"))
        self.elapsed_label = QLabel(format_offset(0))
        self.status_label = QLabel(
            self.tr("Microphone: {0}").format(isolate(self.input.device().description()))
        )
        self.notes = NotesEdit()
        self.notes.setPlaceholderText(self.tr("Transcript / notes"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.elapsed_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.buttons)

        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(
            lambda: self.elapsed_label.setText(format_offset(self._clock.elapsed() / 1000))
        )
        self.record_button.clicked.connect(self._toggle)
        self.recorder.recorderStateChanged.connect(self._on_state)
        self.recorder.errorOccurred.connect(lambda _e, text: self.status_label.setText(text))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def transcript(self) -> str:
        return self.notes.toPlainText()

    def recorded_path(self) -> Path | None:
        """Where the recorder actually wrote (it may add a number if the name was taken)."""
        url = self.recorder.actualLocation()
        path = Path(url.toLocalFile()) if url.isLocalFile() else self.target
        return path if path.is_file() and path.stat().st_size > 0 else None

    @Slot()
    def _toggle(self) -> None:
        if self.recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState:
            self.recorder.stop()
        else:
            self.recorder.record()
            self._clock.start()
            self._ticker.start()

    @Slot()
    def _on_state(self) -> None:
        recording = self.recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState
        self.record_button.setText(self.tr("Stop recording") if recording else self.tr("Record again"))
        if not recording:
            self._ticker.stop()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not recording and self.recorded_path() is not None
        )

    def reject(self) -> None:
        self.recorder.stop()
        super().reject()
