"""Text in PDF documents: every page rendered and read, kept as one text with each word's page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.media import ocr
from casedesk.media.ocr_pages import PAGE_BREAK

from .conftest import ARABIC, PAGES

ENGLISH = PAGES[0]  # HelloGoogle.tif: "Hello Google"


def _scanned_pdf(path: Path, *pages: Path) -> Path:
    """A PDF whose pages are the corpus's scans, as a scanner or a phone app writes them."""
    images = [Image.open(p).convert("RGB") for p in pages]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=300)
    return path


def test_each_page_of_a_scanned_pdf_is_read_and_searchable(svc: CaseService, tmp_path: Path) -> None:
    pdf = _scanned_pdf(tmp_path / "statement.pdf", ENGLISH.path, ARABIC.path)
    case_id = svc.create_case("Scanned").id
    (added,) = svc.add_files(case_id, [pdf])
    assert svc.text_unrecognised(case_id) == [added.evidence_id]

    svc.recognise_text([added.evidence_id], "ara+eng")

    text = svc.evidence_text(added.evidence_id)
    assert text is not None and text.ok
    first, second = text.text.split(PAGE_BREAK)
    assert ocr.character_error_rate(ENGLISH.reference(), first) <= ENGLISH.cer_bound
    assert ocr.character_error_rate(ARABIC.reference(), second) <= 0.15
    assert {w.page for w in text.words} == {0, 1}
    assert all(w.page == 1 for w in text.words if w.text == "منزل")
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "text_recognise"
    assert (entry.details["pages"], entry.details["pages_read"]) == (2, 2)
    assert [h.object_id for h in svc.search("Google")] == [added.evidence_id]
    assert [h.field for h in svc.search("منزل")] == ["ocr_text"]
    assert svc.text_unrecognised(case_id) == []


def test_a_damaged_pdf_is_recorded_with_the_reason(svc: CaseService, tmp_path: Path) -> None:
    good = _scanned_pdf(tmp_path / "good.pdf", ENGLISH.path).read_bytes()
    broken = tmp_path / "cut.pdf"
    broken.write_bytes(good[:400])  # the header and the start of the first object, then nothing
    case_id = svc.create_case("Damaged").id
    (added,) = svc.add_files(case_id, [broken])

    svc.recognise_text([added.evidence_id], "eng")

    text = svc.evidence_text(added.evidence_id)
    assert text is not None and not text.ok and text.text == ""
    assert "PDF" in (text.error or "")
    assert svc.verify(case_id).ok


def test_other_documents_are_refused_before_anything_is_read(svc: CaseService, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Hello Google\n")
    case_id = svc.create_case("Plain text").id
    (added,) = svc.add_files(case_id, [notes])
    with pytest.raises(UsageError, match="PDF documents"):
        svc.recognise_text([added.evidence_id], "eng")
    assert svc.evidence_text(added.evidence_id) is None
