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
``idToOffset`` tables and ``format``'s loop over object numbers), all reached through
``casedesk.report.compat``; unencrypted documents only.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas

from casedesk.report import compat
from casedesk.report.compat import (
    PDFDocument,
    PDFError,
    PDFImageXObject,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFStream,
)

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
        version = compat.highest_pdf_version()
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
        compat.register(self, _Reserved(name), compat.form_name(name))

    def addForm(self, name: str, form: Any) -> None:
        internal = compat.form_name(name)
        if isinstance(compat.objects(self).get(internal), _Reserved):
            compat.objects(self)[internal] = form
            compat.end_form(self)
        else:
            super().addForm(name, form)

    def addPage(self, page: PDFPage) -> None:
        name = compat.next_page_name(self)
        super().addPage(page)
        compat.page_tree(self)[-1] = PDFObjectReference(name)  # the page tree needs only its number
        self._write_finished()

    def format(self) -> bytes:
        """Write the objects still in memory, the cross-reference table and the trailer.

        ReportLab's ``SaveToFile`` calls this through ``GetPDFData`` (after adding the fonts, info
        and outline) and writes what it returns to the same file: nothing, as all is written.
        """
        catalog, info = compat.catalog_and_info(self)
        numbered, offsets = compat.numbered(self), compat.offsets(self)
        number = 1
        while number in numbered:  # formatting may number more objects (font parts): reached in turn
            name = numbered[number]
            if name not in offsets:
                self._write(name)
            number += 1
        count = number - 1
        xref = self._offset
        self._emit(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1))
        for number in range(1, count + 1):
            self._emit(b"%010d 00000 n \n" % offsets[numbered[number]])
        self._emit(compat.trailer(self, xref=xref, size=count + 1, root=catalog, info=info))
        return b""

    def _write_finished(self) -> None:
        numbered, objects = compat.numbered(self), compat.objects(self)
        number = self._scanned + 1
        while number in numbered:  # writing a page numbers its content stream: reached in turn
            name = numbered[number]
            if isinstance(objects[name], _FINISHED):
                self._write(name)
            number += 1
        self._scanned = number - 1

    def _write(self, name: str) -> None:
        objects = compat.objects(self)
        obj = objects[name]
        data = compat.indirect_object(self, name, obj)
        compat.offsets(self)[name] = self._offset
        self._emit(data)
        objects[name] = _WrittenImage(obj.width, obj.height) if isinstance(obj, PDFImageXObject) else _WRITTEN

    def _emit(self, data: bytes) -> None:
        self._sink.write(data)
        self._offset += len(data)


def stream_to(canvas: Canvas, sink: BinaryIO) -> StreamingDocument:
    """Make a canvas, fresh from its constructor, write its pages to ``sink`` as they end."""
    # The canvas made a plain PDFDocument, holding nothing yet but these settings and, for a
    # built-in initial font, that font: stream instead, and name the font again (as setPageSize does).
    plain = compat.document_of(canvas)
    doc = StreamingDocument(sink, compression=compat.page_compression(canvas), invariant=plain.invariant)
    compat.replace_document(canvas, doc)
    return doc
