"""The evidence catalogue: one entry per item, read and made only when the document reaches it.

The section's story is a heading and a ``Stream`` of ``Deferred`` entries: the stream reads items
(with their checklists) a page at a time from the case, and each entry's flowables are made just
before they are laid out.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from casedesk.core.views import ChecklistProgress, CheckView, EvidenceView
from casedesk.report.blocks import Block, Cell, Grid, Placed, Stack, TextBlock
from casedesk.report.context import ReportContext, withheld_reason
from casedesk.report.document import Deferred, Stream, outlined
from casedesk.report.images import thumbnail, waveform
from casedesk.report.layout import cell, coordinate, facts, grid, seconds, section_heading, size, when
from casedesk.report.sections import SECTION_TITLES
from casedesk.report.styles import FRAME_HEIGHT, FRAME_WIDTH

PICTURE_BOX = 44 * mm
GAP = 4 * mm
FACTS_WIDTH = FRAME_WIDTH - PICTURE_BOX - GAP
LABEL_WIDTH = 26 * mm
KIND_NAMES = {
    "still": "still image",
    "video": "video",
    "audio": "audio",
    "document": "document",
    "other": "other",
}


def catalogue(ctx: ReportContext) -> list[Flowable]:
    """The section heading, then the items' entries, each read and made when the layout reaches it."""
    count = ctx.case.evidence_count
    out = section_heading(ctx.styles, SECTION_TITLES["evidence"])
    out[-1] = outlined(out[-1], SECTION_TITLES["evidence"], 0, closed=count > 20)
    out.append(
        TextBlock(
            f"{count} items, in the order they were added. Pictures are the thumbnails made at "
            "ingest (orientation applied); the originals are unchanged and listed in the appendix.",
            ctx.styles.small,
        )
    )
    if not count:
        out.append(TextBlock("No evidence recorded.", ctx.styles.body))
    out.append(Stream(_entries(ctx)))
    return out


def _entries(ctx: ReportContext) -> Iterator[Deferred]:
    for ev, checks in ctx.evidence():
        yield Deferred(f"{ctx.label(ev.id)} {ctx.name(ev)}", partial(entry, ctx, ev, checks))


class EvidenceCard(Placed):
    """An item's title, picture and facts, kept together on one page (split only if taller than one)."""

    def __init__(self, title: TextBlock, picture: Flowable, facts: Grid) -> None:
        super().__init__()
        self.title, self.picture, self.facts = title, picture, facts
        self._sizes: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, title_h = self.title.wrap(availWidth, availHeight)
        _, picture_h = self.picture.wrap(PICTURE_BOX, availHeight)
        _, facts_h = self.facts.wrap(FACTS_WIDTH, availHeight)
        self._sizes = (title_h, picture_h, facts_h)
        self.width = availWidth
        self.height = title_h + self.title.getSpaceAfter() + max(picture_h, facts_h)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.height <= FRAME_HEIGHT:
            return []  # it fits on a fresh page
        return [self.title, self.picture, self.facts]

    def getSpaceBefore(self) -> float:
        return self.title.getSpaceBefore()

    def draw(self) -> None:
        title_h, picture_h, facts_h = self._sizes
        top = self.height
        self.title.drawOn(self.canv, 0, top - title_h)
        top -= title_h + self.title.getSpaceAfter()
        self.picture.drawOn(self.canv, 0, top - picture_h)
        self.facts.drawOn(self.canv, PICTURE_BOX + GAP, top - facts_h)


def entry(ctx: ReportContext, ev: EvidenceView, checks: list[CheckView]) -> list[Flowable]:
    s = ctx.styles
    title = f"{ctx.label(ev.id)} · {ctx.name(ev)}"
    heading = TextBlock(title, s.h2)
    if ctx.options.withheld(ev):
        return _withheld(ctx, ev, checks, heading, title)

    card = EvidenceCard(heading, _picture(ctx, ev), facts(s, _facts(ctx, ev), LABEL_WIDTH, FACTS_WIDTH))
    out: list[Flowable] = [outlined(card, title, 1)]
    if ev.warnings:
        out.append(TextBlock("Decode warnings", s.caption))
        out.extend(TextBlock(f"• {warning}", s.cell_small) for warning in ev.warnings)
    if ev.description:
        out.append(TextBlock("Description", s.caption))
        out.append(TextBlock(ev.description, s.body))
    if ev.kind == "audio":
        wave = waveform(ctx.svc, ev, FRAME_WIDTH, 22 * mm)
        if wave is not None:
            wave.hAlign = "LEFT"
            out += [TextBlock("Waveform", s.caption), wave]
    if ev.transcript:
        out.append(TextBlock("Transcript", s.caption))
        out.append(TextBlock(ev.transcript, s.body))
    out += _checks(ctx, checks, with_notes=True)
    out.append(Spacer(1, 4 * mm))
    return out


