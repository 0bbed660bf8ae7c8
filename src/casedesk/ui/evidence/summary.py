"""What an ingest did, in words: counts for the dialog, and every problem with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject

from casedesk.core.ingest import IngestResult
from casedesk.ui.i18n import core_text, isolate, ltr, plural


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
            path = ltr(result.path)
            if result.status == "error":
                # The reason comes from the core, in its own words (in the interface's language).
                reason = isolate(core_text(result.error)) if result.error else path
                errors.append(QCoreApplication.translate("summary", "Not added: {0}").format(reason))
            elif result.status == "flagged":
                reasons = (
                    isolate("; ".join(core_text(warning) for warning in result.warnings))
                    if result.warnings
                    else QCoreApplication.translate("summary", "decode problems")
                )
                #: A file kept despite problems: {0} the file, {1} what was wrong with it.
                flagged.append(
                    QCoreApplication.translate("summary", "Added with problems: {0} — {1}").format(
                        path, reasons
                    )
                )
            elif result.status == "duplicate":
                reason = (
                    isolate(core_text(result.warnings[0]))
                    if result.warnings
                    else QCoreApplication.translate("summary", "already in this case")
                )
                #: A file not added again: {0} the file, {1} why.
                skipped.append(
                    QCoreApplication.translate("summary", "Skipped: {0} — {1}").format(path, reason)
                )
        # Most urgent first: what is missing, then what is damaged, then what was already there.
        lines = errors + flagged + skipped
        return cls(counts["added"], counts["duplicate"], counts["flagged"], counts["error"], lines)

    @property
    def stored(self) -> int:
        return self.added + self.flagged

    def headline(self) -> str:
        """ "3 added." then one sentence per kind of trouble, each with its own count."""
        return HeadlineText().of(self)

    def details(self) -> str:
        return "\n".join(self.lines)


class HeadlineText(QObject):
    """An ingest's headline in words (a QObject for its numerus messages, which lupdate only extracts
    as such from tr(): see ``casedesk.ui.i18n``)."""

    def of(self, summary: IngestSummary) -> str:
        stored = summary.stored
        #: The first sentence after adding files: how many files were added to the case.
        sentences = [plural(self.tr("%Ln added.", "", stored), stored)]
        if n := summary.flagged:
            sentences.append(
                plural(self.tr("%Ln of them with decode problems (kept and flagged).", "", n), n)
            )
        if n := summary.duplicates:
            sentences.append(plural(self.tr("%Ln already in the case.", "", n), n))
        if n := summary.errors:
            sentences.append(plural(self.tr("%Ln could not be added.", "", n), n))
        return " ".join(sentences)
