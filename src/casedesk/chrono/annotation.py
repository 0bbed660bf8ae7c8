"""A chronolocation's drawing as the annotation kept beside the still (kind ``shadow``).

The annotation's body is the drawing (points in the pixels of the upright picture) with what was
derived from it: the shadow's bearing and ratio, the place, the dates and the windows found, the
same record the checklist note's sentences describe. Reading it back gives the drawing to show
again in the dialog, and what the report draws over the still.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casedesk.chrono.drawing import ShadowDrawing, drawing_from_record
from casedesk.chrono.finding import ChronoResult, result_record
from casedesk.core.errors import UsageError

KIND = "shadow"  # casedesk.core.vocabulary.AnnotationKind.SHADOW


def annotation_body(result: ChronoResult) -> dict[str, Any]:
    """The body of the annotation that keeps this result's drawing (the picture size goes apart)."""
    body = result_record(result)
    body.pop("picture", None)
    body["angle_from_reference"] = round(result.measure.angle_from_reference, 2)
    return body


def annotation_label(result: ChronoResult) -> str:
    """A short label for lists and the custody log (not translated: it is recorded)."""
    return f"Shadow {result.measure.bearing:.1f}° at {result.request.place.name}"


def drawing_of(body: dict[str, Any]) -> ShadowDrawing | None:
    """The drawing an annotation body holds, or None if it holds none that can be read."""
    record = body.get("drawing")
    if not isinstance(record, dict):
        return None
    try:
        return drawing_from_record(record)
    except UsageError:
        return None


@dataclass(frozen=True, slots=True)
class ShadowFigure:
    """What the report draws over a still: the drawing, and the numbers it gave."""

    drawing: ShadowDrawing
    width: int  # the upright picture the points are on
    height: int
    shadow_bearing: float | None
    shadow_ratio: float | None
    place: str
    windows: list[tuple[str, str]]  # (start, end) as ISO UTC text


def figure_of(body: dict[str, Any], width: int, height: int) -> ShadowFigure | None:
    """A shadow annotation ready to draw, or None if its body cannot be read."""
    drawing = drawing_of(body)
    if drawing is None:
        return None
    place = body.get("place")
    windows = body.get("windows")
    return ShadowFigure(
        drawing,
        width,
        height,
        _number(body.get("shadow_bearing")),
        _number(body.get("shadow_ratio")),
        str(place.get("name", "")) if isinstance(place, dict) else "",
        [
            (str(w.get("start", "")), str(w.get("end", "")))
            for w in (windows if isinstance(windows, list) else [])
            if isinstance(w, dict)
        ],
    )


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
