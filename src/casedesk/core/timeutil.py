"""Times as investigators record them: UTC instants, and partial dates that keep precision and zone.

A timeline entry may be known only to the year ("2021"), month ("December 2024"), day
("14 Mar 2025") or minute ("16 Mar 2025 15:05 PDT"). The original zone is kept so that the
report shows what the source said, while the UTC instant orders events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casedesk.i18n import msg


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc(value: datetime) -> datetime:
    """An aware datetime in UTC; naive values are taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def iso_utc(value: datetime) -> str:
    return to_utc(value).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"


_OFFSET_RE = re.compile(r"^(?:UTC)?([+-])(\d{1,2}):?(\d{2})?$")


def zone_from_name(name: str) -> tzinfo:
    """An IANA zone ("America/Los_Angeles"), "UTC", or a fixed offset ("UTC-07:00", "+05:30")."""
    if name in ("UTC", "Z"):
        return UTC
    match = _OFFSET_RE.match(name)
    if match:
        sign, hours, minutes = match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(str(msg("Unknown time zone {zone!r}", zone=name))) from exc


@dataclass(frozen=True, slots=True)
class PartialTime:
    """A point in time known to some precision, in the zone the source used.

    ``local`` holds the wall-clock value in ``zone``; fields finer than ``precision`` are
    ignored (set to their minimum) so that equal partial times compare equal.
    """

    local: datetime  # naive wall-clock time in `zone`
    precision: Precision
    zone: str | None = None  # IANA name or fixed offset; None when unknown (date-only values)

    @classmethod
    def year(cls, year: int) -> PartialTime:
        return cls(datetime(year, 1, 1), Precision.YEAR)

    @classmethod
    def month(cls, year: int, month: int) -> PartialTime:
        return cls(datetime(year, month, 1), Precision.MONTH)

    @classmethod
    def day(cls, year: int, month: int, day: int, zone: str | None = None) -> PartialTime:
        return cls(datetime(year, month, day), Precision.DAY, zone)

    @classmethod
    def minute(cls, local: datetime, zone: str) -> PartialTime:
        zone_from_name(zone)  # validate early
        return cls(local.replace(second=0, microsecond=0, tzinfo=None), Precision.MINUTE, zone)

    def aware(self) -> datetime:
        tz = zone_from_name(self.zone) if self.zone else UTC
        return self.local.replace(tzinfo=tz)

    def sort_key(self) -> str:
        """ISO UTC instant of the earliest moment this value can denote; orders mixed precisions."""
        return iso_utc(self.aware())

    def zone_abbreviation(self) -> str | None:
        if not self.zone:
            return None
        return self.aware().tzname()

    def display(self) -> str:
        """Honest human form: "2021", "December 2024", "14 Mar 2025", "16 Mar 2025 15:05 PDT"."""
        lt = self.local
        if self.precision is Precision.YEAR:
            return f"{lt.year}"
        if self.precision is Precision.MONTH:
            return lt.strftime("%B %Y")
        if self.precision is Precision.DAY:
            return f"{lt.day} {lt.strftime('%b %Y')}"
        abbrev = self.zone_abbreviation() or ""
        return f"{lt.day} {lt.strftime('%b %Y %H:%M')} {abbrev}".rstrip()

    def to_text(self) -> str:
        """Canonical, lossless text form, e.g. "2025-03-16T15:05|minute|America/Los_Angeles"."""
        if self.precision is Precision.YEAR:
            stamp = f"{self.local.year:04d}"
        elif self.precision is Precision.MONTH:
            stamp = f"{self.local.year:04d}-{self.local.month:02d}"
        elif self.precision is Precision.DAY:
            stamp = self.local.date().isoformat()
        else:
            stamp = self.local.strftime("%Y-%m-%dT%H:%M")
        return f"{stamp}|{self.precision.value}|{self.zone or ''}"

    @classmethod
    def from_text(cls, text: str) -> PartialTime:
        try:
            stamp, precision_text, zone = text.split("|")
            precision = Precision(precision_text)
            if precision is Precision.YEAR:
                local = datetime(int(stamp), 1, 1)
            elif precision is Precision.MONTH:
                year, month = stamp.split("-")
                local = datetime(int(year), int(month), 1)
            else:
                local = datetime.fromisoformat(stamp)
        except ValueError as exc:
            raise ValueError(str(msg("Not a partial time: {text!r}", text=text))) from exc
        if zone:
            zone_from_name(zone)
        return cls(local, precision, zone or None)

    @classmethod
    def parse(cls, text: str) -> PartialTime:
        """User input: "2021", "2024-12", "2025-03-14", "2025-03-16 15:05 America/Los_Angeles"."""
        text = text.strip()
        if "|" in text:
            return cls.from_text(text)
        parts = text.split()
        try:
            if len(parts) == 1 and re.fullmatch(r"\d{4}", text):
                return cls.year(int(text))
            if len(parts) == 1 and re.fullmatch(r"\d{4}-\d{2}", text):
                year, month = text.split("-")
                return cls.month(int(year), int(month))
            if len(parts) == 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                d = datetime.fromisoformat(text)
                return cls.day(d.year, d.month, d.day)
            if len(parts) in (2, 3) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", parts[0]):
                local = datetime.fromisoformat(f"{parts[0]}T{parts[1]}")
                return cls.minute(local, parts[2] if len(parts) == 3 else "UTC")
        except ValueError as exc:
            raise ValueError(str(msg("Not a date: {text!r} ({reason})", text=text, reason=exc))) from exc
        raise ValueError(
            str(
                msg(
                    "Not a date: {text!r}. Use YYYY, YYYY-MM, YYYY-MM-DD or 'YYYY-MM-DD HH:MM ZONE'.",
                    text=text,
                )
            )
        )
