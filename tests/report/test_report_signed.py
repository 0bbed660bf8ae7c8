"""Signed reports: the reproducible document, then the investigator's PAdES signature as an incremental
update, shown in the cover's box; the unsigned export of the same entry is exactly its prefix."""

from __future__ import annotations

import hashlib
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from casedesk.core.service import CaseService
from casedesk.proof.keys import KeyStore
from casedesk.proof.pdfsign import FIELD_NAME, verify_pdf
from casedesk.report import ReportOptions, export_pdf


def test_a_signed_report_begins_with_the_unsigned_one_and_verifies(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    signed = export_pdf(svc, case_id, tmp_path / "signed.pdf", ReportOptions())
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "export_pdf" and entry.details["signed"] is True
    key = KeyStore().public_key()
    assert entry.details["signer_fingerprint"] == key.fingerprint

    # Later, with more in the case, the unsigned document of the same entry is the signed one's prefix.
    svc.add_note(case_id, "A note written after the report")
    unsigned = export_pdf(
        svc, case_id, tmp_path / "unsigned.pdf", ReportOptions(), as_of=signed.as_of_seq, sign=False
    )
    prefix = (tmp_path / "unsigned.pdf").read_bytes()
    whole = (tmp_path / "signed.pdf").read_bytes()
    assert whole.startswith(prefix) and len(whole) > len(prefix)
    assert entry.details["unsigned_sha256"] == hashlib.sha256(prefix).hexdigest() == unsigned.sha256
    assert entry.details["unsigned_size"] == len(prefix)
    assert svc.custody_log(case_id)[-1].details["signed"] is False

    checked = verify_pdf(whole, unsigned=prefix)
    assert checked.key == key and checked.signer_name == svc.investigator

    # poppler agrees, and says the signature covers the whole file.
    out = subprocess.run(["pdfsig", str(tmp_path / "signed.pdf")], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out and "Total document signed" in out


def test_the_signature_is_shown_in_the_covers_box(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    svc, case_id = demo
    export_pdf(svc, case_id, tmp_path / "signed.pdf", ReportOptions())
    reader = PdfReader(tmp_path / "signed.pdf")
    widgets = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    [field] = [w for w in widgets if w.get("/T") == FIELD_NAME]
    left, bottom, right, top = (float(v) for v in field["/Rect"])
    assert right - left > 200 and top - bottom > 30  # the box, not an invisible signature
    text = reader.pages[0].extract_text()
    assert "Investigator's signature" in text
    grouped = KeyStore().public_key().grouped_fingerprint
    # The fingerprint is drawn in the box's appearance (pypdf reads page content only, so render it).
    rendered = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "signed.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert grouped[:19] in rendered


def _cover_text(pdf: Path) -> str:
    """The cover's text as poppler extracts it: presentation forms folded (NFKC), direction marks dropped."""
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", text) if ch not in "\u202a\u202b\u202c\u202d\u202e"
    )


def test_the_signature_box_speaks_the_reports_language(demo: tuple[CaseService, str], tmp_path: Path) -> None:
    """The stamp in the box is drawn in the report's language (Arabic shaped, right to left), with the
    key's fingerprint in Latin digits inside it, and the signature still verifies."""
    svc, case_id = demo
    words = {
        "en": ("Digitally signed with the CaseDesk investigator key", "the signer's clock"),
        "fr": ("Signé numériquement avec la clé d’enquêteur CaseDesk", "horloge du signataire"),
        "ar": ("بمفتاح المحقق في", "حسب ساعة"),  # words without vowel marks: poppler reorders marks
    }
    for language, (first, last) in words.items():
        pdf = tmp_path / f"{language}.pdf"
        export_pdf(svc, case_id, pdf, ReportOptions(language=language))
        text = _cover_text(pdf)
        grouped = KeyStore().public_key().grouped_fingerprint  # made by the first export
        assert first in text and last in text, (language, text)
        assert grouped[40:] in text  # the fingerprint's second half, in order, in every language
        others = [w for other, pair in words.items() if other != language for w in pair]
        assert not any(w in text for w in others), language
        verify_pdf(pdf.read_bytes())
