"""One configured reader of Content Credentials: the library, the trust anchors, the extraction."""

from __future__ import annotations

from pathlib import Path

from casedesk.provenance.extract import record_from
from casedesk.provenance.library import C2paLibrary
from casedesk.provenance.record import C2paRecord
from casedesk.provenance.trust import TrustAnchors


class C2paReader:
    """Reads Content Credentials against one set of trust anchors (make a new one when they change).

    Safe to share between threads: the library guards its context, and each read has its own file.
    """

    def __init__(self, anchors: TrustAnchors) -> None:
        self.anchors = anchors
        self.trust = anchors.digest
        self._library = C2paLibrary(anchors.pinned_pem, anchors.user_pem)
        self.version = self._library.version

    def read(self, path: Path, media_type: str | None = None) -> C2paRecord:
        """Read one file; what it holds (nothing, a bad manifest, garbage) never raises."""
        outcome = self._library.read(path, media_type)
        return record_from(outcome, reader=self.version, trust=self.trust)

    def close(self) -> None:
        self._library.close()
