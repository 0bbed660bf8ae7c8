"""The sealed segment stream: round trips, random access; any tampering looks like a wrong passphrase."""

from __future__ import annotations

import hashlib
import io
import os
import struct
from pathlib import Path

import pytest

from casedesk.bundle import BundleError, crypto
from casedesk.bundle.crypto import (
    HEADER_SIZE,
    MAGIC,
    TAG_SIZE,
    DecryptingReader,
    EncryptingWriter,
    SealedBundle,
    is_encrypted,
)
from casedesk.bundle.errors import WRONG_PASSPHRASE

PASSPHRASE = "correct horse battery staple"
SEGMENT = 4096  # small segments, so a few kB exercise many of them


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap scrypt cost for these stream tests; the header records it, so reading follows suit.
    (The real default is checked on a whole bundle in test_encrypted_bundles.py.)"""
    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", 12)


def _seal(path: Path, plain: bytes, passphrase: str = PASSPHRASE) -> Path:
    with path.open("wb") as out:
        writer = EncryptingWriter(out, passphrase, segment_size=SEGMENT)
        for start in range(0, len(plain), 1000):  # uneven writes across segment boundaries
            writer.write(plain[start : start + 1000])
        writer.finish()
    return path


def _open(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    """The plaintext read both ways an import reads it, which must agree: random access through
    the decrypted view, and the one sequential read of the whole file (which also hashes it)."""
    sealed = SealedBundle.open(path, passphrase)
    with DecryptingReader(sealed, path.open("rb")) as reader:  # closes the file it reads
        plain = reader.read()
    digest = hashlib.sha256()
    with path.open("rb", buffering=0) as handle:
        segments = sealed.read_through(handle, digest, lambda: bytearray(SEGMENT))
        assert b"".join(bytes(view) for view, _ in segments) == plain
    assert digest.hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()
    return plain


@pytest.mark.parametrize("size", [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 5 * SEGMENT, 5 * SEGMENT + 123])
def test_round_trip_at_segment_boundaries(size: int, tmp_path: Path) -> None:
    plain = os.urandom(size)
    path = _seal(tmp_path / "x.bin", plain)
    assert is_encrypted(path)
    assert _open(path) == plain


def test_random_access_reads(tmp_path: Path) -> None:
    plain = os.urandom(3 * SEGMENT + 77)
    path = _seal(tmp_path / "x.bin", plain)
    sealed = SealedBundle.open(path, PASSPHRASE)
    with DecryptingReader(sealed, path.open("rb")) as reader:
        for start, length in [(SEGMENT - 5, 10), (0, 3), (2 * SEGMENT, SEGMENT + 77), (len(plain) - 1, 50)]:
            reader.seek(start)
            assert reader.read(length) == plain[start : start + length]
        assert reader.seek(-10, io.SEEK_END) == len(plain) - 10
        assert reader.read() == plain[-10:]


def _segments(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[HEADER_SIZE:]
    size = SEGMENT + TAG_SIZE
    return data[:HEADER_SIZE], [body[i : i + size] for i in range(0, len(body), size)]


@pytest.fixture
def sealed_file(tmp_path: Path) -> Path:
    return _seal(tmp_path / "sealed.bin", os.urandom(4 * SEGMENT + 100))


def _tampered(sealed_file: Path, data: bytes) -> Path:
    path = sealed_file.with_name("tampered.bin")
    path.write_bytes(data)
    return path


def test_wrong_passphrase(sealed_file: Path) -> None:
    with pytest.raises(BundleError) as caught:
        _open(sealed_file, "correct horse battery stapler")
    assert str(caught.value) == WRONG_PASSPHRASE


@pytest.mark.parametrize("where", [0, len(MAGIC) + 6, HEADER_SIZE, HEADER_SIZE + 2 * SEGMENT, -1])
def test_any_flipped_byte_is_detected(sealed_file: Path, where: int) -> None:
    data = bytearray(sealed_file.read_bytes())
    data[where] ^= 0x40
    with pytest.raises(BundleError, match="Wrong passphrase, or the bundle was modified"):
        _open(_tampered(sealed_file, bytes(data)))


def test_truncation_at_a_segment_boundary_is_detected(sealed_file: Path) -> None:
    header, segments = _segments(sealed_file.read_bytes())
    with pytest.raises(BundleError, match="Wrong passphrase"):
        _open(_tampered(sealed_file, header + b"".join(segments[:-1])))


def test_reordered_and_appended_segments_are_detected(sealed_file: Path) -> None:
    header, segments = _segments(sealed_file.read_bytes())
    swapped = [segments[1], segments[0], *segments[2:]]
    with pytest.raises(BundleError, match="Wrong passphrase"):
        _open(_tampered(sealed_file, header + b"".join(swapped)))
    with pytest.raises(BundleError, match="Wrong passphrase"):
        _open(_tampered(sealed_file, header + b"".join([*segments[:-1], segments[0], segments[-1]])))


def test_hostile_kdf_parameters_are_refused_before_deriving(sealed_file: Path) -> None:
    data = bytearray(sealed_file.read_bytes())
    data[len(MAGIC) + 2] = 30  # scrypt n = 2**30: 128 GiB of memory
    with pytest.raises(BundleError, match="Wrong passphrase"):
        SealedBundle.open(_tampered(sealed_file, bytes(data)), PASSPHRASE)
    data = bytearray(sealed_file.read_bytes())
    data[len(MAGIC)] = 9  # an encryption format from the future
    with pytest.raises(BundleError, match="encryption format 9"):
        SealedBundle.open(_tampered(sealed_file, bytes(data)), PASSPHRASE)


def test_header_layout_is_what_the_docstring_says(sealed_file: Path) -> None:
    header = sealed_file.read_bytes()[:HEADER_SIZE]
    version, kdf, log2_n, r, p = header[len(MAGIC) : len(MAGIC) + 5]
    assert (version, kdf, log2_n, r, p) == (1, 1, 12, 8, 1)
    assert struct.unpack(">I", header[-4:]) == (SEGMENT,)


def test_segments_no_reader_needed_are_still_authenticated(sealed_file: Path) -> None:
    data = bytearray(sealed_file.read_bytes())
    data[HEADER_SIZE + 3 * (SEGMENT + TAG_SIZE) + 10] ^= 0x01  # inside segment 3
    tampered = _tampered(sealed_file, bytes(data))
    sealed = SealedBundle.open(tampered, PASSPHRASE)
    with DecryptingReader(sealed, tampered.open("rb")) as reader:
        assert len(reader.read(SEGMENT)) == SEGMENT  # segment 0 is fine, for random access
    with tampered.open("rb", buffering=0) as handle:
        segments = sealed.read_through(handle, hashlib.sha256(), lambda: bytearray(SEGMENT))
        assert len(next(segments)[0]) == SEGMENT
        with pytest.raises(BundleError, match="Wrong passphrase"):
            list(segments)


def test_a_file_changed_after_it_was_opened_is_refused(sealed_file: Path) -> None:
    sealed = SealedBundle.open(sealed_file, PASSPHRASE)
    whole = sealed_file.read_bytes()
    for changed in (whole[:-5], whole + b"more", b"X" + whole[1:]):
        path = _tampered(sealed_file, changed)
        with path.open("rb", buffering=0) as handle, pytest.raises(BundleError, match="Wrong passphrase"):
            list(sealed.read_through(handle, hashlib.sha256(), lambda: bytearray(SEGMENT)))
