"""The case timeline: events in order, each shown at the precision it is known to, with a painted strip.

Events are added, edited, removed (with a reason) and restored here, each undoable from Edit ▸ Undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime
from casedesk.core.views import EventView, PlaceView
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.formats import partial_time_text
from casedesk.ui.i18n import isolate
from casedesk.ui.labels import precision_words
from casedesk.ui.loads import Reader
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import (
    add_record,
    ask_reason,
    edit_record,
    remove_record,
    removed_colour,
    removed_font,
    removed_tip,
    restore_record,
)
from casedesk.ui.row_model import Index, RowTableModel
from casedesk.ui.timeline_strip import TimelineStrip
from casedesk.ui.widgets import BidiDelegate, hint, select_id


def not_a_date(text: str) -> str:
    """Why a typed time was refused, in the interface language (the core's own reason is English)."""
    return QCoreApplication.translate(
        "timeline",
        "Not a date: “{0}”. Type a year (2021), a month (2024-12), a day (2025-03-14) or a day and time "
        "with its time zone (2025-03-16 15:05 Europe/Paris).",
    ).format(isolate(text.strip()))


def input_form(text: str) -> str:
    """The form a user types ("2025-03-16 15:05 America/Los_Angeles") from PartialTime's canonical text."""
    stamp, precision, zone = text.split("|")
    if precision == "minute":
        return f"{stamp.replace('T', ' ')} {zone}".strip()
    return stamp


class TimelineModel(RowTableModel):
    WHEN, PRECISION, TITLE, PLACE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: dict[str, PlaceView] = {}

    def load(self, events: list[EventView], places: list[PlaceView]) -> None:
        self.places = {p.id: p for p in places}
        self.set_rows(sorted(events, key=lambda e: e.when.utc))

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Known to"), self.tr("Event"), self.tr("Place")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event: EventView = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return partial_time_text(event.when)
            if col == self.PRECISION:
                return precision_words().get(event.when.precision, event.when.precision)
            if col == self.TITLE:
                return event.title
            place = self.places.get(event.place_id or "")
            return place.name if place else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if event.removed:
                return removed_tip(event.removed_reason)
            return event.description or event.title
        if role == Qt.ItemDataRole.FontRole and event.removed:
            return removed_font(QGuiApplication.font())
        if role == Qt.ItemDataRole.ForegroundRole and event.removed:
            return removed_colour()
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None


class EventDialog(FormDialog):
    """Add or edit an event; the date is read as PartialTime.parse reads it, with live feedback."""

    def __init__(
        self, places: list[PlaceView], parent: QWidget | None = None, event: EventView | None = None
    ):
        super().__init__(self.tr("Edit event") if event else self.tr("New event"), parent)
        self.when = QLineEdit(input_form(event.when.text) if event else "")
        #: Examples of what can be typed as a date; keep the dates and the time zone name as they are.
        self.when.setPlaceholderText(
            self.tr("2025-03-14  ·  2024-12  ·  2021  ·  2025-03-16 15:05 America/Los_Angeles")
        )
        self.feedback = QLabel()
        self.title = QLineEdit(event.title if event else "")
        self.description = QPlainTextEdit(event.description if event else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.place = combo([(self.tr("(no place)"), None)] + [(p.name, p.id) for p in places])
        if event is not None and event.place_id:
            self.place.setCurrentIndex(max(0, self.place.findData(event.place_id)))
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow("", self.feedback)
        self.form.addRow(self.tr("Event"), self.title)
        self.form.addRow(self.tr("Details"), self.description)
        self.form.addRow(self.tr("Place"), self.place)
        self.parsed: PartialTime | None = None
        self.when.textChanged.connect(self._check)
        self.title.textChanged.connect(self._check)
        self._check()

    @classmethod
    def ask(
        cls, places: list[PlaceView], parent: QWidget | None, event: EventView | None = None
    ) -> dict[str, Any] | None:
        """The event's fields as entered (``add_event``'s and ``update_event``'s names), or None."""
        dialog = cls(places, parent, event)
        try:
            if not (dialog.exec() and dialog.parsed is not None):
                return None
            return {
                "when": dialog.parsed,
                "title": dialog.title.text().strip(),
                "description": dialog.description.toPlainText().strip(),
                "place_id": dialog.place.currentData(),
            }
        finally:
            dialog.deleteLater()

    def _check(self) -> None:
        try:
            self.parsed = PartialTime.parse(self.when.text()) if self.when.text().strip() else None
        except ValueError:
            self.parsed = None
            self.feedback.setText(not_a_date(self.when.text()))
        else:
            if self.parsed is None:
                self.feedback.setText(
                    self.tr("Give as much as is known: a year, a month, a day or a minute.")
                )
            else:
                words = precision_words()[self.parsed.precision.value]
                self.feedback.setText(
                    self.tr("Shown as “{0}” (known to: {1})").format(partial_time_text(self.parsed), words)
                )
        self.ok_button_enabled(self.parsed is not None and bool(self.title.text().strip()))


@dataclass(frozen=True, slots=True)
class _Loaded:
    events: list[EventView]
    places: list[PlaceView]  # all of the case's places, removed ones too: events still name them


class TimelineTab(QWidget):
    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.case_id: str | None = None
        self.places: list[PlaceView] = []
        self._pending_select: str | None = None
        self._reader = Reader[_Loaded](self, self._show)
        self.strip = TimelineStrip()
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (TimelineModel.WHEN, TimelineModel.PRECISION, TimelineModel.PLACE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self.add_button = QPushButton(self.tr("New event…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr("▬ year or month only   ◆ day   ● exact time   // time shortened")), 1)
        buttons.addWidget(self.show_removed)
        for button in (self.restore_button, self.remove_button, self.edit_button, self.add_button):
            buttons.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.details)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.strip)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.strip.eventClicked.connect(self.select_event)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(self._edit_event)
        self.add_button.clicked.connect(self._add_event)
        self.edit_button.clicked.connect(self._edit_event)
        self.remove_button.clicked.connect(self._remove_event)
        self.restore_button.clicked.connect(self._restore_event)
        self.show_removed.toggled.connect(lambda _on: self._read())
        ops.changed.connect(self._on_changed)
        self._row_changed()

    # -- loading -----------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self._pending_select = None
            self.model.load([], [])
            self.strip.set_events([])
        self.case_id = case_id
        self.add_button.setEnabled(case_id is not None)
        self._read()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches_case(self.case_id) and changes.touches(ObjectKind.EVENT, ObjectKind.PLACE):
            self._read()

    def _read(self) -> None:
        case_id, removed, svc = self.case_id, self.show_removed.isChecked(), self.svc

        def work() -> _Loaded:
            assert case_id is not None
            return _Loaded(svc.list_events(case_id, removed=removed), svc.list_places(case_id, removed=True))

        self._reader.read(case_id, work)

    def _show(self, loaded: _Loaded) -> None:
        keep = self._pending_select or self.current_event_id()
        scroll = self.table.verticalScrollBar().value()
        self.places = loaded.places
        self.model.load(loaded.events, loaded.places)
        self.strip.set_events([e for e in loaded.events if not e.removed])
        if keep and self.model.row_of(keep) >= 0:
            self._pending_select = None
            self.select_event(keep)
        self.table.verticalScrollBar().setValue(scroll)
        self._row_changed()

    def current_event_id(self) -> str | None:
        return self.model.id_at(self.table.currentIndex())

    def current_event(self) -> EventView | None:
        event_id = self.current_event_id()
        return self.model.rows[self.model.row_of(event_id)] if event_id else None

    def select_event(self, event_id: str) -> None:
        """Select an event (once it has arrived, if the timeline is still loading)."""
        if self.model.row_of(event_id) < 0:
            self._pending_select = event_id
            return
        select_id(self.table, self.model, event_id)

    def _row_changed(self, *_args: object) -> None:
        event = self.current_event()
        self.strip.set_selected(event.id if event else None)
        self.edit_button.setEnabled(event is not None and not event.removed)
        self.remove_button.setEnabled(event is not None and not event.removed)
        self.restore_button.setEnabled(event is not None and event.removed)
        self.restore_button.setVisible(self.show_removed.isChecked())
        self.details.setText(event.description if event else "")

    # -- edits -------------------------------------------------------------------------------------
    def _active_places(self) -> list[PlaceView]:
        return [p for p in self.places if not p.removed]

    def _add_event(self) -> None:
        if self.case_id is None:
            return
        fields = EventDialog.ask(self._active_places(), self)
        if fields is None:
            return
        case_id, svc = self.case_id, self.svc
        changes = add_record(
            self.ops,
            self,
            self.tr("Add event “{0}”").format(isolate(fields["title"])),
            ObjectKind.EVENT,
            lambda: svc.add_event(case_id, **fields),
        )
        if changes:
            self._pending_select = changes.id

    def _edit_event(self, *_args: object) -> None:
        event = self.current_event()
        if event is None or event.removed:
            return
        fields = EventDialog.ask(self._active_places(), self, event)
        if fields is None:
            return
        event_id, svc = event.id, self.svc
        edit_record(
            self.ops,
            self,
            self.tr("Edit event “{0}”").format(isolate(event.title)),
            event_id,
            lambda: svc.update_event(event_id, **fields),
            lambda before: svc.update_event(event_id, **before),
        )

    def _remove_event(self) -> None:
        event = self.current_event()
        if event is None or event.removed:
            return
        reason = ask_reason(self, self.tr("Remove event"), event.title)
        if reason is not None:
            text = self.tr("Remove event “{0}”").format(isolate(event.title))
            remove_record(self.ops, self, text, ObjectKind.EVENT, event.id, reason)

    def _restore_event(self) -> None:
        event = self.current_event()
        if event is not None and event.removed:
            text = self.tr("Restore event “{0}”").format(isolate(event.title))
            restore_record(self.ops, self, text, ObjectKind.EVENT, event.id, event.removed_reason)