def _withheld(
    ctx: ReportContext, ev: EvidenceView, checks: list[CheckView], heading: TextBlock, title: str
) -> list[Flowable]:
    s = ctx.styles
    pairs: list[tuple[str, Cell]] = [
        ("Kind", cell(KIND_NAMES.get(ev.kind, ev.kind), s.cell)),
        ("SHA-256", cell(ev.sha256, s.cell)),
        ("Size", cell(size(ev.size), s.cell)),
        ("Media type", cell(ev.media_type, s.cell)),
        (
            "Withheld",
            cell(
                f"Flagged as {withheld_reason(ev)}: its picture, description, transcript and metadata "
                "are left out of this report. The original is listed in the integrity manifest and can be "
                "verified by its SHA-256.",
                s.cell,
            ),
        ),
    ]
    out: list[Flowable] = [outlined(heading, title, 1), facts(s, pairs, LABEL_WIDTH, FRAME_WIDTH)]
    out += _checks(ctx, checks, with_notes=False)
    out.append(Spacer(1, 4 * mm))
    return out


def _picture(ctx: ReportContext, ev: EvidenceView) -> Flowable:
    s = ctx.styles
    blur = ctx.options.blurred(ev)
    image = thumbnail(ctx.svc, ev, PICTURE_BOX, PICTURE_BOX, blur=blur)
    if image is None:
        return grid(s, [PICTURE_BOX], [[cell("No preview", s.small)]], look=s.facts)
    if not blur:
        return image
    return Stack([image, TextBlock(f"Blurred: flagged as {withheld_reason(ev)}", s.small)])


def _facts(ctx: ReportContext, ev: EvidenceView) -> list[tuple[str, Cell]]:
    s = ctx.styles
    pairs: list[tuple[str, Cell]] = [
        ("Kind", cell(KIND_NAMES.get(ev.kind, ev.kind), s.cell)),
        ("Original name", cell(ev.original_name, s.cell)),
        ("SHA-256", cell(ev.sha256, s.cell)),
        ("Size", cell(size(ev.size), s.cell)),
        ("Media type", cell(ev.media_type, s.cell)),
    ]
    dims = []
    if ev.width and ev.height:
        dims.append(f"{ev.width} × {ev.height} px")
    if ev.duration_s is not None:
        dims.append(seconds(ev.duration_s))
    if dims:
        pairs.append(("Dimensions" if ev.width else "Duration", cell(", ".join(dims), s.cell)))
    pairs.append(("Captured", cell(when(ev.captured_at), s.cell)))
    if ev.gps is not None:
        gps = f"{coordinate(ev.gps.lat, 'N', 'S')}, {coordinate(ev.gps.lon, 'E', 'W')}"
        if ev.gps.alt is not None:
            gps += f", altitude {ev.gps.alt:.1f} m"
        pairs.append(("GPS", cell(gps, s.cell)))
    if ev.camera:
        pairs.append(("Camera", cell(ev.camera, s.cell)))
    if ev.parent is not None:
        parent = ctx.reader.evidence_row(ev.parent.evidence_id)
        name = f"{ctx.label(parent.id)} {ctx.name(parent)}" if parent else "an item not in this case"
        provenance = [
            Block(f"Still taken from {name} at {seconds(ev.parent.offset_s)}.", s.cell),
            Block(f"Parent SHA-256: {ev.parent.sha256}", s.cell_small),
        ]
        pairs.append(("Provenance", provenance))
    if ev.source_id:
        source = next((src for src in ctx.case.sources if src.id == ev.source_id), None)
        if source is not None:
            pairs.append(("Source", cell(f"{source.name} ({source.reliability})", s.cell)))
    if ev.acquired_at is not None:
        pairs.append(("Acquired", cell(when(ev.acquired_at), s.cell)))
    pairs.append(("Added", cell(when(ev.added_at), s.cell)))
    if ev.tags:
        pairs.append(("Tags", cell(", ".join(ev.tags), s.cell)))
    flags = [name for flag, name in ((ev.graphic, "graphic"), (ev.personal_data, "personal data")) if flag]
    if flags:
        pairs.append(("Flagged", cell(", ".join(flags), s.cell)))
    if ev.decode_status != "ok":
        pairs.append(("Decoding", cell(ev.decode_status, s.cell_bold)))
    return pairs


def _checks(ctx: ReportContext, items: list[CheckView], *, with_notes: bool) -> list[Flowable]:
    s = ctx.styles
    if not items:
        return []
    out: list[Flowable] = [TextBlock(f"Checks: {ChecklistProgress.of(items).summary()}", s.caption)]
    listed = [i for i in items if i.state != "pending" or (with_notes and i.note)]
    pending = [i.title for i in items if i not in listed]
    if listed:
        rows: list[list[Any]] = [
            [
                cell(i.title, s.cell),
                cell(i.state.replace("_", " "), s.state(i.state)),
                cell(i.note if with_notes else "", s.cell_small),
            ]
            for i in listed
        ]
        out.append(grid(s, [50 * mm, 22 * mm, FRAME_WIDTH - 72 * mm], rows))
    if pending:
        out.append(TextBlock("Pending: " + ", ".join(pending), s.cell_small))
    return out
