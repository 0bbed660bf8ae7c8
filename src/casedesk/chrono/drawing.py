"""A shadow drawn on a still, turned into the shadow's bearing on the ground and its length ratio.

The investigator clicks five points on the picture: a vertical object's base and top, the tip of its
shadow, and two points along a reference direction whose bearing they know (a road or wall measured
on the map, or north), typed in degrees from the first point towards the second.

Assumptions, recorded with every result:

- the object is vertical and the ground around it roughly level, so its shadow runs from its base
  in the direction opposite the sun (the shadow's bearing is the sun's azimuth + 180°);
- the photo's perspective is taken as the reference line's: the angle between the reference and the
  shadow, read clockwise on the picture, is taken as their angle on the ground. That is exact for a
  picture taken straight down, and close for an oblique one when the two lines lie near each other
  in direction and on the picture; a reference far from the shadow in either gives a rougher bearing;
- the length ratio (shadow over height) is read as drawn: perspective shortens lengths on the
  ground seen at a slant, so the ratio is approximate and is used only when asked, with a wide
  tolerance.

Picture coordinates are pixels of the picture as shown (EXIF orientation applied), x to the right
and y downwards, as Qt and every image format have them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from casedesk.core.errors import UsageError
from casedesk.i18n import msg

MIN_LENGTH_PX = 2.0  # shorter segments give no direction worth the name


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float

    def to(self, other: Point) -> tuple[float, float]:
        return other.x - self.x, other.y - self.y

    def distance(self, other: Point) -> float:
        return math.hypot(*self.to(other))


@dataclass(frozen=True, slots=True)
class ShadowDrawing:
    """The five clicked points and the reference's bearing (degrees from north, first point to second)."""

    base: Point
    top: Point
    tip: Point
    reference_from: Point
    reference_to: Point
    reference_bearing: float


@dataclass(frozen=True, slots=True)
class ShadowMeasure:
    """What the drawing says: the shadow's bearing on the ground and its length against the object's."""

    bearing: float  # degrees from north, clockwise, from the object's base to the shadow's tip
    ratio: float  # shadow length / object height, as drawn (approximate under perspective)
    angle_from_reference: float  # the shadow's angle from the reference line on the picture, clockwise


def picture_angle(start: Point, end: Point) -> float:
    """The direction from ``start`` to ``end`` on the picture, in degrees clockwise from straight up."""
    dx, dy = start.to(end)
    return math.degrees(math.atan2(dx, -dy)) % 360.0


def measure(drawing: ShadowDrawing) -> ShadowMeasure:
    """The shadow bearing and ratio of a drawing (see the module's assumptions)."""
    if not math.isfinite(drawing.reference_bearing):
        raise UsageError(msg("The reference bearing must be a number of degrees."))
    segments = (
        (drawing.base, drawing.top, msg("the object (base to top)")),
        (drawing.base, drawing.tip, msg("the shadow (base to tip)")),
        (drawing.reference_from, drawing.reference_to, msg("the reference direction")),
    )
    for start, end, what in segments:
        if start.distance(end) < MIN_LENGTH_PX:
            raise UsageError(
                msg("The two points of {what} are too close together to give a direction.", what=what)
            )
    turn = (
        picture_angle(drawing.base, drawing.tip) - picture_angle(drawing.reference_from, drawing.reference_to)
    ) % 360.0
    bearing = (drawing.reference_bearing + turn) % 360.0
    ratio = drawing.base.distance(drawing.tip) / drawing.base.distance(drawing.top)
    return ShadowMeasure(bearing, ratio, turn)


def drawing_record(drawing: ShadowDrawing) -> dict[str, object]:
    """The drawing as JSON-ready data (points in picture pixels, to 0.1 px)."""

    def point(p: Point) -> list[float]:
        return [round(p.x, 1), round(p.y, 1)]

    return {
        "base": point(drawing.base),
        "top": point(drawing.top),
        "tip": point(drawing.tip),
        "reference_from": point(drawing.reference_from),
        "reference_to": point(drawing.reference_to),
        "reference_bearing": round(drawing.reference_bearing, 3),
    }


def drawing_from_record(record: dict[str, object]) -> ShadowDrawing:
    """The drawing back from :func:`drawing_record`'s data; anything else raises ``UsageError``."""

    def number(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError(value)
        return float(value)

    def point(key: str) -> Point:
        value = record.get(key)
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError(key)
        return Point(number(value[0]), number(value[1]))

    try:
        return ShadowDrawing(
            point("base"),
            point("top"),
            point("tip"),
            point("reference_from"),
            point("reference_to"),
            number(record.get("reference_bearing")),
        )
    except ValueError:
        raise UsageError(msg("The stored shadow drawing cannot be read.")) from None
