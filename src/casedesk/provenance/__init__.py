"""What a file says about itself: Content Credentials (C2PA), read and validated offline.

Qt-free and workspace-free. :class:`casedesk.provenance.reader.C2paReader` reads one original at a
time and returns a :class:`~casedesk.provenance.record.C2paRecord`; the service
(:mod:`casedesk.core.service.provenance`) stores it and writes the custody entry. c2pa-python is
reached only through :mod:`casedesk.provenance.library`, which keeps it offline; the trust anchors
are :mod:`casedesk.provenance.trust`'s. This module imports none of them, so that the plain records
cost nothing to import.
"""

from __future__ import annotations

from casedesk.provenance.record import (
    C2paAction,
    C2paIngredient,
    C2paRecord,
    C2paResult,
    C2paStatus,
    C2paTimestamp,
    IngredientLink,
    findings,
)

__all__ = [
    "C2paAction",
    "C2paIngredient",
    "C2paRecord",
    "C2paResult",
    "C2paStatus",
    "C2paTimestamp",
    "IngredientLink",
    "findings",
]
