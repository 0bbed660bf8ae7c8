"""The reverse search: a shadow computed for a moment is searched for, and the moment is found."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from casedesk.core.errors import UsageError
from casedesk.geo import Place, ShadowQuery, TimeWindow, shadow_windows, sun_position, zone_at

TESSALIT, BORDJ = Place(20.20, 1.01), Place(21.33, 0.95)


def _query_for(place: Place, moment: datetime, **options: float) -> ShadowQuery:
    sun = sun_position(place, moment)
    assert sun.shadow_bearing is not None and sun.shadow_ratio is not None
    return ShadowQuery(sun.shadow_bearing, sun.shadow_ratio, **options)


def _holding(windows: list[TimeWindow], moment: datetime) -> TimeWindow:
    found = [w for w in windows if w.start <= moment <= w.end]
    assert len(found) == 1, windows
    return found[0]


def test_the_moment_of_a_shadow_is_found_on_its_date() -> None:
    moment = datetime(2025, 3, 14, 9, 17, tzinfo=UTC)
    zone = zone_at(TESSALIT.latitude, TESSALIT.longitude)
    windows = shadow_windows(
        TESSALIT, date(2025, 3, 14), date(2025, 3, 14), zone, _query_for(TESSALIT, moment)
    )
    window = _holding(windows, moment)
    assert len(windows) == 1
    assert window.start.tzinfo is UTC and window.end.tzinfo is UTC
    assert timedelta(minutes=5) < window.end - window.start < timedelta(hours=1)
    assert abs(window.best - moment) < timedelta(seconds=30)
    # the edges are where the shadow leaves the tolerances, to the second
    outside = [
        sun_position(TESSALIT, t)
        for t in (window.start - timedelta(seconds=2), window.end + timedelta(seconds=2))
    ]
    query = _query_for(TESSALIT, moment)
    assert all(query.miss(s.shadow_bearing, s.shadow_ratio) > 0 for s in outside)
    assert (
        query.miss(*_shadow(TESSALIT, window.start)) <= 0 and query.miss(*_shadow(TESSALIT, window.end)) <= 0
    )


def _shadow(place: Place, moment: datetime) -> tuple[float | None, float | None]:
    sun = sun_position(place, moment)
    return sun.shadow_bearing, sun.shadow_ratio


def test_bearing_alone_matches_longer_and_once_a_day() -> None:
    moment = datetime(2025, 3, 14, 15, 40, tzinfo=UTC)
    sun = sun_position(TESSALIT, moment)
    assert sun.shadow_bearing is not None
    with_ratio = shadow_windows(
        TESSALIT, date(2025, 3, 14), date(2025, 3, 14), UTC, _query_for(TESSALIT, moment)
    )
    bearing_only = shadow_windows(
        TESSALIT, date(2025, 3, 14), date(2025, 3, 14), UTC, ShadowQuery(sun.shadow_bearing)
    )
    narrow, wide = _holding(with_ratio, moment), _holding(bearing_only, moment)
    assert wide.start <= narrow.start and narrow.end <= wide.end


def test_a_range_of_dates_has_a_window_each_day() -> None:
    moment = datetime(2025, 3, 15, 10, 5, tzinfo=UTC)
    algiers = zone_at(BORDJ.latitude, BORDJ.longitude)
    windows = shadow_windows(BORDJ, date(2025, 3, 13), date(2025, 3, 17), algiers, _query_for(BORDJ, moment))
    _holding(windows, moment)
    days = sorted({w.best.astimezone(algiers).date() for w in windows})
    assert days == [date(2025, 3, d) for d in range(13, 18)]
    # a few days apart the same shadow comes back within minutes of the same time of day
    for window in windows:
        clock = window.best.astimezone(algiers)
        assert abs((clock.hour * 60 + clock.minute) - (11 * 60 + 5)) < 20


def test_the_local_days_of_the_places_zone_bound_the_search() -> None:
    # Tromsø around midsummer: the midnight sun's shadow points south at local solar midnight
    tromso, oslo = Place(69.65, 18.96), ZoneInfo("Europe/Oslo")
    query = ShadowQuery(180.0, tolerance=5.0)
    one_day = shadow_windows(tromso, date(2024, 6, 21), date(2024, 6, 21), oslo, query)
    two_days = shadow_windows(tromso, date(2024, 6, 21), date(2024, 6, 22), oslo, query)
    start, end = datetime(2024, 6, 21, tzinfo=oslo), datetime(2024, 6, 22, tzinfo=oslo)
    assert all(start <= w.start and w.end <= end for w in one_day)
    assert len(one_day) == 1 and len(two_days) == 2
    assert one_day[0].start.astimezone(oslo).time().hour == 0  # just after local midnight (CEST)


def test_a_window_narrower_than_the_step_is_found() -> None:
    # near noon at Tessalit in June the sun passes near the zenith and its azimuth sweeps fast
    moment = datetime(2024, 6, 1, 11, 58, 30, tzinfo=UTC)
    sun = sun_position(TESSALIT, moment)
    assert sun.elevation > 85.0 and sun.shadow_bearing is not None
    query = ShadowQuery(sun.shadow_bearing, tolerance=0.5)
    windows = shadow_windows(TESSALIT, date(2024, 6, 1), date(2024, 6, 1), UTC, query)
    window = _holding(windows, moment)
    assert window.end - window.start < timedelta(seconds=60)  # the samples are two minutes apart


def test_no_match_is_an_empty_list() -> None:
    # at 21 N in March the noon sun is 66° high: a northward shadow is never 0.05 of the height
    windows = shadow_windows(BORDJ, date(2025, 3, 14), date(2025, 3, 14), UTC, ShadowQuery(0.0, 0.05))
    assert windows == []


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"bearing": 90.0, "tolerance": 0.0}, "tolerance"),
        ({"bearing": 90.0, "tolerance": 120.0}, "tolerance"),
        ({"bearing": 90.0, "ratio": -1.0}, "ratio"),
        ({"bearing": 90.0, "ratio": 1.0, "ratio_tolerance": 1.5}, "ratio tolerance"),
        ({"bearing": float("inf")}, "bearing"),
    ],
)
def test_queries_it_refuses(options: dict[str, float], words: str) -> None:
    with pytest.raises(UsageError, match=words):
        ShadowQuery(**options)  # type: ignore[arg-type]


def test_ranges_it_refuses() -> None:
    query = ShadowQuery(90.0)
    with pytest.raises(UsageError, match="before the first"):
        shadow_windows(TESSALIT, date(2025, 3, 14), date(2025, 3, 13), UTC, query)
    with pytest.raises(UsageError, match="366 days"):
        shadow_windows(TESSALIT, date(2024, 1, 1), date(2025, 1, 1), UTC, query)
