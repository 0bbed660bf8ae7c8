"""The case at a glance: title, summary, status, when it happened (as precisely as known), places, tags,
related cases and notes. Every field saves itself when editing finishes; every edit can be undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.views import CaseHeader, CaseSummary, NoteView, PlaceView
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.case_fields import PlaceDialog, TimeField, place_text
from casedesk.ui.checklist import progress_text
from casedesk.ui.formats import utc_text
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.labels import case_statuses
from casedesk.ui.loads import Reader
from casedesk.ui.messages import show_error
from casedesk.ui.ocr_languages import OcrLanguagesField
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import (
    UNDONE,
    RecordList,
    Row,
    add_record,
    ask_reason,
    edit_record,
    remove_record,
    restore_record,
)
from casedesk.ui.widgets import CommitComboBox, CommitLineEdit, CommitTextEdit, heading, hint


class OverviewTab(QScrollArea):
    """The case's own fields come from the header the case panel reads once per change (for its tab
    titles too); places, notes and the related cases' titles are read here."""

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.case_id: str | None = None
        self.header: CaseHeader | None = None
        self.places_shown: dict[str, PlaceView] = {}
        self.notes_shown: dict[str, NoteView] = {}
        self._pending_select: tuple[str, str] | None = None
        self._related_ids: list[str] = []
        self._titles = Reader[dict[str, str]](self, self._show_related)
        self._places = Reader[list[PlaceView]](self, self._show_places)
        self._notes = Reader[list[NoteView]](self, self._show_notes)
        self._others = Reader[list[CaseSummary]](self, self._choose_related)
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)

        self.title = CommitLineEdit()
        self.title.setObjectName("caseTitle")
        self.status = CommitComboBox([(label, key) for key, label in case_statuses().items()])
        self.status.setObjectName("caseStatus")
        self.summary = CommitTextEdit()
        self.summary.setObjectName("caseSummary")
        self.summary.setMinimumHeight(90)
        self.summary.setMaximumHeight(140)
        self.incident = TimeField()
        self.incident.setObjectName("incidentTime")
        self.first_seen = TimeField()
        self.tags = CommitLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.ocr_languages = OcrLanguagesField()
        self.ocr_languages.setObjectName("caseOcrLanguages")
        self.ocr_languages.setToolTip(
            self.tr(
                "The languages of the text in this case's stills; none: those of Preferences ▸ "
                "Text recognition"
            )
        )
        self.counts = QLabel()
        self.counts.setObjectName("caseCounts")
        self.counts.setWordWrap(True)

        self.places = RecordList(self.tr("Places"), self.tr("Add place…"))
        self.places.setObjectName("casePlaces")
        self.related = QListWidget()
        self.related.setMaximumHeight(130)
        self.add_related = QPushButton(self.tr("Relate to case…"))
        self.unlink_related = QPushButton(self.tr("Remove link…"))
        self.notes = RecordList(self.tr("Notes"), self.tr("Add note…"))
        self.notes.setObjectName("caseNotes")

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Incident"), self.incident)
        form.addRow(self.tr("First seen"), self.first_seen)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Recognise text in"), self.ocr_languages)
        related_box = QWidget()
        related_layout = QVBoxLayout(related_box)
        related_layout.setContentsMargins(0, 0, 0, 0)
        related_layout.addWidget(heading(self.tr("Related cases")))
        related_layout.addWidget(self.related)
        related_buttons = QHBoxLayout()
        related_buttons.addWidget(self.add_related)
        related_buttons.addWidget(self.unlink_related)
        related_buttons.addStretch(1)
        related_layout.addLayout(related_buttons)
        grid = QGridLayout()
        grid.addWidget(self.places, 0, 0)
        grid.addWidget(related_box, 0, 1)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addLayout(grid)
        layout.addWidget(self.notes)
        layout.addWidget(
            hint(self.tr("Changes are saved as you make them and written to the custody log; Edit ▸ Undo."))
        )
        layout.addStretch(1)

        self.title.committed.connect(lambda v: self._update(self.tr("Edit the case title"), title=v))
        self.summary.committed.connect(lambda v: self._update(self.tr("Edit the summary"), summary=v))
        self.status.committed.connect(lambda v: self._update(self.tr("Change the case status"), status=v))
        self.incident.committed.connect(
            lambda v: self._update(self.tr("Edit the incident time"), incident_time=v)
        )
        self.first_seen.committed.connect(
            lambda v: self._update(self.tr("Edit when first seen"), first_seen=v)
        )
        self.tags.committed.connect(
            lambda v: self._update(
                self.tr("Edit the tags"), tags=[t.strip() for t in v.split(",") if t.strip()]
            )
        )
        self.ocr_languages.committed.connect(
            lambda v: self._update(self.tr("Change the languages text is recognised in"), ocr_languages=v)
        )
        self.places.addRequested.connect(self._add_place)
        self.places.editRequested.connect(self._edit_place)
        self.places.removeRequested.connect(self._remove_place)
        self.places.restoreRequested.connect(self._restore_place)
        self.places.showRemovedChanged.connect(lambda _on: self._read_places())
        self.notes.addRequested.connect(self._add_note)
        self.notes.editRequested.connect(self._edit_note)
        self.notes.removeRequested.connect(self._remove_note)
        self.notes.restoreRequested.connect(self._restore_note)
        self.notes.showRemovedChanged.connect(lambda _on: self._read_notes())
        self.add_related.clicked.connect(self._relate)
        self.unlink_related.clicked.connect(self._unlink)
        self.related.currentRowChanged.connect(
            lambda row: self.unlink_related.setEnabled(row >= 0 and self.case_id is not None)
        )
        self.unlink_related.setEnabled(False)
        ops.changed.connect(self._on_changed)

    # -- loading -----------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self._pending_select = None
        self.case_id = case_id
        self.setEnabled(case_id is not None)
        if self.header is not None and self.header.id != case_id:
            self._clear_header()  # another case's fields are never left on show (nor edited)
        if case_id is None:
            self.places.set_rows([])
            self.notes.set_rows([])
        self._read_places()
        self._read_notes()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(ObjectKind.CASE) and changes.case_ids & set(self._related_ids):
            self._read_titles()  # a related case was renamed
        if not changes.touches_case(self.case_id):
            return
        if changes.touches(ObjectKind.PLACE):
            self._read_places()
        if changes.touches(ObjectKind.NOTE):
            self._read_notes()

    def _read_titles(self) -> None:
        svc = self.svc
        self._titles.read(self.case_id, lambda: {c.id: c.title for c in svc.list_cases()})

    def _read_places(self) -> None:
        case_id, removed, svc = self.case_id, self.places.show_removed.isChecked(), self.svc
        self._places.read(case_id, lambda: svc.list_places(case_id or "", removed=removed))

    def _read_notes(self) -> None:
        case_id, removed, svc = self.case_id, self.notes.show_removed.isChecked(), self.svc
        self._notes.read(case_id, lambda: svc.list_notes(case_id or "", removed=removed))

    def show_header(self, view: CaseHeader) -> None:
        """Show the case's own fields and counts (from the panel's read of the header)."""
        if view.id != self.case_id:
            return
        self.header = view
        self.title.set_saved_text(view.title)
        self.status.set_value(view.status)
        self.summary.set_saved_text(view.summary)
        self.incident.set_value(view.incident_time)
        self.first_seen.set_value(view.first_seen)
        self.tags.set_saved_text(", ".join(view.tags))
        self.ocr_languages.set_value(view.ocr_languages)
        self.counts.setText(self.counts_text(view))
        if view.related_case_ids != self._related_ids:
            self._related_ids = list(view.related_case_ids)
            self._show_related({})  # ids at once; their titles when read
            if self._related_ids:
                self._read_titles()

    def counts_text(self, view: CaseHeader) -> str:
        """ "12 evidence items · 3 sources · … · custody log: 64 entries", each count in its own words."""
        evidence, sources = view.counts.get("evidence", 0), view.counts.get("sources", 0)
        claims, events = view.counts.get("claims", 0), view.counts.get("events", 0)
        entries = view.custody_count
        parts = [
            plural(self.tr("%Ln evidence item(s)", "", evidence), evidence),
            plural(self.tr("%Ln source(s)", "", sources), sources),
            plural(self.tr("%Ln claim(s)", "", claims), claims),
            plural(self.tr("%Ln event(s)", "", events), events),
            self.tr("checklist: {0}").format(progress_text(view.checklist_progress)),
            plural(self.tr("custody log: %Ln entry(ies)", "", entries), entries),
        ]
        #: Separates the counts of the case's overview line ("12 evidence items · 3 sources").
        return self.tr(" · ").join(parts)

    def _clear_header(self) -> None:
        self.header = None
        for field in (self.title, self.tags):
            field.set_saved_text("")
        self.summary.set_saved_text("")
        self.incident.set_value(None)
        self.first_seen.set_value(None)
        self.ocr_languages.set_value("")
        self.counts.setText("")
        self._related_ids = []
        self.related.clear()

    def _show_related(self, titles: dict[str, str]) -> None:
        keep = self.current_related_id()
        self.related.clear()
        for case_id in self._related_ids:
            item = QListWidgetItem(titles.get(case_id, case_id[:8]))
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.related.addItem(item)
            if case_id == keep:
                self.related.setCurrentItem(item)

    def _show_places(self, places: list[PlaceView]) -> None:
        self.places_shown = {p.id: p for p in places}
        self.places.set_rows([Row(p.id, place_text(p), p.notes, p.removed, p.removed_reason) for p in places])
        self._select_pending("place")

    def _show_notes(self, notes: list[NoteView]) -> None:
        self.notes_shown = {n.id: n for n in notes}
        tip = self.tr("Written {0}; double-click to edit")
        self.notes.set_rows(
            [
                Row(n.id, n.text, tip.format(utc_text(n.created_at)), n.removed, n.removed_reason)
                for n in notes
            ]
        )
        self._select_pending("note")

    def current_related_id(self) -> str | None:
        item = self.related.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_object(self, object_type: str, object_id: str) -> None:
        """Highlight a place or note that a search hit points at (once it has arrived)."""
        if object_type not in ("place", "note"):
            self.title.setFocus()
            return
        self._pending_select = (object_type, object_id)
        self._select_pending(object_type)

    def _select_pending(self, object_type: str) -> None:
        if self._pending_select is None or self._pending_select[0] != object_type:
            return
        records = self.places if object_type == "place" else self.notes
        if records.select(self._pending_select[1]):
            records.list.setFocus()
            self._pending_select = None

    # -- the case's own fields ---------------------------------------------------------------------
    def _update(self, text: str, **changes: Any) -> None:
        if self.case_id is None:
            return
        case_id, svc = self.case_id, self.svc
        edit_record(
            self.ops,
            self,
            text,
            case_id,
            lambda: svc.update_case(case_id, **changes),
            lambda before: svc.update_case(case_id, **before),
        )

    # -- places ------------------------------------------------------------------------------------
    def _add_place(self) -> None:
        if self.case_id is None:
            return
        fields = PlaceDialog.ask(self)
        if fields is None:
            return
        case_id, svc = self.case_id, self.svc
        changes = add_record(
            self.ops,
            self,
            self.tr("Add place “{0}”").format(isolate(fields["name"])),
            ObjectKind.PLACE,
            lambda: svc.add_place(case_id, **fields),
        )
        if changes:
            self._pending_select = ("place", changes.id)

    def _edit_place(self, place_id: str) -> None:
        place = self.places_shown.get(place_id)
        if place is None:
            return
        fields, svc = PlaceDialog.ask(self, place), self.svc
        if fields is None:
            return
        edit_record(
            self.ops,
            self,
            self.tr("Edit place “{0}”").format(isolate(place.name)),
            place_id,
            lambda: svc.update_place(place_id, **fields),
            lambda before: svc.update_place(place_id, **before),
        )

    def _remove_place(self, place_id: str) -> None:
        place = self.places_shown.get(place_id)
        if place is None:
            return
        reason = ask_reason(self, self.tr("Remove place"), place.name)
        if reason is not None:
            text = self.tr("Remove place “{0}”").format(isolate(place.name))
            remove_record(self.ops, self, text, ObjectKind.PLACE, place_id, reason)

    def _restore_place(self, place_id: str) -> None:
        place = self.places_shown.get(place_id)
        if place is not None:
            text = self.tr("Restore place “{0}”").format(isolate(place.name))
            restore_record(self.ops, self, text, ObjectKind.PLACE, place_id, place.removed_reason)

    # -- notes -------------------------------------------------------------------------------------
    def _add_note(self) -> None:
        if self.case_id is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("New note"), self.tr("Note"))
        if not (ok and text.strip()):
            return
        case_id, svc = self.case_id, self.svc
        changes = add_record(
            self.ops,
            self,
            self.tr("Add a note"),
            ObjectKind.NOTE,
            lambda: svc.add_note(case_id, text.strip()),
        )
        if changes:
            self._pending_select = ("note", changes.id)

    def _edit_note(self, note_id: str) -> None:
        note = self.notes_shown.get(note_id)
        if note is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit note"), self.tr("Note"), note.text)
        if not (ok and text.strip() and text.strip() != note.text):
            return
        svc = self.svc
        edit_record(
            self.ops,
            self,
            self.tr("Edit a note"),
            note_id,
            lambda: svc.update_note(note_id, text.strip()),
            lambda before: svc.update_note(note_id, str(before.get("text", note.text))),
        )

    def _remove_note(self, note_id: str) -> None:
        note = self.notes_shown.get(note_id)
        if note is None:
            return
        first_line = note.text.splitlines()[0] if note.text else ""
        reason = ask_reason(self, self.tr("Remove note"), first_line)
        if reason is not None:
            remove_record(self.ops, self, self.tr("Remove a note"), ObjectKind.NOTE, note_id, reason)

    def _restore_note(self, note_id: str) -> None:
        note = self.notes_shown.get(note_id)
        if note is not None:
            text = self.tr("Restore a note")
            restore_record(self.ops, self, text, ObjectKind.NOTE, note_id, note.removed_reason)

    # -- related cases -----------------------------------------------------------------------------
    def _relate(self) -> None:
        if self.case_id is None:
            return
        # The other cases are read off the GUI thread; the choice opens when they arrive.
        self._others.read(self.case_id, self.svc.list_cases)

    def _choose_related(self, cases: list[CaseSummary]) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        related = set(self.header.related_case_ids if self.header else [])
        others = [c for c in cases if c.id != case_id and c.id not in related]
        if not others:
            show_error(self, UsageError(self.tr("There is no other case to relate this one to.")))
            return
        names = [isolate(f"{c.title} ({c.id[:8]})") for c in others]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Relate to case"), self.tr("Related case"), names, 0, False
        )
        if not ok:
            return
        other = others[names.index(choice)]
        svc = self.svc
        self.ops.run(
            self,
            self.tr("Relate to “{0}”").format(isolate(other.title)),
            lambda: svc.link_cases(case_id, other.id),
            undo=lambda _done: svc.unlink_cases(case_id, other.id, UNDONE),
        )

    def _unlink(self) -> None:
        item = self.related.currentItem()
        if item is None or self.case_id is None:
            return
        case_id, other_id, title = self.case_id, str(item.data(Qt.ItemDataRole.UserRole)), item.text()
        reason = ask_reason(self, self.tr("Remove the link"), title)
        if reason is None:
            return
        svc = self.svc
        self.ops.run(
            self,
            self.tr("Remove the link to “{0}”").format(isolate(title)),
            lambda: svc.unlink_cases(case_id, other_id, reason),
            undo=lambda _done: svc.link_cases(case_id, other_id),
        )
