"""A shadow drawn on a picture gives back the bearing and ratio it was drawn with."""

from __future__ import annotations

import math

import pytest

from casedesk.chrono import Point, ShadowDrawing, measure, picture_angle
from casedesk.chrono.drawing import drawing_from_record, drawing_record
from casedesk.core.errors import UsageError


def ground_to_picture(east: float, north: float, rotation: float, scale: float = 40.0) -> Point:
    """A ground point (metres east and north of the object) on a picture taken straight down, the
    picture's up pointing ``rotation`` degrees east of north, y downwards."""
    turn = math.radians(rotation)
    right = east * math.cos(turn) - north * math.sin(turn)
    up = east * math.sin(turn) + north * math.cos(turn)
    return Point(600 + right * scale, 400 - up * scale)


def along(bearing: float, length: float) -> tuple[float, float]:
    return length * math.sin(math.radians(bearing)), length * math.cos(math.radians(bearing))


def plus(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return a[0] + b[0], a[1] + b[1]


def synthetic(
    shadow_bearing: float, reference_bearing: float, rotation: float, ratio: float
) -> ShadowDrawing:
    """A 2 m pole whose shadow has the bearing and ratio given, beside a wall of the reference bearing."""
    base = ground_to_picture(0, 0, rotation)
    tip = ground_to_picture(*along(shadow_bearing, 2.0 * ratio), rotation)
    wall_start = (3.0, -4.0)
    wall_end = plus(wall_start, along(reference_bearing, 6.0))
    # Seen straight down the pole's top is over its base: lean it towards the top of the picture, as
    # a slightly oblique picture shows it (the top is not used for the bearing, only for the ratio).
    top = Point(base.x, base.y - 2.0 * 40.0)
    return ShadowDrawing(
        base,
        top,
        tip,
        ground_to_picture(*wall_start, rotation),
        ground_to_picture(*wall_end, rotation),
        reference_bearing,
    )


def test_picture_angles_run_clockwise_from_up() -> None:
    centre = Point(10, 10)
    assert picture_angle(centre, Point(10, 0)) == 0.0
    assert picture_angle(centre, Point(20, 10)) == 90.0
    assert picture_angle(centre, Point(10, 20)) == 180.0
    assert picture_angle(centre, Point(0, 10)) == 270.0


@pytest.mark.parametrize(
    ("shadow", "reference", "rotation"),
    [(312.4, 0.0, 0.0), (312.4, 47.0, 130.0), (5.0, 355.0, -20.0), (181.0, 270.0, 75.0), (90.0, 89.0, 200.0)],
)
def test_a_drawing_gives_back_its_bearing(shadow: float, reference: float, rotation: float) -> None:
    result = measure(synthetic(shadow, reference, rotation, ratio=0.8))
    assert result.bearing == pytest.approx(shadow, abs=1e-9)
    assert result.angle_from_reference == pytest.approx((shadow - reference) % 360.0, abs=1e-9)
    assert result.ratio == pytest.approx(0.8)


def test_north_as_the_reference() -> None:
    # The investigator marks north on the picture (here: straight up) and types 0.
    base = Point(100, 300)
    drawing = ShadowDrawing(base, Point(100, 200), Point(150, 350), Point(20, 80), Point(20, 10), 0.0)
    result = measure(drawing)
    assert result.bearing == pytest.approx(135.0)
    assert result.ratio == pytest.approx(math.hypot(50, 50) / 100)


def test_oblique_perspective_is_close_when_the_shadow_lies_near_the_reference() -> None:
    """A pinhole camera 1.6 m up looking 20° down at level ground: the drawn bearing is rough, and
    better the closer the shadow runs to the reference (the assumption the note records)."""
    tilt = math.radians(20.0)

    def project(east: float, north: float) -> Point:  # camera at the origin, looking north
        depth = north * math.cos(tilt) + 1.6 * math.sin(tilt)
        height = -1.6 * math.cos(tilt) + north * math.sin(tilt)
        return Point(640 + 1000 * east / depth, 360 - 1000 * height / depth)

    base_ground = (0.5, 12.0)
    errors = []
    for offset in (5.0, 15.0):
        shadow_bearing, reference_bearing = 30.0 + offset, 30.0
        tip_ground = plus(base_ground, along(shadow_bearing, 1.5))
        ref_end = plus(base_ground, along(reference_bearing, 1.5))
        drawing = ShadowDrawing(
            project(*base_ground),
            Point(project(*base_ground).x, project(*base_ground).y - 100),
            project(*tip_ground),
            project(*base_ground),
            project(*ref_end),
            reference_bearing,
        )
        errors.append(abs(measure(drawing).bearing - shadow_bearing))
    assert errors[0] < errors[1]
    assert errors[0] < 5.0


def test_degenerate_drawings_are_refused() -> None:
    p = Point(5, 5)
    with pytest.raises(UsageError):
        measure(ShadowDrawing(p, Point(5, 6), Point(50, 50), Point(0, 0), Point(0, -40), 0.0))
    with pytest.raises(UsageError):
        measure(ShadowDrawing(p, Point(5, -50), Point(50, 50), Point(0, 0), Point(0, -40), math.nan))


def test_a_drawing_round_trips_through_its_record() -> None:
    drawing = synthetic(200.0, 10.0, 33.0, 1.2)
    again = drawing_from_record(drawing_record(drawing))
    assert measure(again).bearing == pytest.approx(measure(drawing).bearing, abs=0.2)
    with pytest.raises(UsageError):
        drawing_from_record({"base": [1, 2]})
