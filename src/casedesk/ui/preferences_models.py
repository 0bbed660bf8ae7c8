"""Preferences ▸ Models: the workspace's speech models, added once from a folder or file, never downloaded.

Adding copies and hashes the model's files (hundreds of megabytes) and loads it once to check it, so
it runs on the work pool with progress and cancel; removing deletes the copy, also off the GUI thread.
Both take effect at once (they change the workspace, not a preference); which model the GUI offers
first is a preference, kept when the dialog is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.speech import Added, ModelEntry
from casedesk.ui.formats import size_text, utc_text
from casedesk.ui.i18n import isolate, ltr, plural
from casedesk.ui.tasks import TaskHandle, run_read, run_task
from casedesk.ui.widgets import hint

NAME, SIZE, LANGUAGES, HASH, DEFAULT = range(5)
SHA_ROLE = Qt.ItemDataRole.UserRole


class ModelsPage(QWidget):
    """Lists the models (name, size, languages, hash, which is offered first); add, remove, choose."""

    modelsChanged = Signal()

    def __init__(self, svc: CaseService | None, default_sha: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.default_sha = default_sha
        self.entries: list[ModelEntry] = []
        self.task: TaskHandle[Added] | TaskHandle[ModelEntry] | None = None
        self.confirm: QMessageBox | None = None

        intro = QLabel(
            self.tr(
                "Speech models transcribe audio notes and the sound of footage on this computer. "
                "CaseDesk never downloads a model: add a faster-whisper (CTranslate2) Whisper model "
                "you already have, once, from its folder or its model.bin. It is checked, copied into "
                "the workspace and hashed; every transcript names the model that made it by name and hash."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("speechModels")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(5)
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("Languages"), self.tr("Hash"), self.tr("Default")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        for column in (NAME, SIZE, LANGUAGES, DEFAULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HASH, QHeaderView.ResizeMode.Stretch)
        self.empty = hint("")
        self.empty.setObjectName("modelsMessage")
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_file_button = QPushButton(self.tr("Add file…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.default_button = QPushButton(self.tr("Use by default"))
        self.default_button.setToolTip(self.tr("Offer this model first when transcribing"))

        buttons = QHBoxLayout()
        for button in (self.add_folder_button, self.add_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.add_folder_button.clicked.connect(self._choose_folder)
        self.add_file_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.default_button.clicked.connect(self._make_default)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- the list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        svc = self.svc
        if svc is None:
            self._fill([])
            self.empty.setText(self.tr("Open a workspace to manage its speech models."))
            return
        run_read(self, svc.speech_models, self._fill)

    def _fill(self, entries: list[ModelEntry]) -> None:
        chosen = self.selected_sha()
        self.entries = entries
        self.table.clear()
        default = self.effective_default()
        for entry in entries:
            count = entry.languages
            languages = (
                plural(self.tr("%Ln language(s)", "", count), count)
                if entry.multilingual
                else self.tr("English only")
            )
            item = QTreeWidgetItem(
                [
                    entry.name,
                    size_text(entry.size),
                    languages,
                    entry.sha256,
                    "✓" if entry.sha256 == default else "",
                ]
            )
            item.setData(NAME, SHA_ROLE, entry.sha256)
            #: A speech model's tooltip: {0} where it was added from, {1} when (UTC), {2} its licence note.
            item.setToolTip(
                NAME,
                self.tr("Added from {0} on {1}. Licence: {2}").format(
                    ltr(entry.source), utc_text(entry.added_at), isolate(entry.licence or "—")
                ),
            )
            item.setTextAlignment(DEFAULT, Qt.AlignmentFlag.AlignCenter)
            self.table.addTopLevelItem(item)
            if entry.sha256 == chosen:
                item.setSelected(True)
        if not entries:
            self.empty.setText(
                self.tr(
                    "No speech model yet. Add one from a folder or file here, or with "
                    "`casedesk models add PATH`."
                )
            )
        else:
            count = len(entries)
            self.empty.setText(plural(self.tr("%Ln model(s) in this workspace.", "", count), count))
        self._update_buttons()

    def effective_default(self) -> str:
        """The model the transcript panel offers first: the chosen one, else the only one."""
        shas = [e.sha256 for e in self.entries]
        if self.default_sha in shas:
            return self.default_sha
        return shas[0] if len(shas) == 1 else ""

    def selected_sha(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(NAME, SHA_ROLE)) if items else ""

    def select(self, sha: str) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None:
                item.setSelected(item.data(NAME, SHA_ROLE) == sha)

    def _update_buttons(self) -> None:
        busy = self.task is not None and not self.task.done
        selected = bool(self.selected_sha())
        has_svc = self.svc is not None
        self.add_folder_button.setEnabled(has_svc and not busy)
        self.add_file_button.setEnabled(has_svc and not busy)
        self.remove_button.setEnabled(selected and not busy)
        self.default_button.setEnabled(selected and self.selected_sha() != self.effective_default())

    def _make_default(self) -> None:
        if self.selected_sha():
            self.default_sha = self.selected_sha()
            self._fill(self.entries)

    # -- adding ------------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a speech model: its folder"))
        if folder:
            self.add_path(Path(folder))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a speech model: its model.bin"),
            "",
            self.tr("faster-whisper model (model.bin);;All files (*)"),
        )
        if path:
            self.add_path(Path(path))

    def add_path(self, path: Path) -> TaskHandle[Added] | None:
        """Check, copy and hash the model at ``path`` into the workspace, on the work pool."""
        svc = self.svc
        if svc is None:
            return None

        def work(control: TaskControl) -> Added:
            return svc.add_speech_model(path, control=control)

        self.empty.setText(self.tr("Adding {0}…").format(ltr(path)))
        handle = run_task(self, self.tr("Adding a speech model"), work, self._added, self._failed)
        self.task = handle
        self._update_buttons()
        return handle

    def _added(self, added: Added) -> None:
        self.task = None
        self.modelsChanged.emit()
        svc = self.svc
        if svc is None:
            return

        def done(entries: list[ModelEntry]) -> None:
            self._fill(entries)
            self.select(added.entry.sha256)
            note = (
                self.tr("{0} added.") if added.added else self.tr("{0} is already in the workspace.")
            ).format(isolate(added.entry.name))
            self.empty.setText(note)

        run_read(self, svc.speech_models, done)

    def _failed(self, _exc: BaseException) -> None:
        self.task = None  # the error has been shown in plain words
        self.refresh()

    # -- removing ----------------------------------------------------------------------------------
    def remove_selected(self) -> QMessageBox | None:
        """Ask first (non-blocking), then delete the model chosen from the workspace."""
        sha = self.selected_sha()
        entry = next((e for e in self.entries if e.sha256 == sha), None)
        if entry is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove speech model"),
            self.tr(
                "Remove {0} from this workspace? Transcripts it made keep naming it by name and hash; "
                "to transcribe with it again, add it again."
            ).format(isolate(entry.name)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeModel")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)

        def clicked(button: QAbstractButton) -> None:
            if button is remove:
                self._remove(entry.sha256)

        box.buttonClicked.connect(clicked)
        box.open()
        self.confirm = box
        return box

    def _remove(self, sha: str) -> TaskHandle[ModelEntry] | None:
        svc = self.svc
        if svc is None:
            return None

        def work(_control: TaskControl) -> ModelEntry:
            return svc.remove_speech_model(sha)

        def done(entry: ModelEntry) -> None:
            self.task = None
            if self.default_sha == entry.sha256:
                self.default_sha = ""
            self.modelsChanged.emit()
            self.refresh()

        handle = run_task(self, self.tr("Removing a speech model"), work, done, self._failed)
        self.task = handle
        self._update_buttons()
        return handle
