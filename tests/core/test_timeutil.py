from datetime import datetime

import pytest

from casedesk.core.timeutil import PartialTime, Precision


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("2021", "2021"),
        ("2024-12", "December 2024"),
        ("2025-03-14", "14 Mar 2025"),
        ("2025-03-16 15:05 America/Los_Angeles", "16 Mar 2025 15:05 PDT"),
        ("2025-01-10 09:30 America/Los_Angeles", "10 Jan 2025 09:30 PST"),
        ("2025-03-16 15:05 UTC-07:00", "16 Mar 2025 15:05 UTC-07:00"),
    ],
)
def test_display_is_honest_about_precision_and_zone(text: str, display: str) -> None:
    value = PartialTime.parse(text)
    assert value.display() == display
    assert PartialTime.from_text(value.to_text()) == value


def test_demo_first_seen_keeps_original_zone_and_orders_in_utc() -> None:
    seen = PartialTime.parse("2025-03-16 15:05 America/Los_Angeles")
    assert seen.precision is Precision.MINUTE
    assert seen.zone == "America/Los_Angeles"
    assert seen.sort_key().startswith("2025-03-16T22:05")
    assert (
        PartialTime.parse("2024-12").sort_key() < PartialTime.parse("2025-03-14").sort_key() < seen.sort_key()
    )


@pytest.mark.parametrize("bad", ["", "yesterday", "2025-13-01", "2025-03-16 15:05 Mars/Olympus", "20251"])
def test_bad_dates_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(ValueError, match=r"date|zone|Not"):
        PartialTime.parse(bad)


def test_minute_values_drop_seconds() -> None:
    value = PartialTime.minute(datetime(2025, 3, 16, 15, 5, 59), "UTC")
    assert value.local.second == 0
