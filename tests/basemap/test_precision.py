"""A place's precision, typed as free text, read as the radius of the circle the map draws."""

from __future__ import annotations

import pytest

from casedesk.basemap.precision import APPROXIMATE_M, EXACT_M, REGION_M, TOWN_M, precision_radius_m


@pytest.mark.parametrize(
    ("text", "metres"),
    [
        ("±5 km", 5000),
        ("+/- 500 m", 500),
        ("within 2.5km", 2500),
        ("à 10 km près", 10_000),
        ("2,5 kilomètres", 2500),
        ("٥ كم", 5000),
        ("300 متر", 300),
        ("about 3 miles", 3 * 1609.344),
        ("exact", EXACT_M),
        ("approximate (town centre)", TOWN_M),  # the more specific word wins
        ("centre-ville", TOWN_M),
        ("approximate", APPROXIMATE_M),
        ("تقريبي", APPROXIMATE_M),
        ("region", REGION_M),
    ],
)
def test_precisions(text: str, metres: float) -> None:
    assert precision_radius_m(text) == pytest.approx(metres)


@pytest.mark.parametrize("text", ["", "   ", "unknown", "per witness"])
def test_nothing_readable_draws_no_circle(text: str) -> None:
    assert precision_radius_m(text) is None
