"""The sections that list the case's records one by one: its custody log and, as an appendix, the
integrity manifest of every original. Both are streamed grids, read from the case as pages need them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from casedesk.core.views import CustodyView
from casedesk.report.blocks import Block, Cell, TextBlock
from casedesk.report.context import ReportContext, display_name
from casedesk.report.detail_words import detail_names, details_text
from casedesk.report.i18n import Language
from casedesk.report.layout import cell, grid, section_heading, streamed_grid, sub_heading, when
from casedesk.report.manifest import entries
from casedesk.report.stamps import trusted_timestamps
from casedesk.report.words import action_name, counted, object_type, section_title
from casedesk.textutil import printable

# -- custody log --------------------------------------------------------------------------------


CUSTODY_WIDTHS = [9 * mm, 21 * mm, 20 * mm, 25 * mm, 22 * mm, 49 * mm, 28 * mm]


def custody_header(lang: Language) -> list[str]:
    return [
        lang.tr("#"),
        lang.tr("Time"),
        lang.tr("Investigator"),
        lang.tr("Action"),
        lang.tr("Object"),
        lang.tr("Details"),
        lang.tr("Entry hash"),
    ]


def custody(ctx: ReportContext) -> list[Flowable]:
    s, case, lang = ctx.styles, ctx.case, ctx.lang
    out = section_heading(s, section_title(lang, "custody"))
    first, head = case.custody_first, case.custody_head
    if first is None or head is None:
        return [*out, TextBlock(ctx.tr("The custody log is empty."), s.body)]
    out.append(
        TextBlock(
            ctx.trn(
                "%n entries, from {0} to {1}, up to the covered entry {2}: {3}. Making this report is itself "
                "logged, in an entry after that one, naming the covered entry and the SHA-256 of this file.",
                case.custody_count,
            ).format(when(first.at, lang), when(head.at, lang), head.seq, head.hash),
            s.body,
        )
    )
    out.extend(trusted_timestamps(ctx))
    header = custody_header(lang)
    if ctx.options.custody == "summary":
        actions = Counter(action_name(lang, e.action) for e in ctx.custody())
        out.append(TextBlock(ctx.tr("Entries by action: {0}.").format(counted(lang, actions)), s.body))
        out.extend(sub_heading(s, ctx.tr("First and last entries")))
        shown = _custody_rows(ctx, [first] if case.custody_count == 1 else [first, head])
        out.append(grid(s, CUSTODY_WIDTHS, list(shown), header=header))
    else:
        out.append(streamed_grid(s, CUSTODY_WIDTHS, _custody_rows(ctx, ctx.custody()), header=header))
    return out


def _custody_rows(ctx: ReportContext, entries: Iterable[CustodyView]) -> Iterator[list[Cell]]:
    s, lang = ctx.styles, ctx.lang
    names = detail_names(lang)
    for entry in entries:
        concerns = entry.object_id if entry.object_type == "evidence" else entry.details.get("evidence_id")
        if isinstance(concerns, str) and concerns in ctx.withheld:
            details = ctx.tr("Details withheld: the item is flagged as {0}.").format(ctx.withheld[concerns])
        else:
            details = details_text(lang, entry.details, names)
        yield [
            cell(str(entry.seq), s.cell_small),
            cell(when(entry.at, lang), s.cell_small),
            cell(entry.investigator, s.cell_small),
            _action(ctx, entry.action),
            cell(_object(ctx, entry), s.cell_small),
            cell(details, s.cell_small),
            cell(entry.hash, s.cell_small),
        ]


def _action(ctx: ReportContext, action: str) -> Cell:
    """The action as the log records it; in another language than English, what it means above it."""
    name = action_name(ctx.lang, action)
    if name == action:
        return cell(action, ctx.styles.cell_small)
    return [Block(name, ctx.styles.cell_small), Block(action, ctx.styles.cell_muted)]


def _object(ctx: ReportContext, entry: CustodyView) -> str:
    if entry.object_type == "evidence" and entry.object_id in ctx.numbers:
        return ctx.tr("evidence {0}", "a custody entry's object").format(ctx.label(entry.object_id))
    return ctx.tr("{0} {1}", "a custody entry's object: its type and id").format(
        object_type(ctx.lang, entry.object_type), entry.object_id[:8]
    )


# -- appendix: manifest -------------------------------------------------------------------------


def manifest(ctx: ReportContext) -> list[Flowable]:
    s, lang = ctx.styles, ctx.lang
    out = section_heading(s, section_title(lang, "manifest"))
    out.append(
        TextBlock(
            ctx.trn(
                "Every original in this case (%n files), including items whose pictures or text are withheld "
                "from this report. Manifest digest: {0}.",
                ctx.case.evidence_count,
            ).format(ctx.manifest_digest),
            s.body,
        )
    )
    out.extend(sub_heading(s, ctx.tr("How to re-verify")))
    steps = [
        ctx.tr(
            "An original file: compute its SHA-256 and compare it with the table. On Linux: "
            "“sha256sum FILE”; on macOS: “shasum -a 256 FILE”; on Windows: “certutil -hashfile FILE SHA256”."
        ),
        ctx.tr(
            "The manifest digest: write one line per row of the table: the SHA-256, two spaces, the size in "
            "bytes, two spaces and the original name. Sort the lines (they start with the SHA-256, so this "
            "orders them by it) and end each with a newline; the SHA-256 of that UTF-8 text is the digest. "
            "On Linux: “LC_ALL=C sort manifest.txt | sha256sum”."
        ),
        ctx.tr(
            "In a CaseDesk workspace holding the case: “casedesk verify CASE” re-hashes every original and "
            "recomputes the custody chain; its entry with the number on the cover must have the hash on "
            "the cover. “casedesk export CASE --pdf OUT.pdf --as-of N” with the same options, on the "
            "versions the cover lists, gives this file again byte for byte."
        ),
    ]
    numbered = ctx.tr("{0}. {1}", "a numbered step")
    out += [TextBlock(numbered.format(number, step), s.body) for number, step in enumerate(steps, start=1)]
    if ctx.case.evidence_count:
        # The names exactly as the digest hashes them, in every language (see context.WITHHELD_NAME).
        rows = (
            [
                cell(str(number), s.cell_small),
                cell(entry.sha256, s.cell_small),
                cell(lang.number(entry.size), s.cell_small),
                cell(printable(entry.name), s.cell_small),
            ]
            for number, entry in enumerate(
                entries(ctx.rows(by_sha256=True), lambda item: display_name(item, ctx.options)), start=1
            )
        )
        widths = [10 * mm, 100 * mm, 20 * mm, 44 * mm]
        header = [ctx.tr("#"), ctx.tr("SHA-256"), ctx.tr("Size (bytes)"), ctx.tr("Original name")]
        out.append(streamed_grid(s, widths, rows, header=header))
    return out
