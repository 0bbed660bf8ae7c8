"""What an ingest did, in words: counts for the dialog, and every problem with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from casedesk.core.ingest import IngestResult


def tr(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


@dataclass(frozen=True, slots=True)
class IngestSummary:
    added: int
    duplicates: int
    flagged: int
    errors: int
    lines: list[str] = field(default_factory=list)  # one per file needing attention, with the reason

    @classmethod
    def of(cls, results: Sequence[IngestResult]) -> IngestSummary:
        counts = {"added": 0, "duplicate": 0, "flagged": 0, "error": 0}
        errors, flagged, skipped = [], [], []
        for result in results:
            counts[result.status] = counts.get(result.status, 0) + 1
            if result.status == "error":
                errors.append(tr("Not added: {0}").format(result.error or result.path))
            elif result.status == "flagged":
                reasons = "; ".join(result.warnings) or tr("decode problems")
                flagged.append(tr("Added with problems: {0} — {1}").format(result.path, reasons))
            elif result.status == "duplicate":
                reason = result.warnings[0] if result.warnings else tr("already in this case")
                skipped.append(tr("Skipped: {0} — {1}").format(result.path, reason))
        # Most urgent first: what is missing, then what is damaged, then what was already there.
        lines = errors + flagged + skipped
        return cls(counts["added"], counts["duplicate"], counts["flagged"], counts["error"], lines)

    @property
    def stored(self) -> int:
        return self.added + self.flagged

    def headline(self) -> str:
        parts = [tr("{0} added").format(self.stored)]
        if self.flagged:
            parts.append(tr("{0} of them with decode problems (kept and flagged)").format(self.flagged))
        if self.duplicates:
            parts.append(tr("{0} already in the case").format(self.duplicates))
        if self.errors:
            parts.append(tr("{0} could not be added").format(self.errors))
        return "; ".join(parts) + "."

    def details(self) -> str:
        return "\n".join(self.lines)
