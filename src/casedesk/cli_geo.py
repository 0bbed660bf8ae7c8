"""``casedesk sun …`` and ``casedesk distance …``: the sun, shadows and geodesics, with no workspace.

``sun LAT LON TIME [ZONE]`` prints the sun at a place and moment; ``sun LAT LON DATE --shadow-bearing DEG``
the time windows when a vertical object's shadow points that way (and, with ``--shadow-ratio``, is
that long against its height). Local times are those of the zone named with the time or by
``--zone``, else of the zone at the point. ``--json`` times are ISO 8601 in UTC, to the second.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, TextIO

from casedesk.core.errors import UsageError
from casedesk.i18n import msg

if TYPE_CHECKING:
    from casedesk.geo import Place, SunDay, SunPosition, TimeWindow

SHADOW_OPTIONS = ("shadow_ratio", "tolerance", "ratio_tolerance", "until")
DEFAULT_TOLERANCE, DEFAULT_RATIO_TOLERANCE = 2.0, 0.1


def add_geo_parser(sub: Any) -> None:
    sun = sub.add_parser(
        "sun", help="the sun at a place and time, or the times when a measured shadow matches"
    )
    sun.add_argument("latitude", type=float, help="degrees north (south is negative)")
    sun.add_argument("longitude", type=float, help="degrees east (west is negative)")
    sun.add_argument(
        "when",
        metavar="TIME|DATE",
        help="ISO 8601 with an offset (2024-06-01T14:00+00:00) or followed by a zone name; with "
        "--shadow-bearing, a date (2024-06-01)",
    )
    sun.add_argument("zone_name", nargs="?", metavar="ZONE", help="zone name of TIME, e.g. Africa/Bamako")
    sun.add_argument(
        "--zone",
        help="time zone of a time or date written without one, and of the local times shown "
        "(default: the zone at the point)",
    )
    sun.add_argument(
        "--elevation", type=float, default=0.0, metavar="M", help="metres above sea level (less refraction)"
    )
    sun.add_argument(
        "--shadow-bearing",
        type=float,
        metavar="DEG",
        help="search the date for the times when a vertical object's shadow points this way "
        "(degrees from north, from its base to its tip)",
    )
    sun.add_argument("--shadow-ratio", type=float, metavar="R", help="the shadow's length over the height")
    sun.add_argument(
        "--tolerance", type=float, metavar="DEG", help=f"on the bearing (default {DEFAULT_TOLERANCE}°)"
    )
    sun.add_argument(
        "--ratio-tolerance",
        type=float,
        metavar="FRACTION",
        help=f"on the ratio, a fraction of it (default {DEFAULT_RATIO_TOLERANCE}: ±10%%)",
    )
    sun.add_argument("--until", metavar="DATE", help="search every day from DATE to this one")
    sun.add_argument("--json", action="store_true")

    dist = sub.add_parser("distance", help="geodesic distance and bearings between two points (WGS 84)")
    for name in ("lat1", "lon1", "lat2", "lon2"):
        dist.add_argument(name, type=float)
    dist.add_argument("--json", action="store_true")


def run_geo(args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "distance":
        return _distance(args, out)
    from casedesk.geo import Place, zone_at

    place = Place(args.latitude, args.longitude, args.elevation)
    zone = zone_at(place.latitude, place.longitude)
    if args.shadow_bearing is None:
        given = [f"--{name.replace('_', '-')}" for name in SHADOW_OPTIONS if getattr(args, name) is not None]
        if given:
            raise UsageError(msg("These options need --shadow-bearing: {options}.", options=", ".join(given)))
        return _sun(args, place, zone, out)
    return _shadow(args, place, zone, out)


def _sun(args: argparse.Namespace, place: Place, zone: tzinfo, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, print_json
    from casedesk.geo import parse_moment, sun_day, sun_position

    moment = parse_moment(_written(args), args.zone)
    local = moment.zone or zone
    sun = sun_position(place, moment.at)
    day = sun_day(place, moment.at.astimezone(local).date(), local)
    if args.json:
        print_json(_sun_record(place, local, sun, day), out)
        return EXIT_OK
    out.write(f"Place      {_place(place)} (time zone {zone_label(zone)})\n")
    out.write(f"Time       {_utc(sun.at)} = {_local(sun.at, local)}\n")
    out.write(
        f"Sun        azimuth {sun.azimuth:.2f}°, elevation {sun.elevation:.2f}° "
        f"(geometric {sun.elevation_geometric:.2f}°)\n"
    )
    for label, event in (("Sunrise", day.sunrise), ("Sunset", day.sunset)):
        shown = f"{_local(event, local)} ({_utc(event)})" if event else _no_event(day)
        out.write(f"{label:<10} {shown}\n")
    if sun.shadow_bearing is None or sun.shadow_ratio is None:
        out.write("Shadow     none (the sun is below the horizon)\n")
    else:
        out.write(
            f"Shadow     bearing {sun.shadow_bearing:.2f}°, "
            f"length {sun.shadow_ratio:.3f} × the object's height\n"
        )
    return EXIT_OK


def _shadow(args: argparse.Namespace, place: Place, zone: tzinfo, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, print_json
    from casedesk.geo import ShadowQuery, parse_date, parse_zone, shadow_windows
    from casedesk.geo.moments import split_zone

    written, inline = split_zone(_written(args))
    local = parse_zone(inline) if inline else parse_zone(args.zone) if args.zone else zone
    first = parse_date(written)
    last = parse_date(args.until) if args.until else first
    query = ShadowQuery(
        args.shadow_bearing % 360.0,
        args.shadow_ratio,
        DEFAULT_TOLERANCE if args.tolerance is None else args.tolerance,
        DEFAULT_RATIO_TOLERANCE if args.ratio_tolerance is None else args.ratio_tolerance,
    )
    windows = shadow_windows(place, first, last, local, query)
    if args.json:
        print_json(
            {
                "latitude": place.latitude,
                "longitude": place.longitude,
                "zone": zone_label(local),
                "from": first.isoformat(),
                "until": last.isoformat(),
                "shadow_bearing": _bearing(query.bearing),
                "shadow_ratio": query.ratio,
                "tolerance": query.tolerance,
                "ratio_tolerance": query.ratio_tolerance if query.ratio is not None else None,
                "windows": [{"start": iso(w.start), "end": iso(w.end), "best": iso(w.best)} for w in windows],
            },
            out,
        )
        return EXIT_OK
    measured = f"Shadow bearing {query.bearing:.2f}° ± {query.tolerance:.2f}°"
    if query.ratio is not None:
        measured += f", length ratio {query.ratio:.3f} ± {query.ratio_tolerance * 100:.0f}%"
    span = first.isoformat() if last == first else f"{first.isoformat()} to {last.isoformat()}"
    out.write(f"{measured}\nat {_place(place)}, {span} (local time {zone_label(local)})\n")
    if not windows:
        out.write("No time matches.\n")
    for window in windows:
        out.write(f"  {_window(window, local)}\n")
    return EXIT_OK


def _distance(args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, print_json
    from casedesk.geo import distance

    found = distance(args.lat1, args.lon1, args.lat2, args.lon2)
    if args.json:
        print_json(
            {
                "distance_m": round(found.distance_m, 3),
                "forward_bearing": _bearing(found.forward_bearing),
                "back_bearing": _bearing(found.back_bearing),
            },
            out,
        )
        return EXIT_OK
    out.write(f"Distance      {found.distance_m:,.1f} m ({found.distance_m / 1000:,.3f} km)\n")
    out.write(f"Bearing       {found.forward_bearing:.2f}° at the first point, towards the second\n")
    out.write(f"Back bearing  {found.back_bearing:.2f}° at the second point, towards the first\n")
    return EXIT_OK


def _written(args: argparse.Namespace) -> str:
    return f"{args.when} {args.zone_name}" if args.zone_name else str(args.when)


# -- formatting ------------------------------------------------------------------------------------


def _sun_record(place: Place, local: tzinfo, sun: SunPosition, day: SunDay) -> dict[str, Any]:
    return {
        "latitude": place.latitude,
        "longitude": place.longitude,
        "zone": zone_label(local),
        "time": iso(sun.at),
        "azimuth": _bearing(sun.azimuth),
        "elevation": round(sun.elevation, 4),
        "elevation_geometric": round(sun.elevation_geometric, 4),
        "sunrise": iso(day.sunrise) if day.sunrise else None,
        "sunset": iso(day.sunset) if day.sunset else None,
        "polar": str(day.polar) if day.polar else None,
        "shadow_bearing": None if sun.shadow_bearing is None else _bearing(sun.shadow_bearing),
        "shadow_ratio": None if sun.shadow_ratio is None else round(sun.shadow_ratio, 4),
    }


def _bearing(value: float) -> float:
    return round(value % 360.0, 4) % 360.0


def _second(value: datetime) -> datetime:
    return (value + timedelta(microseconds=500_000)).replace(microsecond=0)


def iso(value: datetime) -> str:
    """ISO 8601 in UTC to the nearest second: 2024-06-01T09:17:00Z."""
    return _second(value.astimezone(UTC)).isoformat().replace("+00:00", "Z")


def zone_label(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else zone.tzname(None) or "UTC"


def _place(place: Place) -> str:
    return f"{place.latitude:.5f}, {place.longitude:.5f}"


def _utc(value: datetime) -> str:
    return f"{_second(value.astimezone(UTC)):%Y-%m-%d %H:%M:%S} UTC"


def _local(value: datetime, zone: tzinfo) -> str:
    shown = _second(value).astimezone(zone)
    return f"{shown:%Y-%m-%d %H:%M:%S} {shown.tzname()}"


def _no_event(day: SunDay) -> str:
    from casedesk.geo import Polar

    if day.polar is Polar.DAY:
        return "none (polar day: the sun stays above the horizon)"
    if day.polar is Polar.NIGHT:
        return "none (polar night: the sun stays below the horizon)"
    return "none on this local day"


def _window(window: TimeWindow, zone: tzinfo) -> str:
    """One window, in UTC and local time; the end's date only when it differs from the start's."""

    def span(start: datetime, end: datetime, best: datetime, name: str) -> str:
        finish = f"{end:%H:%M:%S}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M:%S}"
        return f"{start:%Y-%m-%d %H:%M:%S} – {finish} {name} (best {best:%H:%M:%S})"

    start, end, best = (_second(t) for t in (window.start, window.end, window.best))
    here = [t.astimezone(zone) for t in (start, end, best)]
    local = span(here[0], here[1], here[2], here[0].tzname() or zone_label(zone))
    return f"{span(start, end, best, 'UTC')}   {local}"
