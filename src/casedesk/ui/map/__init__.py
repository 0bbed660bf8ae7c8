"""The Map tab: a case's places, GPS evidence and events over an offline basemap (see ``tab``)."""

from __future__ import annotations

from casedesk.ui.map.tab import MapTab
from casedesk.ui.map.view import MapView, Mode

__all__ = ["MapTab", "MapView", "Mode"]
