"""Shared by the metadata tests: the corpus files and the exiftool they need."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casedesk.media.meta import ExifTool, find_exiftool

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
MEDIA = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".mp4", ".mov", ".wav")


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


def corpus_media() -> list[str]:
    """camera/ (all), forensics/ and c2pa/ media, as paths relative to the corpus."""
    return [
        f"{folder}/{p.name}"
        for folder in ("camera", "forensics", "c2pa")
        if (CORPUS / folder).is_dir()
        for p in sorted((CORPUS / folder).iterdir())
        if p.suffix.lower() in MEDIA
    ] or ["camera/missing"]


def need_exiftool() -> ExifTool:
    """exiftool, or a failure under CI (it must be installed there) and a skip elsewhere."""
    found = find_exiftool()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("exiftool is not installed (apt-get install -y libimage-exiftool-perl)")
        pytest.skip("exiftool is not installed")
    return found
