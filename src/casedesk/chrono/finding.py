"""From a shadow drawn on a still to the times of day that match it, and the note that records how.

The search is casedesk.geo's reverse shadow search at the chosen place, run one local day at a time
so that a long date range reports progress and can be cancelled. The note written into the item's
"Chronolocated" checklist step states the inputs, the assumptions and the method, lists the
windows in UTC and in the place's local time. The drawing itself is kept as an annotation beside
the still (:mod:`.annotation`) and the note names it; a note written before annotations existed
ends with the drawing and inputs as JSON in a fenced block, still read back by :func:`latest_drawing`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from casedesk.chrono.drawing import ShadowDrawing, ShadowMeasure, drawing_from_record, drawing_record, measure
from casedesk.core.errors import UsageError
from casedesk.core.tasks import TaskControl
from casedesk.geo import Method, Place, ShadowQuery, TimeWindow, method, shadow_windows, zone_at, zone_name_at
from casedesk.geo.shadows import MAX_DAYS
from casedesk.i18n import Message, msg, msgn, translate

RECORD_KIND = "casedesk-shadow-chronolocation"
RECORD_VERSION = 1
_FENCED = re.compile(r"```json\s*\n(.*?)\n```", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ChronoPlace:
    """Where the still was taken, as chosen: one of the case's places, or the item's own GPS position."""

    name: str
    latitude: float
    longitude: float
    from_gps: bool = False


@dataclass(frozen=True, slots=True)
class ChronoRequest:
    drawing: ShadowDrawing
    place: ChronoPlace
    first: date  # local dates at the place
    last: date
    tolerance: float = 5.0  # degrees either side of the drawn bearing
    use_ratio: bool = False  # the ratio as drawn is approximate: used only when asked
    ratio_tolerance: float = 0.25
    evidence_sha256: str = ""
    picture_size: tuple[int, int] = (0, 0)  # the picture the points are on (width, height in pixels)


@dataclass(frozen=True)
class ChronoResult:
    request: ChronoRequest
    measure: ShadowMeasure
    zone_name: str  # the IANA zone at the place, or a nautical zone's name
    windows: list[TimeWindow]
    method: Method
    zone: tzinfo = field(compare=False, default=UTC)


def chronolocate(request: ChronoRequest, control: TaskControl | None = None) -> ChronoResult:
    """Measure the drawing and search the dates at the place (a day at a time, cancellable)."""
    control = control or TaskControl()
    shadow = measure(request.drawing)
    place = Place(request.place.latitude, request.place.longitude)
    zone = zone_at(place.latitude, place.longitude)
    zone_name = zone_name_at(place.latitude, place.longitude) or str(zone)
    query = ShadowQuery(
        shadow.bearing,
        shadow.ratio if request.use_ratio else None,
        request.tolerance,
        request.ratio_tolerance,
    )
    days = (request.last - request.first).days + 1
    if days < 1:
        raise UsageError(
            msg("The last date {last} is before the first, {first}.", last=request.last, first=request.first)
        )
    if days > MAX_DAYS:
        raise UsageError(msg("Search at most {days} days at once.", days=MAX_DAYS))
    windows: list[TimeWindow] = []
    for n in range(days):
        control.check()
        day = request.first + timedelta(days=n)
        control.report(n, days, msg("Searching {date}", date=day.isoformat()))
        windows += shadow_windows(place, day, day, zone, query)
    control.report(days, days, msg("Searching {date}", date=request.last.isoformat()))
    return ChronoResult(request, shadow, zone_name, windows, method(), zone)


# -- the note ------------------------------------------------------------------------------------


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _offset(moment: datetime, zone: tzinfo) -> str:
    delta = moment.astimezone(zone).utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def note_lines(result: ChronoResult) -> list[Message]:
    """The sentences of the note, before the JSON block (in the core's messages, for any language)."""
    req, shadow = result.request, result.measure
    lines = [
        msg("Chronolocation by shadow, drawn on the still in CaseDesk's viewer."),
        msg(
            "Place: {place} ({latitude}, {longitude}), time zone {zone}.",
            place=req.place.name,
            latitude=f"{req.place.latitude:.5f}",
            longitude=f"{req.place.longitude:.5f}",
            zone=result.zone_name,
        ),
    ]
    if req.first == req.last:
        lines.append(msg("Date searched (local): {date}.", date=req.first.isoformat()))
    else:
        lines.append(
            msg(
                "Dates searched (local): {first} to {last}.",
                first=req.first.isoformat(),
                last=req.last.isoformat(),
            )
        )
    lines.append(
        msg(
            "Shadow bearing {bearing:.1f}° from north (object's base to shadow's tip), drawn "
            "{angle:.1f}° clockwise from the reference line, whose bearing was given as {reference:.1f}°; "
            "tolerance ±{tolerance:.1f}°.",
            bearing=shadow.bearing,
            angle=shadow.angle_from_reference,
            reference=req.drawing.reference_bearing,
            tolerance=req.tolerance,
        )
    )
    if req.use_ratio:
        lines.append(
            msg(
                "Length ratio (shadow / height) as drawn: {ratio:.2f}, approximate under perspective; "
                "matched within ±{percent:.0f}%.",
                ratio=shadow.ratio,
                percent=req.ratio_tolerance * 100,
            )
        )
    else:
        lines.append(
            msg(
                "Length ratio (shadow / height) as drawn: {ratio:.2f}, approximate under perspective; "
                "not used in the search.",
                ratio=shadow.ratio,
            )
        )
    lines.append(
        msg(
            "Assumptions: the object is vertical and the ground roughly level; the picture's perspective "
            "is taken as the reference line's (the angle between the reference and the shadow on the "
            "picture is taken as their angle on the ground)."
        )
    )
    lines.append(
        msg(
            "Method: sun positions by {sun}; time zone by {zones}; times sampled every 2 minutes and "
            "refined to the second.",
            sun=result.method.sun,
            zones=result.method.zones,
        )
    )
    if not result.windows:
        lines.append(msg("No time on these dates matches the drawn shadow within the tolerance."))
        return lines
    lines.append(msgn("%n matching time window(s):", len(result.windows)))
    for window in result.windows:
        local_start = window.start.astimezone(result.zone)
        local_end = window.end.astimezone(result.zone)
        lines.append(
            msg(
                "{start} to {end} UTC (local {local_start} to {local_end}, {offset}); best match {best} UTC.",
                start=_utc(window.start),
                end=_utc(window.end)[11:],
                local_start=local_start.strftime("%Y-%m-%d %H:%M:%S"),
                local_end=local_end.strftime("%H:%M:%S"),
                offset=_offset(window.start, result.zone),
                best=_utc(window.best)[11:],
            )
        )
    return lines


def result_record(result: ChronoResult) -> dict[str, Any]:
    """The drawing, inputs and windows as JSON-ready data (the note's fenced block)."""
    req = result.request
    return {
        "kind": RECORD_KIND,
        "version": RECORD_VERSION,
        "evidence_sha256": req.evidence_sha256,
        "picture": {"width": req.picture_size[0], "height": req.picture_size[1]},
        "drawing": drawing_record(req.drawing),
        "place": {
            "name": req.place.name,
            "latitude": req.place.latitude,
            "longitude": req.place.longitude,
            "from_gps": req.place.from_gps,
        },
        "zone": result.zone_name,
        "dates": [req.first.isoformat(), req.last.isoformat()],
        "tolerance": req.tolerance,
        "ratio_used": req.use_ratio,
        "ratio_tolerance": req.ratio_tolerance,
        "shadow_bearing": round(result.measure.bearing, 2),
        "shadow_ratio": round(result.measure.ratio, 3),
        "windows": [
            {"start": _iso(w.start), "end": _iso(w.end), "best": _iso(w.best)} for w in result.windows
        ],
    }


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def note_text(result: ChronoResult, language: str = "en", annotation_id: str | None = None) -> str:
    """The block written into the note: the sentences in ``language``; then, when an annotation keeps
    the drawing beside the still (``annotation_id``), a sentence naming it, else the JSON record."""
    sentences = "\n".join(translate(line, language) for line in note_lines(result))
    if annotation_id is not None:
        kept = msg("The drawing is kept beside the original as annotation {id}.", id=annotation_id)
        return f"{sentences}\n{translate(kept, language)}"
    record = json.dumps(result_record(result), ensure_ascii=False)  # one paragraph: wraps in a report
    return f"{sentences}\n```json\n{record}\n```"


def with_result(note: str, block: str) -> str:
    """The checklist note with a new result added after what it already says (nothing is lost)."""
    kept = note.rstrip()
    return f"{kept}\n\n{block}" if kept else block


def latest_record(note: str) -> dict[str, Any] | None:
    """The last chronolocation record in a note, or None if it has none that can be read."""
    for body in reversed(_FENCED.findall(note)):
        try:
            record = json.loads(body)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("kind") == RECORD_KIND:
            return record
    return None


def latest_drawing(note: str) -> ShadowDrawing | None:
    """The drawing of the note's last record (to show it again when the dialog reopens)."""
    record = latest_record(note)
    if record is None or not isinstance(record.get("drawing"), dict):
        return None
    try:
        return drawing_from_record(record["drawing"])
    except UsageError:
        return None
