"""Chronolocation by shadows: the times when a vertical object's shadow had the bearing (and length) measured.

A still shows a vertical object and its shadow; on the map the investigator measures where the shadow
points (from the base to the tip, degrees from north) and, when the object's height is known, how long
the shadow is against it. Every time of day at the place whose computed shadow lies within the
tolerances is a candidate: the answer is a list of windows, usually one or two a day, never a single
instant. Bearing tolerance is in degrees; ratio tolerance is a fraction of the measured ratio, since a
ratio read off a photograph is uncertain in proportion to its size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from casedesk.core.errors import UsageError
from casedesk.geo.earth import Place
from casedesk.geo.search import spans_where
from casedesk.geo.sun import check_moment, local_day, position_at
from casedesk.i18n import msg

MAX_DAYS = 366
STEP_S = 120.0  # samples two minutes apart; narrower windows are caught as dips between samples
PRECISION_S = 1.0


@dataclass(frozen=True)
class ShadowQuery:
    """A measured shadow: where it points, how long it is against its object, and how sure that is."""

    bearing: float
    ratio: float | None = None
    tolerance: float = 2.0  # degrees either side of the bearing
    ratio_tolerance: float = 0.1  # fraction of the ratio either side of it

    def __post_init__(self) -> None:
        if not math.isfinite(self.bearing):
            raise UsageError(msg("The shadow bearing must be a number of degrees."))
        if not (math.isfinite(self.tolerance) and 0.0 < self.tolerance <= 90.0):
            raise UsageError(
                msg("The tolerance {tolerance}° is not between 0 and 90°.", tolerance=self.tolerance)
            )
        if self.ratio is not None and not (math.isfinite(self.ratio) and self.ratio > 0.0):
            raise UsageError(
                msg(
                    "The shadow ratio {ratio} is not a positive number (shadow length / height).",
                    ratio=self.ratio,
                )
            )
        if not (math.isfinite(self.ratio_tolerance) and 0.0 < self.ratio_tolerance < 1.0):
            raise UsageError(
                msg(
                    "The ratio tolerance {tolerance} is not between 0 and 1 (0.1 is ±10%).",
                    tolerance=self.ratio_tolerance,
                )
            )

    def miss(self, bearing: float | None, ratio: float | None) -> float:
        """How far a computed shadow is from this one, in tolerances: <= 0 is a match; inf: no shadow."""
        if bearing is None or ratio is None:
            return math.inf
        off = abs((bearing - self.bearing + 180.0) % 360.0 - 180.0) / self.tolerance - 1.0
        if self.ratio is None:
            return off
        return max(off, abs(ratio - self.ratio) / (self.ratio * self.ratio_tolerance) - 1.0)


@dataclass(frozen=True)
class TimeWindow:
    """A stretch of time (aware, UTC) when the shadow matched, and the moment it matched best."""

    start: datetime
    end: datetime
    best: datetime


def shadow_windows(
    place: Place, first: date, last: date, zone: tzinfo, query: ShadowQuery
) -> list[TimeWindow]:
    """The windows on the local days ``first`` to ``last`` (in ``zone``) when the shadow matches."""
    if last < first:
        raise UsageError(msg("The last date {last} is before the first, {first}.", last=last, first=first))
    if (last - first).days + 1 > MAX_DAYS:
        raise UsageError(msg("Search at most {days} days at once.", days=MAX_DAYS))
    start, _ = local_day(first, zone)
    _, end = local_day(last, zone)
    check_moment(start)
    check_moment(end - timedelta(microseconds=1))

    def miss(seconds: float) -> float:
        sun = position_at(place, seconds)
        return query.miss(sun.shadow_bearing, sun.shadow_ratio)

    spans = spans_where(miss, start.timestamp(), end.timestamp(), STEP_S, PRECISION_S)
    return [TimeWindow(_utc(s.start), _utc(s.end), _utc(s.best)) for s in spans]


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(round(seconds, 3), UTC)
