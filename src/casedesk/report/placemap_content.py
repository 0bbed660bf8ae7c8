"""What the Places section's map shows: the case's places (with their precision) and GPS evidence.

Apart from the drawing (:mod:`.placemap`) so that each reads on its own; a case with GPS evidence and
no place still has something to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casedesk.basemap import precision_radius_m
from casedesk.core.views import PlaceView
from casedesk.report.context import ReportContext


@dataclass(frozen=True, slots=True)
class MapPlace:
    number: int  # its row in the Places table
    lon: float
    lat: float
    radius_m: float | None  # its precision as a distance, None when the text says none


@dataclass(frozen=True, slots=True)
class MapPoint:
    lon: float
    lat: float


@dataclass(frozen=True, slots=True)
class MapContent:
    places: tuple[MapPlace, ...]
    evidence: tuple[MapPoint, ...]  # GPS positions of the items shown in the report
    withheld: int = 0  # items with a GPS position that the export withholds

    @property
    def empty(self) -> bool:
        return not self.places and not self.evidence


def numbered_places(places: Sequence[PlaceView]) -> list[tuple[int, PlaceView]]:
    """The places with their numbers in the Places table (from 1, in the table's order)."""
    return list(enumerate(places, start=1))


def map_content(ctx: ReportContext) -> MapContent:
    """The places with coordinates and the GPS positions of the items the report shows."""
    places = tuple(
        MapPlace(number, place.lon, place.lat, precision_radius_m(place.precision))
        for number, place in numbered_places(ctx.case.places)
        if place.lat is not None and place.lon is not None
    )
    evidence: list[MapPoint] = []
    withheld = 0
    for item, gps in ctx.reader.evidence_positions():
        if ctx.options.withheld(item):
            withheld += 1
        else:
            evidence.append(MapPoint(gps.lon, gps.lat))
    return MapContent(places, tuple(evidence), withheld)
