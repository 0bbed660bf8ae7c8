"""The map's scene: the Web Mercator world as a square of WORLD scene units, and the built-in basemap
turned into painter paths (off the GUI thread: QPainterPath is a plain value, safe to build there)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from casedesk.basemap import Atlas, from_world, to_world, world_atlas
from casedesk.basemap.mercator import metres_to_world
from casedesk.basemap.topojson import BUILT_IN, BUILT_IN_COARSE, Line

WORLD = 256.0  # scene units across the world: at view scale 1 the world is one 256-pixel tile (zoom 0)


def scene_point(lon: float, lat: float) -> QPointF:
    x, y = to_world(lon, lat)
    return QPointF(x * WORLD, y * WORLD)


def lonlat(point: QPointF) -> tuple[float, float]:
    """(lon, lat) of a scene point (clamped to the world)."""
    x = min(1.0, max(0.0, point.x() / WORLD))
    y = min(1.0, max(0.0, point.y() / WORLD))
    return from_world(x, y)


def scene_metres(metres: float, lat: float) -> float:
    """A ground distance near ``lat`` in scene units."""
    return metres_to_world(metres, lat) * WORLD


def world_rect() -> QRectF:
    return QRectF(0.0, 0.0, WORLD, WORLD)


@dataclass(frozen=True, slots=True)
class CountryShape:
    name: str  # Natural Earth's, in English
    path: QPainterPath
    label_at: QPointF  # the middle of its largest part, where its name is written
    label_room: float  # the width of that part, in scene units
    iso_numeric: str = ""  # ISO 3166-1 numeric code, to name it in the interface's language


@dataclass(frozen=True, slots=True)
class BasemapPaths:
    land: QPainterPath  # every country, filled at once (drawing 241 fills is several times slower)
    countries: tuple[CountryShape, ...]  # each country's outline, for its name and tooltip
    borders: tuple[QPainterPath, ...]  # one path per arc, so the view draws only the arcs in sight
    coastlines: tuple[QPainterPath, ...]


@dataclass(frozen=True, slots=True)
class BuiltInBasemap:
    fine: BasemapPaths  # 1:50m
    coarse: BasemapPaths  # 1:110m, for the world and continents


def build_basemap(atlas: Atlas | None = None) -> BasemapPaths:
    """Scene paths of the built-in countries, borders and coastlines (decoding the atlas if needed)."""
    atlas = atlas or world_atlas()
    countries = []
    for country in atlas.countries:
        path = QPainterPath()
        largest = QRectF()
        for polygon in country.polygons:
            for ring in polygon:
                for shape in _wrapped(_closed_ring(ring)):
                    path.addPolygon(shape)
                    path.closeSubpath()
            outer = _polygon(polygon[0]).boundingRect()
            if (
                outer.width() < WORLD / 2
                and outer.width() * outer.height() > largest.width() * largest.height()
            ):
                largest = outer
        countries.append(CountryShape(country.name, path, largest.center(), largest.width(), country.id))
    land = QPainterPath()
    land.setFillRule(Qt.FillRule.OddEvenFill)  # lakes and enclaves are holes
    for polygon in atlas.land:
        for ring in polygon:
            for shape in _wrapped(_closed_ring(ring)):
                land.addPolygon(shape)
                land.closeSubpath()
    return BasemapPaths(land, tuple(countries), _lines(atlas.borders), _lines(atlas.coastlines))


@cache
def built_in_basemap() -> BuiltInBasemap:
    """The shipped basemaps' paths, built once per process (painter paths are shared, never changed)."""
    return BuiltInBasemap(build_basemap(world_atlas(BUILT_IN)), build_basemap(world_atlas(BUILT_IN_COARSE)))


def _unwrap(points: Line) -> list[tuple[float, float]]:
    """The points with longitudes made continuous across the antimeridian (179.9 then 180.1, not -179.9)."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(points):
        if i:
            step = lon + shift - out[-1][0]
            if step > 180:
                shift -= 360.0
            elif step < -180:
                shift += 360.0
        out.append((lon + shift, lat))
    return out


def _closed_ring(ring: Line) -> list[tuple[float, float]]:
    """A ring unwrapped; one that goes right round a pole (Antarctica) is closed along the map's edge."""
    points = _unwrap(ring)
    if points and abs(points[-1][0] - points[0][0]) > 180:
        pole = -90.0 if sum(lat for _lon, lat in points) < 0 else 90.0
        points += [(points[-1][0], pole), (points[0][0], pole)]
    return points


def _wrapped(points: list[tuple[float, float]]) -> list[QPolygonF]:
    """The shape, and its copy a world to the east or west where it runs over the antimeridian."""
    if not points:
        return []
    low, high = min(p[0] for p in points), max(p[0] for p in points)
    shifts = [0.0] + ([360.0] if low < -180 else []) + ([-360.0] if high > 180 else [])
    return [QPolygonF([scene_point(lon + shift, lat) for lon, lat in points]) for shift in shifts]


def _polygon(points: Line) -> QPolygonF:
    return QPolygonF([scene_point(lon, lat) for lon, lat in _unwrap(points)])


def _on_frame(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """A segment along the data's edge (the antimeridian, the south pole): no coast, no border."""
    return (a[1] <= -89.9 and b[1] <= -89.9) or (abs(a[0]) >= 179.999 and a[0] == b[0])


def _lines(lines: tuple[Line, ...]) -> tuple[QPainterPath, ...]:
    paths = []
    for line in lines:
        path = QPainterPath()
        run: list[tuple[float, float]] = []
        for a, b in pairwise(line):
            if _on_frame(a, b):
                _add_run(path, run)
                run = []
                continue
            run = run or [a]
            run.append(b)
        _add_run(path, run)
        if not path.isEmpty():
            paths.append(path)
    return tuple(paths)


def _add_run(path: QPainterPath, run: list[tuple[float, float]]) -> None:
    if len(run) > 1:
        for shape in _wrapped(_unwrap(tuple(run))):
            path.addPolygon(shape)  # an open polyline: no closeSubpath
