"""Every tag an item's original carries, read again through exiftool, with the chosen capture facts.

A read: nothing in the case changes, so no custody entry. The original is opened read-only by
exiftool in a subprocess, outside any transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from casedesk.core.errors import IntegrityError
from casedesk.core.models import Evidence
from casedesk.core.service.base import ServiceBase, get
from casedesk.i18n import msg
from casedesk.media import meta
from casedesk.media.api import GeoPoint


@dataclass(frozen=True, slots=True)
class ChosenField:
    """One chosen fact: ``value`` as text, ``source`` "EXIF:ExifIFD:DateTimeOriginal"."""

    name: str  # "captured_at", "gps", "gps_time", "make", "model", "software"
    value: str
    source: str

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "source": self.source}


@dataclass(frozen=True, slots=True)
class MetadataView:
    evidence_id: str
    original_name: str
    sha256: str
    reader: str  # "exiftool 12.57"
    groups: dict[str, dict[str, dict[str, Any]]]  # exiftool group → sub-group → tag → value
    chosen: tuple[ChosenField, ...]
    findings: tuple[str, ...]
    implied_offset: str | None = None
    truncated: int = 0
    numbers: dict[str, Any] | None = None  # {"EXIF:ExifIFD:Flash": 16}: as stored, where shown differs

    def to_dict(self) -> dict[str, Any]:
        return {
            "evidence": self.evidence_id,
            "original_name": self.original_name,
            "sha256": self.sha256,
            "reader": self.reader,
            "chosen": {c.name: c.to_dict() for c in self.chosen},
            "offset_implied_by_gps": self.implied_offset,
            "findings": list(self.findings),
            "groups": self.groups,
            "numbers": self.numbers or {},
            "tags_left_out": self.truncated,
        }


class MetadataAPI(ServiceBase):
    def full_metadata(self, evidence_id: str) -> MetadataView:
        """All of an item's tags, grouped as exiftool groups them. Raises ExifToolMissing (saying
        what to install) when exiftool is absent, IntegrityError when the original is missing."""
        tool = meta.require_exiftool()
        with self._read() as s:
            ev = get(s, Evidence, evidence_id, "evidence item")
            sha, name = ev.sha256, ev.original_name
        path = self.workspace.store.local_path(sha)
        if not path.is_file():
            raise IntegrityError(msg("The original {sha256} is missing from the evidence store.", sha256=sha))
        found = meta.read_metadata(path, tool)
        return view_of(evidence_id, name, sha, found)


def view_of(evidence_id: str, name: str, sha: str, found: meta.FileMetadata) -> MetadataView:
    c = found.chosen
    fields: list[ChosenField] = []
    for key, sourced in (
        ("captured_at", c.captured_at),
        ("gps", c.gps),
        ("gps_time", c.gps_time),
        ("make", c.make),
        ("model", c.model),
        ("software", c.software),
    ):
        if sourced is not None:
            fields.append(ChosenField(key, _text(sourced.value), sourced.key))
    return MetadataView(
        evidence_id,
        name,
        sha,
        found.reader,
        found.tags.tree(),
        tuple(fields),
        tuple(c.findings),
        c.implied_offset,
        found.tags.truncated,
        found.tags.numeric(),
    )


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, GeoPoint):
        alt = f", {value.alt:g} m" if value.alt is not None else ""
        return f"{value.lat:.6f}, {value.lon:.6f}{alt}"
    return str(value)
