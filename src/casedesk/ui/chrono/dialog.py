"""Chronolocate a still by its shadows: draw on it, search the dates at a place, keep the result.

The investigator places five points on the picture (see :mod:`.canvas`), types the reference's
bearing, chooses the place (one of the case's, or the item's own GPS position) and the dates (the
item's recorded date at that place, or a range); the search runs on the work pool, a day at a time,
with a progress dialog for long ranges. Saving keeps the drawing as an annotation beside the still
(kind "shadow": added the first time, edited after that) and appends the result, its inputs and the
method to the item's "Chronolocated" checklist note; both are logged in the custody log and undone
together, as one edit. Opened again, the dialog shows the saved drawing for editing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.chrono import (
    ChronoPlace,
    ChronoRequest,
    ChronoResult,
    chronolocate,
    measure,
    note_text,
    with_result,
)
from casedesk.chrono.annotation import KIND, annotation_body, annotation_label, drawing_of
from casedesk.chrono.finding import latest_drawing
from casedesk.core.changes import Changes
from casedesk.core.errors import CaseDeskError
from casedesk.core.service import CaseService
from casedesk.core.service.annotations import AnnotationView
from casedesk.core.views import CheckView, EvidenceView, PlaceView
from casedesk.geo import zone_at
from casedesk.ui.case_fields import coordinates
from casedesk.ui.chrono.canvas import STEPS, DrawingView
from casedesk.ui.evidence.edits import EvidenceEdits
from casedesk.ui.formats import decimal
from casedesk.ui.i18n import core_text, current_language, isolate, plural
from casedesk.ui.tasks import TaskHandle, run_read, run_task

CHECK_KEY = "ev_chronolocation"
RATIO_TOLERANCE = 0.25
# Reason the custody log records when a saved drawing is undone. Not translated: the log keeps one
# language for its own words (as the Evidence pane's undo of a link).
UNDONE = "Undo of a saved chronolocation"


@dataclass(frozen=True)
class DialogData:
    """What the dialog reads of the case (off the GUI thread)."""

    places: list[PlaceView]  # in force, with coordinates
    check: CheckView | None  # the item's "Chronolocated" step, if its checklist has one
    drawn: AnnotationView | None = None  # the shadow drawing last saved on the item


def read_dialog_data(svc: CaseService, view: EvidenceView) -> DialogData:
    places = [p for p in svc.list_places(view.case_id) if p.lat is not None and p.lon is not None]
    check = next((c for c in svc.checklist(view.case_id, view.id) if c.key == CHECK_KEY), None)
    drawn = svc.list_annotations(view.id, kind=KIND)
    return DialogData(places, check, drawn[-1] if drawn else None)


class ChronoDialog(QDialog):
    """Draw the shadow, find the matching times, save them in the item's checklist note."""

    def __init__(
        self,
        svc: CaseService,
        edits: EvidenceEdits,
        view: EvidenceView,
        image: QImage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.edits = edits
        self.view = view
        self.data: DialogData | None = None
        self.found: ChronoResult | None = None
        self.search: TaskHandle[ChronoResult] | None = None
        self.saved = False
        self.setWindowTitle(self.tr("Chronolocate by shadow: {0}").format(isolate(view.original_name)))
        self.resize(1180, 720)

        self.canvas = DrawingView(image)
        self.canvas.setMinimumSize(480, 360)
        self.steps = QListWidget()
        for number, (step, name) in enumerate(zip(STEPS, self._step_names(), strict=True), start=1):
            item = QListWidgetItem(self.tr("{0}. {1}").format(number, name))
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.steps.addItem(item)
        self.steps.setCurrentRow(0)
        self.steps.setIconSize(QSize(16, 16))
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = max(self.steps.fontMetrics().height(), 16) + 6
        self.steps.setFixedHeight(row_height * len(STEPS) + 2 * self.steps.frameWidth() + 4)
        self.bearing = QDoubleSpinBox()
        self.bearing.setRange(0.0, 359.9)
        self.bearing.setDecimals(1)
        self.bearing.setWrapping(True)
        self.bearing.setSuffix("°")
        self.north = QPushButton(self.tr("North (0°)"))
        self.north.setToolTip(self.tr("The reference line points north, from its first point to its second"))
        self.clear_button = QPushButton(self.tr("Clear the points"))
        self.readout = QLabel()
        self.readout.setWordWrap(True)

        self.place = QComboBox()
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_hint = QLabel()
        self.date_hint.setWordWrap(True)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setRange(0.5, 30.0)
        self.tolerance.setDecimals(1)
        self.tolerance.setValue(5.0)
        self.tolerance.setPrefix("± ")
        self.tolerance.setSuffix("°")
        self.use_ratio = QCheckBox(
            self.tr("Also match the length ratio (±{0}%)").format(round(RATIO_TOLERANCE * 100))
        )
        self.use_ratio.setToolTip(
            self.tr(
                "Perspective shortens a shadow on the ground: "
                "use the ratio only on a picture taken from above"
            )
        )
        self.find_button = QPushButton(self.tr("Find matching times"))
        self.window_list = QTreeWidget()
        self.window_list.setRootIsDecorated(False)
        self.window_list.setHeaderLabels(
            [self.tr("Local date"), self.tr("UTC"), self.tr("Local time at the place"), self.tr("Best (UTC)")]
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("Save in the Chronolocated note"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setEnabled(False)
        self._layout()

        self.canvas.pointsChanged.connect(self._drawing_changed)
        self.canvas.stepChanged.connect(self._step_selected_on_canvas)
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.bearing.valueChanged.connect(self._drawing_changed)
        self.north.clicked.connect(lambda: self.bearing.setValue(0.0))
        self.clear_button.clicked.connect(self.canvas.clear)
        for signal in (
            self.place.currentIndexChanged,
            self.first.dateChanged,
            self.last.dateChanged,
            self.tolerance.valueChanged,
            self.use_ratio.toggled,
        ):
            signal.connect(self._stale)
        self.find_button.clicked.connect(self.find_times)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._drawing_changed()
        self._loading = run_read(self, lambda: read_dialog_data(svc, view), self._arrived)

    # -- layout ------------------------------------------------------------------------------------
    def _step_names(self) -> list[str]:
        return [
            self.tr("Base of a vertical object (where it meets the ground)"),
            self.tr("Top of the object"),
            self.tr("Tip of its shadow"),
            self.tr("Reference direction: first point"),
            self.tr("Reference direction: second point"),
        ]

    def _layout(self) -> None:
        drawing = QGroupBox(self.tr("Drawing"))
        form = QVBoxLayout(drawing)
        hint = QLabel(self.tr("Choose a point in the list, then click it on the picture."))
        hint.setWordWrap(True)
        form.addWidget(hint)
        form.addWidget(self.steps)
        bearing_row = QHBoxLayout()
        bearing_row.addWidget(QLabel(self.tr("Reference bearing:")))
        bearing_row.addWidget(self.bearing, 1)
        bearing_row.addWidget(self.north)
        form.addLayout(bearing_row)
        reference_hint = QLabel(
            self.tr(
                "Degrees from north, from the first reference point to the second: a road or wall "
                "measured on the map, or north."
            )
        )
        reference_hint.setWordWrap(True)
        form.addWidget(reference_hint)
        form.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeading)
        form.addWidget(self.readout)

        where = QGroupBox(self.tr("Where and when"))
        fields = QFormLayout(where)
        fields.addRow(self.tr("Place:"), self.place)
        fields.addRow(self.tr("From:"), self.first)
        fields.addRow(self.tr("To:"), self.last)
        fields.addRow(self.date_hint)
        fields.addRow(self.tr("Bearing tolerance:"), self.tolerance)
        fields.addRow(self.use_ratio)
        fields.addRow(self.find_button)

        assumptions = QLabel(
            self.tr(
                "Assumes a vertical object on roughly level ground, and takes the picture's perspective "
                "as the reference line's: the angle between the reference and the shadow on the picture "
                "is taken as their angle on the ground. Draw the reference close to the shadow."
            )
        )
        assumptions.setWordWrap(True)
        font = assumptions.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        assumptions.setFont(font)

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(drawing)
        column.addWidget(where)
        column.addWidget(self.window_list, 1)
        column.addWidget(self.status)
        column.addWidget(assumptions)
        side.setMinimumWidth(440)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.canvas)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    def _window_text(self, start: str, end: str) -> str:
        #: A time window: {0} its start, {1} its end (a date and a time, then a time).
        return self.tr("{0} – {1}").format(start, end)

    # -- what the case says ----------------------------------------------------------------------------
    def ready(self) -> bool:
        """The places and the checklist step have arrived (tests wait for it)."""
        return self.data is not None

    def _arrived(self, data: DialogData) -> None:
        self.data = data
        self.place.blockSignals(True)
        gps = self.view.gps
        if gps is not None:
            name = self.tr("GPS position in the file's metadata")
            self.place.addItem(
                self.tr("{0} ({1})").format(name, coordinates(gps.lat, gps.lon)),
                ChronoPlace(name, gps.lat, gps.lon, from_gps=True),
            )
        for place in data.places:
            assert place.lat is not None and place.lon is not None
            self.place.addItem(
                self.tr("{0} ({1})").format(isolate(place.name), coordinates(place.lat, place.lon)),
                ChronoPlace(place.name, place.lat, place.lon),
            )
        self.place.blockSignals(False)
        self._default_dates()
        if data.check is None:
            self.save_button.setToolTip(self.tr("This item's checklist has no Chronolocated step"))
        stored = drawing_of(data.drawn.body) if data.drawn is not None else None
        if stored is None and data.check is not None:
            stored = latest_drawing(data.check.note)  # saved before drawings were annotations
        if stored is not None:
            self.bearing.setValue(stored.reference_bearing)
            self.canvas.set_drawing(stored)
        self._update_buttons()

    def _default_dates(self) -> None:
        """The item's recorded date, as a calendar date at the place chosen; else today, to be changed."""
        chosen = self.chosen_place()
        captured = self.view.captured_at
        if captured is not None and chosen is not None:
            day = captured.astimezone(zone_at(chosen.latitude, chosen.longitude)).date()
            self.date_hint.setText(
                self.tr("The item's recorded date at that place; widen the range if unsure.")
            )
        else:
            day = date.today()
            self.date_hint.setText(self.tr("The item records no date: choose the dates to search."))
        for edit in (self.first, self.last):
            edit.setDate(QDate(day.year, day.month, day.day))

    def chosen_place(self) -> ChronoPlace | None:
        data = self.place.currentData()
        return data if isinstance(data, ChronoPlace) else None

    # -- the drawing ---------------------------------------------------------------------------------------
    def _step_chosen(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.canvas.set_step(STEPS[row])

    def _step_selected_on_canvas(self, step: str) -> None:
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(STEPS.index(step))
        self.steps.blockSignals(False)

    def _drawing_changed(self) -> None:
        done = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row, step in enumerate(STEPS):
            item = self.steps.item(row)
            item.setIcon(
                done
                if step in self.canvas.points
                else self.style().standardIcon(QStyle.StandardPixmap.SP_DialogNoButton)
            )
        drawing = self.canvas.drawing(self.bearing.value())
        if drawing is None:
            self.readout.setText(self.tr("Place the five points to measure the shadow."))
        else:
            try:
                shadow = measure(drawing)
            except CaseDeskError as exc:
                self.readout.setText(core_text(exc.message))
            else:
                self.readout.setText(
                    self.tr(
                        "Shadow bearing: {0}° · length ratio: {1} (as drawn; approximate under perspective)"
                    ).format(decimal(shadow.bearing, 1), decimal(shadow.ratio, 2))
                )
        self._stale()

    def _stale(self) -> None:
        """An input changed: results shown for the old inputs are dropped."""
        if self.found is not None:
            self.found = None
            self.window_list.clear()
            self.status.setText(self.tr("The inputs changed: find the times again."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        searching = self.search is not None
        self.find_button.setEnabled(
            not searching and self.canvas.complete() and self.chosen_place() is not None
        )
        self.save_button.setEnabled(
            self.found is not None
            and not self.saved
            and self.data is not None
            and self.data.check is not None
        )

    # -- search and save ---------------------------------------------------------------------------------
    def request(self) -> ChronoRequest | None:
        drawing = self.canvas.drawing(self.bearing.value())
        place = self.chosen_place()
        if drawing is None or place is None:
            return None
        first, last = self.first.date(), self.last.date()
        return ChronoRequest(
            drawing,
            place,
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
            tolerance=self.tolerance.value(),
            use_ratio=self.use_ratio.isChecked(),
            ratio_tolerance=RATIO_TOLERANCE,
            evidence_sha256=self.view.sha256,
            picture_size=(self.canvas.image.width(), self.canvas.image.height()),
        )

    def find_times(self) -> None:
        request = self.request()
        if request is None or self.search is not None:
            return
        self.saved = False
        self.status.setText(self.tr("Searching…"))
        self.search = run_task(
            self,
            self.tr("Finding the times that match the shadow"),
            lambda control: chronolocate(request, control),
            self._found,
            self._search_failed,
        )
        self._update_buttons()

    def _found(self, result: ChronoResult) -> None:
        self.search = None
        self.found = result
        self.window_list.clear()
        for window in result.windows:
            local_start, local_end = window.start.astimezone(result.zone), window.end.astimezone(result.zone)
            offset = local_start.strftime("%z")
            row = QTreeWidgetItem(
                [
                    local_start.strftime("%Y-%m-%d"),
                    self._window_text(window.start.strftime("%H:%M:%S"), window.end.strftime("%H:%M:%S")),
                    self.tr("{0} (UTC{1})").format(
                        self._window_text(local_start.strftime("%H:%M:%S"), local_end.strftime("%H:%M:%S")),
                        f"{offset[:3]}:{offset[3:]}",
                    ),
                    window.best.strftime("%H:%M:%S"),
                ]
            )
            self.window_list.addTopLevelItem(row)
        for column in range(4):
            self.window_list.resizeColumnToContents(column)
        count = len(result.windows)
        if count:
            self.status.setText(
                plural(
                    self.tr("Matching at {0} (time zone {1}): %Ln time window(s).", "", count), count
                ).format(isolate(result.request.place.name), result.zone_name)
            )
        else:
            self.status.setText(
                self.tr("No time on these dates matches the drawn shadow within the tolerance.")
            )
        self._update_buttons()

    def _search_failed(self, _exc: BaseException) -> None:
        self.search = None
        self.status.setText("")
        self._update_buttons()

    def save(self) -> None:
        """Keep the drawing as the item's shadow annotation and append the result to the Chronolocated
        step's note: one edit on the undo stack, each write with its custody entry."""
        if self.found is None or self.data is None or self.data.check is None:
            return
        found, check_id, drawn = self.found, self.data.check.id, self.data.drawn
        svc, view, language = self.svc, self.view, current_language()
        body, label = annotation_body(found), annotation_label(found)
        width, height = found.request.picture_size

        def write() -> Changes:
            if drawn is None:
                kept = svc.add_annotation(view.id, KIND, body, width=width, height=height, label=label)
                annotation_id = kept.id
            else:
                kept = svc.update_annotation(drawn.id, body=body, label=label, width=width, height=height)
                annotation_id = drawn.id
            current = next((c for c in svc.checklist(view.case_id, view.id) if c.id == check_id), None)
            before = current.note if current is not None else ""
            note = with_result(before, note_text(found, language, annotation_id))
            return kept | svc.set_check(check_id, note=note)

        def undo(done: Changes) -> Changes:
            note = done.before.get(check_id, {}).get("note")
            put_back = svc.set_check(check_id, note=str(note)) if isinstance(note, str) else Changes()
            if drawn is None:
                return put_back | svc.remove_annotation(done.created[0], UNDONE)
            old = done.before.get(drawn.id, {})
            old_body = old.get("body")
            return put_back | svc.update_annotation(
                drawn.id,
                body=dict(old_body) if isinstance(old_body, dict) else None,
                label=str(old["label"]) if isinstance(old.get("label"), str) else None,
            )

        done = self.edits.ops.run(self, self.tr("Save a chronolocation"), write, undo)
        if done is None:
            return  # the error has been shown
        if drawn is None and done.created:
            self.data = DialogData(self.data.places, self.data.check, svc.annotation(done.created[0]))
        self.saved = True
        self.status.setText(
            self.tr(
                "Saved: the drawing beside the original, the result in the item's Chronolocated note; "
                "both recorded in the custody log."
            )
        )
        self._update_buttons()

    def done(self, code: int) -> None:
        if self.search is not None:
            self.search.cancel()
        super().done(code)


def open_chrono_dialog(
    parent: QWidget, svc: CaseService, edits: EvidenceEdits, view: EvidenceView, image: QImage
) -> ChronoDialog:
    """Show the dialog for a still (not modal: the viewer stays usable beside it)."""
    dialog = ChronoDialog(svc, edits, view, image, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.canvas.fit()
    return dialog
