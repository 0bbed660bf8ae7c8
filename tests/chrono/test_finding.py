"""A shadow drawn for a known moment at a place is found again at that moment, and the note says how."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime

import pytest

from casedesk.chrono import (
    ChronoPlace,
    ChronoRequest,
    Point,
    ShadowDrawing,
    chronolocate,
    latest_drawing,
    latest_record,
    measure,
    note_text,
    with_result,
)
from casedesk.core.errors import Cancelled, UsageError
from casedesk.core.tasks import TaskControl
from casedesk.geo import Place, sun_position

BBM = ChronoPlace("Bordj Badji Mokhtar, Algeria", 21.33, 0.95)
MOMENT = datetime(2025, 3, 14, 9, 42, tzinfo=UTC)  # the demo photo's EXIF time (10:42 +01:00)


def drawing_for(bearing: float, ratio: float) -> ShadowDrawing:
    """North marked straight up on the picture; the shadow drawn at ``bearing``, ``ratio`` long."""
    base = Point(600, 500)
    length = 200 * ratio
    tip = Point(
        base.x + length * math.sin(math.radians(bearing)), base.y - length * math.cos(math.radians(bearing))
    )
    return ShadowDrawing(base, Point(600, 300), tip, Point(100, 600), Point(100, 400), 0.0)


def test_the_moment_drawn_is_found() -> None:
    sun = sun_position(Place(BBM.latitude, BBM.longitude), MOMENT)
    assert sun.shadow_bearing is not None and sun.shadow_ratio is not None
    drawing = drawing_for(sun.shadow_bearing, sun.shadow_ratio)
    request = ChronoRequest(drawing, BBM, date(2025, 3, 14), date(2025, 3, 14), tolerance=2.0)
    result = chronolocate(request)
    assert result.zone_name == "Africa/Algiers"
    assert result.measure.bearing == pytest.approx(sun.shadow_bearing, abs=1e-6)
    assert any(w.start <= MOMENT <= w.end for w in result.windows)
    best = min(result.windows, key=lambda w: abs((w.best - MOMENT).total_seconds()))
    assert abs((best.best - MOMENT).total_seconds()) < 120
    # Matching the ratio too (exact here: the drawing has no perspective) still finds the moment.
    with_ratio = chronolocate(
        ChronoRequest(drawing, BBM, date(2025, 3, 14), date(2025, 3, 14), tolerance=2.0, use_ratio=True)
    )
    assert len(with_ratio.windows) == 1 and with_ratio.windows[0].start <= MOMENT <= with_ratio.windows[0].end


def test_a_date_range_reports_progress_and_can_be_cancelled() -> None:
    drawing = drawing_for(300.0, 1.0)
    seen: list[tuple[int, int]] = []
    control = TaskControl(progress=lambda done, total, message: seen.append((done, total)))
    result = chronolocate(ChronoRequest(drawing, BBM, date(2025, 3, 10), date(2025, 3, 16)), control)
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    assert {w.start.date() for w in result.windows} >= {date(2025, 3, 10), date(2025, 3, 16)}
    stopped = TaskControl()
    stopped.cancel()
    with pytest.raises(Cancelled):
        chronolocate(ChronoRequest(drawing, BBM, date(2025, 3, 10), date(2025, 3, 16)), stopped)
    with pytest.raises(UsageError):
        chronolocate(ChronoRequest(drawing, BBM, date(2025, 3, 16), date(2025, 3, 10)))


def test_the_note_records_inputs_method_windows_and_the_drawing() -> None:
    sun = sun_position(Place(BBM.latitude, BBM.longitude), MOMENT)
    assert sun.shadow_bearing is not None and sun.shadow_ratio is not None
    drawing = drawing_for(sun.shadow_bearing, sun.shadow_ratio)
    result = chronolocate(
        ChronoRequest(drawing, BBM, date(2025, 3, 14), date(2025, 3, 14), evidence_sha256="ab" * 32)
    )
    text = note_text(result)
    assert "Place: Bordj Badji Mokhtar, Algeria (21.33000, 0.95000), time zone Africa/Algiers." in text
    assert "Date searched (local): 2025-03-14." in text
    assert f"Shadow bearing {measure(drawing).bearing:.1f}° from north" in text
    assert "not used in the search" in text
    assert "Assumptions: the object is vertical" in text
    assert "astral" in text and "tzfpy" in text
    assert "matching time window" in text and "UTC (local 2025-03-14 " in text and "UTC+01:00" in text
    record = latest_record(with_result("Checked the shadows by hand first.", text))
    assert record is not None
    assert record["evidence_sha256"] == "ab" * 32
    assert record["zone"] == "Africa/Algiers"
    assert record["windows"] and all(w["start"].endswith("Z") for w in record["windows"])
    again = latest_drawing(text)
    assert again is not None and measure(again).bearing == pytest.approx(result.measure.bearing, abs=0.1)
    assert json.loads(json.dumps(record)) == record


def test_the_note_in_french_keeps_the_record_as_it_is() -> None:
    result = chronolocate(ChronoRequest(drawing_for(300.0, 1.0), BBM, date(2025, 3, 14), date(2025, 3, 14)))
    french, english = note_text(result, "fr"), note_text(result, "en")
    assert latest_record(french) == latest_record(english)


def test_a_note_is_added_to_never_replaced() -> None:
    assert with_result("", "B") == "B"
    assert with_result("A\n", "B") == "A\n\nB"
    assert latest_record("no block here") is None
    assert latest_record("```json\n{not json}\n```") is None
