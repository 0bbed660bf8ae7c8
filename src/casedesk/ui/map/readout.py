"""What the map writes under itself: coordinates, distances, bearings, time zones, and what Copy copies.

Coordinates keep the digits map tools write (they are pasted between tools, like hashes); distances
and bearings are written in the interface's locale. Copied text is plain decimal degrees, "lat, lon".
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from casedesk.basemap.mercator import EARTH_CIRCUMFERENCE_M
from casedesk.ui.formats import decimal
from casedesk.ui.i18n import isolate, ltr
from casedesk.ui.map.measure import Measurement
from casedesk.ui.map.world import WORLD

PICK_SLOP_PX = 3  # how far from the meant spot a careful click lands, in screen pixels


def coordinates_text(lat: float, lon: float, places: int = 5) -> str:
    """ "21.33012 N, 0.95011 E", the compass letters as the Overview writes them."""
    north = QCoreApplication.translate("case_fields", "{0} N")
    south = QCoreApplication.translate("case_fields", "{0} S")
    east = QCoreApplication.translate("case_fields", "{0} E")
    west = QCoreApplication.translate("case_fields", "{0} W")
    latitude = (north if lat >= 0 else south).format(f"{abs(lat):.{places}f}")
    longitude = (east if lon >= 0 else west).format(f"{abs(lon):.{places}f}")
    return QCoreApplication.translate("case_fields", "{0}, {1}").format(isolate(latitude), isolate(longitude))


def length_text(metres: float, round_number: bool = False) -> str:
    """A distance in metres or kilometres; ``round_number`` for a scale bar's 5 km (no decimals)."""
    if round_number:
        if metres < 1000:
            return QCoreApplication.translate("map", "{0} m").format(decimal(metres, 0))
        return QCoreApplication.translate("map", "{0} km").format(decimal(metres / 1000, 0))
    if metres < 1000:
        #: A distance in metres on the map ("850 m").
        return QCoreApplication.translate("map", "{0} m").format(decimal(metres, 0))
    #: A distance in kilometres on the map ("125.26 km").
    return QCoreApplication.translate("map", "{0} km").format(
        decimal(metres / 1000, 2 if metres < 100_000 else 1)
    )


def distance_text(m: Measurement) -> str:
    #: The measure tool's result: {0} the geodesic distance, {1} the bearing from the first point.
    return QCoreApplication.translate("map", "{0} · bearing {1}").format(
        length_text(m.distance_m), QCoreApplication.translate("map", "{0}°").format(decimal(m.bearing_deg, 1))
    )


def zone_text(coordinates: str, zone: str | None) -> str:
    if not zone:
        return coordinates
    try:
        offset = datetime.now(UTC).astimezone(ZoneInfo(zone)).strftime("%z")
    except (ZoneInfoNotFoundError, ValueError):
        #: A picked point and its time zone: {0} the coordinates, {1} the zone's name ("Africa/Algiers").
        return QCoreApplication.translate("map", "{0} · time zone {1}").format(coordinates, ltr(zone))
    utc = f"UTC{offset[:3]}:{offset[3:]}"
    #: A picked point and its time zone: {0} the coordinates, {1} the zone's name, {2} its UTC offset today.
    return QCoreApplication.translate("map", "{0} · time zone {1} ({2} today)").format(
        coordinates, ltr(zone), ltr(utc)
    )


def copy_text(picked: tuple[float, float] | None, measurement: Measurement | None) -> str:
    if measurement is not None:
        m = measurement
        #: Copied from the measure tool: {0} and {1} the two points, {2} the distance in metres,
        #: {3} the forward bearing in degrees.
        return QCoreApplication.translate(
            "map", "From {0} to {1}: {2} m, bearing {3}° (geodesic, WGS 84)"
        ).format(
            f"{m.lat1:.6f}, {m.lon1:.6f}",
            f"{m.lat2:.6f}, {m.lon2:.6f}",
            f"{m.distance_m:.1f}",
            f"{m.bearing_deg:.2f}",
        )
    if picked is not None:
        return f"{picked[0]:.6f}, {picked[1]:.6f}"
    return ""


def pick_precision(lat: float, scale: float) -> str:
    """How far a click at this zoom may be off, as a place's precision: "±40 m", "±2 km"."""
    metres = PICK_SLOP_PX * EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (WORLD * max(scale, 1e-9))
    digits = max(0, math.floor(math.log10(max(metres, 1.0))))
    rounded = math.ceil(metres / 10**digits) * 10**digits
    return f"±{rounded / 1000:g} km" if rounded >= 1000 else f"±{rounded:g} m"
