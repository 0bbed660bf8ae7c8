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

from casedesk.core.views import PROOFMODE_BUNDLE, WEB_ARCHIVE, ChecklistProgress, CheckView, EvidenceView
from casedesk.i18n.recorded import translate_recorded
from casedesk.report.annotation_block import annotation_flowables
from casedesk.report.blocks import Block, Cell, Grid, Placed, Stack, TextBlock
from casedesk.report.context import ReportContext, withheld_reason
from casedesk.report.derived_blocks import derived_flowables
from casedesk.report.document import Deferred, Stream, outlined
from casedesk.report.images import thumbnail, waveform
from casedesk.report.layout import (
    cell,
    facts,
    grid,
    latitude,
    longitude,
    seconds,
    section_heading,
    size,
    when,
)
from casedesk.report.provenance_block import provenance_flowables
from casedesk.report.styles import FRAME_HEIGHT, FRAME_WIDTH
from casedesk.report.words import decode_status, kind_name, progress, section_title, state_name

PICTURE_BOX = 44 * mm
GAP = 4 * mm
FACTS_WIDTH = FRAME_WIDTH - PICTURE_BOX - GAP
LABEL_WIDTH = 26 * mm


def catalogue(ctx: ReportContext) -> list[Flowable]:
    """The section heading, then the items' entries, each read and made when the layout reaches it."""
    count = ctx.case.evidence_count
    title = section_title(ctx.lang, "evidence")
    out = section_heading(ctx.styles, title)
    out[-1] = outlined(out[-1], title, 0, closed=count > 20)
    out.append(
        TextBlock(
            ctx.trn(
                "%n items, in the order they were added. Pictures are the thumbnails made at "
                "ingest (orientation applied); the originals are unchanged and listed in the appendix.",
                count,
            ),
            ctx.styles.small,
        )
    )
    if not count:
        out.append(TextBlock(ctx.tr("No evidence recorded."), ctx.styles.body))
    out.append(Stream(_entries(ctx)))
    return out


def _entries(ctx: ReportContext) -> Iterator[Deferred]:
    for ev, checks in ctx.evidence():
        yield Deferred(f"{ctx.label(ev.id)} {ctx.name(ev)}", partial(entry, ctx, ev, checks))


class EvidenceCard(Placed):
    """An item's title, picture and facts, kept together on one page (split only if taller than one).

    Right to left (``rtl``), the picture is on the right and the facts on its left.
    """

    def __init__(self, title: TextBlock, picture: Flowable, facts: Grid, *, rtl: bool = False) -> None:
        super().__init__()
        self.title, self.picture, self.facts = title, picture, facts
        self.rtl = rtl
        self._sizes: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, title_h = self.title.wrap(availWidth, availHeight)
        picture_w, picture_h = self.picture.wrap(PICTURE_BOX, availHeight)
        _, facts_h = self.facts.wrap(FACTS_WIDTH, availHeight)
        self._sizes = (title_h, picture_w, picture_h, facts_h)
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
        title_h, picture_w, picture_h, facts_h = self._sizes
        top = self.height
        self.title.drawOn(self.canv, 0, top - title_h)
        top -= title_h + self.title.getSpaceAfter()
        if self.rtl:
            self.picture.drawOn(self.canv, self.width - picture_w, top - picture_h)
            self.facts.drawOn(self.canv, self.width - PICTURE_BOX - GAP - FACTS_WIDTH, top - facts_h)
        else:
            self.picture.drawOn(self.canv, 0, top - picture_h)
            self.facts.drawOn(self.canv, PICTURE_BOX + GAP, top - facts_h)


