"""Capture time, GPS, make and model agree with exiftool's values on every corpus file."""

from __future__ import annotations

import pytest

from casedesk.media import probe_file
from casedesk.media.api import EvidenceKind
from casedesk.media.meta import read_metadata
from casedesk.media.meta.agreement import Tally, Values, reference_values

from .metadata_corpus import corpus_file, corpus_media, need_exiftool


@pytest.mark.parametrize("relative", corpus_media())
def test_meta_agrees_with_exiftool(relative: str) -> None:
    tool = need_exiftool()
    path = corpus_file(relative)
    (reference,) = reference_values(tool, [path])
    chosen = read_metadata(path, tool).chosen
    ours = Values(
        chosen.captured_at.value if chosen.captured_at else None,
        chosen.gps.value if chosen.gps else None,
        chosen.make.value if chosen.make else None,
        chosen.model.value if chosen.model else None,
    )
    tally = Tally()
    tally.add(path.name, ours, reference)
    assert tally.disagreements == []


@pytest.mark.parametrize("relative", [r for r in corpus_media() if not r.endswith((".mp4", ".mov", ".wav"))])
def test_ingest_of_stills_agrees_with_exiftool(relative: str) -> None:
    """What ingest records for a still (probe_file → read_exif) is exiftool's choice."""
    tool = need_exiftool()
    path = corpus_file(relative)
    (reference,) = reference_values(tool, [path])
    info = probe_file(path)
    assert info.kind == EvidenceKind.STILL
    tally = Tally()
    tally.add(path.name, Values(info.captured_at, info.gps, info.camera_make, info.camera_model), reference)
    assert tally.disagreements == []
    assert info.details["metadata_reader"] == f"exiftool {tool.version}"
    assert "exiftool" in info.raw_metadata


@pytest.mark.parametrize("relative", [r for r in corpus_media() if r.endswith((".mp4", ".mov", ".wav"))])
def test_video_and_audio_through_read_into_agree_with_exiftool(relative: str) -> None:
    """``exif.read_into`` is what avprobe is to call after the container tags (see the report)."""
    from casedesk.media.exif import read_into

    tool = need_exiftool()
    path = corpus_file(relative)
    (reference,) = reference_values(tool, [path])
    info = probe_file(path)
    read_into(path, info)
    tally = Tally()
    tally.add(path.name, Values(info.captured_at, info.gps, info.camera_make, info.camera_model), reference)
    assert tally.disagreements == []
    assert info.details["metadata_reader"] == f"exiftool {tool.version}"
