"""The Overview's own field widgets: a partial time with its honest reading, and the place dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from casedesk.core.errors import UsageError
from casedesk.core.timeutil import PartialTime
from casedesk.core.views import PartialTimeView, PlaceView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.formats import partial_time_text
from casedesk.ui.i18n import isolate, ltr
from casedesk.ui.labels import precision_words
from casedesk.ui.messages import show_error
from casedesk.ui.timeline import input_form, not_a_date
from casedesk.ui.widgets import CommitLineEdit


def coordinates(lat: float, lon: float) -> str:
    """ "21.33 N, 0.95 E": digits as map tools write them (coordinates are copied between tools, like
    hashes), the compass letters in the interface language."""
    north = QCoreApplication.translate("case_fields", "{0} N")
    south = QCoreApplication.translate("case_fields", "{0} S")
    east = QCoreApplication.translate("case_fields", "{0} E")
    west = QCoreApplication.translate("case_fields", "{0} W")
    latitude = (north if lat >= 0 else south).format(f"{abs(lat):.2f}")
    longitude = (east if lon >= 0 else west).format(f"{abs(lon):.2f}")
    # Each coordinate is one unit ("21.33 N", "21.33 شمالًا"), read in its own direction.
    return QCoreApplication.translate("case_fields", "{0}, {1}").format(isolate(latitude), isolate(longitude))


def place_text(place: PlaceView) -> str:
    if place.lat is None or place.lon is None:
        return place.name
    where = coordinates(place.lat, place.lon)
    if place.precision:
        #: A place in the Overview's list: {0} its name, {1} its coordinates, {2} how precise they are.
        return QCoreApplication.translate("case_fields", "{0} — {1} ({2})").format(
            isolate(place.name), where, isolate(place.precision)
        )
    #: A place in the Overview's list: {0} its name, {1} its coordinates.
    return QCoreApplication.translate("case_fields", "{0} — {1}").format(isolate(place.name), where)


class PlaceDialog(FormDialog):
    """A new place, or an existing one to edit."""

    def __init__(self, parent: QWidget | None = None, place: PlaceView | None = None) -> None:
        super().__init__(self.tr("Edit place") if place else self.tr("New place"), parent)
        self.name = QLineEdit(place.name if place else "")
        self.lat = QDoubleSpinBox()
        self.lon = QDoubleSpinBox()
        for box, limit in ((self.lat, 90.0), (self.lon, 180.0)):
            box.setRange(-limit, limit)
            box.setDecimals(5)
            # Coordinates are typed and pasted as map tools write them ("21.33", not "21,33" or "٢١٫٣٣").
            box.setLocale(QLocale.c())
        self.known = combo([(self.tr("Coordinates known"), True), (self.tr("Name only"), False)])
        self.precision = QLineEdit(place.precision if place else "")
        self.precision.setPlaceholderText(self.tr("e.g. approximate, town centre, exact"))
        self.notes = QLineEdit(place.notes if place else "")
        if place is not None:
            self.known.setCurrentIndex(0 if place.lat is not None and place.lon is not None else 1)
            self.lat.setValue(place.lat or 0.0)
            self.lon.setValue(place.lon or 0.0)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Position"), self.known)
        self.form.addRow(self.tr("Latitude (WGS 84)"), self.lat)
        self.form.addRow(self.tr("Longitude (WGS 84)"), self.lon)
        self.form.addRow(self.tr("Precision"), self.precision)
        self.form.addRow(self.tr("Notes"), self.notes)

    @classmethod
    def ask(cls, parent: QWidget | None, place: PlaceView | None = None) -> dict[str, Any] | None:
        """The place's fields as entered, or None if cancelled (or left without a name)."""
        dialog = cls(parent, place)
        try:
            return dialog.fields() if dialog.exec() and dialog.name.text().strip() else None
        finally:
            dialog.deleteLater()

    def fields(self) -> dict[str, Any]:
        known = bool(self.known.currentData())
        return {
            "name": self.name.text().strip(),
            "lat": self.lat.value() if known else None,
            "lon": self.lon.value() if known else None,
            "precision": self.precision.text().strip(),
            "notes": self.notes.text().strip(),
        }


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
            partial_time_text(value) if value else None,
            value.precision if value else None,
            value.zone if value else None,
        )

    def _describe(self, display: str | None, precision: str | None, zone: str | None) -> None:
        if display is None:
            self.reading.setText(self.tr("not known"))
            return
        words = precision_words().get(precision or "", precision or "")
        zone_text = ltr(zone) if zone else self.tr("no time zone")
        #: How a typed time is read: {0} the time, {1} how precisely it is known, {2} its time zone.
        self.reading.setText(self.tr("<b>{0}</b> · {1} · {2}").format(display, words, zone_text))

    def _commit(self, text: str) -> None:
        if not text.strip():
            self.committed.emit(None)
            return
        try:
            value = PartialTime.parse(text)
        except ValueError:
            self.edit.revert()
            show_error(self, UsageError(not_a_date(text)))
            return
        self.committed.emit(value)
