"""Country names in the reader's language, and where on a view a country's name fits.

world-atlas names countries in English and identifies them by ISO 3166-1 numeric code ("012"). The
names in other languages are the Unicode CLDR's, shipped inside Babel (offline, no look-up at run
time): CLDR's territory aliases map the numeric code to the alpha-2 code ("012" -> "DZ") its
territory names are keyed by. A country CLDR does not name (Somaliland, N. Cyprus: no ISO code)
keeps Natural Earth's English name.

A name is placed at the pole of inaccessibility of the country's part that is in view (Shapely's
``polylabel``), the point farthest inside it once markers and names already written are cut away,
so a map zoomed on a border writes each name inside its own country, clear of the markers; a name
that would not fit is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from shapely import Polygon, box, make_valid
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from casedesk.basemap.topojson import Country

# Countries world-atlas gives no numeric id, by Natural Earth's name, that CLDR still names.
_WITHOUT_NUMERIC = {"Kosovo": "XK"}
SPAN = 1.5  # a name needs this times its width of country around it, and its height times this


@cache
def _alpha2() -> dict[str, str]:
    """ISO 3166-1 numeric code -> alpha-2, from CLDR's territory aliases."""
    aliases: Mapping[str, list[str]] = get_global("territory_aliases")
    return {code: targets[0] for code, targets in aliases.items() if code.isdigit() and targets}


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_code(country: Country) -> str | None:
    """The country's ISO 3166-1 alpha-2 code, or None when it has none."""
    return _alpha2().get(country.id) or _WITHOUT_NUMERIC.get(country.name)


def country_name(country: Country, language: str) -> str:
    """The country's name in ``language`` (fr, ar …: CLDR's), in English Natural Earth's own."""
    return local_name(country.id, country.name, language)


def local_name(numeric_id: str, english: str, language: str) -> str:
    """The name of the country world-atlas identifies as ``numeric_id`` and names ``english``."""
    code = _alpha2().get(numeric_id) or _WITHOUT_NUMERIC.get(english)
    if code is None or language == "en":
        return english
    return _territories(language).get(code) or english


@dataclass(frozen=True, slots=True)
class NamePlace:
    """Where a name is written, in the view's own coordinates, and how much room it has there."""

    x: float
    y: float
    room: float  # the distance from there to the country's edge (or the view's)


def name_place(
    rings: Sequence[Sequence[tuple[float, float]]],
    view: tuple[float, float, float, float],
    width: float,
    height: float,
    avoid: Sequence[tuple[float, float, float, float]] = (),
) -> NamePlace | None:
    """Where a name ``width`` x ``height`` fits inside the in-view part of a country whose outer rings
    (already in view coordinates) are ``rings``; ``view`` is (left, bottom, right, top), and the
    boxes in ``avoid`` (markers, names already written) are kept clear. None if no part in view is
    roomy enough."""
    shape = _inside(rings, box(*view))
    if shape is None or shape.is_empty:
        return None
    for area in avoid:
        shape = shape.difference(box(*area))
    parts = sorted(getattr(shape, "geoms", [shape]), key=lambda g: g.area, reverse=True)
    for part in parts[:3]:
        if not isinstance(part, Polygon) or part.area <= 0:
            continue
        left, bottom, right, top = part.bounds
        if right - left < width * SPAN or top - bottom < height * SPAN:
            continue
        point = polylabel(part, tolerance=max(height / 4, 0.5))
        room = part.exterior.distance(point)
        if room >= height * SPAN / 2 and _fits(part, point.x, point.y, width, height):
            return NamePlace(point.x, point.y, room)
    return None


def _fits(part: Polygon, x: float, y: float, width: float, height: float) -> bool:
    """Whether the name's box, centred there, lies inside the part."""
    return bool(part.contains(box(x - width / 2, y - height / 2, x + width / 2, y + height / 2)))


def _inside(rings: Sequence[Sequence[tuple[float, float]]], frame: BaseGeometry) -> BaseGeometry | None:
    pieces = [Polygon(ring) for ring in rings if len(ring) >= 4]
    if not pieces:
        return None
    merged: BaseGeometry = make_valid(pieces[0])
    for piece in pieces[1:]:
        merged = merged.union(make_valid(piece))
    return merged.intersection(frame)


def names_in_view(
    countries: Sequence[Country],
    language: str,
    project: Callable[[float, float], tuple[float, float]],
    view: tuple[float, float, float, float],
    measure: Callable[[str], tuple[float, float]],
    avoid: Sequence[tuple[float, float, float, float]] = (),
) -> list[tuple[str, NamePlace]]:
    """Each country name that fits in the view, and where to write it: ``project`` turns lon/lat
    into view coordinates, ``measure`` gives a name's width and height, and names stay clear of the
    boxes in ``avoid`` and of each other."""
    left, bottom, right, top = view
    placed: list[tuple[str, NamePlace]] = []
    taken = list(avoid)
    for country in countries:
        rings = [[project(lon, lat) for lon, lat in polygon[0]] for polygon in country.polygons]
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        if not xs or max(xs) < left or min(xs) > right or max(ys) < bottom or min(ys) > top:
            continue
        name = country_name(country, language)
        w, h = measure(name)
        where = name_place(rings, view, w, h, taken)
        if where is None:
            continue
        taken.append((where.x - w / 2, where.y - h / 2, where.x + w / 2, where.y + h / 2))
        placed.append((name, where))
    return placed
