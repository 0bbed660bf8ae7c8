"""The one place the report reaches into ReportLab's and python-bidi's undocumented internals.

The report needs things neither library offers publicly: a canvas's document (to stream pages and
to read font subset codes), the document's object tables (``pdfstream.StreamingDocument``), a
dynamic font's subset assignments, glyph headers of a parsed TrueType face, a frame's cursor, a
flowable's inner draw, a fixed creation time and file identifier, further info entries, and the
Unicode bidi algorithm's steps up to I2 (not just its final display string). Each is wrapped here in
a small typed function, so an upgrade has one module to review, and other report modules touch no
private name (a test checks that).

The versions these were checked against are enforced as soon as this module is imported (the
``casedesk.report`` package imports it first): outside them, exporting fails with a plain message
rather than risking a subtly wrong report. Keep ``SUPPORTED`` in step with pyproject.toml.
"""

# Third-party imports follow the version check on purpose: a renamed internal in an unsupported
# version must produce the version message, not an ImportError.
# ruff: noqa: E402

from __future__ import annotations

import hashlib
import re
import struct
import time
from collections.abc import Mapping
from datetime import datetime
from importlib import metadata
from typing import Any, Final

from casedesk.core.errors import CaseDeskError
from casedesk.i18n import msg

# Package -> (lowest supported, first unsupported), as release number prefixes. The report tests
# pass unchanged on reportlab 4.2.0, 4.4.10, 4.5.1, 5.0.1, 5.1.0 and python-bidi 0.6.0, 0.6.12.
SUPPORTED: Final[dict[str, tuple[tuple[int, ...], tuple[int, ...]]]] = {
    "reportlab": ((4, 2), (5, 2)),
    "python-bidi": ((0, 6), (0, 7)),
}


class UnsupportedDependencyError(CaseDeskError):
    """An installed library is outside the versions the report was checked against."""


