"""The one error the basemap code raises: a file the map cannot use, said plainly (never a crash)."""

from __future__ import annotations

from casedesk.core.errors import CaseDeskError


class BasemapError(CaseDeskError):
    """A basemap or tile file is missing, damaged or of a kind CaseDesk cannot draw."""
