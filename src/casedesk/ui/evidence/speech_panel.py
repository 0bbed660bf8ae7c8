"""The speech in an audio note or footage: transcribe it offline, read it by segment, correct it.

The machine's transcript (segments with times, and the model that made it, by name and hash) and the
investigator's correction are shown side by side and never mixed: the correction is saved through
``CaseService.correct_transcript`` (one custody entry, undoable), the machine's text stays as heard.
Transcribing runs on the work pool through :func:`casedesk.ui.tasks.run_task`, with progress and
cancel; reading the transcript and the model list runs on the read pool.

The panel sits inside the audio and footage widgets, which the viewer creates without arguments; it
finds the service, the change broadcaster and the preferences among its ancestors (the viewer and
the evidence pane) when first loaded, unless :meth:`TranscriptPanel.bind` gave them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.errors import CaseDeskError
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.service.speech import TranscriptView
from casedesk.core.tasks import TaskControl
from casedesk.speech import ModelEntry, SpeechAudioError
from casedesk.speech.library import no_model
from casedesk.ui.formats import offset_text, utc_text
from casedesk.ui.i18n import isolate, ltr
from casedesk.ui.messages import plain_words
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import TaskHandle, run_read, run_task
from casedesk.ui.widgets import WrappingBidiDelegate, heading, hint

START_ROLE = Qt.ItemDataRole.UserRole
RTL_SPEECH = frozenset({"ar", "fa", "he", "ur"})  # Whisper's codes of languages written right to left
START, END, TEXT = range(3)


@dataclass(frozen=True, slots=True)
class Transcribed:
    """What a transcription task hands back to the GUI thread."""

    changes: Changes
    transcript: TranscriptView | None


@dataclass(frozen=True, slots=True)
class SpeechState:
    """What the panel shows for one item: the workspace's models and the item's transcript."""

    models: list[ModelEntry]
    transcript: TranscriptView | None


def find_context(widget: QWidget) -> tuple[CaseService | None, CaseOps | None, Preferences | None]:
    """The service, change broadcaster and preferences of the nearest ancestors that hold them."""
    svc: CaseService | None = None
    ops: CaseOps | None = None
    prefs: Preferences | None = None
    node = widget.parentWidget()
    while node is not None:
        found = getattr(node, "svc", None)
        if svc is None and isinstance(found, CaseService):
            svc = found
        for holder in (getattr(node, "edits", None), node):
            candidate = getattr(holder, "ops", None)
            if ops is None and isinstance(candidate, CaseOps):
                ops = candidate
        found_prefs = getattr(node, "prefs", None)
        if prefs is None and isinstance(found_prefs, Preferences):
            prefs = found_prefs
        node = node.parentWidget()
    return svc, ops, prefs


class TranscriptPanel(QWidget):
    seekRequested = Signal(float)  # seconds: the start of the segment the user chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc: CaseService | None = None
        self.ops: CaseOps | None = None
        self.prefs: Preferences | None = None
        self.evidence_id: str | None = None
        self.state: SpeechState | None = None
        self.task: TaskHandle[Transcribed] | None = None
        self._generation = 0
        self._current_row = -1

        self.model_box = QComboBox()
        self.model_box.setObjectName("speechModel")
        self.model_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_box = QComboBox()
        self.language_box.setObjectName("speechLanguage")
        for label, code in (
            (self.tr("Detect"), None),
            (self.tr("Arabic"), "ar"),
            (self.tr("French"), "fr"),
            (self.tr("English"), "en"),
        ):
            self.language_box.addItem(label, code)
        self.transcribe_button = QPushButton(self.tr("Transcribe"))
        self.transcribe_button.setObjectName("transcribeButton")
        self.transcribe_button.setToolTip(
            self.tr("Transcribe the speech offline with the model chosen (it replaces the last transcript)")
        )
        self.message = QLabel()
        self.message.setObjectName("speechMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.made_by = hint("")
        self.made_by.setObjectName("speechMadeBy")
        self.made_by.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.segments = QTreeWidget()
        self.segments.setObjectName("speechSegments")
        self.segments.setColumnCount(3)
        self.segments.setHeaderLabels([self.tr("Start"), self.tr("End"), self.tr("What is said")])
        self.segments.setRootIsDecorated(False)
        self.segments.setUniformRowHeights(False)
        self.segments.setWordWrap(True)
        self.segments.setAlternatingRowColors(True)
        self.segments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.segments.setItemDelegateForColumn(TEXT, WrappingBidiDelegate(self.segments))
        self.segments.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.segments.header()
        header.setStretchLastSection(True)
        # Rows are as tall as their wrapped text; a tree measures them once, so measure again on resize.
        header.sectionResized.connect(lambda *_: self.segments.doItemsLayout())
        header.setSectionResizeMode(START, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(END, QHeaderView.ResizeMode.ResizeToContents)
        self.segments.setToolTip(self.tr("Click a segment to play from its start"))

        self.correction = QPlainTextEdit()
        self.correction.setObjectName("speechCorrection")
        self.correction.setPlaceholderText(
            self.tr("Your corrected transcript. The machine's text is kept as it was heard.")
        )
        option = self.correction.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.correction.document().setDefaultTextOption(option)
        self.save_button = QPushButton(self.tr("Save correction"))
        self.save_button.setObjectName("saveCorrection")
        self.copy_button = QPushButton(self.tr("Start from the machine's text"))
        self.correction_note = hint("")
        self.correction_note.setObjectName("correctionNote")

        self._lay_out()
        self.transcribe_button.clicked.connect(self.transcribe)
        self.model_box.currentIndexChanged.connect(self._on_model)
        self.segments.itemClicked.connect(self._on_segment)
        self.segments.itemActivated.connect(self._on_segment)
        self.save_button.clicked.connect(self.save_correction)
        self.copy_button.clicked.connect(self._copy_machine_text)
        self.correction.textChanged.connect(self._update_buttons)
        self._show(None)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Model")))
        top.addWidget(self.model_box)
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language_box)
        top.addStretch(1)
        top.addWidget(self.transcribe_button)

        machine = QWidget()
        left = QVBoxLayout(machine)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(heading(self.tr("Machine transcript")))
        left.addWidget(self.segments, 1)
        mine = QWidget()
        right = QVBoxLayout(mine)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(heading(self.tr("Investigator's correction")))
        right.addWidget(self.correction, 1)
        right.addWidget(self.correction_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(machine)
        self.split.addWidget(mine)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.made_by)
        layout.addWidget(self.split, 1)

    # -- wiring ------------------------------------------------------------------------------------
    def bind(self, svc: CaseService, ops: CaseOps | None = None, prefs: Preferences | None = None) -> None:
        """Give the panel its service (else it looks for one among its ancestors when first loaded)."""
        if self.ops is not None:
            self.ops.changed.disconnect(self._on_changed)
        self.svc, self.ops, self.prefs = svc, ops, prefs
        if ops is not None:
            ops.changed.connect(self._on_changed)

    def _ensure_bound(self) -> bool:
        if self.svc is None:
            svc, ops, prefs = find_context(self)
            if svc is not None:
                self.bind(svc, ops, prefs)
        return self.svc is not None

    # -- loading -----------------------------------------------------------------------------------
    def load(self, evidence_id: str | None) -> None:
        """Show the transcript of ``evidence_id`` (read off the GUI thread)."""
        self.evidence_id = evidence_id
        self._generation += 1
        self._show(None)
        if evidence_id is None or not self._ensure_bound():
            return
        self.message.setText(self.tr("Loading…"))
        self._read()

    def _read(self) -> None:
        svc, evidence_id, generation = self.svc, self.evidence_id, self._generation
        assert svc is not None and evidence_id is not None

        def work() -> SpeechState:
            return SpeechState(svc.speech_models(), svc.transcript(evidence_id))

        run_read(self, work, lambda state: self._on_state(generation, state))

    def _on_state(self, generation: int, state: SpeechState) -> None:
        if generation == self._generation:
            self._show(state)

    def _show(self, state: SpeechState | None) -> None:
        self.state = state
        self._fill_models(state.models if state else [])
        view = state.transcript if state else None
        self._fill_segments(view)
        self.correction.blockSignals(True)
        self.correction.setPlainText(view.correction.text if view and view.correction else "")
        self.correction.blockSignals(False)
        self._set_direction(view)
        if state is None:
            self.message.setText("")
        elif not state.models:
            self.message.setText(plain_words(no_model()))
        elif view is None:
            self.message.setText(self.tr("Not transcribed yet."))
        else:
            self.message.setText("")
        self._update_buttons()

    def _fill_models(self, models: list[ModelEntry]) -> None:
        chosen = self.model_box.currentData() or (self.prefs.speech_model if self.prefs else "")
        self.model_box.blockSignals(True)
        self.model_box.clear()
        for entry in models:
            #: A speech model in a list: {0} its name, {1} the start of its hash.
            self.model_box.addItem(self.tr("{0} ({1})").format(isolate(entry.name), ltr(entry.sha256[:8])))
            self.model_box.setItemData(self.model_box.count() - 1, entry.sha256)
            self.model_box.setItemData(self.model_box.count() - 1, entry.sha256, Qt.ItemDataRole.ToolTipRole)
        index = self.model_box.findData(chosen) if chosen else -1
        self.model_box.setCurrentIndex(max(0, index) if models else -1)
        self.model_box.blockSignals(False)
        self._on_model()

    def chosen_model(self) -> ModelEntry | None:
        sha = self.model_box.currentData()
        models = self.state.models if self.state else []
        return next((m for m in models if m.sha256 == sha), None)

    @Slot()
    def _on_model(self) -> None:
        entry = self.chosen_model()
        english_only = entry is not None and not entry.multilingual
        if english_only:
            self.language_box.setCurrentIndex(self.language_box.findData("en"))
        self.language_box.setEnabled(not english_only)
        self.language_box.setToolTip(self.tr("This model knows English only") if english_only else "")

    def _fill_segments(self, view: TranscriptView | None) -> None:
        self.segments.clear()
        self._current_row = -1
        if view is None:
            self.made_by.setText("")
            return
        for segment in view.segments:
            item = QTreeWidgetItem(
                [offset_text(segment.start), offset_text(segment.end), segment.text.strip()]
            )
            item.setData(START, START_ROLE, segment.start)
            item.setToolTip(TEXT, segment.text.strip())
            self.segments.addTopLevelItem(item)
        languages = {
            code: self.language_box.itemText(i)
            for i in range(self.language_box.count())
            if (code := self.language_box.itemData(i))
        }
        #: Who made a transcript: {0} the model's name, {1} its hash, {2} the engine and its version,
        #: {3} the language heard, {4} when (UTC).
        self.made_by.setText(
            self.tr("Transcribed by {0}, hash {1}, with {2} · language: {3} · {4}").format(
                isolate(view.model_name or "?"),
                ltr(view.model_sha256[:16]),
                ltr(f"{view.engine} {view.engine_version}"),
                languages.get(view.language, ltr(view.language)),
                utc_text(view.created_at),
            )
        )
        self.made_by.setToolTip(view.model_sha256)

    def _set_direction(self, view: TranscriptView | None) -> None:
        """Arabic (and other right-to-left) speech reads right to left in the editor too."""
        rtl = view is not None and view.language in RTL_SPEECH
        option = self.correction.document().defaultTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LayoutDirectionAuto
        )
        self.correction.document().setDefaultTextOption(option)
        self.correction.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else self.layoutDirection())

    def _update_buttons(self) -> None:
        state = self.state
        view = state.transcript if state else None
        busy = self.task is not None and not self.task.done
        self.transcribe_button.setEnabled(bool(state and state.models) and not busy)
        self.model_box.setEnabled(bool(state and state.models) and not busy)
        saved = view.correction.text if view and view.correction else ""
        self.correction.setReadOnly(view is None)
        self.save_button.setEnabled(view is not None and self.correction.toPlainText().strip() != saved)
        self.copy_button.setEnabled(view is not None and not self.correction.toPlainText().strip())
        if view is None:
            self.correction_note.setText("")
        elif view.correction is None:
            self.correction_note.setText(self.tr("No correction yet."))
        elif view.correction.stale:
            self.correction_note.setText(
                self.tr(
                    "Saved {0}, before the item was transcribed again: check it against the new text."
                ).format(utc_text(view.correction.created_at))
            )
        else:
            self.correction_note.setText(self.tr("Saved {0}.").format(utc_text(view.correction.created_at)))
        if view is not None and self.save_button.isEnabled():
            self.correction_note.setText(self.tr("Not saved yet: press Save correction to keep it."))

    # -- transcribing ------------------------------------------------------------------------------
    def language(self) -> str | None:
        code = self.language_box.currentData()
        return str(code) if code else None

    def transcribe(self) -> TaskHandle[Transcribed] | None:
        """Transcribe the item with the model and language chosen, on the work pool."""
        svc, evidence_id, entry = self.svc, self.evidence_id, self.chosen_model()
        if svc is None or evidence_id is None:
            return None
        if entry is None:
            self.message.setText(plain_words(no_model()))
            return None
        language, generation = self.language(), self._generation

        def work(control: TaskControl) -> Transcribed:
            changes = svc.transcribe(evidence_id, entry.sha256, language, control=control)
            return Transcribed(changes, svc.transcript(evidence_id))

        self.message.setText(self.tr("Transcribing with {0}…").format(isolate(entry.name)))
        self.task = run_task(
            self,
            self.tr("Transcribing"),
            work,
            lambda view: self._transcribed(generation, view),
            lambda exc: self._failed(generation, exc),
        )
        self._update_buttons()
        return self.task

    def _transcribed(self, generation: int, done: Transcribed) -> None:
        self.task = None
        if generation == self._generation and self.state is not None:
            self._show(SpeechState(self.state.models, done.transcript))
        if self.ops is not None:
            self.ops.announce(done.changes)
        self._update_buttons()

    def _failed(self, generation: int, exc: BaseException) -> None:
        self.task = None
        if generation != self._generation:
            return
        if isinstance(exc, SpeechAudioError):
            self.message.setText(
                self.tr("The sound of this item cannot be decoded: {0}").format(plain_words(exc))
            )
        elif isinstance(exc, CaseDeskError):
            self.message.setText(plain_words(exc))
        else:
            self.message.setText(self.tr("Transcription did not finish."))
        self._update_buttons()

    # -- segments and the player -------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def _on_segment(self, item: QTreeWidgetItem, _column: int) -> None:
        self.seekRequested.emit(float(item.data(START, START_ROLE)))

    def set_playhead(self, seconds: float) -> None:
        """Highlight the segment being heard (the player reports its position while playing)."""
        view = self.state.transcript if self.state else None
        if view is None:
            return
        row = next(
            (i for i, s in enumerate(view.segments) if s.start <= seconds < s.end),
            -1,
        )
        if row == self._current_row:
            return
        previous = self.segments.topLevelItem(self._current_row) if self._current_row >= 0 else None
        if previous is not None:
            font = previous.font(TEXT)
            font.setBold(False)
            for column in (START, END, TEXT):
                previous.setFont(column, font)
        self._current_row = row
        item = self.segments.topLevelItem(row) if row >= 0 else None
        if item is not None:
            font = item.font(TEXT)
            font.setBold(True)
            for column in (START, END, TEXT):
                item.setFont(column, font)
            self.segments.scrollToItem(item)

    def current_row(self) -> int:
        return self._current_row

    # -- the correction ----------------------------------------------------------------------------
    def _copy_machine_text(self) -> None:
        view = self.state.transcript if self.state else None
        if view is not None:
            self.correction.setPlainText(view.text.strip())
            self.correction.setFocus()

    def save_correction(self) -> Changes | None:
        """Save the editor's text as the investigator's correction (undoable, in the custody log)."""
        svc, evidence_id = self.svc, self.evidence_id
        view = self.state.transcript if self.state else None
        if svc is None or evidence_id is None or view is None:
            return None
        text = self.correction.toPlainText()
        before = view.correction.text if view.correction else ""

        def write() -> Changes:
            return svc.correct_transcript(evidence_id, text)

        if self.ops is not None:
            changes = self.ops.run(
                self,
                self.tr("Correct the transcript"),
                write,
                lambda _done: svc.correct_transcript(evidence_id, before),
            )
        else:
            try:
                changes = write()
            except CaseDeskError as exc:
                self.message.setText(plain_words(exc))
                return None
        if changes is not None and self.ops is None:
            self._generation += 1
            self._read()  # with ops, the announcement brings the panel here (_on_changed)
        return changes

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """An undo, or a change made elsewhere, to the item shown: read it again."""
        if self.evidence_id is not None and self.evidence_id in changes.ids and self.task is None:
            self._generation += 1
            self._read()
