"""Numbers, dates, times, sizes and durations as the interface locale writes them (digits, month names,
separators), through QLocale. Hashes, ids, coordinates and the custody log's ISO timestamps are not
formatted here: they are evidence, and stay exactly as recorded.

Dates are written with the month's name ("14 Mar 2025", "14 mars 2025", "١٤ مارس ٢٠٢٥") so that day and
month are never confused across locales, and times on a 24-hour clock, as evidence times are compared.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from casedesk.core.timeutil import PartialTime, Precision
from casedesk.core.views import PartialTimeView

DAY = "d MMM yyyy"
MONTH = "MMMM yyyy"
YEAR = "yyyy"
MINUTE = "d MMM yyyy HH:mm"
SECOND = "d MMM yyyy HH:mm:ss"


def number(value: int) -> str:
    """An integer in the interface locale ("1,234", "1 234", "١٬٢٣٤")."""
    return QLocale().toString(value)


def decimal(value: float, places: int) -> str:
    """A decimal number with ``places`` digits after the separator ("12.500", "12,500", "١٢٫٥٠٠")."""
    return QLocale().toString(float(value), "f", places)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(_qdate(value), QTime(value.hour, value.minute, value.second), QTimeZone.utc())


def date_text(value: date) -> str:
    return QLocale().toString(_qdate(value), DAY)


def time_text(value: datetime) -> str:
    """The time of day, hours and minutes."""
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def utc_text(value: datetime, seconds: bool = False) -> str:
    """A stored instant, in UTC: "14 Mar 2025 09:42 UTC" (naive values are UTC already)."""
    at = value.astimezone(UTC) if value.tzinfo is not None else value
    stamp = QLocale().toString(_qdatetime(at), SECOND if seconds else MINUTE)
    return QCoreApplication.translate("formats", "{0} UTC").format(stamp)


def when_text(at: datetime, now: datetime | None = None) -> str:
    """A compact "last change", in local time: the time today, else the date."""
    now = now or datetime.now(UTC)
    local = at.astimezone()
    return time_text(local) if local.date() == now.astimezone().date() else date_text(local.date())


def partial_time_text(value: PartialTime | PartialTimeView | None) -> str:
    """A time known to some precision, at that precision: "2021", "December 2024", "14 Mar 2025",
    "16 Mar 2025 15:05 PDT" (in the zone the source used)."""
    if value is None:
        return ""
    when = PartialTime.from_text(value.text) if isinstance(value, PartialTimeView) else value
    local, locale = when.local, QLocale()
    if when.precision is Precision.YEAR:
        return locale.toString(_qdate(local.date()), YEAR)
    if when.precision is Precision.MONTH:
        return locale.toString(_qdate(local.date()), MONTH)
    if when.precision is Precision.DAY:
        return locale.toString(_qdate(local.date()), DAY)
    stamp = locale.toString(QDateTime(_qdate(local.date()), QTime(local.hour, local.minute)), MINUTE)
    abbreviation = when.zone_abbreviation()
    return f"{stamp} {abbreviation}" if abbreviation else stamp


def size_text(size: int) -> str:
    """A file size in the interface locale, in units of 1024 ("1.5 kB", "1,5 ko")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def offset_text(seconds: float, milliseconds: bool = True) -> str:
    """A position in footage or audio, minutes and seconds to the millisecond: 12.5 -> "0:12.500"
    (whole seconds, rounded down, without ``milliseconds``: "0:12")."""
    locale = QLocale()
    minutes, secs = divmod(max(0.0, float(seconds)), 60)
    secs_text = locale.toString(secs, "f", 3) if milliseconds else locale.toString(int(secs))
    if secs < 10:
        secs_text = locale.zeroDigit() + secs_text
    return f"{locale.toString(int(minutes))}:{secs_text}"


def list_text(parts: list[str]) -> str:
    """Parts of a list, separated as the interface language separates them ("a, b", Arabic "a، b")."""
    #: Separates the items of a list, e.g. "1 of 11 passed, 1 failed". Arabic: "، " (Arabic comma).
    separator = QCoreApplication.translate("formats", ", ")
    return separator.join(parts)
