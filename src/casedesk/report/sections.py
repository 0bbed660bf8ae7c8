"""The case-level sections: cover, summary, claims, sources, timeline, places, checklist, custody, manifest.

Each function takes the report context and returns flowables. User text and the report's own words
alike are drawn by TextBlock and Grid, which print text literally (no markup is ever parsed). Tables
with a row per evidence item or log entry are streamed grids, read from the case as pages need them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from casedesk.core.views import ChecklistProgress, CheckView, CustodyView
from casedesk.report.blocks import Block, Cell, TextBlock
from casedesk.report.context import ReportContext, display_name
from casedesk.report.detail_words import detail_names, details_text
from casedesk.report.document import outlined
from casedesk.report.i18n import Language
from casedesk.report.layout import (
    cell,
    facts,
    grid,
    latitude,
    longitude,
    partial,
    section_heading,
    streamed_grid,
    sub_heading,
    when,
)
from casedesk.report.manifest import entries
from casedesk.report.options import SECTIONS
from casedesk.report.placemap import numbered_places, with_place_map
from casedesk.report.software import describe
from casedesk.report.stamps import trusted_timestamps
from casedesk.report.styles import FRAME_WIDTH
from casedesk.report.words import (
    action_name,
    case_status,
    claim_status,
    credibility,
    kind_name,
    object_type,
    progress,
    reliability,
    stance,
    state_name,
)
from casedesk.textutil import printable


def section_title(lang: Language, name: str) -> str:
    """A section's title (the cover's contents, its heading, its bookmark)."""
    return {
        "summary": lang.tr("Summary"),
        "claims": lang.tr("Claims"),
        "sources": lang.tr("Sources"),
        "timeline": lang.tr("Timeline"),
        "places": lang.tr("Places"),
        "evidence": lang.tr("Evidence catalogue"),
        "checklist": lang.tr("Verification checklist"),
        "custody": lang.tr("Custody log"),
        "manifest": lang.tr("Appendix: integrity manifest"),
    }[name]


# -- cover --------------------------------------------------------------------------------------


def cover(ctx: ReportContext, signature_box: Flowable) -> list[Flowable]:
    s, case, options, lang = ctx.styles, ctx.case, ctx.options, ctx.lang
    out: list[Flowable] = []
    if options.classification.strip():
        out.append(TextBlock(options.classification.strip(), s.banner))
    out.append(outlined(TextBlock(ctx.tr("CASE REPORT"), s.subtitle), ctx.tr("Cover"), 0))
    out.append(TextBlock(case.title, s.title))
    out.append(Spacer(1, 3 * mm))

    evidence_line = ctx.trn("%n items", case.evidence_count)
    if case.trash_count:
        evidence_line += ctx.trn("; %n in the trash, not part of this report", case.trash_count)
    entry = ctx.as_of
    rows: list[tuple[str, Cell]] = [
        (
            ctx.tr("Case as of"),
            [
                Block(
                    ctx.tr("Entry {0} of the custody log, {1}:").format(entry.seq, when(entry.at, lang)),
                    s.cell_bold,
                ),
                Block(entry.hash, s.cell),
                Block(
                    ctx.tr(
                        "The report shows the case exactly as it stood right after this entry "
                        "(entries 1 to {0}); anything recorded later is not part of it."
                    ).format(entry.seq),
                    s.cell_small,
                ),
            ],
        ),
        (ctx.tr("Status"), cell(case_status(lang, case.status), s.cell_bold)),
        (ctx.tr("Incident"), cell(partial(case.incident_time, lang), s.cell)),
        (ctx.tr("First seen"), cell(partial(case.first_seen, lang), s.cell)),
        (ctx.tr("Tags"), cell(ctx.tr(", ").join(case.tags) or ctx.tr("none"), s.cell)),
        (ctx.tr("Investigators"), cell(ctx.tr(", ").join(ctx.investigators), s.cell)),
        (ctx.tr("Case id"), cell(case.id, s.cell)),
        (ctx.tr("Evidence"), cell(evidence_line, s.cell)),
        (ctx.tr("Checklist"), cell(progress(lang, case.checklist_progress), s.cell)),
        (
            ctx.tr("Manifest digest"),
            [
                Block(ctx.manifest_digest, s.cell),
                Block(
                    ctx.trn(
                        "SHA-256 over the manifest lines of the %n originals (see the appendix)",
                        case.evidence_count,
                    ),
                    s.cell_small,
                ),
            ],
        ),
        (
            ctx.tr("Contents"),
            cell(ctx.tr(", ").join(section_title(lang, n) for n in SECTIONS if options.includes(n)), s.cell),
        ),
        (
            ctx.tr("Software"),
            [
                Block(describe(ctx.software), s.cell),
                Block(
                    ctx.tr("The same entry and options give this file byte for byte with these versions."),
                    s.cell_small,
                ),
            ],
        ),
    ]
    if ctx.sensitive:
        if options.blur_sensitive:
            text = ctx.trn(
                "%n item(s) flagged as graphic or personal data are shown blurred in this report; "
                "the integrity manifest still lists every original.",
                ctx.sensitive,
            )
        else:
            text = ctx.trn(
                "%n item(s) flagged as graphic or personal data are withheld in this report; "
                "the integrity manifest still lists every original.",
                ctx.sensitive,
            )
        rows.append((ctx.tr("Sensitive items"), cell(text, s.cell)))
    out.append(facts(s, rows, 34 * mm, FRAME_WIDTH))
    out.append(Spacer(1, 4 * mm))
    out.append(TextBlock(ctx.tr("Investigator's signature"), s.cell_bold))
    out.append(signature_box)
    out.append(Spacer(1, 1.5 * mm))
    out.append(
        TextBlock(
            ctx.tr(
                "A signed report shows its digital signature in this box. Check it with casedesk check or "
                "a PDF reader's signature panel, and compare the key fingerprint with the investigator's "
                "out of band: no authority vouches for it. An empty box is an unsigned copy."
            ),
            s.cell_small,
        )
    )
    out.append(Spacer(1, 5 * mm))
    out.append(
        TextBlock(
            ctx.tr(
                "Every evidence item is identified by the SHA-256 of the original file as it was "
                "collected; CaseDesk never alters an original. The custody log is a hash chain: each "
                "entry's hash covers its content and the hash of the entry before it, so a change to any "
                "entry changes every later hash. The appendix explains how to re-verify the originals "
                "and this report's manifest digest."
            ),
            s.small,
        )
    )
    out.append(PageBreak())
    return out


# -- summary ------------------------------------------------------------------------------------


def summary(ctx: ReportContext) -> list[Flowable]:
    s, case, lang = ctx.styles, ctx.case, ctx.lang
    out = section_heading(s, section_title(lang, "summary"))
    out.append(TextBlock(case.summary or ctx.tr("No summary written."), s.body))
    statuses = Counter(claim_status(lang, c.status) for c in case.claims)
    rows: list[tuple[str, Cell]] = [
        (ctx.tr("Claims"), cell(_counts(lang, statuses) or ctx.tr("none"), s.cell)),
        (ctx.tr("Sources"), cell(str(len(case.sources)), s.cell)),
        (ctx.tr("Evidence"), cell(_counts(lang, _kinds(lang, ctx.kinds)) or ctx.tr("none"), s.cell)),
        (ctx.tr("Timeline"), cell(ctx.trn("%n events", len(case.timeline)), s.cell)),
        (ctx.tr("Places"), cell(str(len(case.places)), s.cell)),
        (ctx.tr("Checklist"), cell(progress(lang, case.checklist_progress), s.cell)),
    ]
    if case.related_case_ids:
        rows.append((ctx.tr("Related cases"), cell(ctx.tr(", ").join(case.related_case_ids), s.cell)))
    out.append(facts(s, rows, 30 * mm, FRAME_WIDTH))
    if case.notes:
        out.extend(sub_heading(s, ctx.tr("Investigator notes")))
        for note in case.notes:
            out.append(TextBlock(note.text, s.body))
            out.append(TextBlock(ctx.tr("Written {0}").format(when(note.created_at, lang)), s.small))
    return out


def _kinds(lang: Language, kinds: Counter[str]) -> Counter[str]:
    """Items by kind, named as the summary counts them ("still", "image fixe")."""
    named: Counter[str] = Counter()
    for kind, n in kinds.items():
        named[kind_name(lang, kind, short=True)] += n
    return named


def _counts(lang: Language, counter: Counter[str]) -> str:
    """ "3 unverified, 1 false": each name counted, in the order of the names."""
    #: A count, then what is counted (a claim status, a kind of evidence, a custody action): {0} is
    #: the number, {1} the name. Reorder freely ("non vérifié : 3") so the name need not agree with it.
    pattern = lang.tr("{0} {1}", "a count and what is counted")
    return lang.tr(", ").join(
        pattern.format(lang.count(n), name.replace("_", " ")) for name, n in sorted(counter.items())
    )


# -- claims, sources, timeline, places ----------------------------------------------------------


def claims(ctx: ReportContext) -> list[Flowable]:
    s, case, lang = ctx.styles, ctx.case, ctx.lang
    out = section_heading(s, section_title(lang, "claims"))
    out.append(
        TextBlock(
            ctx.tr(
                "Status is the investigators' current finding. Credibility is the Admiralty information "
                "grade, from 1 (confirmed by other sources) to 6 (truth cannot be judged)."
            ),
            s.small,
        )
    )
    if not case.claims:
        return [*out, TextBlock(ctx.tr("No claims recorded."), s.body)]
    rows = []
    for number, claim in enumerate(case.claims, start=1):
        text = [Block(claim.text, s.cell), Block(claim.notes, s.cell_small)]
        linked_sources = [  # in the order of the sources table
            Block(
                ctx.tr("{0} ({1})", "a name and its grade or stance").format(src.name, src.reliability),
                s.cell_small,
            )
            for src in case.sources
            if src.id in claim.source_ids
        ]
        linked_evidence = [
            Block(
                ctx.tr("{0} ({1})", "a name and its grade or stance").format(
                    ctx.label(link.evidence_id), stance(lang, link.stance)
                ),
                s.cell_small,
            )
            for link in sorted(claim.evidence, key=lambda link: ctx.label(link.evidence_id))
        ]
        rows.append(
            [
                cell(str(number), s.cell),
                text,
                cell(claim_status(lang, claim.status), s.state(claim.status)),
                cell(
                    ctx.tr("{0}: {1}", "an Admiralty grade and its meaning").format(
                        claim.credibility, credibility(lang, claim.credibility, claim.credibility_label)
                    ),
                    s.cell_small,
                ),
                linked_sources or cell(ctx.tr("none"), s.cell_small),
                linked_evidence or cell(ctx.tr("none"), s.cell_small),
            ]
        )
    widths = [8 * mm, 66 * mm, 20 * mm, 24 * mm, 32 * mm, 24 * mm]
    header = [
        ctx.tr("#"),
        ctx.tr("Claim"),
        ctx.tr("Status"),
        ctx.tr("Credibility"),
        ctx.tr("Sources"),
        ctx.tr("Evidence"),
    ]
    out.append(grid(s, widths, rows, header=header))
    return out


def sources(ctx: ReportContext) -> list[Flowable]:
    s, case, lang = ctx.styles, ctx.case, ctx.lang
    out = section_heading(s, section_title(lang, "sources"))
    out.append(
        TextBlock(
            ctx.tr(
                "Reliability is the Admiralty source grade, from A (completely reliable) to F (reliability "
                "cannot be judged)."
            ),
            s.small,
        )
    )
    if not case.sources:
        return [*out, TextBlock(ctx.tr("No sources recorded."), s.body)]
    rows = [
        [
            cell(str(number), s.cell),
            cell(src.name, s.cell_bold),
            [Block(src.handle, s.cell), Block(src.platform, s.cell_small)],
            cell(
                ctx.tr("{0}: {1}", "an Admiralty grade and its meaning").format(
                    src.reliability, reliability(lang, src.reliability, src.reliability_label)
                ),
                s.cell,
            ),
            cell(src.notes, s.cell_small),
        ]
        for number, src in enumerate(case.sources, start=1)
    ]
    widths = [8 * mm, 52 * mm, 34 * mm, 30 * mm, 50 * mm]
    header = [
        ctx.tr("#"),
        ctx.tr("Source"),
        ctx.tr("Handle, platform"),
        ctx.tr("Reliability"),
        ctx.tr("Notes"),
    ]
    out.append(grid(s, widths, rows, header=header))
    return out


def timeline(ctx: ReportContext) -> list[Flowable]:
    s, case, lang = ctx.styles, ctx.case, ctx.lang
    out = section_heading(s, section_title(lang, "timeline"))
    if not case.timeline:
        return [*out, TextBlock(ctx.tr("No timeline events recorded."), s.body)]
    places = {p.id: p.name for p in case.places}
    rows = [
        [
            cell(partial(event.when, lang), s.cell),
            [Block(event.title, s.cell_bold), Block(event.description, s.cell)],
            cell(places.get(event.place_id or "", ""), s.cell),
        ]
        for event in case.timeline
    ]
    header = [ctx.tr("When"), ctx.tr("Event"), ctx.tr("Place")]
    out.append(grid(s, [40 * mm, 96 * mm, 38 * mm], rows, header=header))
    return out


def places(ctx: ReportContext) -> list[Flowable]:
    s, case, lang = ctx.styles, ctx.case, ctx.lang
    out = section_heading(s, section_title(lang, "places"))
    if not case.places:  # the items' GPS positions are still mapped; the caption says no place
        mapped = with_place_map(ctx, out)
        return mapped if len(mapped) > len(out) else [*out, TextBlock(ctx.tr("No places recorded."), s.body)]
    out = with_place_map(ctx, out)
    out.append(TextBlock(ctx.tr("Coordinates are WGS 84 decimal degrees."), s.small))
    rows = [
        [
            cell(str(number), s.cell),
            cell(place.name, s.cell_bold),
            cell(latitude(place.lat, lang), s.cell),
            cell(longitude(place.lon, lang), s.cell),
            cell(place.precision, s.cell),
            cell(place.notes, s.cell_small),
        ]
        for number, place in numbered_places(case.places)
    ]
    widths = [8 * mm, 46 * mm, 26 * mm, 26 * mm, 34 * mm, 34 * mm]
    header = [ctx.tr("#"), ctx.tr("Place"), ctx.tr("Latitude"), ctx.tr("Longitude")]
    header += [ctx.tr("Precision"), ctx.tr("Notes")]
    out.append(grid(s, widths, rows, header=header))
    return out


# -- checklist ----------------------------------------------------------------------------------


def checklist(ctx: ReportContext) -> list[Flowable]:
    s, lang = ctx.styles, ctx.lang
    out = section_heading(s, section_title(lang, "checklist"))
    out.append(
        TextBlock(
            ctx.tr("Case checklist: {0}.").format(progress(lang, ChecklistProgress.of(ctx.case.checklist))),
            s.body,
        )
    )
    rows = [
        [
            [Block(words.title, s.cell_bold), Block(words.phase, s.cell_small)],
            cell(state_name(lang, item.state), s.state(item.state)),
            cell(item.note, s.cell),
            cell(_recorded(item, lang), s.cell_small),
        ]
        for item, words in ((i, ctx.check_words(i)) for i in ctx.case.checklist)
    ]
    if rows:
        widths = [58 * mm, 22 * mm, 64 * mm, 30 * mm]
        header = [ctx.tr("Check"), ctx.tr("State"), ctx.tr("Note"), ctx.tr("Recorded")]
        out.append(grid(s, widths, rows, header=header))
    if ctx.case.evidence_count:
        out.extend(sub_heading(s, ctx.tr("Evidence items")))
        out.append(
            TextBlock(
                ctx.tr(
                    "Each item's own checks, with their notes, are listed with the item in the evidence "
                    "catalogue."
                ),
                s.small,
            )
        )
        items = (
            [
                cell(ctx.label(row.id), s.cell),
                cell(ctx.name(row), s.cell),
                cell(progress(lang, ChecklistProgress.of(checks)), s.cell),
            ]
            for row, checks in ctx.checked_rows()
        )
        widths = [20 * mm, 84 * mm, 70 * mm]
        header = [ctx.tr("Item"), ctx.tr("Original name"), ctx.tr("Checks")]
        out.append(streamed_grid(s, widths, items, header=header))
    return out


def _recorded(item: CheckView, lang: Language) -> str:
    if item.updated_at is None:
        return ""
    return lang.tr("{0}, {1}", "who recorded a check, and when").format(
        item.investigator, when(item.updated_at, lang)
    )


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
        out.append(TextBlock(ctx.tr("Entries by action: {0}.").format(_counts(lang, actions)), s.body))
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


BUILDERS = {
    "summary": summary,
    "claims": claims,
    "sources": sources,
    "timeline": timeline,
    "places": places,
    "checklist": checklist,
    "custody": custody,
    "manifest": manifest,
}
__all__ = ["BUILDERS", "cover", "section_title"]
