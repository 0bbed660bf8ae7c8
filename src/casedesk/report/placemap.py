"""The Places section's map: the case's places and GPS evidence on Natural Earth borders, as vector graphics.

A reader of the report sees where the places are against each other and the borders without any
other tool, and the page is as reproducible as the rest of the report: every coordinate is written
with a fixed number of decimals from the shipped Natural Earth file (casedesk.basemap), never from
the network or the clock. The view is Web Mercator (north up, as on the Map tab), fitted to the
places, their precision circles and the GPS positions with a margin; the scale bar holds at the
map's centre latitude (Mercator stretches away from it, by under 1% across a few degrees). Cases
spanning the antimeridian are drawn the long way round.

Places carry the numbers of the Places table; squares are evidence items whose files record a GPS
position, except items the export options withhold (their position is withheld with them).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from casedesk.basemap import world_atlas
from casedesk.basemap.country_names import names_in_view
from casedesk.basemap.mercator import (
    EARTH_CIRCUMFERENCE_M,
    clamp_latitude,
    from_world,
    metres_to_world,
    to_world,
)
from casedesk.report.blocks import Block, TextBlock, TextStyle, draw_line, set_lines
from casedesk.report.context import ReportContext
from casedesk.report.placemap_content import MapContent, MapPlace, MapPoint, map_content, numbered_places
from casedesk.report.writer import num, rgb

MIN_SPAN_M = 60_000.0  # a single place is shown with about this much country around it
MARGIN = 0.12  # of the content's span, on each side (labels and circles need room)
MAP_HEIGHT = 105 * mm

SEA = colors.HexColor("#dde8f0")
LAND = colors.HexColor("#f5f1e6")
COAST = colors.HexColor("#6f8ba3")
BORDER = colors.HexColor("#8c8f94")
FRAME = colors.HexColor("#5b6470")
PLACE = colors.HexColor("#a00000")
CIRCLE = colors.HexColor("#c0392b")
EVIDENCE = colors.HexColor("#1f5fa8")
WHITE = colors.white
INK = colors.HexColor("#1b1f24")
COUNTRY = colors.HexColor("#7a6e60")


# -- the view --------------------------------------------------------------------------------------


class View(NamedTuple):
    """A rectangle of the Web Mercator world (fractions; y from the north) drawn width x height points."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    height: float

    def page(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = to_world(lon, lat)
        return self.page_of_world(x, y)

    def page_of_world(self, x: float, y: float) -> tuple[float, float]:
        return (
            (x - self.x0) / (self.x1 - self.x0) * self.width,
            (self.y1 - y) / (self.y1 - self.y0) * self.height,
        )

    def points_per_world(self) -> float:
        return self.width / (self.x1 - self.x0)

    def lonlat_box(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees."""
        west, north = from_world(self.x0, self.y0)
        east, south = from_world(self.x1, self.y1)
        return west, south, east, north

    def centre_latitude(self) -> float:
        return from_world((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)[1]


def fit_view(content: MapContent, width: float, height: float) -> View:
    """The view holding every place (with its circle) and GPS position, with a margin, at the aspect."""
    boxes: list[tuple[float, float, float]] = []  # world x, y and a radius around them
    for place in content.places:
        x, y = to_world(place.lon, place.lat)
        boxes.append((x, y, metres_to_world(place.radius_m or 0.0, place.lat)))
    for point in content.evidence:
        x, y = to_world(point.lon, point.lat)
        boxes.append((x, y, 0.0))
    x0 = min(x - r for x, _, r in boxes)
    x1 = max(x + r for x, _, r in boxes)
    y0 = min(y - r for _, y, r in boxes)
    y1 = max(y + r for _, y, r in boxes)
    lat = from_world((x0 + x1) / 2, (y0 + y1) / 2)[1]
    span = max(x1 - x0, y1 - y0, metres_to_world(MIN_SPAN_M, lat))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w = max(x1 - x0, span * 0.5) / 2 * (1 + 2 * MARGIN)
    half_h = max(y1 - y0, span * 0.5) / 2 * (1 + 2 * MARGIN)
    aspect = width / height
    if half_w / half_h < aspect:
        half_w = half_h * aspect
    else:
        half_h = half_w / aspect
    half_h = min(half_h, 0.5)
    cy = min(max(cy, half_h), 1.0 - half_h)
    return View(cx - half_w, cy - half_h, cx + half_w, cy + half_h, width, height)


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above ``metres`` (a scale bar's length)."""
    power = 10.0 ** math.floor(math.log10(metres))
    return max(step * power for step in (1.0, 2.0, 5.0) if step * power <= metres)


# -- drawing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapWords:
    """The map's own words, in the report's language."""

    attribution: str
    north: str
    kilometres: str  # "{0} km"
    metres: str  # "{0} m"
    decimal_mark: str


@dataclass(frozen=True)
class MapLook:
    label: TextStyle  # place numbers
    small: TextStyle  # attribution, scale, north
    rtl: bool
    country: TextStyle | None = None  # country names (None: none written)
    language: str = "en"  # of the country names (CLDR's, see casedesk.basemap.country_names)


def _path(points: Iterable[tuple[float, float]], close: bool) -> str:
    """PDF path operators for a polyline, at 0.01 pt, without the points that rounding merges."""
    ops: list[str] = []
    last: tuple[float, float] | None = None
    for x, y in points:
        here = (round(x, 2), round(y, 2))
        if here == last:
            continue
        ops.append(f"{num(here[0])} {num(here[1])} {'l' if ops else 'm'}")
        last = here
    if len(ops) < 2:
        return ""
    if close:
        ops.append("h")
    return " ".join(ops)


def _overlaps(
    box: tuple[float, float, float, float], west: float, south: float, east: float, north: float
) -> bool:
    return box[0] <= east and box[2] >= west and box[1] <= north and box[3] >= south


def _bbox(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


class PlaceMap(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The map, as wide as the frame: basemap, precision circles, GPS squares, numbered places."""

    def __init__(self, content: MapContent, words: MapWords, look: MapLook, height: float = MAP_HEIGHT):
        super().__init__()
        self.content = content
        self.words = words
        self.look = look
        self.height = height
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        view = fit_view(self.content, self.width, self.height)
        canv.saveState()
        clip = canv.beginPath()
        clip.rect(0, 0, view.width, view.height)
        canv.clipPath(clip, stroke=0, fill=0)
        canv.addLiteral(f"{rgb(SEA, 'rg')} 0 0 {num(view.width)} {num(view.height)} re f")
        self._basemap(canv, view)
        self._country_names(canv, view)
        self._circles(canv, view)
        placed = self._places(canv, view)
        self._evidence(canv, view)  # over the place markers: a photo taken at a place stays visible
        self._labels(canv, view, placed)
        self._scale_bar(canv, view)
        self._north(canv, view)
        self._attribution(canv, view)
        canv.restoreState()
        canv.addLiteral(f"{rgb(FRAME, 'RG')} 0.8 w 0 0 {num(view.width)} {num(view.height)} re S")

    # -- layers ----------------------------------------------------------------------------------

    def _basemap(self, canv: Canvas, view: View) -> None:
        atlas = world_atlas()
        west, south, east, north = view.lonlat_box()
        fills: list[str] = []
        for country in atlas.countries:
            for polygon in country.polygons:
                if not _overlaps(_bbox(polygon[0]), west, south, east, north):
                    continue
                for ring in polygon:
                    if path := _path((view.page(lon, lat) for lon, lat in ring), close=True):
                        fills.append(path)
        if fills:
            canv.addLiteral(f"{rgb(LAND, 'rg')} " + " ".join(fills) + " f*")
        for lines, colour, width, dash in (
            (atlas.coastlines, COAST, 0.7, "[] 0 d"),
            (atlas.borders, BORDER, 0.8, "[3 1.6] 0 d"),
        ):
            strokes = [
                path
                for line in lines
                if _overlaps(_bbox(line), west, south, east, north)
                and (path := _path((view.page(lon, lat) for lon, lat in line), close=False))
            ]
            if strokes:
                canv.addLiteral(f"{rgb(colour, 'RG')} {num(width)} w {dash} 1 j " + " ".join(strokes) + " S")
        canv.addLiteral("[] 0 d")

    def _country_names(self, canv: Canvas, view: View) -> None:
        """Each country's name inside its part of the view, where it fits, clear of the markers."""
        style = self.look.country
        if style is None:
            return
        points: list[MapPlace | MapPoint] = [*self.content.places, *self.content.evidence]
        marks = [view.page(p.lon, p.lat) for p in points]
        found = names_in_view(
            world_atlas().countries,
            self.look.language,
            view.page,
            (0.0, 0.0, view.width, view.height),
            lambda name: (text_width(name, style), style.size),
            [(x - 10, y - 8, x + 22, y + 16) for x, y in marks],  # a marker and its number
        )
        for name, where in found:
            draw_line(
                canv, name, where.x, where.y - style.size * 0.35, style, width=view.width, align="center"
            )

    def _circles(self, canv: Canvas, view: View) -> None:
        scale = view.points_per_world()
        for place in self.content.places:
            if place.radius_m is None:
                continue
            x, y = view.page(place.lon, place.lat)
            radius = metres_to_world(place.radius_m, place.lat) * scale
            if radius < 1.0:  # "exact": the marker says it
                continue
            canv.setFillColor(CIRCLE, alpha=0.12)
            canv.setStrokeColor(CIRCLE, alpha=0.7)
            canv.setLineWidth(0.6)
            canv.circle(round(x, 2), round(y, 2), round(radius, 2), stroke=1, fill=1)
        canv.setFillAlpha(1)
        canv.setStrokeAlpha(1)

    def _evidence(self, canv: Canvas, view: View) -> None:
        side = 4.0
        squares = []
        for point in sorted(set(self.content.evidence), key=lambda p: (p.lat, p.lon)):
            x, y = view.page(point.lon, point.lat)
            squares.append(
                f"{num(round(x - side / 2, 2))} {num(round(y - side / 2, 2))} {num(side)} {num(side)} re"
            )
        if squares:
            ops = " ".join(squares)
            canv.addLiteral(f"{rgb(EVIDENCE, 'rg')} {rgb(WHITE, 'RG')} 0.5 w {ops} B")

    def _places(self, canv: Canvas, view: View) -> list[tuple[MapPlace, float, float]]:
        placed = []
        for place in self.content.places:
            x, y = view.page(place.lon, place.lat)
            placed.append((place, x, y))
            canv.addLiteral(
                f"{rgb(WHITE, 'rg')} {rgb(PLACE, 'RG')} 1.4 w {_circle_ops(round(x, 2), round(y, 2), 4.6)} B"
            )
        return placed

    def _labels(self, canv: Canvas, view: View, placed: list[tuple[MapPlace, float, float]]) -> None:
        """Each place's number in a box beside it, on the first side where it overprints nothing."""
        style = self.look.label
        taken = [(x - 5.0, y - 5.0, x + 5.0, y + 5.0) for _, x, y in placed]
        for place, x, y in placed:
            text = str(place.number)
            w = len(text) * style.size * 0.6 + 4.0
            h = style.size + 3.0
            box = None
            for dx, dy in ((6.0, 3.0), (-6.0 - w, 3.0), (6.0, -3.0 - h), (-6.0 - w, -3.0 - h)):
                trial = (x + dx, y + dy, x + dx + w, y + dy + h)
                inside = (
                    trial[0] >= 1
                    and trial[1] >= 1
                    and trial[2] <= view.width - 1
                    and trial[3] <= view.height - 1
                )
                if inside and not any(_boxes_meet(trial, other) for other in taken):
                    box = trial
                    break
            if box is None:
                box = (x + 5.0, y + 3.0, x + 5.0 + w, y + 3.0 + h)
            taken.append(box)
            left, bottom, right, top = (round(v, 2) for v in box)
            canv.addLiteral(
                f"{rgb(WHITE, 'rg')} {rgb(PLACE, 'RG')} 0.7 w {num(left)} {num(bottom)} "
                f"{num(round(right - left, 2))} {num(round(top - bottom, 2))} re B"
            )
            draw_line(canv, text, (left + right) / 2, bottom + 2.2, style, width=w, align="center")

    def _scale_bar(self, canv: Canvas, view: View) -> None:
        metres_per_point = EARTH_CIRCUMFERENCE_M * math.cos(
            math.radians(clamp_latitude(view.centre_latitude()))
        )
        metres_per_point /= view.points_per_world()
        length_m = nice_length(view.width * 0.22 * metres_per_point)
        length = length_m / metres_per_point
        left = view.width - 10.0 - length if self.look.rtl else 10.0
        bottom = 10.0
        canv.addLiteral(f"{rgb(WHITE, 'rg')} {_rect(left - 4, bottom - 4, length + 8, 20)} f")
        half = round(length / 2, 2)
        canv.addLiteral(
            f"{rgb(INK, 'RG')} 0.6 w {rgb(INK, 'rg')} {num(round(left, 2))} {num(bottom)} {num(half)} 3 re B "
            f"{rgb(WHITE, 'rg')} {num(round(left + half, 2))} {num(bottom)} {num(half)} 3 re B"
        )
        if length_m >= 1000:
            value = length_m / 1000
            text = self.words.kilometres.format(_plain(value, self.words.decimal_mark))
        else:
            text = self.words.metres.format(_plain(length_m, self.words.decimal_mark))
        draw_line(
            canv, text, left + length / 2, bottom + 5.5, self.look.small, width=view.width, align="center"
        )

    def _north(self, canv: Canvas, view: View) -> None:
        x, top = view.width - 14.0, view.height - 8.0
        canv.addLiteral(
            f"{rgb(WHITE, 'rg')} {num(x - 8)} {num(top - 30)} 16 31 re f "
            f"{rgb(INK, 'rg')} {num(x)} {num(top - 10)} m {num(x + 4.5)} {num(top - 24)} l "
            f"{num(x)} {num(top - 20)} l {num(x - 4.5)} {num(top - 24)} l h f"
        )
        draw_line(canv, self.words.north, x, top - 8.0, self.look.small, width=20.0, align="center")

    def _attribution(self, canv: Canvas, view: View) -> None:
        """The basemap's source, on a plate as wide as the words, in the corner the scale bar leaves."""
        style = self.look.small
        text = self.words.attribution
        width = min(text_width(text, style), view.width * 0.5)
        left = 3.0 if self.look.rtl else view.width - width - 7.0
        canv.addLiteral(f"{rgb(WHITE, 'rg')} {_rect(left, 2, width + 4, 10)} f")
        draw_line(canv, text, left + 2, 4.5, style, width=width, align="left")


def text_width(text: str, style: TextStyle) -> float:
    """How wide one line of the report's text is set in ``style`` (points)."""
    lines = set_lines([Block(text, style)], 10_000.0)
    return max((line.layout.width for line in lines), default=0.0)


def _rect(x: float, y: float, width: float, height: float) -> str:
    return f"{num(round(x, 2))} {num(round(y, 2))} {num(round(width, 2))} {num(round(height, 2))} re"


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


def _circle_ops(x: float, y: float, r: float) -> str:
    """A circle as four Bézier quarters (the constant is the usual 4/3·(√2−1))."""
    k = 0.5523 * r
    return (
        f"{num(x + r)} {num(y)} m "
        f"{num(x + r)} {num(y + k)} {num(x + k)} {num(y + r)} {num(x)} {num(y + r)} c "
        f"{num(x - k)} {num(y + r)} {num(x - r)} {num(y + k)} {num(x - r)} {num(y)} c "
        f"{num(x - r)} {num(y - k)} {num(x - k)} {num(y - r)} {num(x)} {num(y - r)} c "
        f"{num(x + k)} {num(y - r)} {num(x + r)} {num(y - k)} {num(x + r)} {num(y)} c h"
    )


def _plain(value: float, mark: str) -> str:
    """A scale length: a whole number, or one decimal for lengths under one unit."""
    text = f"{value:.0f}" if value >= 1 else f"{value:.1f}"
    return text.replace(".", mark)


# -- the section's flowables -----------------------------------------------------------------------


def with_place_map(ctx: ReportContext, heading: list[Flowable]) -> list[Flowable]:
    """The section's heading followed by the map and its caption, kept on one page; the heading
    alone when no place and no item shown has coordinates."""
    content = map_content(ctx)
    if content.empty:
        return heading
    return [CondPageBreak(MAP_HEIGHT + 45 * mm), *heading, *_map_flowables(ctx, content)]


def _map_flowables(ctx: ReportContext, content: MapContent) -> list[Flowable]:
    s, lang = ctx.styles, ctx.lang
    words = MapWords(
        attribution=ctx.tr("Borders: Natural Earth"),
        #: The letter at the top of a map's north arrow.
        north=ctx.tr("N", "north arrow on a map"),
        kilometres=ctx.tr("{0} km", "a distance on a map's scale bar"),
        metres=ctx.tr("{0} m", "a distance on a map's scale bar"),
        decimal_mark=lang.decimal_mark("."),
    )
    look = MapLook(
        label=_sized(s.cell_bold, 7.5),
        small=_sized(s.cell_small, 6.5),
        rtl=ctx.rtl,
        country=replace(_sized(s.cell_small, 7.5), color=COUNTRY),
        language=lang.code,
    )
    if content.places:
        caption = ctx.tr(
            "Numbered markers are the places of the table below, each inside the circle its stated "
            "precision describes; squares are evidence items positioned by their files' GPS metadata. Web "
            "Mercator, north up; the scale holds at the map's centre."
        )
    else:
        caption = ctx.tr(
            "Squares are evidence items positioned by their files' GPS metadata; the case records no "
            "place. Web Mercator, north up; the scale holds at the map's centre."
        )
    out: list[Flowable] = [PlaceMap(content, words, look), Spacer(1, 1.5 * mm), TextBlock(caption, s.small)]
    if content.withheld:
        out.append(
            TextBlock(
                ctx.trn(
                    "%n item(s) with a GPS position withheld from this report are not shown.",
                    content.withheld,
                ),
                s.small,
            )
        )
    return out


def _sized(style: TextStyle, size: float) -> TextStyle:
    return replace(style, size=size, leading=size * 1.2)


__all__ = [
    "MapContent",
    "MapPlace",
    "MapPoint",
    "PlaceMap",
    "fit_view",
    "map_content",
    "nice_length",
    "numbered_places",
    "with_place_map",
]
