"""The integrity manifest: one line per original, and one digest over all of them.

A line is ``<sha256>  <size in bytes>  <original name>`` (two spaces between fields, control
characters in names written as escapes). The digest is the SHA-256 of the lines sorted as text, each
ending in a newline, encoded as UTF-8. Anyone can recompute it from the table in the report's appendix.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from casedesk.core.views import EvidenceView


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    sha256: str
    size: int
    name: str

    @property
    def line(self) -> str:
        return f"{self.sha256}  {self.size}  {printable_name(self.name)}"


def printable_name(name: str) -> str:
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


def manifest(evidence: Iterable[EvidenceView]) -> list[ManifestEntry]:
    entries = [ManifestEntry(ev.sha256, ev.size, ev.original_name) for ev in evidence]
    return sorted(entries, key=lambda e: e.line)


def digest(entries: Iterable[ManifestEntry]) -> str:
    text = "".join(line + "\n" for line in sorted(e.line for e in entries))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
