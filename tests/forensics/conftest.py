"""Fixtures for the image-forensics tests: the shared corpus's real files, read where they lie.

The corpus sits beside the repository (../shared/corpus); a missing file, or one whose SHA-256 is not
the manifest's, fails the test, it never skips.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def _manifest() -> dict[str, str]:
    lines = (CORPUS / "MANIFEST.tsv").read_text("utf-8").splitlines()[1:]
    return {fields[0]: fields[4] for fields in (line.split("\t") for line in lines) if len(fields) > 4}


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    if hashlib.sha256(path.read_bytes()).hexdigest() != _manifest().get(relative):
        pytest.fail(f"corpus file {relative} does not match its SHA-256 in MANIFEST.tsv")
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def png_bomb(width: int, height: int) -> bytes:
    """A few hundred bytes claiming width x height RGB pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )
