"""The report's signature: a box reserved on the cover, and the signing step after rendering.

The reproducible document is the same whether or not it is signed: the cover always carries an
empty box, and signing adds the signature (and its appearance in that box) as an incremental update,
so the unsigned report is byte for byte a prefix of the signed one (see :mod:`casedesk.proof.pdfsign`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from casedesk.core.timeutil import utcnow
from casedesk.fsutil import TempFile
from casedesk.proof.keys import SigningKey
from casedesk.proof.pdfsign import SignatureAppearance, sign_pdf
from casedesk.report import compat, fonts
from casedesk.report.blocks import draw_line
from casedesk.report.fonts import font_file
from casedesk.report.i18n import Language
from casedesk.report.styles import make_styles

BOX_WIDTH = 120 * mm
BOX_HEIGHT = 17 * mm
PADDING = 4  # points between the box's frame and its text


class SignatureBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """An empty framed box; remembers where it was drawn, for the signature's appearance."""

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang
        self.placed: SignatureAppearance | None = None
        if lang.rtl:
            self.hAlign = "RIGHT"  # under its heading, against the right edge of a right-to-left page

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = min(availWidth, BOX_WIDTH), BOX_HEIGHT
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        x = compat.aligned_x(self, x, _sW)
        # Frames draw at page coordinates, which are the PDF's own (no rotation, no crop box).
        box = (int(x), int(y), int(x + self.width), int(y + self.height))
        self.placed = SignatureAppearance(canvas.getPageNumber() - 1, box, font_file("NotoSans-Regular.ttf"))
        canvas.addLiteral(f"q 0.55 G 0.6 w {fp_str(x, y, self.width, self.height)} re S Q")

    def draw(self) -> None:  # drawOn does the drawing
        pass


@dataclass(frozen=True, slots=True)
class Signed:
    """What the export records of the signature."""

    fingerprint: str
    unsigned_sha256: str
    unsigned_size: int

    def as_record(self) -> dict[str, Any]:
        return {
            "signed": True,
            "signer_fingerprint": self.fingerprint,
            "unsigned_sha256": self.unsigned_sha256,
            "unsigned_size": self.unsigned_size,
        }


def stamp_pdf(lang: Language, key: SigningKey, size: tuple[float, float], signed_at: datetime) -> bytes:
    """What the signature box shows, in the report's language: one page the size of the box.

    Drawn with the report's own text setting (shaped Arabic, right to left, Latin fingerprints and
    digits inside it kept in order), so the stamp reads as the rest of the report does.
    """
    width, height = size
    style = make_styles(rtl=lang.rtl).cell_small
    grouped = key.public.grouped_fingerprint
    lines = [
        lang.tr("Digitally signed with the CaseDesk investigator key"),
        #: {0} is the first half of the key's fingerprint; the second half is on the next line.
        lang.tr("Key {0}").format(grouped[:39]),
        grouped[40:],
        #: {0} is a date and time in UTC, read off the signer's computer when it signed.
        lang.tr("Signed at {0} (the signer's clock)").format(lang.when(signed_at)),
    ]
    out = io.BytesIO()
    canv = Canvas(
        out,
        pagesize=(width, height),
        invariant=True,
        pageCompression=1,
        initialFontName=fonts.REGULAR.latin,  # else the stamp names (unembedded) Helvetica
    )
    line_height = (height - 2 * PADDING) / len(lines)
    anchor, align = (width - PADDING, "right") if lang.rtl else (PADDING, "left")
    for number, text in enumerate(lines):
        baseline = height - PADDING - (number + 1) * line_height + (line_height - style.size) / 2
        draw_line(canv, text, anchor, baseline, style, width=width - 2 * PADDING, align=align)
    canv.showPage()
    canv.save()
    return out.getvalue()


def sign_into(
    unsigned: Path, out: TempFile, key: SigningKey, name: str, box: SignatureBox, reason: str
) -> Signed:
    """Write ``unsigned`` followed by its signature into ``out`` (not yet committed)."""
    appearance = box.placed
    if appearance is not None:
        left, bottom, right, top = appearance.box
        stamp = stamp_pdf(box.lang, key, (right - left, top - bottom), utcnow())
        appearance = dataclasses.replace(appearance, stamp=stamp)
    with unsigned.open("rb") as source:
        digest = hashlib.file_digest(source, "sha256")
        size = source.tell()
        source.seek(0)
        sign_pdf(source, out.handle, key, name=name, reason=reason, appearance=appearance)
    out.handle.flush()
    return Signed(key.public.fingerprint, digest.hexdigest(), size)
