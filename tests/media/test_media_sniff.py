"""Content sniffing: real type from magic bytes, names only flag disagreement."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk.media import DecodeStatus, EvidenceKind, probe_file

from .factories import scene

IMAGE_FORMATS = [
    # (Pillow format, save params, expected media type)
    ("JPEG", {}, "image/jpeg"),
    ("PNG", {}, "image/png"),
    ("WEBP", {}, "image/webp"),
    ("GIF", {}, "image/gif"),
    ("TIFF", {}, "image/tiff"),
    ("BMP", {}, "image/bmp"),
    ("AVIF", {}, "image/avif"),
    ("HEIF", {}, "image/heic"),
]


@pytest.mark.parametrize(("fmt", "params", "media_type"), IMAGE_FORMATS, ids=[f[0] for f in IMAGE_FORMATS])
def test_every_image_format_is_sniffed_from_content(
    tmp_path: Path, fmt: str, params: dict[str, object], media_type: str
) -> None:
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    path = tmp_path / "evidence.bin"  # neutral name: only content can tell
    scene(3, (96, 64)).save(path, format=fmt, **params)

    info = probe_file(path)

    assert info.media_type == media_type
    assert info.kind == EvidenceKind.STILL
    assert info.decode_status == DecodeStatus.OK, info.warnings
    assert (info.width, info.height) == (96, 64)
    assert info.phash is not None and len(info.phash) == 16
    assert not any("File name ends in" in w for w in info.warnings)


def test_lying_extension_is_reported_and_content_wins(save_image: Callable[..., Path]) -> None:
    path = save_image("holiday.jpg", fmt="PNG")

    info = probe_file(path)

    assert info.media_type == "image/png"
    assert info.decode_status == DecodeStatus.OK
    assert "File name ends in .jpg but the content is PNG image data (image/png)." in info.warnings


def test_extension_check_is_case_insensitive_and_accepts_synonyms(save_image: Callable[..., Path]) -> None:
    for name in ("A.JPG", "b.jpeg", "c.JFIF"):
        info = probe_file(save_image(name, fmt="JPEG"))
        assert not any("File name ends in" in w for w in info.warnings), name


def test_random_bytes_named_jpg_fail_without_raising(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    data = random.Random(42).randbytes(4096)
    assert not data.startswith(b"\xff")  # precondition: no accidental magic
    path.write_bytes(data)

    info = probe_file(path)

    assert info.kind == EvidenceKind.OTHER
    assert info.media_type == "application/octet-stream"
    assert info.decode_status == DecodeStatus.FAILED
    assert info.warnings == ["File name ends in .jpg but the content is not recognisable as JPEG image data."]


def test_unknown_bytes_with_unknown_name_are_other_but_not_failed(tmp_path: Path) -> None:
    path = tmp_path / "blob.dat"
    path.write_bytes(random.Random(7).randbytes(1000).replace(b"\xff", b"\x00").replace(b"\x00", b"\x01"))
    info = probe_file(path)
    assert (info.kind, info.decode_status, info.warnings) == (EvidenceKind.OTHER, DecodeStatus.OK, [])


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")

    info = probe_file(path)

    assert info.kind == EvidenceKind.OTHER
    assert info.decode_status == DecodeStatus.FAILED
    assert info.warnings == ["Empty file (0 bytes)"]


def test_unreadable_path_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        probe_file(tmp_path / "missing.jpg")
    with pytest.raises(OSError):
        probe_file(tmp_path)  # a directory


def test_zip_is_other_and_office_documents_are_documents(tmp_path: Path) -> None:
    plain = tmp_path / "bundle.zip"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("notes.txt", "hello")
    docx = tmp_path / "report.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")

    zip_info = probe_file(plain)
    docx_info = probe_file(docx)

    assert (zip_info.kind, zip_info.media_type, zip_info.decode_status) == (
        EvidenceKind.OTHER,
        "application/zip",
        DecodeStatus.OK,
    )
    assert docx_info.kind == EvidenceKind.DOCUMENT
    assert docx_info.media_type.endswith("wordprocessingml.document")
    assert docx_info.warnings == []


def test_zip_named_pdf_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "x")
    info = probe_file(path)
    assert info.media_type == "application/zip"
    assert info.warnings[0] == "File name ends in .pdf but the content is ZIP archive data (application/zip)."


def test_plain_text_is_a_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Interview notes — día 3\nSource confirmed the location.\n", encoding="utf-8")
    info = probe_file(path)
    assert (info.kind, info.media_type, info.warnings) == (EvidenceKind.DOCUMENT, "text/plain", [])


def test_legacy_8bit_text_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Témoignage recueilli à Genève, café fermé.\n".encode("cp1252") * 20)
    info = probe_file(path)
    assert (info.media_type, info.warnings) == ("text/plain", [])


def test_iphone_heic_named_jpg_is_flagged(tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0001.jpg"
    scene(2, (64, 48)).save(path, format="HEIF")
    info = probe_file(path)
    assert info.media_type == "image/heic" and info.decode_status == DecodeStatus.OK
    assert info.warnings[0] == "File name ends in .jpg but the content is HEIC image data (image/heic)."


def test_original_name_is_checked_when_stored_under_a_hash(tmp_path: Path) -> None:
    # Content-addressed stores drop the user's file name; the caller passes it along.
    stored = tmp_path / "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    scene(1, (32, 32)).save(stored, format="PNG")

    assert not any("File name ends in" in w for w in probe_file(stored).warnings)
    info = probe_file(stored, original_name="photo.jpg")
    assert info.warnings[0] == "File name ends in .jpg but the content is PNG image data (image/png)."
    bogus = tmp_path / "abc123"
    bogus.write_bytes(b"\x01\x02\x03" * 50)
    assert probe_file(bogus, original_name="clip.mp4").decode_status == DecodeStatus.FAILED
