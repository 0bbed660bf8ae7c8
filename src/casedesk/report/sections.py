"""The case-level sections: cover, summary, claims, sources, timeline, places, checklist (the custody
log and the manifest are in record_sections).

Each function takes the report context and returns flowables. User text and the report's own words
alike are drawn by TextBlock and Grid, which print text literally (no markup is ever parsed). Tables
with a row per evidence item or log entry are streamed grids, read from the case as pages need them.
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from casedesk.core.views import ChecklistProgress, CheckView
from casedesk.report.blocks import Block, Cell, TextBlock
from casedesk.report.context import ReportContext
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
from casedesk.report.options import SECTIONS
from casedesk.report.placemap import numbered_places, with_place_map
from casedesk.report.record_sections import custody, manifest
from casedesk.report.software import describe
from casedesk.report.styles import FRAME_WIDTH
from casedesk.report.words import (
    case_status,
    claim_status,
    counted,
    credibility,
    kind_name,
    progress,
    reliability,
    section_title,
    stance,
    state_name,
)

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
        (ctx.tr("Claims"), cell(counted(lang, statuses) or ctx.tr("none"), s.cell)),
        (ctx.tr("Sources"), cell(str(len(case.sources)), s.cell)),
        (ctx.tr("Evidence"), cell(counted(lang, _kinds(lang, ctx.kinds)) or ctx.tr("none"), s.cell)),
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
                cell(progress(lang, done), s.cell),
            ]
            for row, done in ctx.progress_rows()
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
__all__ = ["BUILDERS", "cover"]
