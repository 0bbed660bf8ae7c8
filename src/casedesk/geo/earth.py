"""Points on the Earth: a checked place, the distance and bearings between two, the time zone at one.

Distances are geodesics on the WGS 84 ellipsoid (geographiclib, accurate to nanometres), so a bearing
measured on the map and one measured on the ground agree. The time zone comes from tzfpy, whose
wheel carries the timezone-boundary-builder polygons: no lookup leaves the machine. Local times are
only right when the zone is the place's, not the investigator's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzfpy
from geographiclib.geodesic import Geodesic

from casedesk.core.errors import UsageError
from casedesk.i18n import msg


@dataclass(frozen=True)
class Place:
    """A point where the sun is observed: degrees north and east, metres above sea level."""

    latitude: float
    longitude: float
    elevation_m: float = 0.0

    def __post_init__(self) -> None:
        check_point(self.latitude, self.longitude)
        if not math.isfinite(self.elevation_m) or not -500.0 <= self.elevation_m <= 9000.0:
            raise UsageError(
                msg("The elevation {elevation} m is not between -500 and 9000 m.", elevation=self.elevation_m)
            )


def check_point(latitude: float, longitude: float) -> None:
    """Refuse coordinates that are not on the Earth (swapped or mistyped ones, mostly)."""
    if not math.isfinite(latitude) or not -90.0 <= latitude <= 90.0:
        raise UsageError(msg("The latitude {latitude} is not between -90 and 90.", latitude=latitude))
    if not math.isfinite(longitude) or not -180.0 <= longitude <= 180.0:
        raise UsageError(msg("The longitude {longitude} is not between -180 and 180.", longitude=longitude))


@dataclass(frozen=True)
class Distance:
    """The geodesic between two points: its length, and its direction at each end (degrees from north)."""

    distance_m: float
    forward_bearing: float  # at the first point, towards the second
    back_bearing: float  # at the second point, towards the first


def distance(lat1: float, lon1: float, lat2: float, lon2: float) -> Distance:
    """The shortest path on the WGS 84 ellipsoid from the first point to the second."""
    check_point(lat1, lon1)
    check_point(lat2, lon2)
    line = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    s12, azi1, azi2 = (float(line[key]) for key in ("s12", "azi1", "azi2"))
    # azi2 is the direction of travel on arrival; the way back leaves in the opposite direction
    return Distance(s12, azi1 % 360.0, (azi2 + 180.0) % 360.0)


def zone_name_at(latitude: float, longitude: float) -> str:
    """The IANA time zone at a point, from the polygons shipped with tzfpy ("" where none covers it)."""
    check_point(latitude, longitude)
    return tzfpy.get_tz(longitude, latitude)


def zone_at(latitude: float, longitude: float) -> tzinfo:
    """The time zone of a point's local times: its IANA zone, else the nautical zone of its longitude."""
    name = zone_name_at(latitude, longitude)
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a zone newer than this machine's tz database: fall back on the longitude
    return nautical_zone(longitude)


@cache
def nautical_zone(longitude: float) -> tzinfo:
    """UTC plus one hour per 15° of longitude: the zone at sea, where no country's applies."""
    hours = round(longitude / 15.0)
    return UTC if hours == 0 else timezone(timedelta(hours=hours), f"UTC{hours:+03d}:00")


def zone_data_version() -> str:
    """The timezone-boundary-builder release the zone polygons come from (for the method note)."""
    return tzfpy.data_version()
