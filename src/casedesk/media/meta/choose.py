"""Pick capture time, GPS, camera and software from all of a file's groups, naming the source.

EXIF is what cameras and phones write first; XMP, IPTC and maker notes keep the time when editors
or platforms dropped EXIF; QuickTime (and GoPro/QuickTime timed GPS) serve video. Each choice says
which tag it came from, and groups that disagree are findings, never silently merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from casedesk.i18n import msg

from ..api import GeoPoint
from .tags import Tag, Tags

_TIME_RE = re.compile(
    r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?"
)
_DATE_RE = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})\s*$")
_TIME_ONLY_RE = re.compile(r"^\s*(\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")
_AGREE_S = 2.0  # seconds two stamps of the same moment may differ by (rounding, write delay)
_GPS_CLOCK_S = 300.0  # GPS time vs camera clock beyond this: the clock (or the zone) is wrong

# (group, name, offset tag, sub-second tag), best first. None as group: any group.
_TIME_SOURCES: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("EXIF", "DateTimeOriginal", "OffsetTimeOriginal", "SubSecTimeOriginal"),
    ("EXIF", "CreateDate", "OffsetTimeDigitized", "SubSecTimeDigitized"),
    ("XMP", "DateTimeOriginal", None, None),
    ("XMP", "DateCreated", None, None),  # photoshop:DateCreated, Iptc4xmpCore
    ("XMP", "CreateDate", None, None),
    ("XMP", "DateTimeDigitized", None, None),
    ("IPTC", "DateCreated", "TimeCreated", None),
    ("MakerNotes", "DateTimeOriginal", None, None),
    ("MakerNotes", "CreateDate", None, None),
    ("MakerNotes", "SonyDateTime", None, None),
    ("MakerNotes", "DateTimeUTC", None, None),
    ("QuickTime", "CreationDate", None, None),  # Apple Keys/ItemList: local time with its offset
    ("QuickTime", "DateTimeOriginal", None, None),
    ("QuickTime", "ContentCreateDate", None, None),
    ("QuickTime", "CreateDate", None, None),  # movie header: UTC by the spec, local on many cameras
    ("Matroska", "DateTimeOriginal", None, None),
    ("RIFF", "DateTimeOriginal", None, None),
    ("PDF", "CreateDate", None, None),
    ("ID3", "RecordingTime", None, None),
    ("Vorbis", "Date", None, None),
)
_GPS_GROUPS = ("Composite", "EXIF", "XMP", "QuickTime", "GoPro", "MakerNotes")
_MAKE_SOURCES = (
    ("EXIF", "Make"),
    ("XMP", "Make"),
    ("QuickTime", "Make"),
    ("MakerNotes", "Make"),
    (None, "Make"),
)
_MODEL_SOURCES = (
    ("EXIF", "Model"),
    ("XMP", "Model"),
    ("QuickTime", "Model"),
    ("MakerNotes", "Model"),
    (None, "Model"),
)
_SOFTWARE_SOURCES = (
    ("EXIF", "Software"),
    ("XMP", "CreatorTool"),
    ("QuickTime", "Software"),
    ("QuickTime", "Encoder"),
    ("MakerNotes", "FirmwareVersion"),
    ("QuickTime", "FirmwareVersion"),
    ("PDF", "Producer"),
    ("PDF", "Creator"),
)
# Names in Software / CreatorTool / history agents that mean the file passed through an editor.
EDITORS = (
    "photoshop",
    "lightroom",
    "gimp",
    "snapseed",
    "picasa",
    "affinity",
    "pixelmator",
    "capture one",
    "aurora hdr",
    "luminar",
    "paint.net",
    "darktable",
    "rawtherapee",
    "acdsee",
    "photoscape",
    "canva",
    "facetune",
    "vsco",
    "premiere",
    "after effects",
    "final cut",
    "davinci",
    "imovie",
    "ffmpeg",
    "lavf",
    "handbrake",
    "photos ",
    "windows photo",
    "digikam",
    "krita",
    "corel",
    "paintshop",
)


@dataclass(frozen=True, slots=True)
class Sourced:
    """A value and the tag it came from (``key``: "EXIF:ExifIFD:DateTimeOriginal")."""

    value: Any
    key: str

    @property
    def label(self) -> str:
        """ "EXIF DateTimeOriginal": group and tag, how investigators name it."""
        group, _, rest = self.key.partition(":")
        return f"{group} {rest.rpartition(':')[2]}"


@dataclass(slots=True)
class Chosen:
    captured_at: Sourced | None = None  # datetime, aware when the file says its offset
    gps: Sourced | None = None  # GeoPoint
    gps_time: Sourced | None = None  # aware UTC datetime from the GPS receiver
    make: Sourced | None = None
    model: Sourced | None = None
    software: Sourced | None = None
    findings: list[str] = field(default_factory=list)
    implied_offset: str | None = None  # "+02:00": camera clock minus GPS UTC, when no offset is written


def parse_time(value: Any, offset: Any = None, subsec: Any = None) -> datetime | None:
    """An exiftool date ("2023:10:06 22:53:51.724+02:00"); all-zero placeholders are None."""
    if not isinstance(value, str):
        return None
    match = _TIME_RE.match(value)
    if not match:
        return None
    y, mo, d, h, mi, s, frac, zone = match.groups()
    try:
        stamp = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
    except ValueError:
        return None
    if frac is None and subsec is not None and str(subsec).strip().isdigit():
        frac = "." + str(subsec).strip()
    if frac:
        stamp = stamp.replace(microsecond=int(frac[1:7].ljust(6, "0")))
    tz = _zone(zone) or _zone(offset if isinstance(offset, str) else None)
    return stamp.replace(tzinfo=tz) if tz is not None else stamp


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    text = text.strip()
    if text == "Z":
        return UTC
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text)
    if not match:
        return None
    hours, minutes = int(match.group(2)), int(match.group(3))
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if match.group(1) == "-" else delta)


def same_moment(a: datetime, b: datetime, tolerance: float = _AGREE_S) -> bool:
    """Equal within ``tolerance``; a stamp without zone matches either the wall clock or the UTC
    instant of one with a zone (QuickTime headers are UTC on some devices, local on others)."""
    if (a.tzinfo is None) == (b.tzinfo is None):
        return abs((a - b).total_seconds()) <= tolerance
    naive, aware = (a, b) if a.tzinfo is None else (b, a)
    wall = aware.replace(tzinfo=None)
    utc = aware.astimezone(UTC).replace(tzinfo=None)
    return min(abs((naive - wall).total_seconds()), abs((naive - utc).total_seconds())) <= tolerance


def _times(tags: Tags) -> list[Sourced]:
    found: list[Sourced] = []
    seen: set[str] = set()
    for group, name, offset_name, subsec_name in _TIME_SOURCES:
        for tag in tags.find(group, name):
            if tag.key in seen:
                continue
            seen.add(tag.key)
            stamp = _time_of(tags, tag, offset_name, subsec_name)
            if stamp is not None:
                found.append(Sourced(stamp, tag.key))
    return found


def _time_of(tags: Tags, tag: Tag, offset_name: str | None, subsec_name: str | None) -> datetime | None:
    if tag.group == "IPTC" and offset_name:  # IPTC keeps the date and the time apart
        date = _DATE_RE.match(str(tag.value))
        clock = tags.first("IPTC", offset_name)
        if not date or clock is None or not _TIME_ONLY_RE.match(str(clock.value)):
            return None
        return parse_time(f"{tag.value} {clock.value}")
    offset = tags.first(tag.group, offset_name) if offset_name else None
    subsec = tags.first(tag.group, subsec_name) if subsec_name else None
    stamp = parse_time(tag.value, offset.value if offset else None, subsec.value if subsec else None)
    if stamp is not None and stamp.tzinfo is None and (tag.group, tag.subgroup) in _UTC_BY_SPEC:
        # The movie and track headers count seconds in UTC (QuickTime File Format), as PyAV reads them.
        return stamp.replace(tzinfo=UTC)
    return stamp


_UTC_BY_SPEC = {("QuickTime", "QuickTime"), ("QuickTime", "Track1"), ("QuickTime", "Track2")}


def _gps(tags: Tags) -> Sourced | None:
    for group in _GPS_GROUPS:
        for lat in tags.find(group, "GPSLatitude"):
            lon = tags.first(lat.group, "GPSLongitude", lat.subgroup)
            alt = tags.first(lat.group, "GPSAltitude", lat.subgroup)
            point = _point(lat.value, lon.value if lon else None, alt.value if alt else None)
            if point is not None:
                return Sourced(point, lat.key)
    for tag in tags.find(None, "GPSCoordinates"):  # QuickTime Keys/UserData/ItemList: "lat lon [alt]"
        parts = str(tag.value).replace(",", " ").split()
        if len(parts) >= 2:
            point = _point(parts[0], parts[1], parts[2] if len(parts) > 2 else None)
            if point is not None:
                return Sourced(point, tag.key)
    return None


def _point(lat: Any, lon: Any, alt: Any) -> GeoPoint | None:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        return None
    try:
        height: float | None = float(alt) if alt is not None else None
    except (TypeError, ValueError):
        height = None
    if height is not None and abs(height) > 100_000:
        height = None
    return GeoPoint(la, lo, height)


def _text(tags: Tags, sources: tuple[tuple[str | None, str], ...]) -> Sourced | None:
    for group, name in sources:
        for tag in tags.find(group, name):
            text = str(tag.value).strip() if tag.value is not None else ""
            if text and not isinstance(tag.value, dict | list):
                return Sourced(text[:200], tag.key)
    return None


def choose(tags: Tags) -> Chosen:
    chosen = Chosen()
    times = _times(tags)
    chosen.captured_at = times[0] if times else None
    chosen.gps = _gps(tags)
    gps_time = tags.first("Composite", "GPSDateTime") or tags.first(None, "GPSDateTime")
    if gps_time is not None:
        stamp = parse_time(gps_time.value)
        if stamp is not None:
            stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
            chosen.gps_time = Sourced(stamp, gps_time.key)
    if chosen.captured_at is None and chosen.gps_time is not None:
        chosen.captured_at = chosen.gps_time  # the receiver's UTC: better than no time at all
    chosen.make = _text(tags, _MAKE_SOURCES)
    chosen.model = _text(tags, _MODEL_SOURCES)
    chosen.software = _text(tags, _SOFTWARE_SOURCES)
    _time_findings(times, chosen)
    _edit_findings(tags, chosen)
    return chosen


def _time_findings(times: list[Sourced], chosen: Chosen) -> None:
    first = chosen.captured_at
    if first is None:
        return
    for other in times[1:]:
        if not same_moment(first.value, other.value):
            chosen.findings.append(
                str(
                    msg(
                        "Capture times disagree: {first} says {first_time}, {other} says {other_time}.",
                        first=first.label,
                        first_time=_show(first.value),
                        other=other.label,
                        other_time=_show(other.value),
                    )
                )
            )
    gps = chosen.gps_time
    if gps is None or gps is first:
        return
    taken: datetime = first.value
    if taken.tzinfo is not None:
        gap = abs((taken - gps.value).total_seconds())
        if gap > _GPS_CLOCK_S:
            chosen.findings.append(_clock_finding(first, gps, gap))
        return
    minutes = round((taken - gps.value.replace(tzinfo=None)).total_seconds() / 60)
    if minutes % 15 == 0 and abs(minutes) <= 14 * 60:
        sign = "+" if minutes >= 0 else "-"
        chosen.implied_offset = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    else:
        chosen.findings.append(_clock_finding(first, gps, abs(minutes) * 60.0))


def _clock_finding(first: Sourced, gps: Sourced, gap: float) -> str:
    return str(
        msg(
            "The camera clock and the GPS clock disagree by {hours:.1f} h ({first} {first_time}, "
            "GPS {gps_time} UTC): the camera's clock or time zone was wrong.",
            hours=gap / 3600,
            first=first.label,
            first_time=_show(first.value),
            gps_time=_show(gps.value.replace(tzinfo=None)),
        )
    )


def _show(stamp: datetime) -> str:
    return stamp.isoformat(sep=" ", timespec="seconds")


def _edit_findings(tags: Tags, chosen: Chosen) -> None:
    actions = list(tags.find("XMP", "HistoryAction"))
    history = tags.first("XMP", "History", "XMP-xmpMM")
    steps: list[str] = []
    for tag in actions:
        steps += [str(v) for v in (tag.value if isinstance(tag.value, list) else [tag.value])]
    if not steps and history is not None and isinstance(history.value, list):
        steps = [str(item.get("Action", "?")) for item in history.value if isinstance(item, dict)]
    if steps:
        agents = _agents(tags, history)
        chosen.findings.append(
            str(
                msg(
                    "The file's XMP edit history (steps: {count}; {actions}) names {agents}: the file "
                    "was processed after capture.",
                    count=len(steps),
                    actions=", ".join(dict.fromkeys(steps)),
                    agents=", ".join(agents) or "?",
                )
            )
        )
    names = [chosen.software] if chosen.software is not None else []
    names += [Sourced(str(t.value), t.key) for t in tags.find("XMP", "CreatorTool")]
    for named in names:
        lowered = f"{named.value} ".lower()
        if any(editor in lowered for editor in EDITORS):
            chosen.findings.append(
                str(
                    msg(
                        "{tag} names editing software ({software}): the file is not as the camera wrote it.",
                        tag=named.label,
                        software=named.value,
                    )
                )
            )
            break


def _agents(tags: Tags, history: Tag | None) -> list[str]:
    agents: list[str] = []
    for tag in tags.find("XMP", "HistorySoftwareAgent"):
        agents += [str(v) for v in (tag.value if isinstance(tag.value, list) else [tag.value])]
    if not agents and history is not None and isinstance(history.value, list):
        agents = [
            str(i["SoftwareAgent"]) for i in history.value if isinstance(i, dict) and "SoftwareAgent" in i
        ]
    return list(dict.fromkeys(agents))[:5]
