"""What the evidence model keeps per item: a light row for every item, and its facts once read.

A case of 100,000 items must open in well under two seconds, and a full :class:`EvidenceView` costs
about a tenth of a millisecond to read (an ORM object with all its metadata). So the model holds,
for every item, a :class:`Row` made from the service's light ``evidence_rows`` read (identity, kind,
flags: enough to lay out and paint the grid and to filter by kind or flag), and fills each row's
:class:`Facts` (times, tags, text, decode status) in the background. The viewer reads the one full
view it shows.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from casedesk.core.views import EvidenceRow, EvidenceView


class Column(IntEnum):
    NAME = 0
    KIND = 1
    CAPTURED = 2
    ADDED = 3
    SIZE = 4
    FLAGS = 5
    DESCRIPTION = 6


@dataclass(frozen=True, slots=True)
class Facts:
    """The parts of a full view the grid, the list, the sorts and the filters use; nothing large."""

    added_at: datetime
    captured_at: datetime | None
    decode_status: str
    duration_s: float | None
    still_offset_s: float | None  # a still taken from footage: where in the footage
    tags: tuple[str, ...]
    description: str  # its first line only (what the list shows)
    haystack: str  # name, description, transcript and tags, casefolded, for the text filter


@dataclass(slots=True)
class Row:
    """One item of the model; updated in place when the item is edited."""

    id: str
    sha256: str
    size: int
    original_name: str
    kind: str
    graphic: bool
    personal_data: bool
    rank: float  # place in the catalogue (order added): what "Added" sorts on
    facts: Facts | None = None

    @property
    def decode_status(self) -> str:
        return self.facts.decode_status if self.facts is not None else "ok"  # until read: no problem shown

    @property
    def decode_ok(self) -> bool:
        return self.decode_status == "ok"


def facts_of(view: EvidenceView) -> Facts:
    lines = view.description.strip().splitlines()
    text = "\n".join((view.original_name, view.description, view.transcript, *view.tags))
    return Facts(
        added_at=view.added_at,
        captured_at=view.captured_at,
        decode_status=sys.intern(view.decode_status),
        duration_s=view.duration_s,
        still_offset_s=view.parent.offset_s if view.parent is not None else None,
        tags=tuple(view.tags),
        description=lines[0] if lines else "",
        haystack=text.casefold(),
    )


def row_of(item: EvidenceRow | EvidenceView, rank: float) -> Row:
    """A row from a light read (facts to come) or from a full view (facts at once)."""
    row = Row(
        item.id,
        item.sha256,
        item.size,
        item.original_name,
        sys.intern(item.kind),  # five kinds, 100,000 rows: one string each
        item.graphic,
        item.personal_data,
        rank,
    )
    if isinstance(item, EvidenceView):
        row.facts = facts_of(item)
    return row


def update_row(row: Row, view: EvidenceView) -> None:
    """Bring a row up to date with a fresh full view of its item."""
    row.sha256, row.size, row.original_name = view.sha256, view.size, view.original_name
    row.kind, row.graphic, row.personal_data = sys.intern(view.kind), view.graphic, view.personal_data
    row.facts = facts_of(view)


def _captured(row: Row) -> Any:
    return row.facts.captured_at if row.facts else None


def _description(row: Row) -> Any:
    return (row.facts.description.casefold() or None) if row.facts else None


def sort_key(column: int) -> Any:
    """Key for a column; None means "unknown" (listed last), as for items whose facts are not read yet."""
    keys: dict[int, Any] = {
        Column.NAME: lambda r: r.original_name.casefold(),
        Column.KIND: lambda r: r.kind,
        Column.CAPTURED: _captured,
        Column.ADDED: lambda r: r.rank,
        Column.SIZE: lambda r: r.size,
        Column.FLAGS: lambda r: (not r.graphic, not r.personal_data, r.decode_ok),
        Column.DESCRIPTION: _description,
    }
    return keys.get(column, keys[Column.ADDED])
