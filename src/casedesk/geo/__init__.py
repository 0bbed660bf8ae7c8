"""Where and when, offline: the sun and shadows at a place, distances and bearings, time zones.

Geolocation and chronolocation are Berkeley Protocol verification steps; everything here works with
no network and knows nothing of Qt, so the command line, the tests and the GUI compute the same.

- :mod:`.sun`: the sun's position (azimuth, apparent and geometric elevation), sunrise and sunset, and
  the shadow of a vertical object;
- :mod:`.shadows`: the reverse, the times of day when a measured shadow matches;
- :mod:`.earth`: a checked place, geodesic distance and bearings, the time zone at a point;
- :mod:`.moments`: times and dates as typed, never without a zone;
- :mod:`.search`: stepping then bisecting, shared by sunrise and the shadow search.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from casedesk.geo.earth import Distance, Place, distance, zone_at, zone_data_version, zone_name_at
from casedesk.geo.moments import Moment, parse_date, parse_moment, parse_zone
from casedesk.geo.shadows import ShadowQuery, TimeWindow, shadow_windows
from casedesk.geo.sun import Polar, SunDay, SunPosition, sun_day, sun_position


@dataclass(frozen=True)
class Method:
    """The libraries behind a result and their versions, for the note that records how it was found."""

    sun: str
    zones: str
    geodesic: str


def method() -> Method:
    return Method(
        sun=f"astral {_version('astral')} (NOAA solar position; refraction for the standard atmosphere)",
        zones=f"tzfpy {_version('tzfpy')} (timezone-boundary-builder {zone_data_version()})",
        geodesic=f"geographiclib {_version('geographiclib')} (WGS 84 geodesic)",
    )


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


__all__ = [
    "Distance",
    "Method",
    "Moment",
    "Place",
    "Polar",
    "ShadowQuery",
    "SunDay",
    "SunPosition",
    "TimeWindow",
    "distance",
    "method",
    "parse_date",
    "parse_moment",
    "parse_zone",
    "shadow_windows",
    "sun_day",
    "sun_position",
    "zone_at",
    "zone_name_at",
]
