"""Fixtures for the OCR tests: the shared corpus's ocr/ folder, read where it lies, and its ground truth.

The corpus sits beside the repository (../shared/corpus); a missing file fails the test, it never
skips. Tesseract and its ara, fra and eng data are system packages (.ci/run installs them); the
tests run the real engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


@dataclass(frozen=True)
class Page:
    """An image of the corpus with its ground truth, read in the languages it is written in."""

    image: str
    truth: str
    languages: str
    cer_bound: float  # about 1.5 times the CER measured with Tesseract 5.3.0 and Debian's models

    @property
    def path(self) -> Path:
        return corpus_file(f"ocr/{self.image}")

    def reference(self) -> str:
        return corpus_file(f"ocr/{self.truth}").read_text("utf-8")


# Measured CER (Tesseract 5.3.0, Debian 12's tessdata, default page segmentation): HelloGoogle 0.000,
# the UNLV page 0.094 (its columns' order and typographic quotes count), IbnJawzi 0.039, Jahiz 0.127,
# viet 0.200 (one letter: no Vietnamese data is installed, read as French and English).
# raaj.tif (Devanagari, "राज") is left out: Debian's tesseract-ocr-hin is not installed here.
PAGES = (
    Page("HelloGoogle.tif", "HelloGoogle.tif.truth.txt", "eng", 0.02),
    Page("8071_093.3B.tif", "8071_093.3B.txt", "eng", 0.14),
    Page("IbnJawzi.Muntazam_000007.png", "IbnJawzi.Muntazam_000007.gt.txt", "ara", 0.06),
    Page("Jahiz.Hayawan_000012.png", "Jahiz.Hayawan_000012.gt.txt", "ara", 0.19),
    Page("viet.tif", "viet.tif.truth.txt", "fra+eng", 0.30),
)
ARABIC = PAGES[2]
