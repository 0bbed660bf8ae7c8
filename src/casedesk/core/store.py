"""The content-addressed evidence store.

Originals live at ``originals/ab/cd/<sha256>``, written once: streamed into a temporary file inside
the store (hashing while copying, never whole in memory), fsynced, atomically renamed into place,
then made read-only. A crash leaves at worst a stray temporary file, which :meth:`EvidenceStore.
clean_temporary` removes on the next open, or a complete original no row refers to yet; never a
half-written original under its final name. Derived files (thumbnails, previews, waveforms) live
under ``derived/`` and can always be regenerated.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
TMP_PREFIX = ".incoming-"

ProgressFn = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class StoredOriginal:
    sha256: str
    size: int
    path: Path
    newly_stored: bool  # False when the same content was already in the store


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (Windows): the rename is still atomic
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path, on_bytes: ProgressFn | None = None) -> str:
    """SHA-256 of a file, streamed."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if on_bytes:
                on_bytes(len(chunk))
    return digest.hexdigest()


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.originals = root / "originals"
        self.derived_root = root / "derived"
        self.tmp = self.originals / ".tmp"

    def ensure(self) -> None:
        for folder in (self.originals, self.derived_root, self.tmp):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.originals / sha256[:2] / sha256[2:4] / sha256

    def derived_dir(self, sha256: str) -> Path:
        return self.derived_root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_stream(self, source: BinaryIO, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        """Copy a stream into the store, hashing as it goes."""
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, dir=self.tmp)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if on_bytes:
                        on_bytes(len(chunk))
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.is_file():
                tmp.unlink()
                return StoredOriginal(sha, size, final, newly_stored=False)
            final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(tmp, stat.S_IRUSR)
            os.replace(tmp, final)
            _fsync_dir(final.parent)
            return StoredOriginal(sha, size, final, newly_stored=True)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def put_file(self, path: Path, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        with path.open("rb") as source:
            return self.put_stream(source, on_bytes)

    def put_bytes(self, data: bytes) -> StoredOriginal:
        return self.put_stream(io.BytesIO(data))

    def verify(self, sha256: str, size: int, on_bytes: ProgressFn | None = None) -> str | None:
        """None if the original is intact, else a sentence saying what is wrong."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "original file is missing from the store"
        actual_size = path.stat().st_size
        if actual_size != size:
            return f"size is {actual_size} bytes, recorded {size}"
        actual = sha256_file(path, on_bytes)
        if actual != sha256:
            return f"content hash is {actual}, recorded {sha256}"
        return None

    def iter_originals(self) -> Iterator[Path]:
        for path in self.originals.glob("??/??/*"):
            if path.is_file():
                yield path

    def clean_temporary(self) -> int:
        """Remove temporary files left by an interrupted write; return how many."""
        removed = 0
        if self.tmp.is_dir():
            for leftover in self.tmp.iterdir():
                leftover.unlink(missing_ok=True)
                removed += 1
        for leftover in self.derived_root.rglob(f"{TMP_PREFIX}*") if self.derived_root.is_dir() else ():
            leftover.unlink(missing_ok=True)
            removed += 1
        return removed

    def purge(self, sha256: str) -> None:
        path = self.path_for(sha256)
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()
        derived = self.derived_dir(sha256)
        if derived.is_dir():
            for item in derived.iterdir():
                item.unlink()
            derived.rmdir()
