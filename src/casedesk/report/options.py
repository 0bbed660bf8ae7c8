"""What a report contains, and what an export produced."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from casedesk.core.errors import UsageError
from casedesk.i18n import msg
from casedesk.report.i18n import LANGUAGES

# In document order. The cover is always printed.
SECTIONS: tuple[str, ...] = (
    "summary",
    "claims",
    "sources",
    "timeline",
    "places",
    "evidence",
    "checklist",
    "custody",
    "manifest",
)
CUSTODY_MODES = ("full", "summary")


class Flagged(Protocol):
    """An evidence item as far as the options care: its sensitivity flags."""

    @property
    def graphic(self) -> bool: ...

    @property
    def personal_data(self) -> bool: ...


@dataclass(frozen=True)
class ReportOptions:
    sections: frozenset[str] | None = None  # None = all; names in SECTIONS
    omit_graphic: bool = False
    omit_personal: bool = False
    blur_sensitive: bool = False  # blur thumbnails of flagged items instead of withholding them
    custody: str = "full"  # or "summary"
    classification: str = ""  # banner on every page, e.g. CONFIDENTIAL
    language: str = "en"  # what the report's own words are written in; one of LANGUAGES

    def validate(self) -> None:
        unknown = sorted((self.sections or frozenset()) - set(SECTIONS))
        if unknown:
            raise UsageError(
                msg(
                    "Unknown report section(s): {names}; choose from {choices}.",
                    names=", ".join(unknown),
                    choices=", ".join(SECTIONS),
                )
            )
        if self.custody not in CUSTODY_MODES:
            raise UsageError(msg("Custody log mode {mode!r} is not 'full' or 'summary'.", mode=self.custody))
        if self.language not in LANGUAGES:
            raise UsageError(
                msg(
                    "There is no report in language {language!r}; choose from {choices}.",
                    language=self.language,
                    choices=", ".join(LANGUAGES),
                )
            )

    def includes(self, section: str) -> bool:
        return self.sections is None or section in self.sections

    def sensitive(self, ev: Flagged) -> bool:
        """Whether this item's pictures and text are to be withheld (or blurred).

        --blur-sensitive on its own blurs everything flagged graphic or personal data.
        """
        if not (self.omit_graphic or self.omit_personal):
            return self.blur_sensitive and (ev.graphic or ev.personal_data)
        return (self.omit_graphic and ev.graphic) or (self.omit_personal and ev.personal_data)

    def withheld(self, ev: Flagged) -> bool:
        return self.sensitive(ev) and not self.blur_sensitive

    def blurred(self, ev: Flagged) -> bool:
        return self.sensitive(ev) and self.blur_sensitive

    def as_record(self) -> dict[str, object]:
        """The options as written to the custody log entry of the export and to the file's metadata.

        The language is recorded unless it is English: a record without one is English, as every
        report made before reports had languages is, so those still regenerate byte for byte (the
        record is part of the file) and an English report's entry reads as it always did.
        """
        record: dict[str, object] = {
            "sections": sorted(self.sections) if self.sections is not None else "all",
            "omit_graphic": self.omit_graphic,
            "omit_personal": self.omit_personal,
            "blur_sensitive": self.blur_sensitive,
            "custody": self.custody,
            "classification": self.classification,
        }
        if self.language != "en":
            record["language"] = self.language
        return record

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ReportOptions:
        """The options an export recorded (its custody entry, its file's metadata): to regenerate it."""
        try:
            sections = record["sections"]
            options = cls(
                sections=None if sections == "all" else frozenset(str(name) for name in sections),
                omit_graphic=bool(record["omit_graphic"]),
                omit_personal=bool(record["omit_personal"]),
                blur_sensitive=bool(record["blur_sensitive"]),
                custody=str(record["custody"]),
                classification=str(record["classification"]),
                language=str(record.get("language", "en")),  # none recorded: English (see as_record)
            )
        except (KeyError, TypeError) as exc:
            raise UsageError(msg("These are not report options ({reason}).", reason=exc)) from None
        options.validate()
        return options


def parse_sections(text: str | None) -> frozenset[str] | None:
    """``"claims, evidence"`` to a set of section names (None = all)."""
    if text is None or not text.strip():
        return None
    return frozenset(part.strip().lower() for part in text.split(",") if part.strip())


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sha256: str
    size: int
    as_of_seq: int  # the custody entry the report covers: the case as it stood right after it
    as_of_hash: str
