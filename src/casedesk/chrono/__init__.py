"""Chronolocation by shadows drawn on a still: the drawing's geometry, the search, the recorded note.

Qt-free, so the tests and any other front end compute what the viewer's dialog does:

- :mod:`.drawing`: five points on a picture and a reference bearing, turned into the shadow's bearing
  on the ground and its length ratio (with the assumptions that takes);
- :mod:`.finding`: the matching time windows at a place over a date range (casedesk.geo's reverse
  search, a day at a time), and the checklist note that records inputs, method and windows;
- :mod:`.annotation`: the drawing as the annotation kept beside the still (read back to edit it
  and for the report to draw it over a copy).
"""

from __future__ import annotations

from casedesk.chrono.annotation import KIND, ShadowFigure, annotation_body, drawing_of, figure_of
from casedesk.chrono.drawing import Point, ShadowDrawing, ShadowMeasure, measure, picture_angle
from casedesk.chrono.finding import (
    ChronoPlace,
    ChronoRequest,
    ChronoResult,
    chronolocate,
    latest_drawing,
    latest_record,
    note_text,
    with_result,
)

__all__ = [
    "KIND",
    "ChronoPlace",
    "ChronoRequest",
    "ChronoResult",
    "Point",
    "ShadowDrawing",
    "ShadowFigure",
    "ShadowMeasure",
    "annotation_body",
    "chronolocate",
    "drawing_of",
    "figure_of",
    "latest_drawing",
    "latest_record",
    "measure",
    "note_text",
    "picture_angle",
    "with_result",
]
