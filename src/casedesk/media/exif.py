"""Read capture time, camera and location, treating every value as untrusted.

exiftool reads every group (EXIF, maker notes, XMP, IPTC, QuickTime ...) when it is installed
(:mod:`casedesk.media.meta`); this module's own EXIF reader, over Pillow, is the fallback without it,
and always fills ``raw["exif"]``/``raw["gps"]`` and the orientation Pillow's decode agrees with.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image

from casedesk.i18n import msg

from . import meta
from .api import GeoPoint, MediaInfo
from .jsonsafe import clean_text, to_jsonable

NO_EXIF_FINDING = str(
    msg("No EXIF metadata: capture time, camera and location are absent (often stripped by the platform).")
)

# IFD0 / Exif-IFD tag ids used below.
_MAKE, _MODEL, _SOFTWARE, _ORIENTATION, _DATETIME = 0x010F, 0x0110, 0x0131, 0x0112, 0x0132
_DT_ORIGINAL, _DT_DIGITIZED = 0x9003, 0x9004
_OFFSET_ORIGINAL, _OFFSET_DIGITIZED = 0x9011, 0x9012
_SUBSEC_ORIGINAL, _SUBSEC_DIGITIZED = 0x9291, 0x9292
_MAKER_NOTE, _USER_COMMENT, _ICC = 0x927C, 0x9286, 0x8773
# Pointers to sub-IFDs: meaningless offsets once the sub-IFD has been read.
_POINTERS = frozenset({0x8769, 0x8825, 0xA005, 0x014A})
# GPS IFD tag ids.
_LAT_REF, _LAT, _LON_REF, _LON, _ALT_REF, _ALT, _GPS_TIME, _GPS_DATE = 1, 2, 3, 4, 5, 6, 7, 29

_MAX_ALTITUDE_M = 100_000.0  # beyond the stratosphere: a broken value, not a photo location
_OFFSET_RE = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


@dataclass(slots=True)
class ExifResult:
    present: bool = False
    captured_at: datetime | None = None
    gps: GeoPoint | None = None
    make: str | None = None
    model: str | None = None
    software: str | None = None
    orientation: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_exif(im: Image.Image) -> ExifResult:
    """What ``im``'s file says: through exiftool when installed and ``im`` came from a path."""
    result = read_builtin(im)
    path = getattr(im, "filename", "")
    tool = meta.find_exiftool()
    if tool is None or not path:
        result.details["metadata_reader"] = str(
            msg("built-in EXIF reader (exiftool is not installed: XMP, IPTC and maker notes not read)")
        )
        return result
    try:
        found = meta.read_metadata(Path(path), tool)
    except meta.ExifToolFailed as exc:
        result.warnings.append(
            str(
                msg(
                    "exiftool could not read the file ({reason}); the built-in EXIF reader was used.",
                    reason=exc,
                )
            )
        )
        result.details["metadata_reader"] = str(msg("built-in EXIF reader (exiftool failed)"))
        return result
    apply_metadata(result, found)
    return result


def read_into(path: Path, info: MediaInfo) -> None:
    """exiftool's choices over what a container said, for files Pillow does not open (video, audio).

    Why: QuickTime Keys dates with their offset, GoPro/QuickTime timed GPS and camera names are
    not in the tags PyAV reads. Without exiftool, ``info`` keeps the container's values."""
    tool = meta.find_exiftool()
    if tool is None:
        info.details.setdefault(
            "metadata_reader", str(msg("container tags only (exiftool is not installed)"))
        )
        return
    try:
        found = meta.read_metadata(path, tool)
    except meta.ExifToolFailed as exc:
        info.warnings.append(str(msg("exiftool could not read the file ({reason}).", reason=exc)))
        return
    result = ExifResult(
        captured_at=info.captured_at,
        gps=info.gps,
        make=info.camera_make,
        model=info.camera_model,
        software=info.software,
    )
    apply_metadata(result, found)
    info.captured_at, info.gps = result.captured_at, result.gps
    info.camera_make, info.camera_model, info.software = result.make, result.model, result.software
    info.details.update(result.details)
    info.raw_metadata.update(result.raw)
    info.warnings.extend(w for w in result.warnings if w not in info.warnings)


