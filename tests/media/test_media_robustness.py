"""Hostile and concurrent use: never raise on content, no shared state, atomic derivatives."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.media import (
    DecodeStatus,
    MediaInfo,
    make_derivatives,
    probe_and_derive,
    probe_file,
)
from casedesk.media.sniff import HEAD_BYTES

from .factories import build_exif, jpeg_bytes, scene

_SEEDS = {
    "jpg": jpeg_bytes(scene(1, (64, 48)), exif=build_exif(base={0x010F: "Cam"}).tobytes()),
    "png": b"\x89PNG\r\n\x1a\n",
    "mp4": b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2",
    "wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
    "pdf": b"%PDF-1.4\n",
}


def _assert_sane(info: MediaInfo) -> None:
    assert isinstance(info.decode_status, DecodeStatus)
    assert all(isinstance(w, str) and w for w in info.warnings)
    json.dumps(info.raw_metadata, allow_nan=False)
    json.dumps(info.details, allow_nan=False, default=str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ext=st.sampled_from(sorted(_SEEDS)), cut=st.integers(0, 4000), noise=st.binary(max_size=300))
def test_damaged_files_never_raise(tmp_path: Path, ext: str, cut: int, noise: bytes) -> None:
    path = tmp_path / f"fuzz.{ext}"
    seed = _SEEDS[ext]
    path.write_bytes(seed[: min(cut, len(seed))] + noise)
    info, derivs = probe_and_derive(path, tmp_path / "d")
    _assert_sane(info)
    if info.decode_status in (DecodeStatus.FAILED, DecodeStatus.REFUSED):
        assert derivs == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=1, max_size=HEAD_BYTES + 100))
def test_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blob.jpg"
    path.write_bytes(data)
    _assert_sane(probe_file(path))


def test_parallel_probing_matches_serial(
    tmp_path: Path, make_video: Callable[..., Path], make_wav: Callable[..., Path]
) -> None:
    files = []
    for i in range(6):
        p = tmp_path / f"img{i}.jpg"
        scene(i, (1600, 1200)).save(p, quality=85)
        files.append(p)
    files += [make_video("v.mp4"), make_wav("w.wav")]
    serial = [probe_and_derive(p, tmp_path / "serial" / p.stem) for p in files]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = list(pool.map(lambda p: probe_and_derive(p, tmp_path / "par" / p.stem), files * 2))
    for (s_info, s_derivs), (p_info, p_derivs) in zip(serial * 2, parallel, strict=True):
        assert p_info == s_info
        assert [(d.role, d.width, d.height) for d in p_derivs] == [
            (d.role, d.width, d.height) for d in s_derivs
        ]


def test_derivatives_written_atomically_and_idempotently(tmp_path: Path) -> None:
    src = tmp_path / "a.jpg"
    scene(2, (300, 200)).save(src)
    out = tmp_path / "derived" / "nested"
    info = probe_file(src)
    info.phash = None

    first = make_derivatives(src, info, out, prefix="abc-")
    second = make_derivatives(src, info, out, prefix="abc-")

    assert first == second
    assert sorted(os.listdir(out)) == ["abc-preview.jpg", "abc-thumb.jpg"]  # no temp leftovers
    assert info.phash is not None  # filled in because it was missing


def test_make_derivatives_skips_refused_and_failed(tmp_path: Path) -> None:
    src = tmp_path / "a.png"
    scene(2, (300, 200)).save(src)
    for status in (DecodeStatus.FAILED, DecodeStatus.REFUSED):
        info = probe_file(src)
        info.decode_status = status
        assert make_derivatives(src, info, tmp_path / "d") == []
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("name", ["x.jpg", "x.mp4", "x.wav", "x.pdf", "x.png"])
def test_content_free_of_magic_with_media_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x01\x02\x03" * 100)
    info = probe_file(path)
    assert info.decode_status == DecodeStatus.FAILED
    assert info.warnings[0].startswith(
        f"File name ends in {Path(name).suffix} but the content is not recognisable"
    )
