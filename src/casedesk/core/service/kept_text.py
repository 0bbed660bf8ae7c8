"""The one way text read from an original is kept: a row of ``evidence_text`` per item and kind.

Recognised text (OCR), a machine transcript and the investigator's correction of it are each one
row, replaced when read again. Every writer goes through :func:`keep_text` so that the row is filled
the same way and the custody entry can say exactly what it replaced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from casedesk.core.models import Evidence, EvidenceText
from casedesk.core.timeutil import iso_utc, utcnow


@dataclass(frozen=True, slots=True)
class TextReading:
    """What one reading of an original gave, as it is kept."""

    languages: str
    engine: str
    engine_version: str
    models: dict[str, str]
    text: str
    words: list[Any] = field(default_factory=list)  # word boxes (OCR) or timed segments (speech)
    width: int = 0
    height: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Replaced:
    """The row a new reading replaced, as custody entries name it."""

    at: datetime
    text_sha256: str
    languages: str
    models: dict[str, str]

    @property
    def at_text(self) -> str:
        return iso_utc(self.at)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def keep_text(
    s: Session, ev: Evidence, kind: str, reading: TextReading
) -> tuple[EvidenceText, Replaced | None]:
    """Keep ``reading`` as the item's text of ``kind`` (replacing the last one), inside the caller's
    unit of work; the caller logs it. Returns the row and what it replaced, if anything."""
    row = s.get(EvidenceText, (ev.id, kind))
    replaced = None
    if row is None:
        row = EvidenceText(evidence_id=ev.id, kind=kind, case_id=ev.case_id)
        s.add(row)
    else:
        replaced = Replaced(row.created_at, row.text_sha256, row.languages, dict(row.models))
    row.sha256 = ev.sha256
    row.languages = reading.languages
    row.engine = reading.engine
    row.engine_version = reading.engine_version
    row.models = dict(reading.models)
    row.text = reading.text
    row.text_sha256 = text_sha256(reading.text)
    row.words = list(reading.words)
    row.width = reading.width
    row.height = reading.height
    row.error = reading.error
    row.created_at = utcnow()
    return row, replaced
