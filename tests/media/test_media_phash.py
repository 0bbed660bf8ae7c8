"""Perceptual hash: near-duplicates close, unrelated pictures far."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from casedesk.media import image_phash, phash_distance, probe_file

from .factories import jpeg_bytes, scene


def _recompressed(img: Image.Image, size: tuple[int, int], quality: int) -> Image.Image:
    return Image.open(io.BytesIO(jpeg_bytes(img.resize(size, Image.Resampling.BILINEAR), quality=quality)))


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_resized_recompressed_copy_is_a_near_duplicate(seed: int) -> None:
    original = scene(seed, (800, 600))
    copy = _recompressed(original, (400, 300), quality=55)
    assert phash_distance(image_phash(original), image_phash(copy)) <= 10


def test_unrelated_pictures_are_far_apart() -> None:
    hashes = [image_phash(scene(seed, (400, 300))) for seed in range(1, 7)]
    for i, a in enumerate(hashes):
        for b in hashes[i + 1 :]:
            assert phash_distance(a, b) >= 20


def test_probe_hashes_near_duplicate_files_alike(tmp_path: Path) -> None:
    # Through the real pipeline: reduced-scale JPEG decode of the big one, full decode of the small one.
    big, small, other = tmp_path / "big.jpg", tmp_path / "small.jpg", tmp_path / "other.png"
    scene(11, (3000, 2000)).save(big, quality=92)
    scene(11, (3000, 2000)).resize((600, 400)).save(small, quality=60)
    scene(12, (600, 400)).save(other)
    hb, hs, ho = (probe_file(p).phash for p in (big, small, other))
    assert hb and hs and ho
    assert phash_distance(hb, hs) <= 10
    assert phash_distance(hb, ho) >= 20


def test_phash_format_and_distance_basics() -> None:
    h = image_phash(scene(1, (64, 64)))
    assert len(h) == 16 and int(h, 16) >= 0
    assert phash_distance(h, h) == 0
    assert phash_distance("0000000000000000", "ffffffffffffffff") == 64
    assert phash_distance("8000000000000001", "0000000000000000") == 2
    for bad in ("abc", "zzzzzzzzzzzzzzzz", ""):
        with pytest.raises(ValueError):
            phash_distance(bad, h)


def test_phash_accepts_any_mode_and_is_deterministic() -> None:
    img = scene(5, (120, 90))
    assert image_phash(img) == image_phash(img.copy())
    for mode in ("L", "RGBA", "P", "CMYK"):
        assert len(image_phash(img.convert(mode))) == 16


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**64 - 1), st.integers(0, 2**64 - 1))
def test_distance_is_a_metric_on_hashes(a: int, b: int) -> None:
    ha, hb = f"{a:016x}", f"{b:016x}"
    assert phash_distance(ha, hb) == phash_distance(hb, ha) == bin(a ^ b).count("1")
