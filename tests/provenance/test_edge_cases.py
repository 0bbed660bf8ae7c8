"""Files that lie about their Content Credentials: findings or nothing, never a crash, never a loss.

Generated from the corpus files (only for what the corpus has no example of): a JPEG cut inside
its manifest, a JUMBF box claiming 4 GiB, hundreds of bogus manifest segments, garbage in a PNG's
caBX chunk, empty and random files.
"""

from __future__ import annotations

import os
import random
import struct
import time
import zlib
from pathlib import Path

import pytest

from casedesk.core.service import CaseService
from casedesk.provenance import C2paStatus, library
from casedesk.provenance.library import UnsupportedLibrary, has_c2pa_marker
from casedesk.provenance.reader import C2paReader
from casedesk.provenance.trust import load

from .conftest import CHAINED, NO_MANIFEST, REMOTE_ONLY, VALID, WAV, corpus_file, sha256


def _jumbf_app11(box_length: int, payload: bytes = b"") -> bytes:
    """A JPEG APP11 segment holding the start of a JUMBF "c2pa" superbox of the given claimed length."""
    description = struct.pack(">I4s", 8 + 16 + 1 + 5, b"jumd") + b"c2pa" + bytes(12) + b"\x03" + b"c2pa\x00"
    box = struct.pack(">I4s", box_length, b"jumb") + description + payload
    segment = b"JP" + struct.pack(">HI", 1, 1) + box
    return b"\xff\xeb" + struct.pack(">H", len(segment) + 2) + segment


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_jpeg_cut_inside_its_manifest_is_a_finding(
    plain_reader: C2paReader, svc: CaseService, tmp_path: Path
) -> None:
    data = corpus_file(VALID).read_bytes()
    cut = _write(tmp_path, "cut.jpg", data[: data.find(b"\xff\xeb") + 3000])
    record = plain_reader.read(cut)
    assert record.status is C2paStatus.ERROR and record.error
    case_id = svc.create_case("Cut").id
    (result,) = svc.add_files(case_id, [cut])
    assert result.stored and any("present but could not be read" in w for w in result.warnings)
    assert sha256(svc.original_path(result.evidence_id)) == sha256(cut)  # kept as received
    (entry,) = [e for e in svc.custody_log(case_id) if e.action == "evidence_add"]
    assert entry.details["provenance"]["c2pa"] == "error" and entry.details["provenance"]["error"]


def test_a_jpeg_cut_after_its_manifest_no_longer_matches_it(plain_reader: C2paReader, tmp_path: Path) -> None:
    data = corpus_file(VALID).read_bytes()
    record = plain_reader.read(_write(tmp_path, "short.jpg", data[:-20_000]))  # the last scans lost
    assert record.state == "Invalid" and "assertion.dataHash.mismatch" in record.codes


