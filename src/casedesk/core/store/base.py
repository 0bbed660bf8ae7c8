"""What every evidence store offers, and the hashing they share.

Two stores exist: :class:`~casedesk.core.store.folder.FolderStore` keeps originals and derived files
in a folder (a laptop workspace), and a team store keeps them in an S3-compatible object store with a
folder store as its local cache. Everything that reads an original asks for :meth:`local_path`, a
readable local file, so decoding, OCR, forensics and the interface never learn which store they use.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from casedesk.fsutil import TempFile
from casedesk.i18n import Message, msg

CHUNK = 1 << 20

ProgressFn = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class StoredOriginal:
    sha256: str
    size: int
    path: Path
    newly_stored: bool  # False when the same content was already in the store


def damaged_original(sha256: str, damage: Message | str) -> Message:
    """A damaged original as a verify report records it: "original <sha>: size is 3 bytes, recorded
    5" (``service/integrity.py`` writes this form; the catalogue needs it to translate one)."""
    return msg(
        "original {sha256}: {damage}", "a problem verify found in the store", sha256=sha256, damage=damage
    )


def sha256_file(path: Path, on_bytes: ProgressFn | None = None) -> str:
    """SHA-256 of a file, streamed."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if on_bytes:
                on_bytes(len(chunk))
    return digest.hexdigest()


def sha256_of(handle: io.FileIO, size: int, on_bytes: ProgressFn | None) -> str:
    """SHA-256 of an open unbuffered file: a small one in one read, a large one through one buffer."""
    if size < CHUNK:
        # One read of the size fstat gave (and a byte more, to see growth): reading CHUNK would make
        # the C library map and unmap a megabyte for each of ten thousand small files.
        data = handle.read(size + 1)
        if on_bytes and data:
            on_bytes(len(data))
        digest = hashlib.sha256(data)
        # It grew since the fstat: hash what is there. Asked only then: an empty read of CHUNK still
        # costs the megabyte's map and unmap.
        while len(data) > size and (more := handle.read(CHUNK)):
            digest.update(more)
        return digest.hexdigest()
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    while got := handle.readinto(buffer):
        digest.update(view[:got])
        if on_bytes:
            on_bytes(got)
    return digest.hexdigest()


class EvidenceStore(Protocol):
    """Originals by SHA-256, written once and never changed; derived files beside them.

    ``root`` is a local folder the store may use (a team store's cache), ``tmp`` a folder for
    temporaries on the same file system as the local copies.
    """

    root: Path
    tmp: Path

    def ensure(self) -> None:
        """Create what the store needs (folders; for a team store, checks the bucket)."""

    def create(self) -> bool:
        """Make the store where there is none yet (``casedesk init``: a team store's bucket), then
        :meth:`ensure`; whether it was made. Opening a workspace never does this unasked."""

    def has(self, sha256: str) -> bool:
        """Whether the original is stored (complete)."""

    def put_stream(self, source: BinaryIO, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        """Store a stream, hashing it as it is copied; durable when this returns."""

    def put_file(self, path: Path, on_bytes: ProgressFn | None = None) -> StoredOriginal: ...

    def put_bytes(self, data: bytes) -> StoredOriginal: ...

    def adopt(self, tmp: TempFile, sha256: str) -> None:
        """Store a complete temporary file whose hash the caller has verified to be ``sha256``."""

    def local_path(self, sha256: str) -> Path:
        """A readable local file holding the original (fetched and checked first, if remote)."""

    def verify(self, sha256: str, size: int, on_bytes: ProgressFn | None = None) -> str | None:
        """None if the stored original is intact, else what is wrong (read from the store itself)."""

    def derived_dir(self, sha256: str) -> Path:
        """The local folder derived files of ``sha256`` are written to."""

    def derived_file(self, sha256: str, role: str) -> Path | None:
        """A whole local derived file (thumbnail, preview, waveform), or None."""

    def publish_derived(self, shas: Iterable[str]) -> None:
        """Derived files of ``shas`` are written under :meth:`derived_dir`: make them durable."""

    def iter_originals(self) -> Iterator[Path]: ...

    def clean_temporary(self) -> int:
        """Remove temporaries an interrupted write left; how many."""

    def purge(self, sha256: str) -> None:
        """Remove an original and its derived files (only for evidence the user purged)."""
