"""An evidence entry's chronolocation drawing: the still with the shadow drawn over it, and its numbers.

The drawing is an annotation kept beside the original (see casedesk.core.service.annotations).
What is drawn is what the covered custody log says: every ``annotation_add`` and ``annotation_edit``
entry carries the whole drawing, so the report as of an entry draws the annotation as that entry
left it (removed ones are not drawn), from one query over the covered log for the whole case. The
picture is the preview made at ingest (upright, orientation applied; the thumbnail if there is no
preview), never the original, blurred as the item's thumbnail is when the options blur it; the
lines are vector graphics over it, scaled from the picture's pixels.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from casedesk.chrono import KIND, ShadowFigure, figure_of
from casedesk.chrono.drawing import Point
from casedesk.core.service import CaseReader
from casedesk.core.views import EvidenceView
from casedesk.report.blocks import TextBlock
from casedesk.report.context import ReportContext
from casedesk.report.images import Picture, _blurred, _StablePath
from casedesk.report.layout import cell, facts
from casedesk.report.styles import FRAME_WIDTH
from casedesk.report.writer import num, rgb

ADD, EDIT, REMOVE, RESTORE = "annotation_add", "annotation_edit", "annotation_remove", "annotation_restore"
ACTIONS = (ADD, EDIT, REMOVE, RESTORE)
FIGURE_WIDTH = 120 * mm
FIGURE_HEIGHT = 95 * mm
LABEL_WIDTH = 34 * mm

OBJECT = colors.HexColor("#f2c200")  # the vertical object, base to top
SHADOW = colors.HexColor("#e0301e")  # its shadow, base to tip
REFERENCE = colors.HexColor("#1fa8e0")  # the reference direction
HALO = colors.HexColor("#000000")


@dataclass(frozen=True, slots=True)
class LoggedAnnotation:
    """An annotation as the covered log last left it."""

    seq: int
    evidence_id: str
    kind: str
    body: Mapping[str, Any]
    width: int
    height: int
    removed: bool = False


def logged_annotations(reader: CaseReader) -> dict[str, list[LoggedAnnotation]]:
    """evidence id -> its annotations in force as of the reader's covered entry, oldest first."""
    found: dict[str, LoggedAnnotation] = {}
    for entry in reader.custody_selected(ACTIONS):
        details, known = entry.details, found.get(entry.object_id)
        if entry.action in (ADD, EDIT) and isinstance(details.get("body"), dict):
            found[entry.object_id] = LoggedAnnotation(
                entry.seq if known is None else known.seq,
                str(details.get("evidence_id", "")),
                str(details.get("annotation_kind", "")),
                details["body"],
                _whole(details.get("width")),
                _whole(details.get("height")),
                known.removed if known is not None else False,
            )
        elif known is not None and entry.action in (REMOVE, RESTORE):
            found[entry.object_id] = LoggedAnnotation(
                known.seq,
                known.evidence_id,
                known.kind,
                known.body,
                known.width,
                known.height,
                entry.action == REMOVE,
            )
    by_item: dict[str, list[LoggedAnnotation]] = {}
    for mark in sorted(found.values(), key=lambda a: a.seq):
        if not mark.removed:
            by_item.setdefault(mark.evidence_id, []).append(mark)
    return by_item


