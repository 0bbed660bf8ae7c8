"""The page machinery: page header and footer, "page X of Y", bookmarks, progress and cancel.

Built the way ReportLab's own tests build documents: a BaseDocTemplate subclass, headers drawn in a
page callback, the outline fed from ``afterFlowable``. "Page X of Y" needs no second pass: every
footer places a form XObject that is only drawn, with the final page count, when the file is saved.

Memory stays flat in the size of the case: the story holds placeholders (``Deferred``, ``Stream``)
that are expanded only when layout reaches them, and each finished page goes straight to the file
(``pdfstream.StreamingDocument``), so neither the story nor the PDF is ever whole in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from casedesk.core.tasks import TaskControl
from casedesk.report import compat, fonts
from casedesk.report.blocks import TextStyle, draw_line
from casedesk.report.pdfstream import stream_to
from casedesk.report.styles import (
    BANNER,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
)
from casedesk.report.text import text_width

# ReportLab wraps every stream (JPEGs included) in ASCII85 by default: 25% bigger for no gain in
# a binary PDF. CaseDesk is the only ReportLab user in the process, so the switch is set here.
rl_config.useA85 = 0

PAGE_COUNT_FORM = "CaseDeskPageCount"
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class PageDecor:
    case_title: str
    footer: str  # left part of the footer (right part, right to left): covered entry, version, case id
    classification: str
    header: str = "CaseDesk case report"  # the header's other end
    page_label: str = "Page {0} of "  # the page number, then the page count (drawn after it)
    rtl: bool = False  # mirrored: the title right, the page number in the bottom left corner


@dataclass(frozen=True)
class DocInfo:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    producer: str
    created: datetime  # written as the PDF's creation date
    extra: dict[str, str]  # further entries of the info dictionary, e.g. {"CaseDeskAsOfEntry": "64"}
    file_id: bytes  # what the file identifier is derived from (ReportLab's would hash the clock)
    lang: str = ""  # the catalog's /Lang, the document's language ("fr", "ar"); "" for none
    rtl: bool = False  # the page count is set right to left (its right edge at the form's origin)


class Deferred(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A placeholder the document expands into flowables only when it reaches it.

    The story for a 1,000-item catalogue thus never exists in memory at once: each item's
    paragraphs, tables and images are made just before they are laid out, and dropped after.
    """

    def __init__(self, label: str, build: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.label = label
        self.build = build

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:  # expanded before it could be drawn
        return None


class Stream(Flowable):  # type: ignore[misc]
    """A placeholder for a run of flowables made one at a time, as the document reaches each.

    A section with an entry per evidence item puts one of these in its story instead of the entries,
    so that only the entry being laid out (and a page of rows read from the case) is in memory.
    """

    def __init__(self, items: Iterator[Flowable]) -> None:
        super().__init__()
        self.items = items

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:  # expanded before it could be drawn
        return None


def outlined(flowable: Flowable, title: str, level: int, *, closed: bool = False) -> Flowable:
    """Mark a heading so the PDF outline (bookmarks) gets an entry for it."""
    flowable._casedesk_outline = (title, level, closed)
    return flowable


class _ReportCanvas(Canvas):  # type: ignore[misc]
    """Writes each page as it ends, draws the page-count form at save time, fills in the metadata."""

    def __init__(self, target: BinaryIO, *args: Any, info: DocInfo, **kwargs: Any) -> None:
        super().__init__(target, *args, **kwargs)
        document = stream_to(self, target)
        document.reserve_form(PAGE_COUNT_FORM)  # in every footer; drawn in save()
        # Nothing from the clock or the environment (SOURCE_DATE_EPOCH) may reach the file.
        compat.set_creation_time(self, info.created)
        compat.set_file_id(document, info.file_id)
        compat.extend_info(document, info.extra)
        if info.lang:
            compat.set_language(document, info.lang)
        self.rtl = info.rtl
        self.pages = 0

    def save(self) -> None:
        self.pages = self.getPageNumber() - 1  # the last page has been shown already
        if self.rtl:  # the count ends at the form's origin: its box reaches to the left of it
            self.beginForm(PAGE_COUNT_FORM, lowerx=-PAGE[0], lowery=-FOOTER_SIZE, upperx=0, uppery=PAGE[1])
        else:
            self.beginForm(PAGE_COUNT_FORM)
        self.setFont(fonts.REGULAR.latin, FOOTER_SIZE)
        self.setFillColor(MUTED)
        if self.rtl:
            self.drawRightString(0, 0, str(self.pages))
        else:
            self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        target: BinaryIO,
        *,
        info: DocInfo,
        decor: PageDecor,
        control: TaskControl,
        units: int,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            keywords=info.keywords,
            creator=info.creator,
            producer=info.producer,
            invariant=1,  # no clock in the file: every report is reproducible
            pageCompression=1,
            initialFontName=fonts.REGULAR.latin,  # else every page names (unembedded) Helvetica
        )
        self.info = info
        self.decor = decor
        self.control = control
        self.units = units
        self.units_done = 0
        self._outline_count = 0
        self._strings: dict[tuple[float, float, str, str, float], str] = {}  # see _repeated
        self._fixed: list[str] | None = None  # see _decorate
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self.setProgressCallBack(self._on_progress)

    # -- building -------------------------------------------------------------------------

    def render(self, story: list[Flowable]) -> int:
        """Lay out the story and write the file; returns the number of pages."""

        def canvas_maker(*args: Any, **kwargs: Any) -> _ReportCanvas:
            return _ReportCanvas(*args, info=self.info, **kwargs)

        self.build(story, canvasmaker=canvas_maker)
        return int(self.canv.pages)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind in ("PAGE", "PROGRESS"):
            self.control.check()

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0]
        if isinstance(first, Stream):
            item = next(first.items, None)
            if item is None:
                del flowables[0]
            else:
                flowables.insert(0, item)  # the stream stays next, for the item after this one
            return
        if isinstance(first, Deferred):
            self.control.check()
            del flowables[0]
            flowables[0:0] = first.build()
            self.units_done += 1
            self.control.report(self.units_done, self.units, first.label)
            return
        super().handle_flowable(flowables)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.showOutline()

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "_casedesk_outline", None)
        if entry is None:
            return
        title, level, closed = entry
        key = f"o{self._outline_count}"
        self._outline_count += 1
        top = compat.frame_cursor(self.frame) + float(getattr(flowable, "height", 0.0)) + 14
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, PAGE[1]))
        self.canv.addOutlineEntry(title, key, level=level, closed=closed)

    # -- page decoration ------------------------------------------------------------------

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        # The banner, the header and the rules are the same operators on every page: drawn once,
        # then written again as they were (their characters keep their subset codes).
        code = compat.page_code(canv)
        if self._fixed is None:
            mark = len(code)
            self._draw_fixed(canv)
            self._fixed = code[mark:]
        else:
            code.extend(self._fixed)
        if self.decor.rtl:
            self._footer_rtl(canv, doc.page)
        else:
            self._footer(canv, doc.page)
        canv.restoreState()

    def _draw_fixed(self, canv: Canvas) -> None:
        """What every page has above and below the frame but the footer's text: the classification
        banner, the case title and the header's other end (mirrored right to left), the rules."""
        width, height = PAGE
        right = MARGIN_X + FRAME_WIDTH
        decor = self.decor
        if decor.classification:
            banner = TextStyle(fonts.BOLD, 10, 12, BANNER)
            for y in (height - 9 * mm, 6 * mm):
                draw_line(canv, decor.classification, width / 2, y, banner, width=FRAME_WIDTH, align="center")
        header = TextStyle(fonts.REGULAR, 8, 10, MUTED)
        top = height - 15 * mm
        # The case title at the start of the line (right to left: the right end), the header's
        # other part at its end.
        title_x, title_align = (right, "right") if decor.rtl else (MARGIN_X, "left")
        draw_line(canv, decor.case_title, title_x, top, header, width=FRAME_WIDTH * 0.72, align=title_align)
        if decor.rtl:
            draw_line(canv, decor.header, MARGIN_X, top, header, width=FRAME_WIDTH * 0.26, align="left")
        else:
            canv.setFillColor(MUTED)
            header_x = right - canv.stringWidth(decor.header, fonts.REGULAR.latin, 8)  # drawRightString
            self._repeated(canv, fonts.REGULAR.latin, 8, header_x, top, decor.header)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, height - 17 * mm, right, height - 17 * mm)
        canv.line(MARGIN_X, 14 * mm, right, 14 * mm)

    def _footer(self, canv: Canvas, page: int) -> None:
        """The footer's text and the page number, "Page 3 of " and the count's form."""
        right = MARGIN_X + FRAME_WIDTH
        decor = self.decor
        self._repeated(canv, fonts.REGULAR.latin, FOOTER_SIZE, MARGIN_X, 10.5 * mm, decor.footer)
        label = decor.page_label.format(page)
        x = right - canv.stringWidth(label + "00000", fonts.REGULAR.latin, FOOTER_SIZE)
        canv.drawString(x, 10.5 * mm, label)
        canv.translate(x + canv.stringWidth(label, fonts.REGULAR.latin, FOOTER_SIZE), 10.5 * mm)
        canv.doForm(PAGE_COUNT_FORM)

    def _repeated(self, canv: Canvas, font: str, size: float, x: float, y: float, text: str) -> None:
        """``canv.setFont(font, size)``, then ``canv.drawString(x, y, text)`` of a string every page
        draws alike: its text object (what drawString makes) is made the first time, then written
        again as it was (its characters have their subset codes from then on)."""
        canv.setFont(font, size)
        key = (x, y, text, font, size)
        code = self._strings.get(key)
        if code is None:
            line = canv.beginText(x, y)
            line.textLine(text)
            code = self._strings[key] = line.getCode()
        canv.addLiteral(code)

    def _footer_rtl(self, canv: Canvas, page: int) -> None:
        """The footer mirrored, for a report read right to left: the page number in the bottom left
        corner ("الصفحة 3 من 12", the count at its left end), then the footer's text at the right.
        Text is drawn shaped and in bidi order, like the body's."""
        right = MARGIN_X + FRAME_WIDTH
        decor = self.decor
        footer = TextStyle(fonts.REGULAR, FOOTER_SIZE, 9, MUTED)
        # The count's room, as wide as in the left-to-right footer; the count ends where the label begins.
        count_end = MARGIN_X + canv.stringWidth("00000", fonts.REGULAR.latin, FOOTER_SIZE)
        label = decor.page_label.format(page).strip()
        space = canv.stringWidth(" ", fonts.REGULAR.latin, FOOTER_SIZE)
        draw_line(canv, label, count_end + space, 10.5 * mm, footer, width=FRAME_WIDTH * 0.25, align="left")
        canv.saveState()  # the count right after its label in the content, so extracted text reads on
        canv.translate(count_end, 10.5 * mm)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()
        used = count_end + space + text_width(label, footer.fonts, FOOTER_SIZE) + 4 * space
        draw_line(canv, decor.footer, right, 10.5 * mm, footer, width=right - used, align="right")