def entry(ctx: ReportContext, ev: EvidenceView, checks: list[CheckView]) -> list[Flowable]:
    s = ctx.styles
    title = ctx.tr("{0} · {1}", "an evidence item's label and name").format(ctx.label(ev.id), ctx.name(ev))
    heading = TextBlock(title, s.h2)
    if ctx.options.withheld(ev):
        return _withheld(ctx, ev, checks, heading, title)

    card = EvidenceCard(
        heading, _picture(ctx, ev), facts(s, _facts(ctx, ev), LABEL_WIDTH, FACTS_WIDTH), rtl=ctx.rtl
    )
    out: list[Flowable] = [outlined(card, title, 1)]
    if ev.warnings:
        out.append(TextBlock(ctx.tr("Decode warnings"), s.caption))
        bullet = ctx.tr("• {0}", "an item of a list")
        # Recorded in English, the record's language; said in the report's (casedesk.i18n.recorded).
        said = [translate_recorded(w, ctx.lang.code) if ctx.lang.code != "en" else w for w in ev.warnings]
        out.extend(TextBlock(bullet.format(warning), s.cell_small) for warning in said)
    out += provenance_flowables(ctx, ev)
    if ev.description:
        out.append(TextBlock(ctx.tr("Description"), s.caption))
        out.append(TextBlock(ev.description, s.body))
    if ev.kind == "audio":
        wave = waveform(ctx.svc, ev, FRAME_WIDTH, 22 * mm)
        if wave is not None:
            wave.hAlign = "RIGHT" if ctx.rtl else "LEFT"
            out += [TextBlock(ctx.tr("Waveform"), s.caption), wave]
    if ev.transcript:
        out.append(TextBlock(ctx.tr("Transcript"), s.caption))
        out.append(TextBlock(ev.transcript, s.body))
    out += derived_flowables(ctx, ev)  # text in the picture, machine transcript, forensics findings
    out += _checks(ctx, checks, with_notes=True)
    out += annotation_flowables(ctx, ev)  # the chronolocation drawn over the still (annotations)
    out.append(Spacer(1, 4 * mm))
    return out