def _whole(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


_LOGGED: WeakKeyDictionary[CaseReader, dict[str, list[LoggedAnnotation]]] = WeakKeyDictionary()


def _item_annotations(ctx: ReportContext, evidence_id: str) -> list[LoggedAnnotation]:
    logged = _LOGGED.get(ctx.reader)
    if logged is None:
        logged = _LOGGED[ctx.reader] = logged_annotations(ctx.reader)
    return logged.get(evidence_id, [])


# -- the figure ----------------------------------------------------------------------------------


class ShadowPicture(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The still, scaled into the box, with the object, its shadow and the reference drawn over it."""

    def __init__(self, picture: Picture, figure: ShadowFigure, width: float, height: float) -> None:
        super().__init__()
        self.picture = picture
        self.figure = figure
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _at(self, p: Point) -> tuple[float, float]:
        fig = self.figure
        return (
            round(p.x / fig.width * self.width, 2),
            round(self.height - p.y / fig.height * self.height, 2),
        )

    def draw(self) -> None:
        canv: Canvas = self.canv
        self.picture.drawOn(canv, 0, 0)
        d = self.figure.drawing
        segments = (
            (d.reference_from, d.reference_to, REFERENCE, "[4 2] 0 d"),
            (d.base, d.top, OBJECT, "[] 0 d"),
            (d.base, d.tip, SHADOW, "[] 0 d"),
        )
        canv.saveState()
        for start, end, colour, dash in segments:
            (x0, y0), (x1, y1) = self._at(start), self._at(end)
            line = f"{num(x0)} {num(y0)} m {num(x1)} {num(y1)} l"
            canv.addLiteral(f"[] 0 d {rgb(HALO, 'RG')} 3.2 w 1 J {line} S")
            canv.addLiteral(f"{dash} {rgb(colour, 'RG')} 1.6 w {line} S")
        canv.addLiteral("[] 0 d")
        for point, colour in (
            (d.top, OBJECT),
            (d.tip, SHADOW),
            (d.reference_to, REFERENCE),
            (d.base, OBJECT),
        ):
            x, y = self._at(point)
            canv.addLiteral(
                f"{rgb(colour, 'rg')} {rgb(HALO, 'RG')} 0.8 w {num(x - 2.2)} {num(y - 2.2)} 4.4 4.4 re B"
            )
        canv.restoreState()
        canv.addLiteral(f"{rgb(HALO, 'RG')} 0.6 w 0 0 {num(self.width)} {num(self.height)} re S")


def _still(ctx: ReportContext, ev: EvidenceView, box_w: float, box_h: float) -> Picture | None:
    """The item's preview (or thumbnail) as a picture fitted into the box; None when none was made."""
    path = ctx.svc.derived_path(ev.sha256, "preview") or ctx.svc.derived_path(ev.sha256, "thumb")
    if path is None:
        return None
    blur = ctx.options.blurred(ev)
    try:
        with PILImage.open(path) as im:
            size = im.size
            data = _blurred(im) if blur else None
    except OSError:
        return None
    scale = min(box_w / size[0], box_h / size[1])
    source = io.BytesIO(data) if data is not None else _StablePath(path, f"{ev.sha256}/{path.name}")
    return Picture(source, width=size[0] * scale, height=size[1] * scale)


def annotation_flowables(ctx: ReportContext, ev: EvidenceView) -> list[Flowable]:
    """The item's shadow drawings over its still, each with the bearing, ratio and windows it gave."""
    if ctx.options.withheld(ev):
        return []
    out: list[Flowable] = []
    for mark in _item_annotations(ctx, ev.id):
        figure = figure_of(dict(mark.body), mark.width, mark.height) if mark.kind == KIND else None
        if figure is None or not figure.width or not figure.height:
            continue
        picture = _still(ctx, ev, min(FIGURE_WIDTH, FRAME_WIDTH), FIGURE_HEIGHT)
        out.append(CondPageBreak(FIGURE_HEIGHT + 40 * mm))
        out.append(
            TextBlock(
                ctx.tr("Chronolocation drawing (custody entry {0})").format(mark.seq), ctx.styles.caption
            )
        )
        if picture is not None:
            shown = ShadowPicture(picture, figure, picture.drawWidth, picture.drawHeight)
            shown.hAlign = "RIGHT" if ctx.rtl else "LEFT"
            out.append(shown)
            out.append(Spacer(1, 1.5 * mm))
        else:
            out.append(TextBlock(ctx.tr("No preview"), ctx.styles.small))
        out.append(TextBlock(_legend(ctx), ctx.styles.small))
        out.append(facts(ctx.styles, _numbers(ctx, figure), LABEL_WIDTH, FRAME_WIDTH))
    return out


def _legend(ctx: ReportContext) -> str:
    return ctx.tr(
        "Drawn over the preview made at ingest, never on the original: yellow, the vertical object from "
        "its base to its top; red, its shadow from the base to the tip; blue dashes, the reference "
        "direction, from its first point to its second."
    )


def _numbers(ctx: ReportContext, figure: ShadowFigure) -> list[tuple[str, Any]]:
    s, lang = ctx.styles, ctx.lang
    degrees = ctx.tr("{0}°", "an angle in degrees")
    pairs: list[tuple[str, Any]] = []
    if figure.shadow_bearing is not None:
        pairs.append(
            (ctx.tr("Shadow bearing"), cell(degrees.format(lang.decimal(figure.shadow_bearing, 1)), s.cell))
        )
    pairs.append(
        (
            ctx.tr("Reference bearing"),
            cell(degrees.format(lang.decimal(figure.drawing.reference_bearing, 1)), s.cell),
        )
    )
    if figure.shadow_ratio is not None:
        pairs.append((ctx.tr("Length ratio (as drawn)"), cell(lang.decimal(figure.shadow_ratio, 2), s.cell)))
    if figure.place:
        pairs.append((ctx.tr("Place searched"), cell(figure.place, s.cell)))
    # Translations keep {0} first: an ISO date after Arabic letters would read 14-03-2025 (its digits
    # become Arabic numbers, rule W2 of the bidi algorithm, and a hyphen does not join those).
    windows = [
        ctx.tr("{0} to {1} UTC", "a time window").format(_utc(a), _utc(b)[11:]) for a, b in figure.windows
    ]
    pairs.append(
        (
            ctx.tr("Matching times"),
            cell("\n".join(windows) if windows else ctx.tr("None within the tolerance"), s.cell),
        )
    )
    return pairs


def _utc(iso: str) -> str:
    """ "2025-03-14T09:41:00Z" as "2025-03-14 09:41:00" (the windows are recorded in UTC)."""
    return iso.replace("T", " ").removesuffix("Z")
