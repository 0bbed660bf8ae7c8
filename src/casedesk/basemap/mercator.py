"""Web Mercator (EPSG:3857) as slippy-map tiles use it: lon/lat <-> world fraction <-> tile x/y at a zoom.

A point's *world* position is a fraction of the square world, x from the antimeridian eastwards and y
from the north edge (85.0511° N) southwards, both in [0, 1]; a tile at zoom z covers 1/2**z of it.
MBTiles numbers rows from the south (TMS): :func:`tms_row` flips a row between the two schemes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_LATITUDE = math.degrees(math.atan(math.sinh(math.pi)))  # 85.0511…°: where the square world ends
EARTH_CIRCUMFERENCE_M = 2 * math.pi * 6_378_137.0  # WGS 84 equator, the sphere Web Mercator projects
MAX_ZOOM = 22


@dataclass(frozen=True, slots=True)
class TileKey:
    z: int
    x: int
    y: int  # XYZ row, from the north


def clamp_latitude(lat: float) -> float:
    return max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))


def to_world(lon: float, lat: float) -> tuple[float, float]:
    """(x, y) fractions of the world for a WGS 84 position (latitudes beyond ±85.05° are clamped)."""
    phi = math.radians(clamp_latitude(lat))
    x = (lon + 180.0) / 360.0
    y = (1.0 - math.log(math.tan(phi) + 1.0 / math.cos(phi)) / math.pi) / 2.0
    return x, y


def from_world(x: float, y: float) -> tuple[float, float]:
    """(lon, lat) for a world position; the inverse of :func:`to_world`."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y))))
    return lon, lat


def tile_at(lon: float, lat: float, z: int) -> TileKey:
    """The tile holding a position at zoom ``z``."""
    x, y = to_world(lon, lat)
    n = 1 << z
    return TileKey(z, min(n - 1, max(0, int(x * n))), min(n - 1, max(0, int(y * n))))


def tile_bounds(key: TileKey) -> tuple[float, float, float, float]:
    """(west, south, east, north) in degrees of a tile."""
    n = 1 << key.z
    west, north = from_world(key.x / n, key.y / n)
    east, south = from_world((key.x + 1) / n, (key.y + 1) / n)
    return west, south, east, north


def tms_row(z: int, y: int) -> int:
    """The row in the other numbering (XYZ from the north <-> TMS from the south)."""
    return (1 << z) - 1 - y


def tiles_covering(x0: float, y0: float, x1: float, y1: float, z: int) -> list[TileKey]:
    """The tiles at zoom ``z`` overlapping the world rectangle [x0, x1] x [y0, y1], centre-ish first."""
    n = 1 << z
    first_x, last_x = max(0, int(x0 * n)), min(n - 1, int(x1 * n))
    first_y, last_y = max(0, int(y0 * n)), min(n - 1, int(y1 * n))
    keys = [TileKey(z, x, y) for y in range(first_y, last_y + 1) for x in range(first_x, last_x + 1)]
    cx, cy = (first_x + last_x) / 2, (first_y + last_y) / 2
    return sorted(keys, key=lambda k: (k.x - cx) ** 2 + (k.y - cy) ** 2)


def metres_to_world(metres: float, lat: float) -> float:
    """A ground distance near ``lat`` as a fraction of the world's width (Mercator stretches by 1/cos)."""
    return metres / (EARTH_CIRCUMFERENCE_M * math.cos(math.radians(clamp_latitude(lat))))
