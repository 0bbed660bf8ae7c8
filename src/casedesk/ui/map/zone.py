"""The time zone at a point, from ``casedesk.geo`` (tzfpy's shipped polygons: no network).

Looked up on the read pool (the first lookup loads the polygons). If ``casedesk.geo`` is missing or
cannot answer, the map shows the coordinates alone rather than a guessed zone.
"""

from __future__ import annotations

from casedesk.core.errors import CaseDeskError


def time_zone_at(lat: float, lon: float) -> str | None:
    """The IANA zone name at a point ("Africa/Algiers"), or None where none is known."""
    try:
        from casedesk.geo import zone_name_at
    except ImportError:  # pragma: no cover - only in a build without the geo package
        return None
    try:
        return zone_name_at(lat, lon) or None
    except CaseDeskError:  # a point off the Earth: the map never gives one, but say nothing then
        return None
