"""The report's signature: a box reserved on the cover, and the signing step after rendering.

The reproducible document is the same whether or not it is signed: the cover always carries an
empty box, and signing adds the signature (and its appearance in that box) as an incremental update,
so the unsigned report is byte for byte a prefix of the signed one (see :mod:`casedesk.proof.pdfsign`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from casedesk.fsutil import TempFile
from casedesk.proof.keys import SigningKey
from casedesk.proof.pdfsign import SignatureAppearance, sign_pdf
from casedesk.report import compat
from casedesk.report.fonts import font_file

BOX_WIDTH = 120 * mm
BOX_HEIGHT = 17 * mm


class SignatureBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """An empty framed box; remembers where it was drawn, for the signature's appearance."""

    def __init__(self, *, rtl: bool = False) -> None:
        super().__init__()
        self.placed: SignatureAppearance | None = None
        if rtl:
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


def sign_into(
    unsigned: Path, out: TempFile, key: SigningKey, name: str, box: SignatureBox, reason: str
) -> Signed:
    """Write ``unsigned`` followed by its signature into ``out`` (not yet committed)."""
    with unsigned.open("rb") as source:
        digest = hashlib.file_digest(source, "sha256")
        size = source.tell()
        source.seek(0)
        sign_pdf(source, out.handle, key, name=name, reason=reason, appearance=box.placed)
    out.handle.flush()
    return Signed(key.public.fingerprint, digest.hexdigest(), size)
