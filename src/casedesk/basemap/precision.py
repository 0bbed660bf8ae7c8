"""How far from its coordinates a place may really be, read from the precision the investigator typed.

A place's precision is free text ("approximate (town centre)", "±5 km", "exact", "centre-ville",
"تقريبي"). The map draws it as a circle: a stated distance is taken as it is; otherwise the most
specific word found decides. Unknown text draws no circle rather than a made-up one.
"""

from __future__ import annotations

import re

EXACT_M = 50.0
TOWN_M = 3_000.0
APPROXIMATE_M = 15_000.0
REGION_M = 50_000.0

_KILOMETRES = (
    "km",
    "kilometres",
    "kilometers",
    "kilomètres",
    "kilometre",
    "kilometer",
    "kilomètre",
    "كم",
    "كيلومتر",
)
_METRES = ("m", "metres", "meters", "mètres", "metre", "meter", "mètre", "م", "متر", "أمتار", "مترا")
_MILES = ("mi", "miles", "mile")
_UNITS = {
    **dict.fromkeys(_KILOMETRES, 1000.0),
    **dict.fromkeys(_METRES, 1.0),
    **dict.fromkeys(_MILES, 1609.344),
}
_UNIT_PATTERN = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_STATED = re.compile(rf"(\d+(?:[.,٫]\d+)?)\s*({_UNIT_PATTERN})(?!\w)", re.IGNORECASE)
# The most specific first: "approximate (town centre)" is a town centre.
_WORDS: tuple[tuple[float, tuple[str, ...]], ...] = (
    (EXACT_M, ("exact", "precise", "précis", "دقيق", "بالضبط")),
    (TOWN_M, ("town", "city", "village", "centre", "center", "ville", "مدينة", "بلدة", "قرية", "وسط")),
    (APPROXIMATE_M, ("approx", "rough", "environ", "تقريب")),
    (REGION_M, ("region", "région", "area", "district", "zone", "منطقة", "إقليم")),
)


def precision_radius_m(text: str) -> float | None:
    """The radius in metres a precision describes, or None if it says nothing CaseDesk can read."""
    lowered = text.strip().lower()
    if not lowered:
        return None
    stated = _STATED.search(lowered)
    if stated is not None:
        value = float(stated.group(1).replace(",", ".").replace("٫", "."))
        return value * _UNITS[stated.group(2).lower()]
    for metres, words in _WORDS:
        if any(word in lowered for word in words):
            return metres
    return None
