"""The one read of a bundle that checks its originals: what it refuses, and what it still takes.

Originals are checked from a single front-to-back read of the file, so two entries whose bytes
overlap (how an overlapping-entries zip bomb multiplies its data) must be refused before that read,
and an original stored deflated (which CaseDesk never writes) must still be checked, by the counted
reader instead.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import BundleError, import_bundle
from casedesk.core.service import CaseService

from .conftest import Exported
from .helpers import case_json, read_entries, repack, tree_state, write_zip

_STAMP = (0, 0x21)  # DOS time and date: 1980-01-01 00:00


def _local_header(name: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data)
    return struct.pack(
        "<4sHHHHHLLLHH", b"PK\x03\x04", 20, 0, 0, *_STAMP, crc, len(data), len(data), len(name), 0
    )


def _central_entry(name: bytes, data: bytes, offset: int) -> bytes:
    crc = zlib.crc32(data)
    fields = (b"PK\x01\x02", 20, 20, 0, 0, *_STAMP, crc, len(data), len(data), len(name), 0, 0, 0, 0)
    return struct.pack("<4sHHHHHHLLLHHHHHLL", *fields, 0o100644 << 16, offset) + name


def _zip_with_an_entry_inside_another(
    entries: list[tuple[str, bytes]], outer: str, inner: str, inner_data: bytes
) -> bytes:
    """A stored ZIP of ``entries`` in which ``outer``'s data is ``inner``'s whole local entry
    (header and data), and the central directory lists ``inner`` there, inside ``outer``."""
    body, central = b"", b""
    for name, data in entries:
        raw = name.encode()
        header = _local_header(raw, data)
        if name == outer:
            inner_at = len(body) + len(header) + len(raw)
            central += _central_entry(inner.encode(), inner_data, inner_at)
        central += _central_entry(raw, data, len(body))
        body += header + raw + data
    count = len(entries) + 1
    end = struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, count, count, len(central), len(body), 0)
    return body + central + end


@pytest.fixture
def target(tmp_path: Path) -> Iterator[CaseService]:
    svc = CaseService.open(tmp_path / "target", "Test Investigator")
    yield svc
    svc.close()


def test_originals_whose_bytes_overlap_are_refused(
    small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    entries = read_entries(small_export.bundle)
    inner_info, inner_data = next((i, d) for i, d in entries if i.filename.startswith("originals/"))
    inner = inner_info.filename
    # The outer original's bytes are the inner one's local entry: both hash true to the manifest.
    outer_data = _local_header(inner.encode(), inner_data) + inner.encode() + inner_data
    outer_sha = hashlib.sha256(outer_data).hexdigest()

    def add(document: dict[str, Any]) -> None:
        evidence = dict(document["evidence"][0], id="outer-0000", sha256=outer_sha, size=len(outer_data))
        document["evidence"].append(dict(evidence, parent_id=None))
        document["originals"].append(
            {"sha256": outer_sha, "size": len(outer_data), "name": "outer", "evidence_ids": ["outer-0000"]}
        )

    edited = repack(small_export.bundle, tmp_path / "edited.zip", manifest=add)
    kept = [(i.filename, d) for i, d in read_entries(edited) if i.filename != inner]
    outer = "originals/" + outer_sha
    bundle = tmp_path / "overlap.casedesk"
    bundle.write_bytes(
        _zip_with_an_entry_inside_another([*kept, (outer, outer_data)], outer, inner, inner_data)
    )
    with zipfile.ZipFile(bundle) as archive:  # a well-formed ZIP, as far as the directory goes
        assert sorted(archive.namelist()) == sorted([*(n for n, _ in kept), outer, inner])
    before = tree_state(target.workspace.root)
    with pytest.raises(BundleError, match="share bytes \\(an overlapping-entries zip bomb\\)"):
        import_bundle(target, bundle)
    assert tree_state(target.workspace.root) == before


def test_an_original_stored_deflated_is_still_checked_and_imported(
    small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    entries = [(i.filename, d) for i, d in read_entries(small_export.bundle)]
    bundle = write_zip(tmp_path / "deflated.casedesk", entries, zipfile.ZIP_DEFLATED)
    result = import_bundle(target, bundle)
    assert result.status == "imported"
    assert result.bundle_sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    imported = case_json(target.workspace.location, result.case_id)
    original = case_json(small_export.workspace, small_export.case_id)
    for moved in ("updated_at", "custody_head", "custody_count"):  # the import logs itself
        imported.pop(moved), original.pop(moved)
    assert imported == original
    for name, data in entries:
        if name.startswith("originals/"):
            with target.open_original(name.removeprefix("originals/")) as stored:
                assert stored.read() == data

    # One flipped byte in a deflated original's content is caught by its hash.
    original = next(n for n, _ in entries if n.startswith("originals/"))
    altered = [(n, d[:-1] + bytes([d[-1] ^ 1]) if n == original else d) for n, d in entries]
    tampered = write_zip(tmp_path / "tampered.casedesk", altered, zipfile.ZIP_DEFLATED)
    with pytest.raises(BundleError, match="does not match the manifest"):
        import_bundle(target, tampered)
