"""The OCR module against the real Tesseract: what it returns, and what it refuses."""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import Cancelled, UsageError
from casedesk.media import ocr
from casedesk.media.limits import Limits

from .conftest import ARABIC, PAGES, corpus_file


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_claiming(width: int, height: int) -> bytes:
    """A few hundred bytes whose header claims width x height RGB pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def test_arabic_is_read_in_logical_order_with_word_boxes() -> None:
    result = ocr.recognise_file(ARABIC.path, "ara")
    first_line = result.text.splitlines()[0]
    assert first_line.startswith("منزل حصين دونه")  # logical order: the rightmost word first
    words = [w for w in result.words if w.line == 1]
    assert [w.text for w in words[:3]] == ["منزل", "حصين", "دونه"]
    assert words[0].x > words[1].x > words[2].x  # drawn right to left
    assert all(w.x >= 0 and w.x + w.w <= result.width and w.y + w.h <= result.height for w in result.words)
    assert all(0 <= w.confidence <= 100 for w in result.words)
    assert (result.width, result.height) == Image.open(ARABIC.path).size
    assert result.engine == "tesseract" and result.engine_version.startswith("5.")
    assert result.languages == "ara"
    expected = hashlib.sha256((ocr.engine().tessdata / "ara.traineddata").read_bytes()).hexdigest()
    assert result.models == {"ara": expected}


def test_direction_marks_are_left_out() -> None:
    # Tesseract marks Latin runs inside Arabic with LRM/RLM; they are not text.
    result = ocr.recognise_file(PAGES[3].path, "ara+eng")
    assert not {"\u200e", "\u200f"} & set(result.text)
    assert not any({"\u200e", "\u200f"} & set(w.text) for w in result.words)


def test_a_decoded_picture_is_read_too_and_large_ones_are_scaled_back() -> None:
    page = Image.open(PAGES[0].path)
    assert ocr.recognise_image(page, "eng").text == "Hello Google"
    # Four times as wide and high as OCR_MAX_PIXELS allows: read smaller, boxes in this image's pixels.
    big = page.convert("L").resize((page.width * 8, page.height * 8), Image.Resampling.NEAREST)
    old = ocr.OCR_MAX_PIXELS
    ocr.OCR_MAX_PIXELS = big.width * big.height // 16
    try:
        result = ocr.recognise_image(big, "eng")
    finally:
        ocr.OCR_MAX_PIXELS = old
    assert result.text == "Hello Google"
    assert (result.width, result.height) == big.size
    hello = result.words[0]
    small = ocr.recognise_image(page, "eng").words[0]
    assert abs(hello.x - small.x * 8) <= 16 and abs(hello.w - small.w * 8) <= 24


def test_the_original_is_not_touched_and_no_temporary_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    before = hashlib.sha256(ARABIC.path.read_bytes()).hexdigest()
    stat = os.stat(ARABIC.path)
    ocr.recognise_file(ARABIC.path, "ara")
    assert hashlib.sha256(ARABIC.path.read_bytes()).hexdigest() == before
    assert os.stat(ARABIC.path).st_mtime_ns == stat.st_mtime_ns
    assert list(tmp_path.iterdir()) == []


def test_a_missing_language_says_which_package_to_install() -> None:
    with pytest.raises(ocr.OcrUnavailable) as err:
        ocr.recognise_file(corpus_file("ocr/raaj.tif"), "hin+eng")
    assert str(err.value) == "Tesseract has no data for hin. Install the Debian package(s) tesseract-ocr-hin."
    assert ocr.debian_package("chi_sim") == "tesseract-ocr-chi-sim"


def test_missing_tesseract_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ocr.OcrUnavailable) as err:
        ocr.recognise_file(ARABIC.path, "ara")
    assert "Install the Debian package tesseract-ocr and" in str(err.value)
    assert "tesseract-ocr-ara" in str(err.value)


@pytest.mark.parametrize("languages", ["", "eng;rm -rf", "-l", "ara+", "x"])
def test_languages_must_be_tesseract_codes(languages: str) -> None:
    if languages == "ara+":
        assert ocr.split_languages(languages) == ["ara"]
        return
    with pytest.raises(ocr.OcrLanguagesError) as err:
        ocr.split_languages(languages)
    assert isinstance(err.value, UsageError)


def test_a_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_claiming(100_000, 100_000))
    with pytest.raises(ocr.OcrImageError) as err:
        ocr.recognise_file(bomb, "eng")
    assert str(err.value) == (
        "The image claims 100000x100000 pixels, above the 200 megapixel limit; not read."
    )
    with pytest.raises(ocr.OcrImageError, match=r"above the 0\.0001 megapixel limit"):
        ocr.load_image(ARABIC.path, Limits(max_pixels=100))


def test_pillows_own_bomb_guard_is_caught(tmp_path: Path) -> None:
    wide = tmp_path / "wide.png"
    wide.write_bytes(png_claiming(15_000, 15_000))  # 225 MP: under a raised limit, over Pillow's guard
    with pytest.raises(ocr.OcrImageError, match="safety limit"):
        ocr.load_image(wide, Limits(max_pixels=10**12))


def test_damaged_and_non_images_are_refused(tmp_path: Path) -> None:
    cut = tmp_path / "cut.png"
    cut.write_bytes(ARABIC.path.read_bytes()[:600])
    with pytest.raises(ocr.OcrImageError, match="could not be decoded"):
        ocr.recognise_file(cut, "ara")
    text = tmp_path / "notes.png"
    text.write_text("not an image at all\n")
    with pytest.raises(ocr.OcrImageError) as err:
        ocr.recognise_file(text, "eng")
    assert (
        str(err.value) == "notes.png holds plain text, not a still image; only images can be read for text."
    )


def test_a_slow_recognition_is_stopped_and_a_cancel_is_heard() -> None:
    page = Image.open(PAGES[1].path)
    with pytest.raises(ocr.OcrImageError, match="took more than 0 s"):
        ocr.recognise_image(page, "eng", timeout_s=0.1)
    with pytest.raises(Cancelled):
        ocr.recognise_image(page, "eng", cancelled=lambda: True)


def test_a_photo_is_read_upright_as_its_exif_orientation_says(tmp_path: Path) -> None:
    page = Image.open(PAGES[0].path).convert("RGB")
    stored = page.transpose(Image.Transpose.ROTATE_270)  # as a camera held sideways writes it
    exif = Image.Exif()
    exif[0x0112] = 8  # shown after turning it 90° counter-clockwise
    path = tmp_path / "sideways.jpg"
    stored.save(path, "JPEG", quality=95, exif=exif)
    result = ocr.recognise_file(path, "eng")
    assert result.text == "Hello Google"
    assert (result.width, result.height) == page.size  # boxes in the upright picture's pixels
