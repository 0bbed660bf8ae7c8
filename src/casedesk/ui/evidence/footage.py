"""Footage: play, pause, step frame by frame, and ask for a still at the current position.

The position box is the one source of truth for "where we are": playback moves it, the user can type
in it, and Grab still reads it. So grabbing works (and is testable) even where Qt has no media backend.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QSizeF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.imageview import hide_picture
from casedesk.ui.evidence.labels import format_offset
from casedesk.ui.evidence.speech_panel import TranscriptPanel
from casedesk.ui.icons import directional

DEFAULT_FPS = 25.0


class _VideoView(QGraphicsView):
    """Shows the poster frame until playback starts, then the video; a click may ask to reveal."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(20, 20, 22))
        self.poster = QGraphicsPixmapItem()
        self.poster.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.video = QGraphicsVideoItem()
        self.scene().addItem(self.video)
        self.scene().addItem(self.poster)
        self.video.nativeSizeChanged.connect(lambda _size: self.refit())

    def set_poster(self, image: QImage) -> None:
        self.poster.setPixmap(QPixmap.fromImage(image) if not image.isNull() else QPixmap())
        self.poster.setVisible(not image.isNull())
        if not image.isNull():
            self.video.setSize(QSizeF(image.size()))
        self.refit()

    def refit(self) -> None:
        native = self.video.nativeSize()
        if native.isValid() and not native.isEmpty():
            self.video.setSize(native)
        target = self.poster if self.poster.isVisible() else self.video
        rect = target.boundingRect()
        if not rect.isEmpty():
            self.setSceneRect(rect)
            self.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class FootagePanel(QWidget):
    grabRequested = Signal(str, float)  # evidence id, position in seconds
    revealRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence_id: str | None = None
        self.fps = DEFAULT_FPS
        self.duration_s = 0.0
        self.hidden = False
        self._source: Path | None = None

        self.view = _VideoView(self)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.view.video)

        # Mirrored right to left, as the controls' row and the slider are.
        self.play_button = QPushButton(directional(QStyle.StandardPixmap.SP_MediaPlay), "")
        self.play_button.setToolTip(self.tr("Play / pause (Space)"))
        self.back_button = QPushButton(directional(QStyle.StandardPixmap.SP_MediaSeekBackward), "")
        self.back_button.setToolTip(self.tr("One frame back"))
        self.forward_button = QPushButton(directional(QStyle.StandardPixmap.SP_MediaSeekForward), "")
        self.forward_button.setToolTip(self.tr("One frame forward"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.position_box = QDoubleSpinBox()
        self.position_box.setDecimals(3)
        #: Unit after a position in seconds (keep the leading space if your language uses one).
        self.position_box.setSuffix(self.tr(" s"))
        self.position_box.setToolTip(self.tr("Position in seconds (type to jump)"))
        self.position_box.setKeyboardTracking(False)
        self.time_label = QLabel()
        self.grab_button = QPushButton(self.tr("Grab still"))
        self.grab_button.setToolTip(
            self.tr("Save the frame at this position as new evidence, linked to this footage and offset")
        )

        controls = QHBoxLayout()
        for widget in (self.back_button, self.play_button, self.forward_button):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.position_box)
        controls.addWidget(self.time_label)
        controls.addWidget(self.grab_button)
        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addWidget(self.view, 1)
        picture_layout.addLayout(controls)
        # The sound's transcript below the picture; its segments move the position box.
        self.speech = TranscriptPanel()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(picture)
        self.split.addWidget(self.speech)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split, 1)

        self.play_button.clicked.connect(self.toggle_play)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.slider.sliderMoved.connect(lambda ms: self.set_position_s(ms / 1000))
        self.position_box.valueChanged.connect(self._on_box)
        self.grab_button.clicked.connect(self.grab_still)
        self.player.positionChanged.connect(self._on_player_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.mediaStatusChanged.connect(self._on_media_status)
        self.view.clicked.connect(self._on_view_clicked)
        self.speech.seekRequested.connect(self.seek_to)

    # -- content ---------------------------------------------------------------------------------
    def load(self, view: EvidenceView, source: Path, poster: QImage, hidden: bool) -> None:
        self.stop()
        self.evidence_id = view.id
        self.fps = float(view.details.get("frame_rate") or DEFAULT_FPS)
        self.duration_s = float(view.duration_s or 0.0)
        self.hidden = hidden
        self._source = source
        self.view.set_poster(hide_picture(poster) if hidden and not poster.isNull() else poster)
        self.player.setSource(QUrl())  # the file is opened on first play or step
        maximum = max(0.0, self.duration_s - 1 / self.fps) if self.duration_s else 24 * 3600.0
        self.position_box.blockSignals(True)
        self.position_box.setRange(0.0, maximum)
        self.position_box.setSingleStep(1 / self.fps)
        self.position_box.setValue(0.0)
        self.position_box.blockSignals(False)
        self.slider.setRange(0, int(maximum * 1000))
        self.slider.setValue(0)
        self._update_time()
        self._set_controls_enabled(not hidden)
        self.speech.load(view.id)

    def reveal(self) -> None:
        self.hidden = False
        self._set_controls_enabled(True)

    def set_poster(self, poster: QImage) -> None:
        self.view.set_poster(hide_picture(poster) if self.hidden and not poster.isNull() else poster)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (
            self.play_button,
            self.back_button,
            self.forward_button,
            self.slider,
            self.grab_button,
        ):
            widget.setEnabled(enabled)
        self.position_box.setEnabled(enabled)

    # -- position --------------------------------------------------------------------------------
    def position_s(self) -> float:
        return float(self.position_box.value())

    def set_position_s(self, seconds: float) -> None:
        self.position_box.setValue(seconds)  # _on_box moves the player and the slider

    def seek_to(self, seconds: float) -> None:
        """Go to ``seconds`` (a transcript segment was chosen), showing that frame unless hidden."""
        if not self.hidden and self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
            self._ensure_source()
            self.player.pause()  # paused shows the frame at the position; stopped shows nothing
        self.set_position_s(seconds)
        self.speech.set_playhead(seconds)

    def step(self, frames: int) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        self._ensure_source()
        if self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
            self.player.pause()  # paused shows the frame at the position; stopped shows nothing
        self.set_position_s((self.frame_at(self.position_s()) + frames) / self.fps)

    def frame_at(self, seconds: float) -> int:
        """Index of the frame on screen at ``seconds`` (the one a still taken there will be)."""
        return math.floor(seconds * self.fps + 1e-6)

    def _seek_player(self, seconds: float) -> None:
        # Aim at the middle of the frame: the player shows the last frame starting *before* the
        # position it is given, the core grabs the frame on screen *at* the offset; half a frame in,
        # both mean the same frame.
        self.player.setPosition(round((self.frame_at(seconds) + 0.5) / self.fps * 1000))

    @Slot(float)
    def _on_box(self, seconds: float) -> None:
        self.slider.setValue(int(seconds * 1000))
        self._update_time()
        if not self.player.source().isEmpty():
            self._seek_player(seconds)

    @Slot(int)
    def _on_player_position(self, ms: int) -> None:
        if self.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
            return  # while paused the box leads and the player follows
        self.position_box.blockSignals(True)
        self.position_box.setValue(ms / 1000)
        self.position_box.blockSignals(False)
        self.slider.setValue(ms)
        self._update_time()
        self.speech.set_playhead(ms / 1000)

    def _update_time(self) -> None:
        total = format_offset(self.duration_s) if self.duration_s else "?"
        #: The player's position: {0} where it is, {1} the footage's length ("?" when unknown).
        self.time_label.setText(self.tr("{0} / {1}").format(format_offset(self.position_s()), total))

    # -- playback --------------------------------------------------------------------------------
    def _ensure_source(self) -> None:
        if self._source is not None and self.player.source().isEmpty():
            self.player.setSource(QUrl.fromLocalFile(str(self._source)))

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            return
        self._ensure_source()
        self.view.poster.setVisible(False)
        self._seek_player(self.position_s())
        self.player.play()

    def stop(self) -> None:
        self.player.stop()
        self.view.poster.setVisible(not self.view.poster.pixmap().isNull())

    @Slot()
    def _on_state(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(directional(icon))
        if playing or self.player.source().isEmpty():
            return
        # Paused or stopped: a frame is on screen, so the poster can step aside.
        self.view.poster.setVisible(False)
        self.view.refit()

    @Slot(QMediaPlayer.MediaStatus)
    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        # The file opens asynchronously: a seek asked for before it was loaded is applied now, so the
        # frame on screen is always the one at the position shown (and grabbed).
        if status == QMediaPlayer.MediaStatus.LoadedMedia and (
            self.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
        ):
            self._seek_player(self.position_s())

    @Slot()
    def _on_view_clicked(self) -> None:
        if self.hidden:
            self.revealRequested.emit()

    def grab_still(self) -> None:
        if self.evidence_id is None or self.hidden:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        self.grabRequested.emit(self.evidence_id, self.position_s())