def installed_version(package: str) -> str | None:
    """The installed distribution's version string, or None if it is not installed."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def release(version: str) -> tuple[int, ...] | None:
    """The numeric release part of a version ("5.1.0.post1" -> (5, 1, 0)); None if there is none."""
    found = re.match(r"\d+(?:\.\d+)*", version.strip())
    return tuple(int(part) for part in found.group().split(".")) if found else None


def supported_range(package: str) -> str:
    """The supported range as a requirement specifier, e.g. ``>=4.2,<5.2``."""
    low, high = SUPPORTED[package]
    return f">={'.'.join(map(str, low))},<{'.'.join(map(str, high))}"


def check_versions() -> None:
    """Raise ``UnsupportedDependencyError`` unless every package in ``SUPPORTED`` is in range."""
    for package, (low, high) in SUPPORTED.items():
        version = installed_version(package)
        number = release(version) if version is not None else None
        if number is not None and low <= number < high:
            continue
        wanted = supported_range(package)
        found = (
            msg("{package} is not installed", "fragment: what the PDF report found", package=package)
            if version is None
            else msg(
                "{package} {version} is installed",
                "fragment: what the PDF report found",
                package=package,
                version=version,
            )
        )
        raise UnsupportedDependencyError(
            msg(
                "The PDF report needs {package} {wanted}, but {found}; "
                "install a supported version (pip install '{package}{wanted}').",
                package=package,
                wanted=wanted,
                found=found,
            )
        )


check_versions()

# The internals, imported only now. The ``X as X`` names are re-exported for pdfstream, which
# subclasses ReportLab's document and recognises its objects.
from bidi import algorithm as _bidi
from bidi.mirror import MIRRORED as _MIRRORED
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDF_SUPPORT_VERSION,
    PDFDate,
    PDFDictionary,
    PDFIndirectObject,
    PDFInfo,
    PDFName,
    PDFString,
    PDFTrailer,
    xObjectName,
)
from reportlab.pdfbase.pdfdoc import PDFDocument as PDFDocument
from reportlab.pdfbase.pdfdoc import PDFError as PDFError
from reportlab.pdfbase.pdfdoc import PDFImageXObject as PDFImageXObject
from reportlab.pdfbase.pdfdoc import PDFObject as PDFObject
from reportlab.pdfbase.pdfdoc import PDFObjectReference as PDFObjectReference
from reportlab.pdfbase.pdfdoc import PDFPage as PDFPage
from reportlab.pdfbase.pdfdoc import PDFStream as PDFStream

# -- the canvas -----------------------------------------------------------------------------------


def document_of(canvas: Any) -> Any:
    """The ``PDFDocument`` a canvas writes into (``canvas._doc``)."""
    return canvas._doc


def page_code(canvas: Any) -> list[str]:
    """The operators of the page being drawn, in order (``canvas._code``, which ``addLiteral``
    appends to and ``showPage`` writes out and empties)."""
    code: list[str] = canvas._code
    return code


def page_compression(canvas: Any) -> int:
    """Whether the canvas compresses page streams (``canvas._pageCompression``)."""
    return int(canvas._pageCompression)


def replace_document(canvas: Any, document: Any) -> None:
    """Make a canvas, fresh from its constructor, write into ``document`` instead.

    The preamble is made again, as ``setPageSize`` does, so the initial font is named in it.
    """
    canvas._doc = document
    canvas._make_preamble()


def set_creation_time(canvas: Any, created: datetime) -> None:
    """Stamp the canvas's document with ``created`` (UTC) as its creation and modification date.

    ReportLab takes the time from the clock (or 2000-01-01 when invariant); a report records when
    it was generated, so the stamp's fields are replaced, as ``TimeStamp`` itself would set them.
    """
    stamp = TimeStamp(invariant=1)
    stamp.t = created.timestamp()
    stamp.lt = time.gmtime(stamp.t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    canvas._doc._timeStamp = stamp


def set_file_id(document: Any, seed: bytes) -> None:
    """Derive the file identifier (trailer ``/ID``) from ``seed`` alone.

    ReportLab hashes its creation time stamp into it (``signature``), and that reads
    SOURCE_DATE_EPOCH from the environment; the info entries are still added at save, as usual.
    """
    document.signature = hashlib.md5(seed, usedforsecurity=False)


def set_language(document: Any, language: str) -> None:
    """Name the document's natural language in its catalog (``/Lang``, e.g. ``(ar)``), as
    ``PDFDocument(lang=…)`` would; the document is made by the canvas, before the report can say."""
    document.Catalog.Lang = PDFString(language)


class _Info(PDFInfo):  # type: ignore[misc]
    """ReportLab's info dictionary (as ``PDFInfo.format`` writes it) with further entries."""

    extra: Mapping[str, str] = {}

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries["ModDate"] = entries["CreationDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        entries.update((key, PDFString(value)) for key, value in self.extra.items())
        data: bytes = PDFDictionary(entries).format(document)
        return data


def extend_info(document: Any, extra: Mapping[str, str]) -> None:
    """Add ``extra`` (name without the slash -> text) to the document's info dictionary.

    Call before the title and author are set: they are set on the dictionary this installs.
    """
    info = _Info()
    info.__dict__.update(document.info.__dict__)
    info.extra = dict(extra)
    document.info = info


# -- the document's object tables (pdfstream.StreamingDocument) -----------------------------------


def highest_pdf_version() -> tuple[int, int]:
    """The highest PDF version any ReportLab feature asks for."""
    version: tuple[int, int] = max(PDF_SUPPORT_VERSION.values())
    return version


def objects(document: Any) -> dict[str, Any]:
    """Internal name ("Page1", "FormXob.…") -> object (``idToObject``)."""
    table: dict[str, Any] = document.idToObject
    return table


def numbered(document: Any) -> dict[int, str]:
    """Object number -> internal name, for every object referred to so far (``numberToId``)."""
    table: dict[int, str] = document.numberToId
    return table


def offsets(document: Any) -> dict[str, int]:
    """Internal name -> byte offset in the file, read by the cross-reference table (``idToOffset``)."""
    table: dict[str, int] = document.idToOffset
    return table


def page_tree(document: Any) -> list[Any]:
    """The page tree's kids, one per page added (``Pages.pages``)."""
    kids: list[Any] = document.Pages.pages
    return kids


def next_page_name(document: Any) -> str:
    """The internal name the next ``addPage`` registers the page under."""
    return str(document.thisPageName())


def form_name(name: str) -> str:
    """The internal name of the form XObject a canvas calls ``name``."""
    return str(xObjectName(name))


def register(document: Any, obj: Any, name: str | None = None) -> Any:
    """Give ``obj`` an object number (under ``name``); returns a reference to it."""
    return document.Reference(obj, name)


def end_form(document: Any) -> None:
    """Leave the form being defined, as ``PDFDocument.addForm`` does once it registered it."""
    document.inObject = None


def catalog_and_info(document: Any) -> tuple[Any, Any]:
    """Number the catalog and the info dictionary, as ``PDFDocument.format`` does first."""
    return document.Reference(document.Catalog), document.Reference(document.info)


def indirect_object(document: Any, name: str, obj: Any) -> bytes:
    """``obj`` formatted as the numbered object ``name`` (``n 0 obj … endobj``)."""
    data: bytes = PDFIndirectObject(name, obj).format(document)
    return data


def trailer(document: Any, *, xref: int, size: int, root: Any, info: Any) -> bytes:
    """The trailer dictionary and ``startxref``, with the document's file identifier."""
    data: bytes = PDFTrailer(startxref=xref, Size=size, Root=root, Info=info, ID=document.ID()).format(
        document
    )
    return data


# -- flowables and frames -------------------------------------------------------------------------


def aligned_x(flowable: Any, x: float, space_width: float) -> float:
    """Where ``Flowable.drawOn`` puts the flowable's left edge for its ``hAlign``."""
    return float(flowable._hAlignAdjust(x, space_width))


def draw_in_place(flowable: Any, canvas: Any) -> None:
    """``Flowable.drawOn`` without its state save and translation: binds the canvas, draws."""
    flowable._drawOn(canvas)


def frame_cursor(frame: Any) -> float:
    """The y of a frame's cursor: the top of the next flowable it places (``frame._y``)."""
    return float(frame._y)


# -- TrueType fonts -------------------------------------------------------------------------------


def subset_assignments(font: Any, document: Any) -> dict[int, int]:
    """A dynamic font's codes in one document: code point -> subset * 256 + code.

    Insertion-ordered and only ever added to (``TTFont.state[doc].assignments``).
    """
    assignments: dict[int, int] = font.state[document].assignments
    return assignments


def charmap(font_name: str) -> dict[int, int]:
    """Code point -> glyph index of a registered TrueType font (``face.charToGlyph``)."""
    table: dict[int, int] = pdfmetrics.getFont(font_name).face.charToGlyph
    return table


def glyph_x_bounds(font_name: str, ch: str) -> tuple[int, int, int] | None:
    """(xMin, xMax, unitsPerEm) from the glyph's ``glyf`` header; None for no glyph or an empty one."""
    face = pdfmetrics.getFont(font_name).face
    glyph = face.charToGlyph.get(ord(ch))
    if glyph is None:
        return None
    start, end = face.glyphPos[glyph], face.glyphPos[glyph + 1]
    if end - start < 10:  # no outline: nothing past the glyph header's contour count
        return None
    table, _ = face.get_table_pos("glyf")
    x_min, _y_min, x_max, _y_max = struct.unpack(
        ">hhhh", face._ttf_data[table + start + 2 : table + start + 10]
    )
    return x_min, x_max, int(face.unitsPerEm)


# -- the Unicode bidi algorithm -------------------------------------------------------------------

# Character -> its mirrored form (Bidi_Mirroring_Glyph), for glyphs drawn right to left.
BIDI_MIRRORED: Final[dict[str, str]] = _MIRRORED


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of each character (UAX #9 up to I2), in logical order.

    python-bidi's public API gives only the reordered string; the report needs the levels, to lay
    out and emit runs itself, so it runs the pure-Python implementation's steps directly.
    """
    storage = _bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(text, storage)
    for index, entry in enumerate(storage["chars"]):
        entry["index"] = index  # X9 drops characters: remember where each one came from
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    levels = [1 if rtl else 0] * len(text)
    for entry in storage["chars"]:
        levels[entry["index"]] = entry["level"]
    return levels
