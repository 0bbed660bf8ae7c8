"""Refusals as at ingest (bombs, damaged and non-image files), the original unchanged, no socket."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from casedesk.forensics import ForensicsError, examine
from casedesk.media.limits import Limits

from .conftest import corpus_file, png_bomb, sha256


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(30_000, 30_000))
    with pytest.raises(ForensicsError, match=r"claims 30000x30000 pixels, above the 200 megapixel limit"):
        examine(bomb)


def test_pillow_bomb_guard_stays_on(tmp_path: Path) -> None:
    """Under ingest's limit but above Pillow's own guard (2 x 89.5 MP): still refused, with a message."""
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(14_000, 13_000))  # 182 MP
    with pytest.raises(ForensicsError, match="safety limit"):
        examine(bomb)


def test_a_lower_limit_is_applied() -> None:
    with pytest.raises(ForensicsError, match=r"above the 0\.1 megapixel limit"):
        examine(corpus_file("forensics/comp40.jpg"), Limits(max_pixels=100_000))


def test_corrupt_jpeg_is_refused(tmp_path: Path) -> None:
    data = bytearray(corpus_file("forensics/comp40.jpg").read_bytes())
    frame = data.index(b"\xff\xc0")  # start of frame: height and width set to 0
    data[frame + 5 : frame + 9] = b"\x00" * 4
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(bytes(data))
    with pytest.raises(ForensicsError, match=r"JPEG image data in broken.jpg could not be decoded") as caught:
        examine(broken)
    assert str(caught.value) == (
        "The JPEG image data in broken.jpg could not be decoded (cannot identify image file); not examined."
    )


def test_truncated_jpeg_is_examined_as_far_as_it_goes(tmp_path: Path) -> None:
    data = corpus_file("forensics/comp40.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) * 2 // 3])
    report = examine(cut)
    assert report.partial and report.double_compression is not None


def test_not_an_image_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ForensicsError, match="not a still image"):
        examine(corpus_file("camera/karma.mp4"))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ForensicsError, match="not a still image"):
        examine(text)


@pytest.mark.parametrize(
    "name", ["forensics/comp4050.jpg", "forensics/45-gps_ifd.jpg", "camera/iphone_13_pro_max.HEIC"]
)
def test_original_unchanged_and_no_socket(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_file(name)
    before, mtime = sha256(path), path.stat().st_mtime_ns

    def no_socket(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    examine(path)
    assert sha256(path) == before and path.stat().st_mtime_ns == mtime
