"""The integrity manifest: one line per original, and one digest over all of them.

A line is ``<sha256>  <size in bytes>  <original name>`` (two spaces between fields, control
characters in names written as escapes; the name of an item withheld from the report is written as
"(name withheld)", since names often say what a picture shows or who is in it). The digest is the
SHA-256 of the lines sorted as text, each ending in a newline, encoded as UTF-8. Anyone can
recompute it from the table in the report's appendix.

Lines start with the SHA-256, so items read in SHA-256 order are already in line order but for
items sharing a SHA-256; ``entries`` sorts only those among themselves, and the manifest of any
size is made and hashed a row at a time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Protocol, TypeVar

from casedesk.textutil import printable


class Original(Protocol):
    @property
    def sha256(self) -> str: ...

    @property
    def size(self) -> int: ...


Item = TypeVar("Item", bound=Original)


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    sha256: str
    size: int
    name: str

    @property
    def line(self) -> str:
        return f"{self.sha256}  {self.size}  {printable(self.name)}"


def entries(items: Iterable[Item], name_of: Callable[[Item], str]) -> Iterator[ManifestEntry]:
    """The manifest in line order, from items given in SHA-256 order."""
    previous = ""
    for sha256, group in groupby(items, key=lambda item: item.sha256):
        if sha256 < previous:
            raise ValueError("manifest items must come in SHA-256 order")
        previous = sha256
        yield from sorted((ManifestEntry(i.sha256, i.size, name_of(i)) for i in group), key=lambda e: e.line)


def digest(lines: Iterable[ManifestEntry]) -> str:
    """SHA-256 of the entries' lines, in the order given (``entries`` gives them sorted)."""
    hasher = hashlib.sha256()
    for entry in lines:
        hasher.update(f"{entry.line}\n".encode())
    return hasher.hexdigest()
