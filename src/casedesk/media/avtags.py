"""Interpret container tags (MP4/QuickTime/Matroska): recording time, location, device."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from casedesk.i18n import msg

from .api import GeoPoint
from .jsonsafe import clean_text

# Apple's key carries the local UTC offset, so it beats the UTC-only creation_time.
_TIME_KEYS = ("com.apple.quicktime.creationdate", "creation_time", "DATE_RECORDED")
_LOCATION_KEYS = ("com.apple.quicktime.location.ISO6709", "location", "location-eng")
_MAKE_KEYS = ("com.apple.quicktime.make", "make", "com.android.manufacturer")
_MODEL_KEYS = ("com.apple.quicktime.model", "model", "com.android.model")
_SOFTWARE_KEYS = ("com.apple.quicktime.software", "software", "encoder", "ENCODER")
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d*)?)([+-]\d+(?:\.\d*)?)([+-]\d+(?:\.\d*)?)?(?:CRS[^/]*)?/?$")
# MP4 stores seconds since 1904; writers that leave it zero produce 1904 or 1970 dates.
_PLACEHOLDER_BEFORE_YEAR = 1971


@dataclass(slots=True)
class TagFacts:
    captured_at: datetime | None = None
    captured_at_source: str | None = None
    gps: GeoPoint | None = None
    make: str | None = None
    model: str | None = None
    software: str | None = None
    warnings: list[str] = field(default_factory=list)


def _first(tags: Mapping[str, str], keys: tuple[str, ...]) -> tuple[str, str] | None:
    lowered = {k.lower(): (k, v) for k, v in tags.items()}
    for key in keys:
        hit = lowered.get(key.lower())
        if hit and hit[1].strip():
            return hit[0], clean_text(hit[1], 200)
    return None


def parse_iso_time(text: str) -> datetime | None:
    candidate = text.strip().replace(" ", "T", 1)
    if len(candidate) == 4 and candidate.isdigit():  # a bare year is not a recording time
        return None
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def read_tags(container_tags: Mapping[str, str], stream_tags: list[Mapping[str, str]]) -> TagFacts:
    facts = TagFacts()
    merged: dict[str, str] = {}
    for tags in [*reversed(stream_tags), container_tags]:  # container tags win
        merged.update(tags)

    hit = _first(merged, _TIME_KEYS)
    if hit is not None:
        key, value = hit
        when = parse_iso_time(value)
        if when is None:
            facts.warnings.append(
                str(
                    msg(
                        "Container tag {tag} {value!r} is not a valid date and time; ignored.",
                        tag=key,
                        value=value,
                    )
                )
            )
        elif when.year < _PLACEHOLDER_BEFORE_YEAR:
            facts.warnings.append(
                str(
                    msg(
                        "Container creation time {value!r} looks like an unset placeholder; ignored.",
                        value=value,
                    )
                )
            )
        else:
            facts.captured_at = when
            facts.captured_at_source = f"container tag {key}"

    loc = _first(merged, _LOCATION_KEYS)
    if loc is not None:
        facts.gps = _iso6709(loc[1], facts.warnings)
    facts.make = (_first(merged, _MAKE_KEYS) or (None, None))[1]
    facts.model = (_first(merged, _MODEL_KEYS) or (None, None))[1]
    facts.software = (_first(merged, _SOFTWARE_KEYS) or (None, None))[1]
    return facts


def _iso6709_component(text: str, degree_digits: int) -> float:
    """ISO 6709 allows ±DD.D, ±DDMM.M and ±DDDMMSS.S forms; the integer width tells which."""
    sign = -1.0 if text.startswith("-") else 1.0
    body = text[1:]
    whole = body.split(".")[0]
    value = float(body)
    if len(whole) <= degree_digits:
        return sign * value
    if len(whole) <= degree_digits + 2:
        return sign * (int(whole[:degree_digits]) + (value - int(whole[:degree_digits]) * 100) / 60)
    deg = int(whole[:degree_digits])
    minutes = int(whole[degree_digits : degree_digits + 2])
    seconds = value - deg * 10_000 - minutes * 100
    return sign * (deg + minutes / 60 + seconds / 3600)


def _iso6709(value: str, warnings: list[str]) -> GeoPoint | None:
    match = _ISO6709.match(value.strip())
    if not match:
        warnings.append(
            str(msg("Container location {value!r} is not in ISO 6709 form; location ignored.", value=value))
        )
        return None
    lat = _iso6709_component(match.group(1), 2)
    lon = _iso6709_component(match.group(2), 3)
    alt = float(match.group(3)) if match.group(3) else None
    if abs(lat) > 90 or abs(lon) > 180:
        warnings.append(
            str(
                msg(
                    "Container location {value!r} is outside valid latitude/longitude; location ignored.",
                    value=value,
                )
            )
        )
        return None
    if lat == 0.0 and lon == 0.0:
        warnings.append(
            str(
                msg(
                    "Container location is exactly 0°, 0°, which usually means the device had no fix; "
                    "location ignored."
                )
            )
        )
        return None
    return GeoPoint(lat=lat, lon=lon, alt=alt)
