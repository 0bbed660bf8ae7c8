"""Times typed with an offset or a zone name are read; a time with neither is refused, never guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from casedesk.core.errors import UsageError
from casedesk.geo import parse_date, parse_moment, parse_zone


@pytest.mark.parametrize(
    ("text", "zone", "utc"),
    [
        ("2024-06-01T14:00:00+00:00", None, datetime(2024, 6, 1, 14, 0, tzinfo=UTC)),
        ("2024-06-01T14:00Z", None, datetime(2024, 6, 1, 14, 0, tzinfo=UTC)),
        ("2024-06-01 14:00+01:00", None, datetime(2024, 6, 1, 13, 0, tzinfo=UTC)),
        ("2024-06-01T14:00 Africa/Bamako", None, datetime(2024, 6, 1, 14, 0, tzinfo=UTC)),
        ("2024-06-01T14:00 Africa/Algiers", None, datetime(2024, 6, 1, 13, 0, tzinfo=UTC)),
        ("2024-06-01T14:00[Africa/Algiers]", None, datetime(2024, 6, 1, 13, 0, tzinfo=UTC)),
        ("2024-06-01 14:00 Africa/Algiers", None, datetime(2024, 6, 1, 13, 0, tzinfo=UTC)),
        ("2024-06-01T14:00", "Africa/Algiers", datetime(2024, 6, 1, 13, 0, tzinfo=UTC)),
        ("2024-06-01T14:00", "UTC-07:00", datetime(2024, 6, 1, 21, 0, tzinfo=UTC)),
        ("2024-06-01T14:00+02:00", "Africa/Bamako", datetime(2024, 6, 1, 12, 0, tzinfo=UTC)),
        ("2024-10-27T02:30+01:00 Europe/Paris", None, datetime(2024, 10, 27, 1, 30, tzinfo=UTC)),
    ],
)
def test_moments_it_reads(text: str, zone: str | None, utc: datetime) -> None:
    moment = parse_moment(text, zone)
    assert moment.at == utc and moment.at.tzinfo is UTC


def test_the_zone_named_is_kept_for_local_times() -> None:
    assert parse_moment("2024-06-01T14:00 Africa/Algiers").zone == ZoneInfo("Africa/Algiers")
    assert parse_moment("2024-06-01T14:00+01:00").zone is None
    assert parse_moment("2024-06-01T14:00+01:00", "Africa/Bamako").zone == ZoneInfo("Africa/Bamako")


@pytest.mark.parametrize(
    ("text", "zone", "words"),
    [
        ("2024-06-01T14:00", None, "has no time zone"),
        ("2024-06-01 14:00", None, "has no time zone"),
        ("2024-06-01", None, "is a date"),
        ("2024-06-01 Africa/Bamako", None, "is a date"),
        ("14:00 Africa/Bamako", None, "not an ISO 8601 time"),
        ("tomorrow", None, "not an ISO 8601 time"),
        ("2024-06-01T14:00 Africa/Timbuktoo", None, "Unknown time zone"),
        ("2024-06-01T14:00", "Nowhere/Land", "Unknown time zone"),
        ("2024-03-31T02:30 Europe/Paris", None, "skipped"),
        ("2024-10-27T02:30 Europe/Paris", None, "twice"),
        ("2024-06-01T14:00+05:00 Africa/Bamako", None, "not that of Africa/Bamako"),
    ],
)
def test_moments_it_refuses(text: str, zone: str | None, words: str) -> None:
    with pytest.raises(UsageError, match=words):
        parse_moment(text, zone)


def test_dates_and_zones() -> None:
    assert parse_date(" 2025-03-14 ") == date(2025, 3, 14)
    with pytest.raises(UsageError, match="not a date"):
        parse_date("2025-03-14T10:00Z")
    assert parse_zone("UTC+01:00").utcoffset(None) == timedelta(hours=1)
    assert parse_zone("UTC") is UTC
    assert isinstance(parse_zone("Europe/Oslo"), ZoneInfo)
    assert parse_zone("+05:30") == timezone(timedelta(hours=5, minutes=30))