def test_a_broken_photo_without_credentials_is_no_finding(plain_reader: C2paReader, tmp_path: Path) -> None:
    data = corpus_file(NO_MANIFEST).read_bytes()
    record = plain_reader.read(_write(tmp_path, "broken.jpg", data[: len(data) // 2]))
    assert record.status is C2paStatus.NONE and not record.present
    assert record.error  # what c2pa said is kept, but it is not Content Credentials gone wrong


def test_a_jumbf_box_claiming_4_gib_is_refused_quickly(plain_reader: C2paReader, tmp_path: Path) -> None:
    data = corpus_file(NO_MANIFEST).read_bytes()
    bogus = _write(tmp_path, "huge.jpg", data[:2] + _jumbf_app11(0xFFFFFFF0) + data[2:])
    started = time.perf_counter()
    record = plain_reader.read(bogus)
    assert time.perf_counter() - started < 5
    assert record.status is C2paStatus.ERROR and not record.codes


def test_hundreds_of_bogus_manifest_segments(plain_reader: C2paReader, tmp_path: Path) -> None:
    data = corpus_file(NO_MANIFEST).read_bytes()
    filler = bytes(65_000)
    segments = b"".join(
        b"\xff\xeb" + struct.pack(">H", len(filler) + 2 + 8) + b"JP" + struct.pack(">HI", 1, n) + filler
        for n in range(1, 320)
    )  # ~20 MB of continuation segments that never start a box
    bogus = _write(tmp_path, "many.jpg", data[:2] + _jumbf_app11(0x10000000) + segments + data[2:])
    started = time.perf_counter()
    record = plain_reader.read(bogus)
    assert time.perf_counter() - started < 10
    assert record.status in (C2paStatus.ERROR, C2paStatus.NONE) and record.state is None


def test_garbage_in_a_png_manifest_chunk(plain_reader: C2paReader, tmp_path: Path) -> None:
    png = corpus_file(REMOTE_ONLY).read_bytes()
    body = struct.pack(">I4s", 0x7FFFFFFF, b"jumb") + os.urandom(2000)
    chunk = struct.pack(">I", len(body)) + b"caBX" + body + struct.pack(">I", zlib.crc32(b"caBX" + body))
    record = plain_reader.read(_write(tmp_path, "garbage.png", png[:33] + chunk + png[33:]))
    assert record.status in (C2paStatus.ERROR, C2paStatus.NONE) and record.state is None


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.jpg", b""),
        ("random.bin", os.urandom(4096)),
        ("note.txt", b"Ceci n'est pas une image."),
    ],
)
def test_files_that_cannot_carry_credentials_have_none(
    plain_reader: C2paReader, tmp_path: Path, name: str, data: bytes
) -> None:
    record = plain_reader.read(_write(tmp_path, name, data), "image/jpeg" if name.endswith(".jpg") else None)
    assert record.status is C2paStatus.NONE


def test_a_large_jpeg_is_read_whole_only_if_it_holds_credentials(
    plain_reader: C2paReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library, "WHOLE_FILE_LIMIT", 1000)  # c2pa would load it all into memory
    plain = plain_reader.read(corpus_file(NO_MANIFEST), "image/jpeg")
    assert plain.status is C2paStatus.NONE and plain.error and plain.error.startswith("not given to c2pa")
    signed = plain_reader.read(corpus_file(VALID), "image/jpeg")
    assert signed.state == "Valid" and signed.error is None  # it has C2PA data: read all the same


def test_the_marker_scan_finds_a_manifest_anywhere_and_stops(tmp_path: Path) -> None:
    data = bytes(3 * 1024 * 1024 - 5) + b"jumd" + b"c2pa" + bytes(20)  # across a chunk boundary
    assert has_c2pa_marker(_write(tmp_path, "late.bin", data))
    assert not has_c2pa_marker(_write(tmp_path, "none.bin", bytes(100_000) + b"jumdxxxx"))
    assert not has_c2pa_marker(_write(tmp_path, "beyond.bin", data), limit=1024 * 1024)


def test_mutated_manifests_never_raise(plain_reader: C2paReader, tmp_path: Path) -> None:
    """Bytes flipped, cut and inserted where the manifests are: a reading each time, whatever it says."""
    rng = random.Random(14)
    seeds = [corpus_file(r).read_bytes() for r in (VALID, WAV, CHAINED)]
    seen = set()
    for n in range(150):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(min(len(data), 400_000))
            if rng.random() < 0.7:
                data[at] = rng.randrange(256)
            else:
                del data[at : at + rng.randint(1, 64)]
        record = plain_reader.read(_write(tmp_path, f"mutant{n}", bytes(data)))
        seen.add(record.status)
        assert record.state in (None, "Valid", "Trusted", "Invalid")
    assert {C2paStatus.ERROR, C2paStatus.READ} <= seen


def test_an_untested_library_version_is_refused_and_ingest_goes_on(
    svc: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import c2pa

    monkeypatch.setattr(c2pa, "__version__", "0.99.0")
    with pytest.raises(UnsupportedLibrary, match=r"0\.99\.0 is not a version CaseDesk was tested with"):
        C2paReader(load())
    case_id = svc.create_case("Newer library").id
    (result,) = svc.add_files(case_id, [corpus_file(VALID)])
    assert result.status == "added"
    assert any(
        w.startswith("Content Credentials (C2PA) were not read: c2pa-python 0.99.0") for w in result.warnings
    )
    assert svc.provenance_unread(case_id) == [result.evidence_id]


def test_the_settings_keep_the_library_offline() -> None:
    settings = library.offline_settings("", "")
    assert settings["verify"]["remote_manifest_fetch"] is False and settings["verify"]["ocsp_fetch"] is False
    assert settings["core"]["allowed_network_hosts"] == [] and settings["core"]["allow_redirects"] is False
    assert settings["core"]["decode_identity_assertions"] is False
    assert settings["verify"]["verify_trust"] is True and settings["trust"] == {}
