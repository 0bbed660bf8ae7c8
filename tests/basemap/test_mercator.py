"""Web Mercator as slippy-map tiles number it, and back."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.basemap.mercator import (
    MAX_LATITUDE,
    TileKey,
    from_world,
    metres_to_world,
    tile_at,
    tile_bounds,
    tiles_covering,
    tms_row,
    to_world,
)


def test_the_corners_and_the_centre() -> None:
    assert to_world(-180, MAX_LATITUDE) == pytest.approx((0.0, 0.0), abs=1e-12)
    assert to_world(180, -MAX_LATITUDE) == pytest.approx((1.0, 1.0), abs=1e-12)
    assert to_world(0, 0) == pytest.approx((0.5, 0.5))
    assert math.isclose(MAX_LATITUDE, 85.0511287798, abs_tol=1e-9)


def test_known_tiles() -> None:
    # Checked with the other form of the formula, y = 1/2 - ln((1 + sin φ) / (1 - sin φ)) / 4π.
    assert tile_at(0.95, 21.33, 10) == TileKey(10, 514, 449)  # Bordj Badji Mokhtar
    assert tms_row(10, 449) == 574 and tms_row(10, 574) == 449
    assert tile_at(2.2945, 48.8584, 15) == TileKey(15, 16592, 11272)  # the Eiffel Tower


@given(st.floats(-180, 180), st.floats(-85, 85))
def test_round_trip(lon: float, lat: float) -> None:
    x, y = to_world(lon, lat)
    back_lon, back_lat = from_world(x, y)
    assert back_lon == pytest.approx(lon, abs=1e-9) and back_lat == pytest.approx(lat, abs=1e-9)


@given(st.floats(-179.9, 179.9), st.floats(-85, 85), st.integers(0, 18))
def test_a_tile_holds_the_point_it_was_found_for(lon: float, lat: float, z: int) -> None:
    west, south, east, north = tile_bounds(tile_at(lon, lat, z))
    assert west - 1e-9 <= lon <= east + 1e-9 and south - 1e-9 <= lat <= north + 1e-9


def test_tiles_covering_a_rectangle() -> None:
    keys = tiles_covering(0.0, 0.0, 0.99, 0.49, 2)
    assert {(k.x, k.y) for k in keys} == {(x, y) for x in range(4) for y in range(2)}


def test_ground_distances_stretch_away_from_the_equator() -> None:
    at_equator = metres_to_world(1000, 0)
    assert at_equator == pytest.approx(1000 / 40_075_016.686, rel=1e-6)
    assert metres_to_world(1000, 60) == pytest.approx(2 * at_equator, rel=1e-9)
    assert math.isfinite(metres_to_world(1000, 90))
