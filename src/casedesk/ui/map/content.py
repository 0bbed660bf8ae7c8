"""The case's side of the map: what is read for it (off the GUI thread) and the markers made from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from casedesk.basemap import precision_radius_m
from casedesk.core.service import CaseService
from casedesk.core.views import EventView, EvidenceView, PlaceView
from casedesk.ui.case_fields import coordinates
from casedesk.ui.evidence.thumbs import Placeholders, ThumbnailCache
from casedesk.ui.formats import decimal, partial_time_text, utc_text
from casedesk.ui.i18n import isolate
from casedesk.ui.map.markers import EventMarker, EvidenceMarker, MapMarker, PlaceMarker, PrecisionCircle

PAGE = 500
THUMB_SIZE = 96


@dataclass(frozen=True, slots=True)
class MapData:
    places: list[PlaceView]  # in force, with coordinates
    events: list[EventView]  # in force, at one of those places
    evidence: list[EvidenceView]  # in the case (not trashed), with GPS


def read_map_data(svc: CaseService, case_id: str) -> MapData:
    """Everything the map shows of a case (runs on the read pool)."""
    places = [p for p in svc.list_places(case_id) if p.lat is not None and p.lon is not None]
    placed = {p.id for p in places}
    events = [e for e in svc.list_events(case_id) if e.place_id in placed]
    evidence: list[EvidenceView] = []
    offset = 0
    while True:
        page = svc.evidence_page(case_id, offset, PAGE)
        evidence.extend(e for e in page if e.gps is not None)
        if len(page) < PAGE:
            break
        offset += PAGE
    return MapData(places, events, evidence)


def place_tip(place: PlaceView, radius_m: float | None) -> str:
    assert place.lat is not None and place.lon is not None
    lines = [isolate(place.name), coordinates(place.lat, place.lon)]
    if place.precision:
        #: A place's tooltip on the map: {0} the precision the investigator gave ("approximate").
        lines.append(QCoreApplication.translate("map", "Precision: {0}").format(isolate(place.precision)))
    if radius_m is not None:
        #: {0} a distance in kilometres: the radius of the circle drawn around a place.
        lines.append(
            QCoreApplication.translate("map", "Circle: within {0} km").format(
                decimal(radius_m / 1000, 2 if radius_m < 1000 else 0)
            )
        )
    return "\n".join(lines)


def evidence_tip(item: EvidenceView) -> str:
    assert item.gps is not None
    lines = [isolate(item.original_name), coordinates(item.gps.lat, item.gps.lon)]
    if item.captured_at is not None:
        #: An evidence item's tooltip on the map: {0} when the device says it was taken (UTC).
        lines.append(QCoreApplication.translate("map", "Taken: {0}").format(utc_text(item.captured_at)))
    lines.append(QCoreApplication.translate("map", "Position from the file's GPS metadata"))
    return "\n".join(lines)


class Markers:
    """The case's markers in the scene, rebuilt whenever the case's places, events or evidence change."""

    def __init__(self, scene: QGraphicsScene, svc: CaseService, blur_graphic: bool) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.markers: list[MapMarker] = []
        self.blur_graphic = blur_graphic
        self.thumbs = ThumbnailCache(svc, THUMB_SIZE)
        self.thumbs.ready.connect(self._thumbnail_ready)
        self._placeholders = Placeholders(THUMB_SIZE)
        self._evidence: dict[str, list[tuple[EvidenceMarker, EvidenceView]]] = {}

    def clear(self) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items, self.markers = [], []
        self._evidence = {}

    def show(self, data: MapData) -> None:
        self.clear()
        by_id = {p.id: p for p in data.places}
        for place in data.places:
            assert place.lat is not None and place.lon is not None
            radius = precision_radius_m(place.precision)
            if radius is not None:
                self._add(PrecisionCircle(place.lon, place.lat, radius, place_tip(place, radius)))
            self._add(PlaceMarker(place.id, place.name, place.lon, place.lat, place_tip(place, radius)))
        at_place: dict[str, int] = {}
        for event in data.events:
            place = by_id[event.place_id or ""]
            assert place.lat is not None and place.lon is not None
            index = at_place.get(place.id, 0)
            at_place[place.id] = index + 1
            #: An event's tooltip on the map: {0} when it happened, {1} its title, {2} its place.
            tip = QCoreApplication.translate("map", "{0} — {1}\n{2}").format(
                partial_time_text(event.when), isolate(event.title), isolate(place.name)
            )
            self._add(EventMarker(event.id, place.lon, place.lat, index, tip))
        at_spot: dict[tuple[float, float], int] = {}
        for item in data.evidence:
            assert item.gps is not None
            spot = (round(item.gps.lat, 4), round(item.gps.lon, 4))
            index = at_spot.get(spot, 0)
            at_spot[spot] = index + 1
            marker = EvidenceMarker(
                item.id, item.gps.lon, item.gps.lat, evidence_tip(item), self._placeholder(item), index
            )
            self._add(marker)
            self._evidence.setdefault(item.sha256, []).append((marker, item))
            self._thumbnail(marker, item)

    def bounds(self) -> QRectF | None:
        """The scene rectangle holding every marker's point and circle (None: nothing to show)."""
        rect: QRectF | None = None
        for item in self.items:
            here = (
                item.sceneBoundingRect()
                if isinstance(item, PrecisionCircle)
                else QRectF(item.pos(), item.pos())
            )
            rect = here if rect is None else rect.united(here)
        return rect

    def declutter(self, to_view: Callable[[QPointF], QPoint]) -> None:
        """Show each place's name unless it would overprint a name already shown (in the order listed)."""
        taken: list[QRectF] = []
        for marker in self.markers:
            if not isinstance(marker, PlaceMarker):
                continue
            point = QPointF(to_view(marker.pos()))
            box = marker.label_rect().translated(point)
            free = not any(box.intersects(other) for other in taken)
            marker.show_label(free)
            if free:
                taken.append(box)

    def marker(self, object_type: str, object_id: str) -> MapMarker | None:
        return next(
            (m for m in self.markers if (m.object_type, m.object_id) == (object_type, object_id)), None
        )

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self.items.append(item)
        if isinstance(item, MapMarker):
            self.markers.append(item)

    def _placeholder(self, item: EvidenceView) -> QPixmap:
        return self._placeholders.icon(item.kind).pixmap(THUMB_SIZE, THUMB_SIZE * 3 // 4)

    def _blurred(self, item: EvidenceView) -> bool:
        return item.graphic and self.blur_graphic

    def _thumbnail(self, marker: EvidenceMarker, item: EvidenceView) -> None:
        icon = self.thumbs.icon(item.sha256, self._blurred(item))
        if icon is not None:
            marker.set_thumbnail(icon.pixmap(THUMB_SIZE, THUMB_SIZE))

    def _thumbnail_ready(self, sha256: str) -> None:
        for marker, item in self._evidence.get(sha256, []):
            self._thumbnail(marker, item)
