"""The built-in basemap: Natural Earth countries from world-atlas' TopoJSON, as lon/lat rings and lines.

TopoJSON stores each shared boundary once, as an *arc* of quantised, delta-encoded positions; a
polygon's ring lists the arcs it runs along (``~i`` means arc ``i`` backwards). Decoding is the
format's specification, nothing more (https://github.com/topojson/topojson-specification). An arc used
by two countries is a land border; one used by a single country is a coastline, which lets the map
draw the two differently, as topojson-client's ``mesh`` does.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from casedesk.basemap.errors import BasemapError
from casedesk.i18n import msg

Point = tuple[float, float]  # (lon, lat) in degrees
Ring = tuple[Point, ...]  # closed: the last point repeats the first
Polygon = tuple[Ring, ...]  # the outer ring, then its holes
Line = tuple[Point, ...]

BUILT_IN = "countries-50m.json"  # Natural Earth 1:50m: drawn from zoom 3 in
BUILT_IN_COARSE = "countries-110m.json"  # 1:110m: the world and continents, several times faster to draw


@dataclass(frozen=True, slots=True)
class Country:
    id: str  # ISO 3166-1 numeric ("012" Algeria), or "" where Natural Earth has none
    name: str
    polygons: tuple[Polygon, ...]

    def bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of the country's outer rings."""
        points = [p for polygon in self.polygons for p in polygon[0]]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        return min(lons), min(lats), max(lons), max(lats)


@dataclass(frozen=True, slots=True)
class Atlas:
    countries: tuple[Country, ...]
    borders: tuple[Line, ...]  # arcs two countries share
    coastlines: tuple[Line, ...]  # arcs only one country runs along (the sea, or the map's edge)
    land: tuple[Polygon, ...] = ()  # all countries merged (world-atlas' "land" object), to fill at once

    def country(self, name: str) -> Country | None:
        return next((c for c in self.countries if c.name == name), None)

    @property
    def point_count(self) -> int:
        return sum(len(ring) for c in self.countries for polygon in c.polygons for ring in polygon)


def decode(topology: dict[str, Any], collection: str = "countries") -> Atlas:
    """An :class:`Atlas` from a parsed TopoJSON topology; its ``collection`` object holds the countries."""
    arcs = _arcs(topology)
    used: Counter[int] = Counter()
    countries = []
    for geometry in topology["objects"][collection]["geometries"]:
        polygons = _polygons(arcs, geometry, used)
        if polygons:  # a null geometry has no shape at this scale
            properties = geometry.get("properties") or {}
            countries.append(Country(str(geometry.get("id", "")), str(properties.get("name", "")), polygons))
    borders = tuple(arcs[i] for i, n in sorted(used.items()) if n > 1)
    coastlines = tuple(arcs[i] for i, n in sorted(used.items()) if n == 1)
    land_object = topology["objects"].get("land", {"geometries": []})
    land = tuple(p for g in land_object["geometries"] for p in _polygons(arcs, g, Counter()))
    return Atlas(tuple(countries), borders, coastlines, land)


def _polygons(arcs: list[Line], geometry: dict[str, Any], used: Counter[int]) -> tuple[Polygon, ...]:
    kind = geometry.get("type")
    if kind == "Polygon":
        parts = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return ()
    return tuple(tuple(_ring(arcs, ring, used) for ring in polygon) for polygon in parts)


def load(path: Path, collection: str = "countries") -> Atlas:
    """Read and decode a TopoJSON file; a missing or damaged one raises :class:`BasemapError`."""
    try:
        topology = json.loads(path.read_bytes())
        return decode(topology, collection)
    except OSError as exc:
        raise BasemapError(
            msg("Cannot read the basemap {file}: {reason}.", file=path, reason=exc.strerror or exc)
        ) from exc
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise BasemapError(msg("The basemap {file} is not valid TopoJSON.", file=path)) from exc


def built_in_path(name: str = BUILT_IN) -> Path:
    return Path(str(resources.files("casedesk.resources") / "basemap" / name))


@cache
def world_atlas(name: str = BUILT_IN) -> Atlas:
    """A shipped Natural Earth file's countries, decoded once per process (a tenth of a second)."""
    return load(built_in_path(name))


def _arcs(topology: dict[str, Any]) -> list[Line]:
    """Every arc as absolute lon/lat points (quantised arcs are delta-encoded and need the transform)."""
    transform = topology.get("transform")
    if transform is None:
        return [tuple((float(p[0]), float(p[1])) for p in arc) for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    decoded: list[Line] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for position in arc:
            x += position[0]
            y += position[1]
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(tuple(points))
    return decoded


def _ring(arcs: list[Line], indexes: list[int], used: Counter[int]) -> Ring:
    points: list[Point] = []
    for index in indexes:
        arc_index = index if index >= 0 else ~index
        used[arc_index] += 1
        arc = arcs[arc_index] if index >= 0 else arcs[arc_index][::-1]
        points.extend(arc if not points else arc[1:])  # each arc starts where the last one ended
    return tuple(points)
