"""What was derived from each item's original, as the covered log records it, for the catalogue.

Three kinds of derived record sit beside an original: the text recognised in a still (OCR), the
machine's transcript of its speech with the investigator's correction kept apart, and the image
forensics findings. Each is replaced when made again; the custody log keeps every making, with the
SHA-256 of what was made. The report shows a record only when the covered log has an entry for it,
and prints the stored record only when its SHA-256 is the one that entry names; a record made
again after the covered entry is said to have been replaced, with the hash the entry names. So the
same entry gives the same bytes as long as the records it names are kept.

Gathering is one query over the covered log (the entries of the four actions, for the whole case)
when the catalogue first asks, then one query per derived table for a page of items that have
entries, in catalogue order: never one per item, and only a page of texts held at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from casedesk.core.service import CaseReader
from casedesk.core.service.forensics import DerivedRecords, DerivedText, EvidenceFindingsView
from casedesk.report.context import PAGE, ReportContext

OCR_ACTION = "text_recognise"
TRANSCRIBE_ACTION = "transcribe"
CORRECT_ACTION = "transcript_correct"
FORENSICS_ACTION = "forensics_examine"
ACTIONS = (OCR_ACTION, TRANSCRIBE_ACTION, CORRECT_ACTION, FORENSICS_ACTION)


@dataclass(frozen=True, slots=True)
class Logged:
    """An item's latest entry of one action, up to the covered entry."""

    seq: int
    at: datetime
    details: Mapping[str, Any]

    def text(self, key: str) -> str:
        value = self.details.get(key)
        return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Shown:
    """One derived record of an item: its entry, and the stored record if it is the one logged
    (None: made again since, or gone)."""

    logged: Logged
    text: DerivedText | None = None
    findings: EvidenceFindingsView | None = None

    @property
    def replaced(self) -> bool:
        return self.text is None and self.findings is None


@dataclass(frozen=True, slots=True)
class ItemDerived:
    """Everything derived from one item that the catalogue shows."""

    ocr: Shown | None = None
    transcript: Shown | None = None
    correction: Shown | None = None  # None also when the correction was withdrawn
    forensics: Shown | None = None

    @property
    def empty(self) -> bool:
        return self.ocr is None and self.transcript is None and self.forensics is None


NOTHING = ItemDerived()


class _Index:
    """The covered log's derived entries for the case, and the stored records of one page of items."""

    def __init__(self, ctx: ReportContext) -> None:
        self.logged: dict[str, dict[str, Logged]] = {}
        for entry in ctx.reader.custody_selected(ACTIONS):
            logged = Logged(entry.seq, entry.at, entry.details)
            self.logged.setdefault(entry.object_id, {})[entry.action] = logged  # in order: the latest wins
        for actions in self.logged.values():
            correction = actions.get(CORRECT_ACTION)
            if correction is not None and "withdrawn" in correction.details:
                del actions[CORRECT_ACTION]
        numbers = ctx.numbers
        self.order = sorted((i for i in self.logged if i in numbers), key=numbers.__getitem__)
        self.position = {evidence_id: n for n, evidence_id in enumerate(self.order)}
        self.page: dict[str, ItemDerived] = {}

    def item(self, ctx: ReportContext, evidence_id: str) -> ItemDerived:
        position = self.position.get(evidence_id)
        if position is None:
            return NOTHING
        if evidence_id not in self.page:
            ids = self.order[position : position + PAGE]
            records = ctx.svc.derived_records(ids)
            self.page = {i: self._derived(i, records) for i in ids}
        return self.page[evidence_id]

    def _derived(self, evidence_id: str, records: DerivedRecords) -> ItemDerived:
        logged = self.logged[evidence_id]

        def text(action: str, kind: str) -> Shown | None:
            entry = logged.get(action)
            if entry is None:
                return None
            stored = records.texts.get((evidence_id, kind))
            same = stored is not None and stored.text_sha256 == entry.details.get("text_sha256")
            return Shown(entry, text=stored if same else None)

        examined = logged.get(FORENSICS_ACTION)
        forensics = None
        if examined is not None:
            found = records.findings.get(evidence_id)
            same = found is not None and found.findings_sha256 == examined.details.get("findings_sha256")
            forensics = Shown(examined, findings=found if same else None)
        return ItemDerived(
            ocr=text(OCR_ACTION, "ocr"),
            transcript=text(TRANSCRIBE_ACTION, "transcript"),
            correction=text(CORRECT_ACTION, "transcript_edit"),
            forensics=forensics,
        )


# One index per report reader (one reader serves one export, on one thread; the index goes with it).
_INDEXES: WeakKeyDictionary[CaseReader, _Index] = WeakKeyDictionary()


def item_derived(ctx: ReportContext, evidence_id: str) -> ItemDerived:
    """What was derived from the item, as of the covered entry (NOTHING when nothing was)."""
    index = _INDEXES.get(ctx.reader)
    if index is None:
        index = _INDEXES[ctx.reader] = _Index(ctx)
    return index.item(ctx, evidence_id)
