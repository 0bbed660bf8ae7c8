"""The integrity manifest: one line per original, and one digest over all of them.

A line is ``<sha256>  <size in bytes>  <original name>`` (two spaces between fields, control
characters in names written as escapes; the name of an item withheld from the report is written as
"(name withheld)", since names often say what a picture shows or who is in it). The digest is the
SHA-256 of the lines sorted as text, each ending in a newline, encoded as UTF-8. Anyone can
recompute it from the table in the report's appendix.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from casedesk.core.views import EvidenceView
from casedesk.textutil import printable


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    sha256: str
    size: int
    name: str

    @property
    def line(self) -> str:
        return f"{self.sha256}  {self.size}  {printable(self.name)}"


def manifest(evidence: Iterable[EvidenceView], name_of: Callable[[EvidenceView], str]) -> list[ManifestEntry]:
    entries = [ManifestEntry(ev.sha256, ev.size, name_of(ev)) for ev in evidence]
    return sorted(entries, key=lambda e: e.line)


def digest(entries: Iterable[ManifestEntry]) -> str:
    text = "".join(line + "\n" for line in sorted(e.line for e in entries))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
