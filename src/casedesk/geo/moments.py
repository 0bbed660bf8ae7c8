"""Moments and dates as an investigator types them, read without guessing the time zone.

A moment is ISO 8601 with an offset (``2024-06-01T14:00+01:00``, ``…Z``), or a local time with a zone
name (``2024-06-01T14:00 Africa/Bamako``, ``2024-06-01T14:00[Africa/Bamako]``, or the zone given
apart). A local time without either is refused: the sun at 14:00 in Bamako and at 14:00 UTC are not
the same sun, and a guess would put a wrong time in a case. So are local times a daylight-saving
change skips or repeats, unless an offset settles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from casedesk.core.errors import UsageError
from casedesk.core.timeutil import zone_from_name
from casedesk.i18n import msg

_BRACKETED = re.compile(r"^(?P<time>[^\[\]]+)\[(?P<zone>[^\[\]]+)\]$")


@dataclass(frozen=True)
class Moment:
    """An instant (aware, UTC) and the zone named with it, if one was (to show local times in)."""

    at: datetime
    zone: tzinfo | None


def parse_zone(name: str) -> tzinfo:
    """An IANA zone name, "UTC", or a fixed offset ("UTC+01:00")."""
    try:
        return zone_from_name(name.strip())
    except ValueError:
        raise UsageError(
            msg("Unknown time zone {zone}: give an IANA name such as Africa/Bamako.", zone=name)
        ) from None


def parse_moment(text: str, zone: str | None = None) -> Moment:
    """The instant ``text`` names; ``zone`` is the zone of a time written without one."""
    written, inline = split_zone(text.strip())
    named = parse_zone(inline) if inline else parse_zone(zone) if zone else None
    try:
        value = datetime.fromisoformat(written)
    except ValueError:
        raise UsageError(
            msg("{time} is not an ISO 8601 time such as 2024-06-01T14:00+00:00.", time=text)
        ) from None
    if not any(sep in written for sep in "Tt "):  # a date alone
        raise UsageError(
            msg(
                "{time} is a date: give a time of day too, or --shadow-bearing to search the date.",
                time=text,
            )
        )
    if value.tzinfo is not None:
        if inline and named is not None and value.utcoffset() != value.astimezone(named).utcoffset():
            raise UsageError(
                msg("The offset of {time} is not that of {zone} at that time.", time=written, zone=inline)
            )
        return Moment(value.astimezone(UTC), named)
    if named is None:
        raise UsageError(
            msg(
                "{time} has no time zone: add an offset (2024-06-01T14:00+00:00) or a zone name "
                "(2024-06-01T14:00 Africa/Bamako), or give --zone.",
                time=text,
            )
        )
    return Moment(_localized(value, named, text).astimezone(UTC), named)


def parse_date(text: str) -> date:
    """A calendar date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(msg("{date} is not a date such as 2024-06-01.", date=text)) from None


def split_zone(text: str) -> tuple[str, str | None]:
    """``time [zone]`` or ``time[zone]`` into its parts; the zone is None when there is none."""
    bracketed = _BRACKETED.match(text)
    if bracketed:
        return bracketed["time"].strip(), bracketed["zone"]
    head, _, tail = text.rpartition(" ")
    if head and tail and not tail[0].isdigit() and tail[0] not in "+-Z":
        return head.strip(), tail
    return text, None


def _localized(value: datetime, zone: tzinfo, text: str) -> datetime:
    """A wall-clock time in a zone, refused where the zone's clocks skip it or show it twice."""
    early, late = value.replace(tzinfo=zone, fold=0), value.replace(tzinfo=zone, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early
    if early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != value:
        raise UsageError(msg("{time} does not exist there: the clocks skipped it.", time=text))
    raise UsageError(msg("{time} happened twice there (the clocks went back): give the offset.", time=text))
