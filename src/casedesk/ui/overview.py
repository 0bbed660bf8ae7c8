"""The case at a glance: title, summary, status, when it happened (as precisely as known), places, tags,
related cases and notes. Every field saves itself when editing finishes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime
from casedesk.core.views import CaseView, PartialTimeView, PlaceView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.labels import case_statuses
from casedesk.ui.messages import show_error
from casedesk.ui.ops import CaseOps
from casedesk.ui.timeline import PRECISION_WORDS, input_form
from casedesk.ui.widgets import BidiDelegate, CommitComboBox, CommitLineEdit, CommitTextEdit, heading, hint


def place_text(place: PlaceView) -> str:
    if place.lat is None or place.lon is None:
        return place.name
    lat = f"{abs(place.lat):.2f} {'N' if place.lat >= 0 else 'S'}"
    lon = f"{abs(place.lon):.2f} {'E' if place.lon >= 0 else 'W'}"
    approx = f" ({place.precision})" if place.precision else ""
    return f"{place.name} — {lat}, {lon}{approx}"


class AddPlaceDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New place"), parent)
        self.name = QLineEdit()
        self.lat = QDoubleSpinBox()
        self.lon = QDoubleSpinBox()
        for box, limit in ((self.lat, 90.0), (self.lon, 180.0)):
            box.setRange(-limit, limit)
            box.setDecimals(5)
        self.known = combo([(self.tr("Coordinates known"), True), (self.tr("Name only"), False)])
        self.precision = QLineEdit()
        self.precision.setPlaceholderText(self.tr("e.g. approximate, town centre, exact"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Position"), self.known)
        self.form.addRow(self.tr("Latitude (WGS 84)"), self.lat)
        self.form.addRow(self.tr("Longitude (WGS 84)"), self.lon)
        self.form.addRow(self.tr("Precision"), self.precision)


class TimeField(QWidget):
    """A partial time typed as text ("2025-03-14") with its honest reading shown beside it."""

    committed = Signal(object)  # PartialTime | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = CommitLineEdit()
        self.edit.setPlaceholderText(
            self.tr("unknown — e.g. 2025-03-14 or 2025-03-16 15:05 America/Los_Angeles")
        )
        self.reading = QLabel()
        self.reading.setObjectName("timeReading")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 3)
        layout.addWidget(self.reading, 2)
        self.edit.committed.connect(self._commit)

    def set_value(self, value: PartialTimeView | None) -> None:
        self.edit.set_saved_text(input_form(value.text) if value else "")
        self._describe(
            value.display if value else None,
            value.precision if value else None,
            value.zone if value else None,
        )

    def _describe(self, display: str | None, precision: str | None, zone: str | None) -> None:
        if display is None:
            self.reading.setText(self.tr("not known"))
            return
        words = self.tr(PRECISION_WORDS.get(precision or "", precision or ""))
        zone_text = zone or self.tr("no time zone")
        self.reading.setText(f"<b>{display}</b> · {words} · {zone_text}")

    def _commit(self, text: str) -> None:
        if not text.strip():
            self.committed.emit(None)
            return
        try:
            value = PartialTime.parse(text)
        except ValueError as exc:
            self.edit.revert()
            show_error(self, UsageError(str(exc)))
            return
        self.committed.emit(value)


class OverviewTab(QScrollArea):
    edited = Signal()

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.view: CaseView | None = None
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
        self.counts = QLabel()
        self.counts.setObjectName("caseCounts")
        self.counts.setWordWrap(True)

        self.places = QListWidget()
        self.places.setItemDelegate(BidiDelegate(self.places))
        self.add_place = QPushButton(self.tr("Add place…"))
        self.related = QListWidget()
        self.add_related = QPushButton(self.tr("Relate to case…"))
        self.notes = QListWidget()
        self.notes.setObjectName("caseNotes")
        self.notes.setItemDelegate(BidiDelegate(self.notes))
        self.notes.setWordWrap(True)
        self.add_note = QPushButton(self.tr("Add note…"))
        for lst in (self.places, self.related, self.notes):
            lst.setMaximumHeight(120)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Incident"), self.incident)
        form.addRow(self.tr("First seen"), self.first_seen)
        form.addRow(self.tr("Tags"), self.tags)
        grid = QGridLayout()
        for col, (title, lst, button) in enumerate(
            (
                (self.tr("Places"), self.places, self.add_place),
                (self.tr("Related cases"), self.related, self.add_related),
            )
        ):
            grid.addWidget(heading(title), 0, col)
            grid.addWidget(lst, 1, col)
            grid.addWidget(button, 2, col, Qt.AlignmentFlag.AlignLeading)
        notes_row = QHBoxLayout()
        notes_row.addWidget(heading(self.tr("Notes")), 1)
        notes_row.addWidget(self.add_note)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addLayout(grid)
        layout.addLayout(notes_row)
        layout.addWidget(self.notes)
        layout.addWidget(hint(self.tr("Changes are saved as you make them and written to the custody log.")))
        layout.addStretch(1)

        self.title.committed.connect(lambda v: self._update(title=v))
        self.summary.committed.connect(lambda v: self._update(summary=v))
        self.status.committed.connect(lambda v: self._update(status=v))
        self.incident.committed.connect(lambda v: self._update(incident_time=v))
        self.first_seen.committed.connect(lambda v: self._update(first_seen=v))
        self.tags.committed.connect(
            lambda v: self._update(tags=[t.strip() for t in v.split(",") if t.strip()])
        )
        self.add_place.clicked.connect(self._add_place)
        self.add_related.clicked.connect(self._relate)
        self.add_note.clicked.connect(self._add_note)
        self.notes.itemDoubleClicked.connect(self._edit_note)

    def load(self, view: CaseView) -> None:
        self.view = view
        self.title.set_saved_text(view.title)
        self.status.set_value(view.status)
        self.summary.set_saved_text(view.summary)
        self.incident.set_value(view.incident_time)
        self.first_seen.set_value(view.first_seen)
        self.tags.set_saved_text(", ".join(view.tags))
        self.counts.setText(
            self.tr(
                "{0} evidence items · {1} sources · {2} claims · {3} events · checklist: {4} · "
                "custody log: {5} entries"
            ).format(
                len(view.evidence),
                len(view.sources),
                len(view.claims),
                len(view.timeline),
                view.checklist_progress.summary(),
                view.custody_count,
            )
        )
        self.places.clear()
        for place in view.places:
            item = QListWidgetItem(place_text(place))
            item.setData(Qt.ItemDataRole.UserRole, place.id)
            item.setToolTip(place.notes)
            self.places.addItem(item)
        titles = {c.id: c.title for c in self.svc.list_cases()}
        self.related.clear()
        for case_id in view.related_case_ids:
            item = QListWidgetItem(titles.get(case_id, case_id[:8]))
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.related.addItem(item)
        self.notes.clear()
        for note in view.notes:
            item = QListWidgetItem(note.text)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(
                self.tr("Written {0:%Y-%m-%d %H:%M} UTC; double-click to edit").format(note.created_at)
            )
            self.notes.addItem(item)

    def select_object(self, object_type: str, object_id: str) -> None:
        """Highlight a place or note that a search hit points at."""
        lst = {"place": self.places, "note": self.notes}.get(object_type)
        if lst is None:
            self.title.setFocus()
            return
        for row in range(lst.count()):
            if lst.item(row).data(Qt.ItemDataRole.UserRole) == object_id:
                lst.setCurrentRow(row)
                lst.setFocus()

    def _update(self, **changes: Any) -> None:
        if self.view is not None:
            self.svc.update_case(self.view.id, **changes)
            self.edited.emit()

    def _add_place(self) -> None:
        if self.view is None:
            return
        dialog = AddPlaceDialog(self)
        if dialog.exec() and dialog.name.text().strip():
            known = bool(dialog.known.currentData())
            self.svc.add_place(
                self.view.id,
                dialog.name.text().strip(),
                dialog.lat.value() if known else None,
                dialog.lon.value() if known else None,
                dialog.precision.text().strip(),
            )
            self.edited.emit()

    def _relate(self) -> None:
        if self.view is None:
            return
        others = [
            c
            for c in self.svc.list_cases()
            if c.id != self.view.id and c.id not in self.view.related_case_ids
        ]
        if not others:
            show_error(self, UsageError(self.tr("There is no other case to relate this one to.")))
            return
        names = [f"{c.title} ({c.id[:8]})" for c in others]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Relate to case"), self.tr("Related case"), names, 0, False
        )
        if ok:
            self.svc.link_cases(self.view.id, others[names.index(choice)].id)
            self.edited.emit()

    def _add_note(self) -> None:
        if self.view is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("New note"), self.tr("Note"))
        if ok and text.strip():
            self.svc.add_note(self.view.id, text.strip())
            self.edited.emit()

    def _edit_note(self, item: QListWidgetItem) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit note"), self.tr("Note"), item.text())
        if ok and text.strip() and text != item.text():
            self.svc.update_note(item.data(Qt.ItemDataRole.UserRole), text.strip())
            self.edited.emit()
