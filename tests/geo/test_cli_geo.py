"""``casedesk sun`` and ``casedesk distance`` from the command line: text, JSON, and one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from casedesk.geo import Place, sun_position


def test_sun_at_a_moment_as_text(cli: Any) -> None:
    result = cli("sun", "20.20", "1.01", "2025-03-14T09:17", "Africa/Bamako")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Place      20.20000, 1.01000 (time zone Africa/Bamako)"
    assert lines[1] == "Time       2025-03-14 09:17:00 UTC = 2025-03-14 09:17:00 GMT"
    sun = sun_position(Place(20.20, 1.01), datetime(2025, 3, 14, 9, 17, tzinfo=UTC))
    assert f"azimuth {sun.azimuth:.2f}°, elevation {sun.elevation:.2f}°" in lines[2]
    assert lines[3].startswith("Sunrise    2025-03-14 06:") and lines[3].endswith("UTC)")
    assert lines[4].startswith("Sunset     2025-03-14 18:")
    assert lines[5].startswith(f"Shadow     bearing {sun.shadow_bearing:.2f}°, length ")


def test_sun_at_a_moment_as_json_in_the_places_zone(cli: Any) -> None:
    result = cli("sun", "21.33", "0.95", "2025-03-14T10:00+01:00", "--json")
    assert result.code == 0, result.err
    record = result.json()
    for key in (
        "azimuth",
        "elevation",
        "elevation_geometric",
        "sunrise",
        "sunset",
        "shadow_bearing",
        "shadow_ratio",
    ):
        assert key in record
    assert record["zone"] == "Africa/Algiers" and record["time"] == "2025-03-14T09:00:00Z"
    assert abs(record["azimuth"] - 111.8277) < 0.05 and abs(record["elevation"] - 38.8904) < 0.05  # SPA
    assert record["elevation"] > record["elevation_geometric"]
    sunrise = datetime.fromisoformat(record["sunrise"])
    assert sunrise.tzinfo is not None and sunrise.utcoffset() == UTC.utcoffset(None)
    assert sunrise.hour == 6  # 07:xx in Algiers
    assert record["shadow_bearing"] == pytest.approx((record["azimuth"] + 180) % 360, abs=1e-3)


def test_polar_night_has_no_sunrise_and_no_shadow(cli: Any) -> None:
    result = cli("sun", "69.65", "18.96", "2024-12-21T12:00[Europe/Oslo]", "--json")
    record = result.json()
    assert (record["sunrise"], record["sunset"], record["polar"]) == (None, None, "night")
    assert record["shadow_bearing"] is None and record["shadow_ratio"] is None
    text = cli("sun", "69.65", "18.96", "2024-12-21T12:00", "--zone", "Europe/Oslo").out
    assert "Sunrise    none (polar night" in text and "Shadow     none (the sun is below the horizon)" in text


def test_shadow_search_as_text_and_json(cli: Any) -> None:
    moment = datetime(2025, 3, 14, 9, 17, tzinfo=UTC)
    sun = sun_position(Place(20.20, 1.01), moment)
    args = ("sun", "20.20", "1.01", "2025-03-14", "--shadow-bearing", f"{sun.shadow_bearing:.2f}")
    ratio = ("--shadow-ratio", f"{sun.shadow_ratio:.3f}")
    text = cli(*args, *ratio)
    assert text.code == 0, text.err
    lines = text.out.splitlines()
    assert lines[0].startswith(f"Shadow bearing {sun.shadow_bearing:.2f}° ± 2.00°, length ratio ")
    assert lines[1] == "at 20.20000, 1.01000, 2025-03-14 (local time Africa/Bamako)"
    assert len(lines) == 3 and lines[2].startswith("  2025-03-14 09:") and " UTC (best 09:1" in lines[2]
    assert " GMT (best " in lines[2]
    record = cli(*args, *ratio, "--json").json()
    (window,) = record["windows"]
    assert set(window) >= {"start", "end"}
    start, end = (datetime.fromisoformat(window[k]) for k in ("start", "end"))
    assert start <= moment <= end


def test_shadow_search_across_dates_in_another_zone(cli: Any) -> None:
    result = cli(
        "sun", "21.33", "0.95", "2025-03-13", "--shadow-bearing", "280", "--tolerance", "1",
        "--until", "2025-03-15", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    record = result.json()
    assert record["zone"] == "Africa/Algiers" and (record["from"], record["until"]) == (
        "2025-03-13",
        "2025-03-15",
    )
    assert [w["start"][:10] for w in record["windows"]] == ["2025-03-13", "2025-03-14", "2025-03-15"]
    text = cli("sun", "21.33", "0.95", "2025-03-13", "--shadow-bearing", "280", "--until", "2025-03-15").out
    assert " CET (best " in text and "2025-03-13 to 2025-03-15" in text


def test_no_matching_time(cli: Any) -> None:
    result = cli("sun", "21.33", "0.95", "2025-03-14", "--shadow-bearing", "0", "--shadow-ratio", "0.05")
    assert result.code == 0 and result.out.splitlines()[-1] == "No time matches."
    assert (
        cli(
            "sun", "21.33", "0.95", "2025-03-14", "--shadow-bearing", "0", "--shadow-ratio", "0.05", "--json"
        ).json()["windows"]
        == []
    )


def test_distance(cli: Any) -> None:
    text = cli("distance", "21.33", "0.95", "20.20", "1.01")
    assert text.code == 0, text.err
    assert text.out.splitlines()[0].startswith("Distance      125,")
    record = cli("distance", "-41.32", "174.81", "40.96", "-5.50", "--json").json()
    assert record == {"distance_m": 19959679.267, "forward_bearing": 161.0677, "back_bearing": 198.8252}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("sun", "20.2", "1.01", "2025-03-14T09:17"), "has no time zone"),
        (("sun", "20.2", "1.01", "2025-03-14"), "is a date"),
        (("sun", "95", "1.01", "2025-03-14T09:17Z"), "latitude"),
        (("sun", "north", "1.01", "2025-03-14T09:17Z"), "invalid float value"),
        (("sun", "20.2", "1.01", "2025-03-14T09:17 Mars/Olympus"), "Unknown time zone"),
        (("sun", "20.2", "1.01", "2025-03-14T09:17Z", "--until", "2025-03-15"), "need --shadow-bearing"),
        (("sun", "20.2", "1.01", "2025-03-14T09:17Z", "--shadow-bearing", "90"), "not a date"),
        (("sun", "20.2", "1.01", "2025-03-14", "--shadow-bearing", "90", "--tolerance", "-1"), "tolerance"),
        (("sun", "20.2", "1.01", "2025-03-14", "--shadow-bearing", "90", "--until", "2025-03-01"), "before"),
        (("sun", "20.2", "1.01", "1899-03-14T09:17Z"), "1901 to 2099"),
        (("distance", "20.2", "1.01", "21.3"), "required"),
        (("distance", "20.2", "1.01", "21.3", "190"), "longitude"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli: Any, args: tuple[str, ...], words: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("casedesk: ") and result.err.count("\n") == 1 and words in result.err


def test_json_is_data(cli: Any) -> None:
    out = cli("sun", "20.20", "1.01", "2025-03-14T09:17Z", "--json").out
    assert json.loads(out)["time"] == "2025-03-14T09:17:00Z"


def test_west_longitudes_and_the_nrel_example(cli: Any) -> None:
    # NREL SPA paper's example (see test_sun.py): negative longitude as a plain argument
    result = cli(
        "sun", "39.742476", "-105.1786", "2003-10-17T12:30:30-07:00", "--elevation", "1830.14", "--json"
    )
    assert result.code == 0, result.err
    record = result.json()
    assert abs(record["azimuth"] - 194.340241) < 0.005 and abs(90 - record["elevation"] - 50.111622) < 0.005
    assert record["zone"] == "America/Denver"
