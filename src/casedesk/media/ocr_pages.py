"""Text in the pages of a PDF document: each page rendered (PDFium) and read with Tesseract.

Scanned statements, leaked letters and printed lists come as PDFs whose pages are pictures. Each
page is rendered in memory at :data:`PAGE_DPI` (less for a page so large it would pass the pixel
limit) and read as a still is (:func:`casedesk.media.ocr.recognise_image`). The result is one
:class:`~casedesk.media.ocr.OcrResult`: the pages' texts joined by a form feed, each word with its
page number (0 for the first) and its box in that page's pixels; ``width`` and ``height`` are the
first page's. The original is only read; a damaged or locked PDF is refused with the reason.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PIL import Image

from casedesk.core.errors import Cancelled
from casedesk.i18n import msg

from . import ocr
from .limits import DEFAULT_LIMITS, Limits

PAGE_DPI = 300  # what Tesseract is trained for
MAX_PAGES = 300  # a longer document is read in its first pages, and the result says so
PAGE_BREAK = "\f"


def page_count(path: Path) -> int:
    """The PDF's number of pages, or OcrImageError saying why it cannot be opened."""
    with _opened(path) as pdf:
        return len(pdf)


def recognise_pdf(
    path: Path,
    languages: str = ocr.DEFAULT_LANGUAGES,
    *,
    found: ocr.Engine | None = None,
    limits: Limits = DEFAULT_LIMITS,
    cancelled: Callable[[], bool] | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> tuple[ocr.OcrResult, int]:
    """The text of every page (up to MAX_PAGES); also the document's page count."""
    found = found or ocr.engine()
    ocr.require_languages(found, languages)
    started = time.monotonic()
    texts: list[str] = []
    words: list[ocr.OcrWord] = []
    first: ocr.OcrResult | None = None
    with _opened(path) as pdf:
        pages = len(pdf)
        for number in range(min(pages, MAX_PAGES)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if on_page is not None:
                on_page(number, pages)
            image = _render(pdf, number, limits)
            result = ocr.recognise_image(image, languages, found=found, cancelled=cancelled)
            first = first or result
            texts.append(result.text)
            words += [dataclasses.replace(word, page=number) for word in result.words]
    if first is None:
        raise ocr.OcrImageError(msg("The PDF has no pages; nothing to read."))
    merged = dataclasses.replace(
        first, text=PAGE_BREAK.join(texts), words=tuple(words), seconds=time.monotonic() - started
    )
    return merged, pages


@contextmanager
def _opened(path: Path) -> Iterator[Any]:
    """A PDFium document open for reading, closed on leaving (it holds the file and native memory)."""
    import pypdfium2 as pdfium  # native code: loaded only when a PDF is read

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ocr.OcrImageError(
            msg("The PDF could not be opened for reading ({reason}); not read.", reason=str(exc)[:200])
        ) from exc
    try:
        yield pdf
    finally:
        pdf.close()


def _render(pdf: Any, number: int, limits: Limits) -> Image.Image:
    import pypdfium2 as pdfium

    try:
        page = pdf[number]
        width_pt, height_pt = page.get_size()
        if width_pt <= 0 or height_pt <= 0:
            raise ocr.OcrImageError(msg("Page {page} of the PDF has no area; not read.", page=number + 1))
        scale = PAGE_DPI / 72
        pixels = width_pt * height_pt * scale * scale
        budget = min(limits.max_pixels, ocr.OCR_MAX_PIXELS)
        if pixels > budget:  # a poster-sized page: rendered smaller rather than refused
            scale *= (budget / pixels) ** 0.5
        image: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
    except pdfium.PdfiumError as exc:
        raise ocr.OcrImageError(
            msg(
                "Page {page} of the PDF could not be rendered ({reason}).",
                page=number + 1,
                reason=str(exc)[:200],
            )
        ) from exc
    image.info["dpi"] = (72 * scale, 72 * scale)
    return image