def apply_metadata(result: ExifResult, found: meta.FileMetadata) -> None:
    """Overlay exiftool's choices on the built-in reading: its values win where it has one."""
    chosen = found.chosen
    result.details["metadata_reader"] = found.reader
    result.raw["exiftool"] = found.tags.tree()
    if chosen.captured_at is not None:
        result.captured_at = chosen.captured_at.value
        result.details["captured_at_source"] = chosen.captured_at.label
        result.details["captured_at_tag"] = chosen.captured_at.key
    # EXIF GPS values the built-in checks refused (with a warning) stay refused, whoever reads them.
    refused = result.gps is None and "gps" in result.raw
    if chosen.gps is not None and not (refused and chosen.gps.key.startswith(("Composite:", "EXIF:"))):
        result.gps = chosen.gps.value
        result.details["gps_source"] = chosen.gps.key
    if chosen.gps_time is not None:
        result.details["gps_time_utc"] = chosen.gps_time.value.isoformat()
    if chosen.implied_offset is not None:
        result.details["offset_implied_by_gps"] = chosen.implied_offset
    for name, sourced in (("make", chosen.make), ("model", chosen.model), ("software", chosen.software)):
        if sourced is not None:
            setattr(result, name, sourced.value)
            result.details[f"{name}_source"] = sourced.key
    result.present = result.present or any(
        s is not None for s in (chosen.captured_at, chosen.gps, chosen.make, chosen.model)
    )
    result.warnings.extend(f for f in chosen.findings if f not in result.warnings)


def read_builtin(im: Image.Image) -> ExifResult:
    """The hand-written EXIF reader over Pillow (IFD0, Exif IFD, GPS IFD only)."""
    result = ExifResult()
    try:
        exif = im.getexif()
        base = dict(exif)
    except Exception as exc:  # Pillow raises many types on malformed EXIF
        result.warnings.append(
            str(msg("The EXIF block is corrupt and could not be read ({reason}).", reason=_reason(exc)))
        )
        return result
    sub = _ifd(exif, ExifTags.IFD.Exif, result)
    gps = _ifd(exif, ExifTags.IFD.GPSInfo, result)
    if not base and not sub and not gps:
        return result
    result.present = True
    result.raw["exif"] = _named(base, ExifTags.TAGS) | _named(sub, ExifTags.TAGS)
    if gps:
        result.raw["gps"] = _named(gps, ExifTags.GPSTAGS)

    result.make = _text(base.get(_MAKE))
    result.model = _text(base.get(_MODEL))
    result.software = _text(base.get(_SOFTWARE))
    result.orientation = _orientation(base.get(_ORIENTATION), result.warnings)
    _capture_time(base, sub, result)
    if gps:
        result.gps = _gps_point(gps, result.warnings)
        gps_time = _gps_time(gps)
        if gps_time is not None:
            result.details["gps_time_utc"] = gps_time.isoformat()
    return result


def _ifd(exif: Image.Exif, tag: int, result: ExifResult) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception as exc:
        result.warnings.append(
            str(msg("An EXIF sub-directory is corrupt and was skipped ({reason}).", reason=_reason(exc)))
        )
        return {}


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return clean_text(text, 200)


