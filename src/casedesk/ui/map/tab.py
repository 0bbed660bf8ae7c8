"""The Map tab of a case: its places, GPS evidence and placed events over an offline basemap.

The built-in Natural Earth borders draw with no file to add and no network; the user's MBTiles or
PMTiles file, if chosen, draws beneath the markers. Clicking a marker asks the case panel to open the
item (``openRequested``); "Pick coordinates" reports a clicked point (and can add a place there);
"Measure" gives the geodesic distance and bearing between two clicks. Reads run off the GUI thread,
and only while the tab is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QGuiApplication, QKeyEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.case_fields import PlaceDialog
from casedesk.ui.i18n import core_text, isolate
from casedesk.ui.loads import Reader
from casedesk.ui.map.basemaps import BasemapPicker, Chosen
from casedesk.ui.map.content import MapData, Markers, read_map_data
from casedesk.ui.map.labels import CountryLabels
from casedesk.ui.map.measure import Measurement, Overlay, measure
from casedesk.ui.map.readout import coordinates_text, copy_text, distance_text, pick_precision, zone_text
from casedesk.ui.map.tile_layer import TileLayer
from casedesk.ui.map.view import MapView, Mode
from casedesk.ui.map.world import BuiltInBasemap, built_in_basemap
from casedesk.ui.map.zone import time_zone_at
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import add_record
from casedesk.ui.tasks import run_read

LAND = QColor(244, 240, 228)
BORDER = QColor(150, 110, 150)
COAST = QColor(95, 125, 150)
Z_LAND, Z_BORDERS = 1.0, 20.0
FINE_FROM = 2.0**3  # the view scale (zoom 3) from which the 1:50m basemap is drawn, the 1:110m before
MAP_KINDS = (ObjectKind.PLACE, ObjectKind.EVENT, ObjectKind.EVIDENCE)


class MapTab(QWidget):
    openRequested = Signal(str, str)  # object_type, object_id: the case panel reveals it
    coordinatesPicked = Signal(float, float)  # lat, lon
    measured = Signal(object)  # Measurement

    def __init__(
        self, svc: CaseService, ops: CaseOps, prefs: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self.case_id: str | None = None
        self.data: MapData | None = None
        self.basemap: BuiltInBasemap | None = None
        self.picked: tuple[float, float] | None = None
        self.picked_at: tuple[float, float] = (0.0, 1.0)  # latitude and view scale of the last pick
        self.measurement: Measurement | None = None
        self._first_end: tuple[float, float] | None = None
        self._stale = False
        self._fit_pending = False
        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene)
        self.markers = Markers(self.scene, svc, prefs.blur_graphic if prefs else True)
        self.tiles = TileLayer(self.scene, self)
        self.labels = CountryLabels(self.scene)
        self.overlay = Overlay(self.scene)
        self.picker = BasemapPicker(svc.workspace_root)
        self._reader = Reader[MapData](self, self._show_data)
        self._build()
        self.view.viewChanged.connect(self._view_changed)
        self.view.markerClicked.connect(self.openRequested)
        self.view.pointClicked.connect(self._clicked)
        self.view.pointerMoved.connect(self._pointer)
        self.picker.chosen.connect(self._basemap_chosen)
        self.tiles.failed.connect(lambda message: self._note(core_text(message)))
        ops.changed.connect(self._on_changed)
        self._started = False  # the basemaps are read when the tab is first shown, not before
        self._fine: list[QGraphicsPathItem] = []  # the 1:50m basemap's items
        self._coarse: list[QGraphicsPathItem] = []  # the 1:110m one's
        self._showing_fine: bool | None = None
        self.view.fit_world()

    # -- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QToolBar()
        bar.setObjectName("mapToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.fit_action = bar.addAction(self.tr("Show all"), self.fit_markers)
        self.fit_action.setToolTip(self.tr("Zoom to the case's places and evidence (0)"))
        self.zoom_out_action = bar.addAction(self.tr("Zoom out"), lambda: self.view.zoom_by(0.5))
        self.zoom_out_action.setToolTip(self.tr("Zoom out (−, or the mouse wheel)"))
        self.zoom_in_action = bar.addAction(self.tr("Zoom in"), lambda: self.view.zoom_by(2.0))
        self.zoom_in_action.setToolTip(self.tr("Zoom in (+, or the mouse wheel)"))
        bar.addSeparator()
        self.pick_action = QAction(self.tr("Pick coordinates"), self)
        self.pick_action.setToolTip(self.tr("Click the map to read a point's coordinates and time zone"))
        self.measure_action = QAction(self.tr("Measure"), self)
        self.measure_action.setToolTip(
            self.tr("Click two points for the distance and bearing between them (on the WGS 84 ellipsoid)")
        )
        modes = QActionGroup(self)
        modes.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.pick_action, self.measure_action):
            action.setCheckable(True)
            modes.addAction(action)
            bar.addAction(action)
        modes.triggered.connect(self._mode_changed)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.picker)

        self.result = QLabel()
        self.result.setObjectName("mapResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.clicked.connect(self._copy)
        self.add_place_button = QToolButton()
        self.add_place_button.setText(self.tr("Add place here…"))
        self.add_place_button.clicked.connect(self.add_place_here)
        self.pointer = QLabel()
        self.pointer.setObjectName("mapPointer")
        self.credit = QLabel()
        self.credit.setObjectName("mapCredit")
        self.credit.setStyleSheet("color: palette(mid);")
        for button in (self.copy_button, self.add_place_button):
            kept = button.sizePolicy()
            kept.setRetainSizeWhenHidden(True)  # showing them must not shrink the map (and move it)
            button.setSizePolicy(kept)
        footer = QHBoxLayout()
        footer.setContentsMargins(6, 2, 6, 2)
        footer.addWidget(self.result)
        footer.addWidget(self.copy_button)
        footer.addWidget(self.add_place_button)
        footer.addStretch(1)
        footer.addWidget(self.pointer)
        footer.addSpacing(12)
        footer.addWidget(self.credit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._set_result("")
        self._credit(None)

    # -- the case ------------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.data = None
        self.markers.clear()
        self.overlay.clear()
        self.picked = self.measurement = self._first_end = None
        self._set_result("")
        self._fit_pending = True
        self._stale = True
        if case_id is None:
            self._reader.read(None, lambda: MapData([], [], []))
        elif self.isVisible():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            run_read(self, built_in_basemap, self._show_basemap)  # no dialog: the map works meanwhile
            self.picker.load()
        if self._stale and self.case_id is not None:
            self._read()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches_case(self.case_id) and changes.touches(*MAP_KINDS):
            self._stale = True
            if self.isVisible():
                self._read()

    def _read(self) -> None:
        case_id, svc = self.case_id, self.svc
        self._stale = False
        self._reader.read(case_id, lambda: read_map_data(svc, case_id or ""))

    def _show_data(self, data: MapData) -> None:
        self.data = data
        self.markers.show(data)
        if self._fit_pending:
            self._fit_pending = False
            self.fit_markers()
        self._view_changed()

    def fit_markers(self) -> None:
        """Zoom to the case's markers (the whole world if it has none)."""
        bounds = self.markers.bounds()
        if bounds is None:
            self.view.fit_world()
            return
        margin = max(bounds.width(), bounds.height()) * 0.15
        self.view.fit(bounds.adjusted(-margin, -margin, margin, margin), max_level=11.0)

    @property
    def drawn_scale(self) -> str:
        """The built-in basemap being drawn: "50m" or "110m" ("" before it has loaded)."""
        shown = {
            "50m": any(i.isVisible() for i in self._fine),
            "110m": any(i.isVisible() for i in self._coarse),
        }
        return "+".join(k for k, v in shown.items() if v)

    @property
    def busy(self) -> bool:
        loading = self._started and self.basemap is None
        return self._reader.busy or loading or self.picker.busy or self.tiles.busy

    # -- basemaps ------------------------------------------------------------------------------------
    def _show_basemap(self, built_in: BuiltInBasemap) -> None:
        self.basemap = built_in
        for paths, items in ((built_in.fine, self._fine), (built_in.coarse, self._coarse)):
            land = QGraphicsPathItem(paths.land)
            land.setPen(QPen(Qt.PenStyle.NoPen))
            land.setBrush(QBrush(LAND))
            items.append(land)
            for country in paths.countries:
                named = QGraphicsPathItem(country.path)  # not drawn: it gives the country's name on hover
                named.setPen(QPen(Qt.PenStyle.NoPen))
                named.setToolTip(country.name)
                items.append(named)
            for lines, colour, width in ((paths.coastlines, COAST, 1.0), (paths.borders, BORDER, 1.0)):
                pen = QPen(colour, width)
                pen.setCosmetic(True)
                for path in lines:
                    line = QGraphicsPathItem(path)
                    line.setPen(pen)
                    line.setZValue(Z_BORDERS)
                    items.append(line)
            for item in items:
                if item.zValue() != Z_BORDERS:
                    item.setZValue(Z_LAND)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self.scene.addItem(item)
        self.labels.show(built_in.fine)
        self._showing_fine = None  # the new items are all visible: choose again
        self._view_changed()

    def _basemap_chosen(self, chosen: Chosen) -> None:
        self.tiles.set_archive(chosen.archive)
        self._credit(chosen.archive.info.attribution if chosen.archive else None)
        if chosen.problem is not None and not chosen.refused:
            self._note(core_text(chosen.problem))
        self._view_changed()

    def _credit(self, attribution: str | None) -> None:
        if attribution:
            from PySide6.QtGui import QTextDocumentFragment

            plain = QTextDocumentFragment.fromHtml(attribution).toPlainText()
            #: The credit under the map: {0} the raster basemap's own attribution ("© OpenStreetMap").
            self.credit.setText(self.tr("{0} · borders: Natural Earth").format(isolate(plain)))
        else:
            self.credit.setText(self.tr("Borders: Natural Earth"))

    def _view_changed(self) -> None:
        fine = self.view.scale_factor >= FINE_FROM
        if fine != self._showing_fine:
            self._showing_fine = fine
            for item in self._fine:
                item.setVisible(fine)
            for item in self._coarse:
                item.setVisible(not fine)
        visible = self.view.visible_scene_rect()
        self.tiles.update_view(visible, self.view.scale_factor)
        self.labels.update_view(self.view.scale_factor)
        self.markers.declutter(self.view.mapFromScene)

    # -- modes: pick and measure ---------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        self.pick_action.setChecked(mode is Mode.PICK)
        self.measure_action.setChecked(mode is Mode.MEASURE)
        self._apply_mode(mode)

    def _mode_changed(self, _action: QAction) -> None:
        if self.pick_action.isChecked():
            self._apply_mode(Mode.PICK)
        elif self.measure_action.isChecked():
            self._apply_mode(Mode.MEASURE)
        else:
            self._apply_mode(Mode.BROWSE)

    def _apply_mode(self, mode: Mode) -> None:
        self.view.set_mode(mode)
        self.overlay.clear()
        self.picked = self.measurement = self._first_end = None
        hints = {
            Mode.BROWSE: "",
            Mode.PICK: self.tr("Click the map to read the coordinates of a point."),
            Mode.MEASURE: self.tr("Click the first point."),
        }
        self._set_result(hints[mode])
        self.view.setFocus()

    def _clicked(self, lat: float, lon: float) -> None:
        if self.view.mode is Mode.PICK:
            self.pick(lat, lon)
        elif self.view.mode is Mode.MEASURE:
            self.measure_point(lat, lon)

    def pick(self, lat: float, lon: float) -> None:
        """Mark a point and show its coordinates (and time zone, once looked up)."""
        self.overlay.clear()
        self.overlay.point(lat, lon)
        self.picked = (lat, lon)
        self.picked_at = (lat, self.view.scale_factor)
        self._set_result(coordinates_text(lat, lon), copy=True, add_place=self.case_id is not None)
        self.coordinatesPicked.emit(lat, lon)
        run_read(self, lambda: time_zone_at(lat, lon), lambda zone: self._zone(lat, lon, zone))

    def _zone(self, lat: float, lon: float, zone: str | None) -> None:
        if self.picked == (lat, lon):
            self._set_result(
                zone_text(coordinates_text(lat, lon), zone), copy=True, add_place=self.case_id is not None
            )

    def measure_point(self, lat: float, lon: float) -> None:
        if self._first_end is None or self.measurement is not None:
            self.overlay.clear()
            self.measurement = None
            self._first_end = (lat, lon)
            self.overlay.point(lat, lon)
            self._set_result(self.tr("Click the second point."))
            return
        first_lat, first_lon = self._first_end
        self.measurement = measure(first_lat, first_lon, lat, lon)
        text = distance_text(self.measurement)
        self.overlay.clear()
        self.overlay.line(self.measurement, text)
        self._set_result(text, copy=True)
        self.measured.emit(self.measurement)

    def _set_result(self, text: str, copy: bool = False, add_place: bool = False) -> None:
        self.result.setText(text)
        self.copy_button.setVisible(copy)
        self.add_place_button.setVisible(add_place)

    def _note(self, text: str) -> None:
        """A problem with the basemap, shown under the map (not a dialog: the map still works)."""
        self._set_result(text)

    def _pointer(self, lat: float, lon: float) -> None:
        self.pointer.setText(coordinates_text(lat, lon, places=4))

    def _copy(self) -> None:
        text = copy_text(self.picked, self.measurement)
        if text:
            QGuiApplication.clipboard().setText(text)

    def add_place_here(self) -> None:
        if self.picked is None or self.case_id is None:
            return
        dialog = PlaceDialog(self)
        try:
            dialog.lat.setValue(self.picked[0])
            dialog.lon.setValue(self.picked[1])
            dialog.known.setCurrentIndex(0)
            #: The precision given to a place picked on the map: {0} how far a click may be off ("±40 m").
            dialog.precision.setText(
                self.tr("picked on the map, {0}").format(pick_precision(*self.picked_at))
            )
            if not (dialog.exec() and dialog.name.text().strip()):
                return
            fields = dialog.fields()
        finally:
            dialog.deleteLater()
        case_id, svc = self.case_id, self.svc
        add_record(
            self.ops,
            self,
            self.tr("Add place “{0}”").format(isolate(fields["name"])),
            ObjectKind.PLACE,
            lambda: svc.add_place(case_id, **fields),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.view.mode is not Mode.BROWSE:
            self.set_mode(Mode.BROWSE)
            event.accept()
            return
        if event.key() == Qt.Key.Key_0:
            self.fit_markers()
            event.accept()
            return
        super().keyPressEvent(event)

    def scene_rect_of(self, object_type: str, object_id: str) -> QRectF | None:
        marker = self.markers.marker(object_type, object_id)
        return None if marker is None else QRectF(marker.pos(), marker.pos())
