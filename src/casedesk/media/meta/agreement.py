"""How CaseDesk's capture time, GPS, make and model compare with exiftool's own preferred values.

exiftool, asked for a tag by name without a group, answers with the instance it prefers (EXIF over
XMP over maker notes ...). Those answers are the reference: ours must agree wherever exiftool has a
value. Used by the agreement test and ``bench/metadata_agreement.py``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..api import GeoPoint
from .choose import parse_time, same_moment
from .tool import ExifTool, run_command

FIELDS = ("captured_at", "gps", "make", "model")
# Capture-time tags in the order exiftool users read them; the first present is the reference.
REFERENCE_TIME_TAGS = (
    "SubSecDateTimeOriginal",
    "DateTimeOriginal",
    "DateTimeCreated",
    "CreationDate",
    "CreateDate",
)
_GPS_TOLERANCE = 1e-6  # degrees (about 0.1 m)


@dataclass(frozen=True, slots=True)
class Values:
    captured_at: datetime | None = None
    gps: GeoPoint | None = None
    make: str | None = None
    model: str | None = None


@dataclass(slots=True)
class Tally:
    """Per field: files where exiftool has a value, how many of those agree, and which do not."""

    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    agree: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    ours_only: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    disagreements: list[str] = field(default_factory=list)

    def add(self, name: str, ours: Values, reference: Values) -> None:
        for key in FIELDS:
            mine, theirs = getattr(ours, key), getattr(reference, key)
            if theirs is None:
                self.ours_only[key] += mine is not None
                continue
            self.found[key] += 1
            if mine is not None and _agrees(key, mine, theirs):
                self.agree[key] += 1
            else:
                self.disagreements.append(f"{name} {key}: ours {mine!r}, exiftool {theirs!r}")

    def figures(self) -> dict[str, dict[str, Any]]:
        return {
            key: {
                "exiftool_found": self.found[key],
                "agree": self.agree[key],
                "rate": round(self.agree[key] / self.found[key], 4) if self.found[key] else None,
                "ours_only": self.ours_only[key],
            }
            for key in FIELDS
        }


def _agrees(key: str, mine: Any, theirs: Any) -> bool:
    if key == "captured_at":
        return same_moment(mine, theirs, 1.0)
    if key == "gps":
        return bool(
            abs(mine.lat - theirs.lat) <= _GPS_TOLERANCE and abs(mine.lon - theirs.lon) <= _GPS_TOLERANCE
        )
    return str(mine).strip() == str(theirs).strip()


def reference_values(tool: ExifTool, paths: list[Path]) -> list[Values]:
    """exiftool's preferred values for ``paths`` (one process for all of them)."""
    tags = [f"-{name}" for name in (*REFERENCE_TIME_TAGS, "GPSLatitude", "GPSLongitude", "Make", "Model")]
    cmd = [tool.executable, "-json", "-n", "-ee", *tags, *(os.path.abspath(p) for p in paths)]
    answers = json.loads(run_command(cmd, 60.0 * len(paths)).stdout or b"[]")
    return [_values(answer) for answer in answers]


def _values(answer: dict[str, Any]) -> Values:
    stamp = next(
        (t for t in (parse_time(answer.get(name)) for name in REFERENCE_TIME_TAGS) if t is not None), None
    )
    lat, lon = answer.get("GPSLatitude"), answer.get("GPSLongitude")
    point = (
        GeoPoint(float(lat), float(lon))
        if isinstance(lat, int | float) and isinstance(lon, int | float)
        else None
    )
    make, model = answer.get("Make"), answer.get("Model")
    return Values(
        stamp, point, str(make) if make is not None else None, str(model) if model is not None else None
    )