def _named(tags: Mapping[int, Any], names: Mapping[int, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for tag, value in tags.items():
        if tag in _POINTERS:
            continue
        name = names.get(tag, f"0x{tag:04X}")
        if tag == _MAKER_NOTE and isinstance(value, bytes):
            out[name] = f"<{len(value)} bytes, vendor-specific, not decoded>"
        elif tag == _ICC and isinstance(value, bytes):
            out[name] = f"<{len(value)} bytes ICC profile>"
        elif tag == _USER_COMMENT and isinstance(value, bytes):
            out[name] = _user_comment(value)
        else:
            out[name] = to_jsonable(value)
    return out


def _user_comment(value: bytes) -> str:
    # First 8 bytes name the character set.
    prefix, body = value[:8], value[8:]
    if prefix.startswith(b"UNICODE"):
        encoding = "utf-16-be" if body[:1] == b"\x00" else "utf-16-le"
        return clean_text(body.decode(encoding, "replace"))
    return clean_text(body.decode("utf-8", "replace"))


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    text = clean_text(value, 200)
    return text or None


def _orientation(value: Any, warnings: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    warnings.append(
        str(
            msg(
                "EXIF Orientation value {value} is not valid (expected 1 to 8); ignored.",
                value=clean_text(str(value), 40),
            )
        )
    )
    return None


def _capture_time(base: Mapping[int, Any], sub: Mapping[int, Any], result: ExifResult) -> None:
    # DateTime (IFD0) is the last-modified time, so it is recorded raw but never used as capture time.
    for tag, offset_tag, subsec_tag, label in (
        (_DT_ORIGINAL, _OFFSET_ORIGINAL, _SUBSEC_ORIGINAL, "DateTimeOriginal"),
        (_DT_DIGITIZED, _OFFSET_DIGITIZED, _SUBSEC_DIGITIZED, "DateTimeDigitized"),
    ):
        raw = _text(sub.get(tag, base.get(tag)))
        if raw is None or not raw.strip(" :0"):  # absent or all-blank/all-zero placeholder
            continue
        try:
            naive = _parse_exif_datetime(raw)
        except ValueError:
            result.warnings.append(
                str(
                    msg(
                        "EXIF {tag} {value!r} is not a valid date and time; capture time left empty.",
                        tag=label,
                        value=raw,
                    )
                )
            )
            return
        naive = naive.replace(microsecond=_subsec(sub.get(subsec_tag)))
        offset_raw = _text(sub.get(offset_tag))
        if offset_raw:
            tz = _parse_offset(offset_raw)
            if tz is None:
                result.warnings.append(
                    str(
                        msg(
                            "EXIF offset time {value!r} is not a valid UTC offset; "
                            "capture time kept without a time zone.",
                            value=offset_raw,
                        )
                    )
                )
                result.captured_at = naive
            else:
                result.captured_at = naive.replace(tzinfo=tz)
        else:
            result.captured_at = naive
        result.details["captured_at_source"] = f"EXIF {label}"
        return


def _parse_exif_datetime(raw: str) -> datetime:
    text = raw.strip()[:19]
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(raw)


def _subsec(value: Any) -> int:
    text = _text(value)
    if not text or not text.strip().isdigit():
        return 0
    digits = text.strip()[:6]
    return int(digits.ljust(6, "0"))


def _parse_offset(raw: str) -> timezone | None:
    match = _OFFSET_RE.match(raw.strip())
    if not match:
        return None
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3))
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


def _as_floats(value: Any) -> list[float]:
    """EXIF rationals (or a broken single value) as plain floats; raises ValueError if unusable."""
    items: Sequence[Any] = value if isinstance(value, tuple | list) else (value,)
    if not 1 <= len(items) <= 3:
        raise ValueError(str(msg("{count} components", "fragment: an unusable EXIF value", count=len(items))))
    floats: list[float] = []
    for item in items:
        try:
            number = float(item)
        except (TypeError, ValueError, ZeroDivisionError) as exc:
            raise ValueError(
                str(msg("component {item!r} is not a number", "fragment: an unusable EXIF value", item=item))
            ) from exc
        if not math.isfinite(number):
            raise ValueError(
                str(
                    msg(
                        "a component has a zero denominator or is not finite",
                        "fragment: an unusable EXIF value",
                    )
                )
            )
        floats.append(number)
    return floats


def _ref(value: Any) -> str | None:
    text = _text(value)
    return text.strip().upper()[:1] if text and text.strip() else None


def _coordinate(
    gps: Mapping[int, Any], tag: int, ref_tag: int, axis: str, warnings: list[str]
) -> float | None:
    label, limit, negative, positive = (
        (msg("latitude", "fragment: EXIF GPS"), 90.0, "S", "N")
        if axis == "lat"
        else (msg("longitude", "fragment: EXIF GPS"), 180.0, "W", "E")
    )
    try:
        parts = _as_floats(gps[tag])
    except ValueError as exc:
        warnings.append(
            str(
                msg("EXIF GPS {axis} could not be read ({reason}); location ignored.", axis=label, reason=exc)
            )
        )
        return None
    if any(p < 0 for p in parts[1:]) or any(p >= 60.0 + 1e-6 for p in parts[1:]):
        warnings.append(
            str(
                msg(
                    "EXIF GPS {axis} has impossible minutes or seconds ({values}); location ignored.",
                    axis=label,
                    values=", ".join(f"{p:g}" for p in parts),
                )
            )
        )
        return None
    degrees = parts[0] + sum(p / 60.0**i for i, p in enumerate(parts[1:], start=1))
    ref = _ref(gps.get(ref_tag))
    if ref == negative:
        degrees = -abs(degrees)
    elif ref == positive:
        degrees = abs(degrees)
    else:
        warnings.append(
            str(
                msg(
                    "EXIF GPS {axis} has no {positive}/{negative} reference; the sign was taken as written.",
                    axis=label,
                    positive=positive,
                    negative=negative,
                )
            )
        )
    if abs(degrees) > limit:
        warnings.append(
            str(
                msg(
                    "EXIF GPS {axis} {degrees:g} is outside the valid range of ±{limit:g} degrees; "
                    "location ignored.",
                    axis=label,
                    degrees=degrees,
                    limit=limit,
                )
            )
        )
        return None
    return degrees


def _gps_point(gps: Mapping[int, Any], warnings: list[str]) -> GeoPoint | None:
    if _LAT not in gps or _LON not in gps:
        if _LAT in gps or _LON in gps:
            warnings.append(
                str(msg("EXIF GPS data has only one of latitude and longitude; location ignored."))
            )
        return None
    lat = _coordinate(gps, _LAT, _LAT_REF, "lat", warnings)
    lon = _coordinate(gps, _LON, _LON_REF, "lon", warnings)
    if lat is None or lon is None:
        return None
    if lat == 0.0 and lon == 0.0:
        warnings.append(
            str(
                msg(
                    "EXIF GPS position is exactly 0°, 0°, which usually means the device had no fix; "
                    "location ignored."
                )
            )
        )
        return None
    return GeoPoint(lat=lat, lon=lon, alt=_altitude(gps, warnings))


def _altitude(gps: Mapping[int, Any], warnings: list[str]) -> float | None:
    if _ALT not in gps:
        return None
    try:
        (alt,) = _as_floats(gps[_ALT])[:1]
    except ValueError as exc:
        warnings.append(
            str(msg("EXIF GPS altitude could not be read ({reason}); altitude ignored.", reason=exc))
        )
        return None
    ref = gps.get(_ALT_REF, 0)
    below = ref in (1, b"\x01") or (isinstance(ref, bytes | tuple) and len(ref) > 0 and ref[0] == 1)
    alt = -abs(alt) if below else alt
    if abs(alt) > _MAX_ALTITUDE_M:
        warnings.append(
            str(msg("EXIF GPS altitude {altitude:g} m is implausible; altitude ignored.", altitude=alt))
        )
        return None
    return alt


def _gps_time(gps: Mapping[int, Any]) -> datetime | None:
    """GPS receivers stamp UTC; useful to cross-check a capture time that has no offset."""
    date = _text(gps.get(_GPS_DATE))
    if not date or _GPS_TIME not in gps:
        return None
    try:
        h, m, s = ([*_as_floats(gps[_GPS_TIME]), 0.0, 0.0])[:3]
        day = datetime.strptime(date.strip()[:10].replace("-", ":"), "%Y:%m:%d")
        return day.replace(tzinfo=UTC) + timedelta(hours=h, minutes=m, seconds=s)
    except (ValueError, OverflowError):
        return None
