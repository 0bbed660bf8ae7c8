"""Geodesic distance and bearings, and the time zone at a point, offline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.geo import Place, distance, parse_moment, sun_day, sun_position, zone_at, zone_name_at
from casedesk.geo.earth import nautical_zone

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def test_geographiclibs_own_example() -> None:
    # GeographicLib's Python documentation, "Basic geodesic calculations": Wellington, NZ to
    # Salamanca, Spain is 19959679.267 m, azi1 161.06766998615882, azi2 18.825195123248392
    found = distance(-41.32, 174.81, 40.96, -5.50)
    assert found.distance_m == pytest.approx(19959679.267, abs=0.001)
    assert found.forward_bearing == pytest.approx(161.06766998615882, abs=1e-9)
    assert found.back_bearing == pytest.approx(198.825195123248392, abs=1e-9)


def test_between_the_demo_places() -> None:
    found = distance(21.33, 0.95, 20.20, 1.01)  # Bordj Badji Mokhtar to Tessalit: due south, 125 km
    assert 125_000 < found.distance_m < 126_000
    assert 176.0 < found.forward_bearing < 178.0
    assert abs(found.back_bearing - (found.forward_bearing + 180.0)) < 0.1  # nearly straight at this scale
    assert distance(20.20, 1.01, 20.20, 1.01).distance_m == 0.0


def test_bad_points_are_refused() -> None:
    with pytest.raises(UsageError, match="latitude"):
        distance(120.0, 0.0, 0.0, 0.0)
    with pytest.raises(UsageError, match="longitude"):
        distance(0.0, 0.0, 0.0, 200.0)


def test_time_zones_of_the_demo_places() -> None:
    assert zone_name_at(20.20, 1.01) == "Africa/Bamako"  # Tessalit
    assert zone_name_at(21.33, 0.95) == "Africa/Algiers"  # Bordj Badji Mokhtar, 125 km north
    assert zone_name_at(19.96, 2.97) in ("Africa/Algiers", "Africa/Bamako")  # Tin Zaouatine, on the border
    moment = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
    assert moment.astimezone(zone_at(20.20, 1.01)).hour == 12  # Mali keeps UTC
    assert moment.astimezone(zone_at(21.33, 0.95)).hour == 13  # Algeria UTC+1, no summer time
    assert isinstance(zone_at(21.33, 0.95), ZoneInfo)


def test_at_sea_and_at_the_poles_there_is_still_a_zone() -> None:
    for lat, lon in ((0.0, -30.0), (89.9, 0.0), (-90.0, 0.0), (0.0, 180.0)):
        assert zone_at(lat, lon).utcoffset(datetime(2025, 1, 1)) is not None
    assert nautical_zone(-30.0).utcoffset(None) == timedelta(hours=-2)
    assert nautical_zone(3.0) is UTC


def test_the_zone_at_a_photos_gps_position_gives_its_clock(svc: CaseService) -> None:
    # camera/iphone_hdr_YES.jpg: DateTimeOriginal 2015:04:10 20:12:23 with no offset, GPS in Madrid;
    # the manifest states its GPS clock, 18:12:23Z. The zone at the GPS position reconciles the two.
    case_id = svc.create_case("Madrid").id
    (result,) = svc.add_files(case_id, [CORPUS / "camera" / "iphone_hdr_YES.jpg"])
    assert result.gps is not None and result.captured_at is not None
    zone = zone_name_at(result.gps["lat"], result.gps["lon"])
    assert zone == "Europe/Madrid"
    moment = parse_moment(result.captured_at, zone)
    assert abs(moment.at - datetime(2015, 4, 10, 18, 12, 23, tzinfo=UTC)) < timedelta(seconds=1)
    # 20:12 in Madrid on 10 April: the sun is low in the west, some 35 minutes before it sets
    place = Place(result.gps["lat"], result.gps["lon"])
    sun = sun_position(place, moment.at)
    assert 4.0 < sun.elevation < 8.0 and 270.0 < sun.azimuth < 280.0
    sunset = sun_day(place, moment.at.date(), ZoneInfo(zone)).sunset
    assert sunset is not None and timedelta(minutes=30) < sunset - moment.at < timedelta(minutes=40)
