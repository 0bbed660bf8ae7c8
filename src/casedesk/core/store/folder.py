"""The evidence store in a folder: a laptop workspace's store, and a team store's local cache.

Originals live at ``originals/ab/cd/<sha256>``, written once: streamed into a temporary file inside
the store (hashing while copying, never whole in memory), fsynced, atomically renamed into place,
then made read-only, and its folder fsynced. A crash leaves at worst a stray temporary file, which
:meth:`EvidenceStore.clean_temporary` removes on the next open, or a complete original no row refers
to yet; never a half-written original under its final name. Derived files (thumbnails, previews,
waveforms) live under ``derived/`` and can always be regenerated; ingest makes them durable a batch
at a time (see core.ingest), and :meth:`EvidenceStore.derived_file` passes over one that is damaged.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from casedesk.core.store.base import CHUNK, ProgressFn, StoredOriginal, sha256_of
from casedesk.fsutil import TempFile, make_private_dirs, remove_stale_temporaries, sync_filesystem
from casedesk.i18n import msg

_SIGNATURES = {  # head and tail of the formats derived files are written in
    ".jpg": (b"\xff\xd8\xff", b"\xff\xd9"),
    ".png": (b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82"),
}


def _looks_whole(path: str) -> bool:
    head_sig, tail_sig = _SIGNATURES.get(os.path.splitext(path)[1], (b"", b""))
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
            handle.seek(max(0, handle.seek(0, os.SEEK_END) - len(tail_sig)))
            tail = handle.read()
    except OSError:
        return False
    return bool(head.strip(b"\0")) and head.startswith(head_sig) and tail.endswith(tail_sig)


class FolderStore:
    """Originals and derived files in one folder (see the module's text)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.originals = root / "originals"
        self._originals_text = os.fspath(self.originals)
        self.derived_root = root / "derived"
        self.tmp = self.originals / ".tmp"

    def ensure(self) -> None:
        for folder in (self.originals, self.derived_root, self.tmp):
            make_private_dirs(folder)

    def create(self) -> bool:
        made = not self.originals.is_dir()
        self.ensure()
        return made

    def path_for(self, sha256: str) -> Path:
        """Where the original is (or would be) kept in this folder."""
        return Path(self._file_name(sha256))

    def _file_name(self, sha256: str) -> str:
        # A string, not three joins of Path parts: verify asks for ten thousand of them at a time.
        return f"{self._originals_text}/{sha256[:2]}/{sha256[2:4]}/{sha256}"

    def local_path(self, sha256: str) -> Path:
        """A readable local file of the original: here, the stored file itself."""
        return self.path_for(sha256)

    def adopt(self, tmp: TempFile, sha256: str) -> None:
        """Make a complete, verified temporary copy the original ``sha256`` (renamed into place,
        read-only, durable)."""
        tmp.commit(self.path_for(sha256), read_only=True)

    def publish_derived(self, shas: Iterable[str]) -> None:
        """Derived files of ``shas`` were written under :meth:`derived_dir`: make them durable."""
        if any(True for _ in shas):
            sync_filesystem(self.derived_root)

    def derived_dir(self, sha256: str) -> Path:
        return self.derived_root / sha256[:2] / sha256

    def derived_file(self, sha256: str, role: str) -> Path | None:
        """The whole thumbnail/preview/waveform of an original, or None if missing or damaged.

        Damaged means empty, cut short or zeroed, as a crash or a failing disk can leave a file
        that was not fsynced: checked from its first and last bytes, so readers never show half a
        picture. The file is left in place for regenerate_derivatives or the next add to replace.
        """
        folder = f"{self.derived_root}/{sha256[:2]}/{sha256}"  # a report asks once per item: no Paths
        try:
            names = os.listdir(folder)
        except OSError:  # no derived files made (yet), or not a folder
            return None
        prefix = f"{role}."
        matches = sorted(name for name in names if name.startswith(prefix))
        return Path(folder, matches[0]) if matches and _looks_whole(f"{folder}/{matches[0]}") else None

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_stream(self, source: BinaryIO, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        """Copy a stream into the store, hashing as it goes."""
        digest = hashlib.sha256()
        size = 0
        with TempFile(self.tmp) as tmp:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                tmp.handle.write(chunk)
                size += len(chunk)
                if on_bytes:
                    on_bytes(len(chunk))
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.is_file():
                return StoredOriginal(sha, size, final, newly_stored=False)
            tmp.commit(final, read_only=True)
            return StoredOriginal(sha, size, final, newly_stored=True)

    def put_file(self, path: Path, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        with path.open("rb") as source:
            return self.put_stream(source, on_bytes)

    def put_bytes(self, data: bytes) -> StoredOriginal:
        return self.put_stream(io.BytesIO(data))

    def verify(self, sha256: str, size: int, on_bytes: ProgressFn | None = None) -> str | None:
        """None if the original is intact, else a phrase saying what is wrong (English, as a verify
        report records it)."""
        # One open and one fstat: verify does this for every original, ten thousand small ones too.
        try:
            handle = io.FileIO(self._file_name(sha256), "rb")
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return str(msg("original file is missing from the store"))
        with handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return str(msg("original file is missing from the store"))
            if info.st_size != size:
                return str(msg("size is {actual} bytes, recorded {size}", actual=info.st_size, size=size))
            actual = sha256_of(handle, info.st_size, on_bytes)
        if actual != sha256:
            return str(
                msg("content hash is {actual_hash}, recorded {sha256}", actual_hash=actual, sha256=sha256)
            )
        return None

    def iter_originals(self) -> Iterator[Path]:
        for path in self.originals.glob("??/??/*"):
            if path.is_file():
                yield path

    def clean_temporary(self) -> int:
        """Remove temporary files left by an interrupted write (not those another process is writing)."""
        return remove_stale_temporaries(self.tmp) + remove_stale_temporaries(self.derived_root)

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
