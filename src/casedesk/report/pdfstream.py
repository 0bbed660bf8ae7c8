"""A ReportLab PDF document that writes each page to the file as soon as the page is finished.

ReportLab's ``PDFDocument`` keeps every object until the canvas is saved, then formats the whole
file into a list of byte strings and joins them: for a 1,000-item report that is every page's
content stream and every thumbnail held in memory, and at the end held twice. ``StreamingDocument``
writes a page the moment it ends (``addPage``): the page object, its content stream and the images
first drawn on it are formatted as ReportLab would (``PDFIndirectObject(...).format``), written,
their offsets recorded in ``idToOffset``, and replaced by small stand-ins under the same internal
names, so that references to them, ReportLab's "was this image drawn before?" test and the page
tree keep working. Saving (ReportLab's ``format``) then writes only what is left: the font subsets
(complete only at the end), the page tree, outline, catalog and info, then the cross-reference
table. Objects need not appear in object-number order; the table gives each number's offset.

A reference is formatted as an object number, so whatever a written page refers to must have one
by then. The shared font dictionary has one from the start and the page tree gets one when the first
page refers to it (both are written, complete, at the end); a form drawn on every page but defined
only at the end (the "of Y" page count) is numbered up front with ``reserve_form`` and filled in
when the canvas defines it.

Written against ReportLab 4.x/5.x ``pdfbase.pdfdoc`` (the ``idToObject``/``numberToId``/
``idToOffset`` tables and ``format``'s loop over object numbers); unencrypted documents only.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import (
    PDF_SUPPORT_VERSION,
    PDFDocument,
    PDFError,
    PDFImageXObject,
    PDFIndirectObject,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFStream,
    PDFTrailer,
    xObjectName,
)
from reportlab.pdfgen.canvas import Canvas

# Nothing drawn later can change these once their page has ended: the page, the streams made for
# it (its content) and the images drawn on it. Fonts, forms and the page tree wait for the save.
_FINISHED = (PDFPage, PDFStream, PDFImageXObject)


class _Written:
    """Stands in for an object already in the file; only its name stays registered."""

    __slots__ = ()


class _WrittenImage(_Written):
    """An image already in the file: ``drawImage`` reads its size when the image is drawn again."""

    __slots__ = ("height", "width")

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height


class _Reserved(PDFObject):  # type: ignore[misc]
    """A form that pages may refer to before the canvas defines it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def format(self, document: PDFDocument) -> bytes:
        raise PDFError(f"form {self.name!r} was drawn but never defined")


_WRITTEN = _Written()


class StreamingDocument(PDFDocument):  # type: ignore[misc]
    def __init__(self, sink: BinaryIO, *, compression: int, invariant: int) -> None:
        # The header goes first, so no later feature may raise the version: start at the highest
        # ReportLab knows (1.4, for transparency, which it assumes as soon as a colour is set).
        version = max(PDF_SUPPORT_VERSION.values())
        super().__init__(compression=compression, invariant=invariant, pdfVersion=version)
        self._sink = sink
        self._offset = 0
        self._scanned = 0  # objects numbered up to this one have been written if finished
        # ReportLab's header: the version, then a comment of high-bit bytes marking the file binary.
        self._emit(
            b"%%PDF-%d.%d\n%%\x93\x8c\x8b\x9e ReportLab Generated PDF document (opensource)\n" % version
        )

    def reserve_form(self, name: str) -> None:
        """Number the form ``name`` now, so pages written before it is defined can refer to it."""
        self.Reference(_Reserved(name), xObjectName(name))

    def addForm(self, name: str, form: Any) -> None:
        internal = xObjectName(name)
        if isinstance(self.idToObject.get(internal), _Reserved):
            self.idToObject[internal] = form
            self.inObject = None
        else:
            super().addForm(name, form)

    def addPage(self, page: PDFPage) -> None:
        name = self.thisPageName()
        super().addPage(page)
        self.Pages.pages[-1] = PDFObjectReference(name)  # the page tree needs only its number
        self._write_finished()

    def format(self) -> bytes:
        """Write the objects still in memory, the cross-reference table and the trailer.

        ReportLab's ``SaveToFile`` calls this through ``GetPDFData`` (after adding the fonts, info
        and outline) and writes what it returns to the same file: nothing, as all is written.
        """
        catalog = self.Reference(self.Catalog)
        info = self.Reference(self.info)
        number = 1
        while number in self.numberToId:  # formatting may number more objects (font parts): reached in turn
            name = self.numberToId[number]
            if name not in self.idToOffset:
                self._write(name)
            number += 1
        count = number - 1
        xref = self._offset
        self._emit(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1))
        for number in range(1, count + 1):
            self._emit(b"%010d 00000 n \n" % self.idToOffset[self.numberToId[number]])
        trailer = PDFTrailer(startxref=xref, Size=count + 1, Root=catalog, Info=info, ID=self.ID())
        self._emit(trailer.format(self))
        return b""

    def _write_finished(self) -> None:
        number = self._scanned + 1
        while number in self.numberToId:  # writing a page numbers its content stream: reached in turn
            name = self.numberToId[number]
            if isinstance(self.idToObject[name], _FINISHED):
                self._write(name)
            number += 1
        self._scanned = number - 1

    def _write(self, name: str) -> None:
        obj = self.idToObject[name]
        data = PDFIndirectObject(name, obj).format(self)
        self.idToOffset[name] = self._offset
        self._emit(data)
        self.idToObject[name] = (
            _WrittenImage(obj.width, obj.height) if isinstance(obj, PDFImageXObject) else _WRITTEN
        )

    def _emit(self, data: bytes) -> None:
        self._sink.write(data)
        self._offset += len(data)


def stream_to(canvas: Canvas, sink: BinaryIO) -> StreamingDocument:
    """Make a canvas, fresh from its constructor, write its pages to ``sink`` as they end."""
    # The canvas made a plain PDFDocument, holding nothing yet but these settings and, for a
    # built-in initial font, that font: stream instead, and name the font again (as setPageSize does).
    doc = StreamingDocument(sink, compression=canvas._pageCompression, invariant=canvas._doc.invariant)
    canvas._doc = doc
    canvas._make_preamble()
    return doc
