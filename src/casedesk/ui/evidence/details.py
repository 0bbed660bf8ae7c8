"""Editing one item: description, tags and flags; its checklist; its near-duplicates.

Every write goes through :class:`~casedesk.ui.evidence.edits.EvidenceEdits` (so ``ops.run``: one custody
entry, undoable, announced to every view); the pane hands fresh views back after each change. Edits
are saved when the field is left, never on each key. Near-duplicates are looked up on the READ pool.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService
from casedesk.core.views import CheckView, EvidenceView, NearDuplicate
from casedesk.ui.checklist import check_text
from casedesk.ui.evidence.edits import EvidenceEdits
from casedesk.ui.evidence.widgets import NotesEdit
from casedesk.ui.formats import number
from casedesk.ui.i18n import isolate
from casedesk.ui.labels import check_states
from casedesk.ui.tasks import TaskHandle, run_read

CHECK_STATES = ("pending", "passed", "failed", "inconclusive", "not_applicable")


def parse_tags(text: str) -> list[str]:
    """ "a, b,, a" -> ["a", "b"]: comma-separated, trimmed, no blanks or repeats, order kept."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


class DetailsEditor(QWidget):
    trashRequested = Signal(str)

    def __init__(self, edits: EvidenceEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.view: EvidenceView | None = None
        self.description = NotesEdit()
        self.description.setPlaceholderText(self.tr("What this shows, where it came from, what is doubtful"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma, separated, tags"))
        self.graphic = QCheckBox(self.tr("Graphic (hide behind a blur until revealed)"))
        self.personal = QCheckBox(self.tr("Contains personal data"))
        self.trash_button = QPushButton(self.tr("Move to trash…"))
        form = QFormLayout()
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", self.graphic)
        form.addRow("", self.personal)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)

        self.description.editingFinished.connect(
            lambda: self._save(self.tr("Edit the description"), description=self.description.toPlainText())
        )
        self.tags.editingFinished.connect(self._save_tags)
        self.graphic.toggled.connect(
            lambda on: self._save(
                self.tr("Mark as graphic") if on else self.tr("Clear the graphic flag"), graphic=on
            )
        )
        self.personal.toggled.connect(
            lambda on: self._save(
                self.tr("Mark as personal data") if on else self.tr("Clear the personal-data flag"),
                personal_data=on,
            )
        )
        self.trash_button.clicked.connect(self._request_trash)

    def load(self, view: EvidenceView | None) -> None:
        self.flush()
        self._show(view, keep_typing=False)
        self.setEnabled(view is not None)

    def update_view(self, view: EvidenceView) -> None:
        """The item shown changed (this editor's save, an undo, a bulk tag): show it, keep what is typed."""
        if self.view is not None and view.id == self.view.id:
            self._show(view, keep_typing=True)

    def _show(self, view: EvidenceView | None, keep_typing: bool) -> None:
        self.view = view
        for widget in (self.graphic, self.personal):
            widget.blockSignals(True)
        if not (keep_typing and self.description.is_modified()):
            self.description.set_saved_text(view.description if view else "")
        if not (keep_typing and self.tags.hasFocus() and self.tags.isModified()):
            self.tags.setText(", ".join(view.tags) if view else "")
        self.graphic.setChecked(bool(view and view.graphic))
        self.personal.setChecked(bool(view and view.personal_data))
        for widget in (self.graphic, self.personal):
            widget.blockSignals(False)

    def flush(self) -> None:
        """Save a description still being typed (before another item is shown)."""
        self.description.finish()
        if self.view is not None and parse_tags(self.tags.text()) != self.view.tags:
            self._save_tags()

    @Slot()
    def _request_trash(self) -> None:
        if self.view is not None:
            self.flush()
            self.trashRequested.emit(self.view.id)

    @Slot()
    def _save_tags(self) -> None:
        tags = parse_tags(self.tags.text())
        self.tags.setText(", ".join(tags))
        self.tags.setModified(False)
        self._save(self.tr("Edit the tags"), tags=tags)

    def _save(self, text: str, **changes: object) -> None:
        if self.view is not None:
            self.edits.update(self, self.view.id, text, **changes)  # the pane shows the result


class ChecklistPanel(QWidget):
    """The per-item verification steps, each with a state and a note."""

    def __init__(self, svc: CaseService, edits: EvidenceEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.edits = edits
        self._sync = QTimer(self)
        self._sync.setSingleShot(True)
        self._sync.setInterval(0)
        self._sync.timeout.connect(self._sync_now)
        self.case_id: str | None = None
        self.evidence_id: str | None = None
        self.items: list[CheckView] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("State"), self.tr("Note")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def state_label(self, state: str) -> str:
        return check_states().get(state, state)

    def load(self, case_id: str | None, evidence_id: str | None) -> None:
        self.case_id = case_id
        self.evidence_id = evidence_id
        self.items = self.svc.checklist(case_id, evidence_id) if case_id and evidence_id else []
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            words = check_text(self.svc.template, item)
            title = QTableWidgetItem(words.title)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            title.setToolTip(f"{words.phase}\n{words.guidance}".strip())
            self.table.setItem(row, 0, title)
            combo = QComboBox()
            for state in CHECK_STATES:
                combo.addItem(self.state_label(state), state)
            combo.setCurrentIndex(max(0, combo.findData(item.state)))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._set(r, state=c.currentData()))
            self.table.setCellWidget(row, 1, combo)
            note = QLineEdit(item.note)
            note.setPlaceholderText(self.tr("how, with what result"))
            note.editingFinished.connect(lambda r=row, n=note: self._set(r, note=n.text()))
            self.table.setCellWidget(row, 2, note)

    def sync_later(self) -> None:
        """A change touched this item's checklist: re-read it on the next turn of the event loop, so
        a combo box is never rebuilt while its own signal is being delivered."""
        self._sync.start()

    @Slot()
    def _sync_now(self) -> None:
        if self.case_id and self.evidence_id:
            fresh = self.svc.checklist(self.case_id, self.evidence_id)
            if fresh != self.items:  # this panel's own edit is already shown
                self.load(self.case_id, self.evidence_id)

    def states(self) -> dict[str, str]:
        return {item.key: item.state for item in self.items}

    def set_state(self, key: str, state: str) -> None:
        """Choose a state the way the user would (through the row's combo box)."""
        for row, item in enumerate(self.items):
            if item.key == key:
                combo = self.table.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(state))
                return
        raise KeyError(key)

    def _set(self, row: int, state: str | None = None, note: str | None = None) -> None:
        item = self.items[row]
        if (state is None or state == item.state) and (note is None or note == item.note):
            return
        if self.edits.set_check(self, item.id, state, note) is None:
            return
        fresh = {i.id: i for i in self.svc.checklist(self.case_id or "", self.evidence_id)}
        self.items[row] = fresh.get(item.id, item)


class SimilarPanel(QWidget):
    """Near-duplicates of this picture (perceptual hash), looked up on the READ pool when the tab is shown."""

    openRequested = Signal(str)  # evidence id in this case

    def __init__(self, svc: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.view: EvidenceView | None = None
        self.handle: TaskHandle[list[NearDuplicate]] | None = None  # the lookup in flight
        self._stale = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)

    def load(self, view: EvidenceView | None) -> None:
        self.view = view
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.handle = None
        self.list.clear()
        view = self.view
        if view is None:
            self.summary.setText("")
            return
        if not view.phash:
            self.summary.setText(self.tr("No picture fingerprint for this item, so no comparison."))
            return
        self.summary.setText(self.tr("Looking for pictures that look alike…"))
        svc, evidence_id = self.svc, view.id
        handle = run_read(
            self, lambda: svc.near_duplicates(evidence_id), lambda found: self._show(handle, found)
        )
        self.handle = handle

    def _show(self, handle: TaskHandle[list[NearDuplicate]], found: list[NearDuplicate]) -> None:
        view = self.view
        if handle is not self.handle or view is None:
            return  # another item was shown meanwhile
        self.handle = None
        if not found:
            self.summary.setText(self.tr("No near-duplicates in this workspace."))
            return
        self.summary.setText(self.tr("Pictures that look alike (distance 0 = identical look):"))
        for dup in found:
            same_case = dup.case_id == view.case_id
            name, distance = isolate(dup.original_name), number(dup.distance)
            #: A picture that looks like this one: {0} its file name, {1} how different (0 = same look).
            text = (
                self.tr("{0} — distance {1}").format(name, distance)
                if same_case
                else self.tr("{0} — distance {1} (another case)").format(name, distance)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dup.evidence_id if same_case else None)
            if not same_case:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        evidence_id = item.data(Qt.ItemDataRole.UserRole)
        if evidence_id:
            self.openRequested.emit(evidence_id)
