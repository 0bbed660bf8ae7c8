"""PDF documents via pypdf."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casedesk.media import DecodeStatus, EvidenceKind, probe_and_derive, probe_file


def test_pdf_page_count_and_title(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    info, derivs = probe_and_derive(
        make_pdf("statement.pdf", pages=2, title="Witness statement"), tmp_path / "d"
    )

    assert (info.kind, info.media_type, info.decode_status) == (
        EvidenceKind.DOCUMENT,
        "application/pdf",
        DecodeStatus.OK,
    )
    assert info.details["page_count"] == 2
    assert info.details["title"] == "Witness statement"
    assert info.details["author"] == "Field team"
    assert "created" in info.details
    assert info.raw_metadata["pdf_info"]["Title"] == "Witness statement"
    assert info.warnings == []
    assert derivs == []  # no PDF renderer in the media layer


def test_pdf_without_title(make_pdf: Callable[..., Path]) -> None:
    info = probe_file(make_pdf("untitled.pdf", pages=3, title=None))
    assert info.details["page_count"] == 3
    assert info.decode_status == DecodeStatus.OK


def test_corrupt_pdf_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
    )
    info = probe_file(path)
    assert info.kind == EvidenceKind.DOCUMENT and info.media_type == "application/pdf"
    assert info.decode_status in (DecodeStatus.FAILED, DecodeStatus.PARTIAL)
    assert info.warnings


def test_truncated_pdf_does_not_crash(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    data = make_pdf(pages=2).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:200])
    info = probe_file(path)
    assert info.kind == EvidenceKind.DOCUMENT
    assert info.decode_status != DecodeStatus.OK
    assert info.warnings


def test_password_protected_pdf_is_partial(make_pdf: Callable[..., Path]) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption("user-secret", ownerPassword="owner-secret", strength=128)
    info = probe_file(make_pdf("locked.pdf", encrypt=enc))
    assert info.decode_status == DecodeStatus.PARTIAL
    assert info.details["encrypted"] is True
    assert info.warnings == ["The PDF is password-protected; page count and title are unavailable."]


def test_pdf_with_empty_user_password_is_read(make_pdf: Callable[..., Path]) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption("", ownerPassword="owner-secret", canPrint=0, strength=128)
    info = probe_file(make_pdf("restricted.pdf", encrypt=enc, pages=2))
    assert info.decode_status == DecodeStatus.OK, info.warnings
    assert info.details["page_count"] == 2 and info.details["encrypted"] is True
