"""One consistent snapshot of a case, and everything the sections share while drawing it.

The report reads the case as it stood right after one custody entry (the covered entry), through a
``CaseReader`` over that moment of its history: every page of items or log entries read while the
document is laid out belongs to it, whatever is recorded meanwhile or later. Nothing else goes into
the report: its times are the covered entry's, its names those in the covered log, so the same entry
and options give the same file in any workspace holding that history.

Nothing per item is held for the whole export. ``snapshot`` makes one pass over light rows
(identity, size, kind, flags) for what must be known before the first page is drawn: the counts,
each item's catalogue number (for its "E-001" label wherever it is mentioned) and the manifest
digest. The sections then read items, their checklists and the custody log again, a page of rows
at a time, as the document reaches them (``evidence``, ``progress_rows``, ``rows``, ``custody``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Protocol, TypeVar

from casedesk import __version__
from casedesk.core.checklist import TemplateText
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseReader, CaseService
from casedesk.core.views import (
    CaseOverview,
    ChecklistProgress,
    CheckView,
    CustodyView,
    EvidenceRow,
    EvidenceView,
)
from casedesk.i18n import msg
from casedesk.report.i18n import Language, language
from casedesk.report.manifest import digest, entries
from casedesk.report.options import Flagged, ReportOptions
from casedesk.report.software import versions
from casedesk.report.styles import Styles, make_styles

PAGE = 100  # rows read at a time: few queries, and memory that does not grow with the case

# What the manifest says for the name of an item withheld from the report. It is part of a hashed
# line, so it is the same in every language: the manifest digest of a case does not depend on the
# language its report is written in (the catalogue shows the name withheld in the report's language).
WITHHELD_NAME = "(name withheld)"


class Named(Flagged, Protocol):
    @property
    def original_name(self) -> str: ...


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=_Identified)


@dataclass(frozen=True)
class ReportContext:
    svc: CaseService  # derived files: thumbnails, waveforms
    reader: CaseReader  # items and log entries, as of the covered entry
    case: CaseOverview
    options: ReportOptions
    styles: Styles
    as_of: CustodyView  # the covered entry: the last of the log the report shows
    investigators: tuple[str, ...]  # everyone in the covered log, in order of their first entry
    version: str
    software: tuple[tuple[str, str], ...]  # what the file's bytes depend on (see report.software)
    numbers: dict[str, int]  # evidence id -> its place in the catalogue, from 1
    kinds: Counter[str]  # items by kind
    sensitive: int  # items withheld or blurred by the options
    withheld: dict[str, str]  # withheld item id -> why (see withheld_reason)
    manifest_digest: str
    lang: Language  # the report's words, numbers and dates (options.language)

    def tr(self, text: str, disambiguation: str = "") -> str:
        """The report's words in its language (see casedesk.report.i18n)."""
        return self.lang.tr(text, disambiguation)

    def trn(self, text: str, n: int, disambiguation: str = "", *, grouped: bool = False) -> str:
        """A numerus message, ``%n`` replaced by the count (see casedesk.report.i18n)."""
        return self.lang.trn(text, n, disambiguation, grouped=grouped)

    @property
    def rtl(self) -> bool:
        """Whether the report reads right to left (Arabic): its layout is then mirrored."""
        return self.lang.rtl

    def check_words(self, item: CheckView) -> TemplateText:
        """A checklist step's phase, title and guidance in the report's language, when the template
        gives them (the stored English words otherwise)."""
        scope = "evidence" if item.evidence_id else "case"
        stored = TemplateText(item.phase, item.title, item.guidance)
        return self.svc.template.words(item.key, scope, stored, self.lang.code)

    def label(self, evidence_id: str) -> str:
        """ "E-001" for the first item in the catalogue; items not in it are said to be so."""
        number = self.numbers.get(evidence_id)
        if number is None:
            return self.tr("(not in this case)")
        return f"E-{number:0{max(3, len(str(len(self.numbers))))}d}"

    def name(self, item: Named) -> str:
        """The item's original name, unless the export options withhold the item."""
        if self.options.withheld(item):
            return self.tr("(name withheld)")
        return item.original_name

    def evidence(self) -> Iterator[tuple[EvidenceView, list[CheckView]]]:
        """Active items in catalogue order, each with its checklist."""
        for page in _pages(self.reader.evidence_page):
            yield from self._with_checks(page)

    def progress_rows(self) -> Iterator[tuple[EvidenceRow, ChecklistProgress]]:
        """Light rows in catalogue order, each with how far its item's checklist is."""
        none = ChecklistProgress(0, {})
        for page in _pages(self.reader.evidence_rows):
            progress = self.reader.check_progress([row.id for row in page])
            for row in page:
                yield row, progress.get(row.id, none)

    def rows(self, *, by_sha256: bool = False) -> Iterator[EvidenceRow]:
        return _rows(self.reader, by_sha256=by_sha256)

    def custody(self) -> Iterator[CustodyView]:
        """The log in order, up to the covered entry."""
        return _custody(self.reader)

    def _with_checks(self, page: list[Item]) -> Iterator[tuple[Item, list[CheckView]]]:
        checks = self.reader.checks([item.id for item in page])
        for item in page:
            yield item, checks.get(item.id, [])


def display_name(item: Named, options: ReportOptions) -> str:
    return WITHHELD_NAME if options.withheld(item) else item.original_name


def withheld_reason(item: Flagged, lang: Language | None = None) -> str:
    """Why an item is withheld or blurred: "graphic content and personal data"."""
    lang = lang or language("en")
    if item.graphic and item.personal_data:
        return lang.tr("graphic content and personal data")
    if item.graphic:
        return lang.tr("graphic content")
    if item.personal_data:
        return lang.tr("personal data")
    return lang.tr("sensitive content")


def snapshot(svc: CaseService, reader: CaseReader, options: ReportOptions) -> ReportContext:
    """What the cover needs before anything is drawn, from one pass over light rows."""
    lang = language(options.language)
    case = reader.overview()
    numbers: dict[str, int] = {}
    kinds: Counter[str] = Counter()
    sensitive = 0
    withheld: dict[str, str] = {}
    for number, row in enumerate(_rows(reader), start=1):
        numbers[row.id] = number
        kinds[row.kind] += 1
        sensitive += options.sensitive(row)
        if options.withheld(row):
            withheld[row.id] = withheld_reason(row, lang)
    manifest = entries(_rows(reader, by_sha256=True), partial(display_name, options=options))
    as_of = case.custody_head
    if as_of is None:  # a reader as of an entry always has one; a live one of an empty log not
        raise UsageError(msg("The case's custody log is empty: there is no entry to report as of."))
    return ReportContext(
        svc=svc,
        reader=reader,
        case=case,
        options=options,
        styles=make_styles(rtl=lang.rtl),
        as_of=as_of,
        investigators=tuple(reader.investigators()),
        version=__version__,
        software=versions(),
        numbers=numbers,
        kinds=kinds,
        sensitive=sensitive,
        withheld=withheld,
        manifest_digest=digest(manifest),
        lang=lang,
    )


def _rows(reader: CaseReader, *, by_sha256: bool = False) -> Iterator[EvidenceRow]:
    for page in _pages(partial(reader.evidence_rows, by_sha256=by_sha256)):
        yield from page


def _custody(reader: CaseReader) -> Iterator[CustodyView]:
    after = 0
    while page := reader.custody_entries(after, PAGE):
        yield from page
        after = page[-1].seq


def _pages(fetch: Callable[[int, int], list[Item]]) -> Iterator[list[Item]]:
    offset = 0
    while page := fetch(offset, PAGE):
        yield page
        offset += len(page)
