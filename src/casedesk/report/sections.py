"""The case-level sections: cover, summary, claims, sources, timeline, places, checklist, custody, manifest.

Each function takes the report context and returns flowables. User text and the report's own words
alike are drawn by TextBlock and Grid, which print text literally (no markup is ever parsed). Tables
with a row per evidence item or log entry are streamed grids, read from the case as pages need them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from casedesk.core.views import ChecklistProgress, CheckView, CustodyView
from casedesk.report.blocks import Block, Cell, TextBlock
from casedesk.report.context import ReportContext
from casedesk.report.document import outlined
from casedesk.report.layout import (
    cell,
    coordinate,
    facts,
    grid,
    partial,
    section_heading,
    streamed_grid,
    sub_heading,
    when,
)
from casedesk.report.manifest import entries
from casedesk.report.options import SECTIONS
from casedesk.report.software import describe
from casedesk.report.styles import FRAME_WIDTH
from casedesk.textutil import printable

SECTION_TITLES = {
    "summary": "Summary",
    "claims": "Claims",
    "sources": "Sources",
    "timeline": "Timeline",
    "places": "Places",
    "evidence": "Evidence catalogue",
    "checklist": "Verification checklist",
    "custody": "Custody log",
    "manifest": "Appendix: integrity manifest",
}


# -- cover --------------------------------------------------------------------------------------


def cover(ctx: ReportContext, signature_box: Flowable) -> list[Flowable]:
    s, case, options = ctx.styles, ctx.case, ctx.options
    out: list[Flowable] = []
    if options.classification.strip():
        out.append(TextBlock(options.classification.strip(), s.banner))
    out.append(outlined(TextBlock("CASE REPORT", s.subtitle), "Cover", 0))
    out.append(TextBlock(case.title, s.title))
    out.append(Spacer(1, 3 * mm))

    evidence_line = f"{case.evidence_count} items"
    if case.trash_count:
        evidence_line += f"; {case.trash_count} in the trash, not part of this report"
    entry = ctx.as_of
    rows: list[tuple[str, Cell]] = [
        (
            "Case as of",
            [
                Block(f"Entry {entry.seq} of the custody log, {when(entry.at)}:", s.cell_bold),
                Block(entry.hash, s.cell),
                Block(
                    f"The report shows the case exactly as it stood right after this entry "
                    f"(entries 1 to {entry.seq}); anything recorded later is not part of it.",
                    s.cell_small,
                ),
            ],
        ),
        ("Status", cell(case.status, s.cell_bold)),
        ("Incident", cell(partial(case.incident_time), s.cell)),
        ("First seen", cell(partial(case.first_seen), s.cell)),
        ("Tags", cell(", ".join(case.tags) or "none", s.cell)),
        ("Investigators", cell(", ".join(ctx.investigators), s.cell)),
        ("Case id", cell(case.id, s.cell)),
        ("Evidence", cell(evidence_line, s.cell)),
        ("Checklist", cell(case.checklist_progress.summary(), s.cell)),
        (
            "Manifest digest",
            [
                Block(ctx.manifest_digest, s.cell),
                Block(
                    f"SHA-256 over the manifest lines of the {case.evidence_count} originals "
                    "(see the appendix)",
                    s.cell_small,
                ),
            ],
        ),
        ("Contents", cell(", ".join(SECTION_TITLES[n] for n in SECTIONS if options.includes(n)), s.cell)),
        (
            "Software",
            [
                Block(describe(ctx.software), s.cell),
                Block(
                    "The same entry and options give this file byte for byte with these versions.",
                    s.cell_small,
                ),
            ],
        ),
    ]
    if ctx.sensitive:
        how = "shown blurred" if options.blur_sensitive else "withheld"
        text = (
            f"{ctx.sensitive} item(s) flagged as graphic or personal data are {how} in this report; "
            "the integrity manifest still lists every original."
        )
        rows.append(("Sensitive items", cell(text, s.cell)))
    out.append(facts(s, rows, 34 * mm, FRAME_WIDTH))
    out.append(Spacer(1, 4 * mm))
    out.append(TextBlock("Investigator's signature", s.cell_bold))
    out.append(signature_box)
    out.append(Spacer(1, 1.5 * mm))
    out.append(
        TextBlock(
            "A signed report shows its digital signature in this box. Check it with casedesk check or "
            "a PDF reader's signature panel, and compare the key fingerprint with the investigator's "
            "out of band: no authority vouches for it. An empty box is an unsigned copy.",
            s.cell_small,
        )
    )
    out.append(Spacer(1, 5 * mm))
    out.append(
        TextBlock(
            "Every evidence item is identified by the SHA-256 of the original file as it was collected; "
            "CaseDesk never alters an original. The custody log is a hash chain: each entry's hash covers "
            "its content and the hash of the entry before it, so a change to any entry changes every later "
            "hash. The appendix explains how to re-verify the originals and this report's manifest digest.",
            s.small,
        )
    )
    out.append(PageBreak())
    return out


# -- summary ------------------------------------------------------------------------------------


def summary(ctx: ReportContext) -> list[Flowable]:
    s, case = ctx.styles, ctx.case
    out = section_heading(s, SECTION_TITLES["summary"])
    out.append(TextBlock(case.summary or "No summary written.", s.body))
    rows: list[tuple[str, Cell]] = [
        ("Claims", cell(_counts(Counter(c.status for c in case.claims)) or "none", s.cell)),
        ("Sources", cell(str(len(case.sources)), s.cell)),
        ("Evidence", cell(_counts(ctx.kinds) or "none", s.cell)),
        ("Timeline", cell(f"{len(case.timeline)} events", s.cell)),
        ("Places", cell(str(len(case.places)), s.cell)),
        ("Checklist", cell(case.checklist_progress.summary(), s.cell)),
    ]
    if case.related_case_ids:
        rows.append(("Related cases", cell(", ".join(case.related_case_ids), s.cell)))
    out.append(facts(s, rows, 30 * mm, FRAME_WIDTH))
    if case.notes:
        out.extend(sub_heading(s, "Investigator notes"))
        for note in case.notes:
            out.append(TextBlock(note.text, s.body))
            out.append(TextBlock(f"Written {when(note.created_at)}", s.small))
    return out


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in sorted(counter.items()))


# -- claims, sources, timeline, places ----------------------------------------------------------


def claims(ctx: ReportContext) -> list[Flowable]:
    s, case = ctx.styles, ctx.case
    out = section_heading(s, SECTION_TITLES["claims"])
    out.append(
        TextBlock(
            "Status is the investigators' current finding. Credibility is the Admiralty information grade, "
            "from 1 (confirmed by other sources) to 6 (truth cannot be judged).",
            s.small,
        )
    )
    if not case.claims:
        return [*out, TextBlock("No claims recorded.", s.body)]
    rows = []
    for number, claim in enumerate(case.claims, start=1):
        text = [Block(claim.text, s.cell), Block(claim.notes, s.cell_small)]
        linked_sources = [  # in the order of the sources table
            Block(f"{src.name} ({src.reliability})", s.cell_small)
            for src in case.sources
            if src.id in claim.source_ids
        ]
        linked_evidence = [
            Block(f"{ctx.label(link.evidence_id)} ({link.stance})", s.cell_small)
            for link in sorted(claim.evidence, key=lambda link: ctx.label(link.evidence_id))
        ]
        rows.append(
            [
                cell(str(number), s.cell),
                text,
                cell(claim.status, s.state(claim.status)),
                cell(f"{claim.credibility}: {claim.credibility_label}", s.cell_small),
                linked_sources or cell("none", s.cell_small),
                linked_evidence or cell("none", s.cell_small),
            ]
        )
    widths = [8 * mm, 66 * mm, 20 * mm, 24 * mm, 32 * mm, 24 * mm]
    out.append(grid(s, widths, rows, header=["#", "Claim", "Status", "Credibility", "Sources", "Evidence"]))
    return out


def sources(ctx: ReportContext) -> list[Flowable]:
    s, case = ctx.styles, ctx.case
    out = section_heading(s, SECTION_TITLES["sources"])
    out.append(
        TextBlock(
            "Reliability is the Admiralty source grade, from A (completely reliable) to F (reliability "
            "cannot be judged).",
            s.small,
        )
    )
    if not case.sources:
        return [*out, TextBlock("No sources recorded.", s.body)]
    rows = [
        [
            cell(str(number), s.cell),
            cell(src.name, s.cell_bold),
            [Block(src.handle, s.cell), Block(src.platform, s.cell_small)],
            cell(f"{src.reliability}: {src.reliability_label}", s.cell),
            cell(src.notes, s.cell_small),
        ]
        for number, src in enumerate(case.sources, start=1)
    ]
    widths = [8 * mm, 52 * mm, 34 * mm, 30 * mm, 50 * mm]
    out.append(grid(s, widths, rows, header=["#", "Source", "Handle, platform", "Reliability", "Notes"]))
    return out


def timeline(ctx: ReportContext) -> list[Flowable]:
    s, case = ctx.styles, ctx.case
    out = section_heading(s, SECTION_TITLES["timeline"])
    if not case.timeline:
        return [*out, TextBlock("No timeline events recorded.", s.body)]
    places = {p.id: p.name for p in case.places}
    rows = [
        [
            cell(partial(event.when), s.cell),
            [Block(event.title, s.cell_bold), Block(event.description, s.cell)],
            cell(places.get(event.place_id or "", ""), s.cell),
        ]
        for event in case.timeline
    ]
    out.append(grid(s, [40 * mm, 96 * mm, 38 * mm], rows, header=["When", "Event", "Place"]))
    return out


def places(ctx: ReportContext) -> list[Flowable]:
    s, case = ctx.styles, ctx.case
    out = section_heading(s, SECTION_TITLES["places"])
    if not case.places:
        return [*out, TextBlock("No places recorded.", s.body)]
    out.append(TextBlock("Coordinates are WGS 84 decimal degrees.", s.small))
    rows = [
        [
            cell(place.name, s.cell_bold),
            cell(coordinate(place.lat, "N", "S"), s.cell),
            cell(coordinate(place.lon, "E", "W"), s.cell),
            cell(place.precision, s.cell),
            cell(place.notes, s.cell_small),
        ]
        for place in case.places
    ]
    widths = [54 * mm, 26 * mm, 26 * mm, 34 * mm, 34 * mm]
    out.append(grid(s, widths, rows, header=["Place", "Latitude", "Longitude", "Precision", "Notes"]))
    return out


# -- checklist ----------------------------------------------------------------------------------


def checklist(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    out = section_heading(s, SECTION_TITLES["checklist"])
    progress = ChecklistProgress.of(ctx.case.checklist)
    out.append(TextBlock(f"Case checklist: {progress.summary()}.", s.body))
    rows = [
        [
            [Block(item.title, s.cell_bold), Block(item.phase, s.cell_small)],
            cell(item.state.replace("_", " "), s.state(item.state)),
            cell(item.note, s.cell),
            cell(_recorded(item), s.cell_small),
        ]
        for item in ctx.case.checklist
    ]
    if rows:
        widths = [58 * mm, 22 * mm, 64 * mm, 30 * mm]
        out.append(grid(s, widths, rows, header=["Check", "State", "Note", "Recorded"]))
    if ctx.case.evidence_count:
        out.extend(sub_heading(s, "Evidence items"))
        out.append(
            TextBlock(
                "Each item's own checks, with their notes, are listed with the item in the evidence "
                "catalogue.",
                s.small,
            )
        )
        items = (
            [
                cell(ctx.label(row.id), s.cell),
                cell(ctx.name(row), s.cell),
                cell(ChecklistProgress.of(checks).summary(), s.cell),
            ]
            for row, checks in ctx.checked_rows()
        )
        widths = [20 * mm, 84 * mm, 70 * mm]
        out.append(streamed_grid(s, widths, items, header=["Item", "Original name", "Checks"]))
    return out


def _recorded(item: CheckView) -> str:
    if item.updated_at is None:
        return ""
    return f"{item.investigator}, {when(item.updated_at)}"


# -- custody log --------------------------------------------------------------------------------


CUSTODY_WIDTHS = [9 * mm, 21 * mm, 20 * mm, 25 * mm, 22 * mm, 49 * mm, 28 * mm]
CUSTODY_HEADER = ["#", "Time", "Investigator", "Action", "Object", "Details", "Entry hash"]


def custody(ctx: ReportContext) -> list[Flowable]:
    s, case = ctx.styles, ctx.case
    out = section_heading(s, SECTION_TITLES["custody"])
    first, head = case.custody_first, case.custody_head
    if first is None or head is None:
        return [*out, TextBlock("The custody log is empty.", s.body)]
    out.append(
        TextBlock(
            f"{case.custody_count} entries, from {when(first.at)} to {when(head.at)}, up to the covered "
            f"entry {head.seq}: {head.hash}. Making this report is itself logged, in an entry after "
            "that one, naming the covered entry and the SHA-256 of this file.",
            s.body,
        )
    )
    if ctx.options.custody == "summary":
        actions = Counter(e.action for e in ctx.custody())
        out.append(TextBlock("Entries by action: " + _counts(actions) + ".", s.body))
        out.extend(sub_heading(s, "First and last entries"))
        shown = _custody_rows(ctx, [first] if case.custody_count == 1 else [first, head])
        out.append(grid(s, CUSTODY_WIDTHS, list(shown), header=CUSTODY_HEADER))
    else:
        out.append(streamed_grid(s, CUSTODY_WIDTHS, _custody_rows(ctx, ctx.custody()), header=CUSTODY_HEADER))
    return out


def _custody_rows(ctx: ReportContext, entries: Iterable[CustodyView]) -> Iterator[list[Cell]]:
    s = ctx.styles
    for entry in entries:
        concerns = entry.object_id if entry.object_type == "evidence" else entry.details.get("evidence_id")
        if isinstance(concerns, str) and concerns in ctx.withheld:
            details = f"Details withheld: the item is flagged as {ctx.withheld[concerns]}."
        else:
            details = _details(entry.details)
        yield [
            cell(str(entry.seq), s.cell_small),
            cell(when(entry.at), s.cell_small),
            cell(entry.investigator, s.cell_small),
            cell(entry.action, s.cell_small),
            cell(_object(ctx, entry), s.cell_small),
            cell(details, s.cell_small),
            cell(entry.hash, s.cell_small),
        ]


def _object(ctx: ReportContext, entry: CustodyView) -> str:
    if entry.object_type == "evidence" and entry.object_id in ctx.numbers:
        return f"evidence {ctx.label(entry.object_id)}"
    return f"{entry.object_type} {entry.object_id[:8]}"


def _details(details: dict[str, Any], limit: int = 160) -> str:
    parts = []
    for key, value in details.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {text if len(text) <= limit else text[:limit] + '…'}")
    return "; ".join(parts)


# -- appendix: manifest -------------------------------------------------------------------------


def manifest(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    out = section_heading(s, SECTION_TITLES["manifest"])
    out.append(
        TextBlock(
            f"Every original in this case ({ctx.case.evidence_count} files), including items whose "
            f"pictures or text are withheld from this report. Manifest digest: {ctx.manifest_digest}.",
            s.body,
        )
    )
    out.extend(sub_heading(s, "How to re-verify"))
    steps = [
        "An original file: compute its SHA-256 and compare it with the table. On Linux: "
        "“sha256sum FILE”; on macOS: “shasum -a 256 FILE”; on Windows: “certutil -hashfile FILE SHA256”.",
        "The manifest digest: write one line per row of the table: the SHA-256, two spaces, the size in "
        "bytes, two spaces and the original name. Sort the lines (they start with the SHA-256, so this "
        "orders them by it) and end each with a newline; the SHA-256 of that UTF-8 text is the digest. "
        "On Linux: “LC_ALL=C sort manifest.txt | sha256sum”.",
        "In a CaseDesk workspace holding the case: “casedesk verify CASE” re-hashes every original and "
        "recomputes the custody chain; its entry with the number on the cover must have the hash on "
        "the cover. “casedesk export CASE --pdf OUT.pdf --as-of N” with the same options, on the "
        "versions the cover lists, gives this file again byte for byte.",
    ]
    out += [TextBlock(f"{number}. {step}", s.body) for number, step in enumerate(steps, start=1)]
    if ctx.case.evidence_count:
        rows = (
            [
                cell(str(number), s.cell_small),
                cell(entry.sha256, s.cell_small),
                cell(f"{entry.size:,}", s.cell_small),
                cell(printable(entry.name), s.cell_small),
            ]
            for number, entry in enumerate(entries(ctx.rows(by_sha256=True), ctx.name), start=1)
        )
        widths = [10 * mm, 100 * mm, 20 * mm, 44 * mm]
        out.append(streamed_grid(s, widths, rows, header=["#", "SHA-256", "Size (bytes)", "Original name"]))
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
__all__ = ["BUILDERS", "SECTION_TITLES", "cover"]