def _withheld(
    ctx: ReportContext, ev: EvidenceView, checks: list[CheckView], heading: TextBlock, title: str
) -> list[Flowable]:
    s, lang = ctx.styles, ctx.lang
    pairs: list[tuple[str, Cell]] = [
        (ctx.tr("Kind"), cell(kind_name(lang, ev.kind), s.cell)),
        (ctx.tr("SHA-256"), cell(ev.sha256, s.cell)),
        (ctx.tr("Size"), cell(size(ev.size, lang), s.cell)),
        (ctx.tr("Media type"), cell(ev.media_type, s.cell)),
        (
            ctx.tr("Withheld"),
            cell(
                ctx.tr(
                    "Flagged as {0}: its picture, description, transcript and metadata are left out of this "
                    "report. The original is listed in the integrity manifest and can be verified by its "
                    "SHA-256."
                ).format(ctx.withheld[ev.id]),
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
        return grid(s, [PICTURE_BOX], [[cell(ctx.tr("No preview"), s.small)]], look=s.facts)
    if not blur:
        return image
    reason = withheld_reason(ev, ctx.lang)
    caption = TextBlock(ctx.tr("Blurred: flagged as {0}").format(reason), s.small)
    return Stack([image, caption], rtl=ctx.rtl)


def _facts(ctx: ReportContext, ev: EvidenceView) -> list[tuple[str, Cell]]:
    s, lang = ctx.styles, ctx.lang
    pairs: list[tuple[str, Cell]] = [
        (ctx.tr("Kind"), cell(kind_name(lang, ev.kind), s.cell)),
        (ctx.tr("Original name"), cell(ev.original_name, s.cell)),
        (ctx.tr("SHA-256"), cell(ev.sha256, s.cell)),
        (ctx.tr("Size"), cell(size(ev.size, lang), s.cell)),
        (ctx.tr("Media type"), cell(ev.media_type, s.cell)),
    ]
    dims = []
    if ev.width and ev.height:
        dims.append(ctx.tr("{0} × {1} px").format(ev.width, ev.height))
    if ev.duration_s is not None:
        dims.append(seconds(ev.duration_s, lang))
    if dims:
        label = ctx.tr("Dimensions") if ev.width else ctx.tr("Duration")
        pairs.append((label, cell(ctx.tr(", ").join(dims), s.cell)))
    pairs.append((ctx.tr("Captured"), cell(when(ev.captured_at, lang), s.cell)))
    if ev.gps is not None:
        gps = ctx.tr("{0}, {1}", "latitude, longitude").format(
            latitude(ev.gps.lat, lang), longitude(ev.gps.lon, lang)
        )
        if ev.gps.alt is not None:
            gps = ctx.tr("{0}, altitude {1} m").format(gps, lang.decimal(ev.gps.alt, 1))
        pairs.append((ctx.tr("GPS"), cell(gps, s.cell)))
    if ev.camera:
        pairs.append((ctx.tr("Camera"), cell(ev.camera, s.cell)))
    if ev.parent is not None:
        parent = ctx.reader.evidence_row(ev.parent.evidence_id)
        if parent:
            name = ctx.tr("{0} {1}", "an evidence item's label and name, in a sentence").format(
                ctx.label(parent.id), ctx.name(parent)
            )
        else:
            name = ctx.tr("an item not in this case")
        pairs.append((ctx.tr("Provenance"), _origin(ctx, ev, name)))
    if ev.source_id:
        source = next((src for src in ctx.case.sources if src.id == ev.source_id), None)
        if source is not None:
            named = ctx.tr("{0} ({1})", "a name and its grade or stance").format(
                source.name, source.reliability
            )
            pairs.append((ctx.tr("Source"), cell(named, s.cell)))
    if ev.acquired_at is not None:
        pairs.append((ctx.tr("Acquired"), cell(when(ev.acquired_at, lang), s.cell)))
    pairs.append((ctx.tr("Added"), cell(when(ev.added_at, lang), s.cell)))
    if ev.tags:
        pairs.append((ctx.tr("Tags"), cell(ctx.tr(", ").join(ev.tags), s.cell)))
    flags = []
    if ev.graphic:
        flags.append(ctx.tr("graphic", "evidence flag"))
    if ev.personal_data:
        flags.append(ctx.tr("personal data", "evidence flag"))
    if flags:
        pairs.append((ctx.tr("Flagged"), cell(ctx.tr(", ").join(flags), s.cell)))
    if ev.decode_status != "ok":
        pairs.append((ctx.tr("Decoding"), cell(decode_status(lang, ev.decode_status), s.cell_bold)))
    return pairs


def _checks(ctx: ReportContext, items: list[CheckView], *, with_notes: bool) -> list[Flowable]:
    s, lang = ctx.styles, ctx.lang
    if not items:
        return []
    out: list[Flowable] = [
        TextBlock(ctx.tr("Checks: {0}").format(progress(lang, ChecklistProgress.of(items))), s.caption)
    ]
    listed = [i for i in items if i.state != "pending" or (with_notes and i.note)]
    pending = [ctx.check_words(i).title for i in items if i not in listed]
    if listed:
        rows: list[list[Any]] = [
            [
                cell(ctx.check_words(i).title, s.cell),
                cell(state_name(lang, i.state), s.state(i.state)),
                cell(i.note if with_notes else "", s.cell_small),
            ]
            for i in listed
        ]
        out.append(grid(s, [50 * mm, 22 * mm, FRAME_WIDTH - 72 * mm], rows))
    if pending:
        out.append(TextBlock(ctx.tr("Pending: {0}").format(ctx.tr(", ").join(pending)), s.cell_small))
    return out


def _origin(ctx: ReportContext, ev: EvidenceView, name: str) -> list[Flowable]:
    """Where an item came from: the footage a still was taken from, or the web archive or ProofMode
    bundle that held it, with where in it. Each recorded value (an address, a date, a record id) is
    a line of its own under its name: a value ending in "/" or ">" beside Arabic words would have
    that character drawn at the wrong end (bidi rules N1-N2)."""
    s, lang = ctx.styles, ctx.lang
    assert ev.parent is not None
    wacz, proof = ev.held_in(WEB_ARCHIVE), ev.held_in(PROOFMODE_BUNDLE)
    where: list[tuple[str, object]] = []
    if ev.parent.offset_s is not None:
        said = ctx.tr("Still taken from {0} at {1}.").format(name, seconds(ev.parent.offset_s, lang))
        sha = ctx.tr("Parent SHA-256: {0}").format(ev.parent.sha256)
    elif wacz is not None:
        said = ctx.tr("Taken from the web archive {0}.").format(name)
        sha = ctx.tr("Web archive SHA-256: {0}").format(ev.parent.sha256)
        where = [
            (ctx.tr("Address captured"), wacz.get("warc_target_uri")),
            #: When the crawler fetched the resource, as its WARC record says (WARC-Date).
            (ctx.tr("Fetched (WARC-Date)"), wacz.get("warc_date")),
            (ctx.tr("WARC record"), wacz.get("warc_record_id")),
        ]
    elif proof is not None:
        said = ctx.tr("Taken from the ProofMode bundle {0}.").format(name)
        sha = ctx.tr("Bundle SHA-256: {0}").format(ev.parent.sha256)
        where = [(ctx.tr("Entry in the bundle"), proof.get("entry"))]
    else:
        said = ctx.tr("Taken from {0}.").format(name)
        sha = ctx.tr("Parent SHA-256: {0}").format(ev.parent.sha256)
    lines = [Block(said, s.cell)]
    for label, value in where:
        if value:
            lines += [Block(label, s.cell_muted), Block(str(value), s.cell_small)]
    return [*lines, Block(sha, s.cell_small)]
