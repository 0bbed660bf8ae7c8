"""Crash-safe file writing shared by the evidence store and the media layer.

Files are written under a temporary name (``.incoming-…``) in the destination's own folder, flushed
and fsynced, then renamed into place, so a reader never sees half a file. The writer holds an
advisory lock on its temporary file until the rename: a workspace opened by another process cleans
up only temporaries nobody holds, which are the leftovers of a process that was killed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which protects it the same way
    fcntl = None  # type: ignore[assignment]

TMP_PREFIX = ".incoming-"


def make_private_dirs(folder: Path) -> None:
    """Create folder and its missing parents, all owner-only (mkdir's own mode covers the leaf only)."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on Windows; the rename is still atomic
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def release_cache(path: Path) -> None:
    """Let the kernel reuse the memory caching ``path``: its content is on disk and not needed soon.

    Why: an ingest writes gigabytes of originals it does not read again. Left in the page cache,
    every new original takes fresh memory, which was measured to cost twice the copy itself, and
    pushes out what the user's other programs had cached. Best effort; a no-op where unsupported.
    """
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)


def _lock(fd: int, *, wait: bool) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


class TempFile:
    """A locked temporary file in ``folder``; ``commit`` renames it into place, else it is removed."""

    def __init__(self, folder: Path) -> None:
        make_private_dirs(folder)
        while True:
            fd, name = tempfile.mkstemp(prefix=TMP_PREFIX, dir=folder)
            _lock(fd, wait=True)
            # A cleaner may have removed the file between mkstemp and the lock; then start again.
            try:
                if os.stat(name).st_ino == os.fstat(fd).st_ino:
                    break
            except FileNotFoundError:
                pass
            os.close(fd)
        self.path = Path(name)
        self.handle: BinaryIO = os.fdopen(fd, "wb")
        self._done = False

    def commit(self, final: Path, *, read_only: bool = False) -> None:
        """Durably move the written bytes to ``final`` (replacing it)."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        if read_only:
            os.chmod(self.path, stat.S_IRUSR)
        make_private_dirs(final.parent)
        os.replace(self.path, final)  # still locked, so no cleaner can take it first
        self._done = True
        self.handle.close()
        fsync_dir(final.parent)

    def discard(self) -> None:
        if not self._done:
            self._done = True
            self.handle.close()
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> TempFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()


def write_atomic(final: Path, data: bytes) -> None:
    with TempFile(final.parent) as tmp:
        tmp.handle.write(data)
        tmp.commit(final)


def remove_stale_temporaries(folder: Path, *, recursive: bool = True) -> int:
    """Delete temporaries in (or under) folder that no live writer holds; return how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    pattern = f"{TMP_PREFIX}*"
    for leftover in folder.rglob(pattern) if recursive else folder.glob(pattern):
        try:
            fd = os.open(leftover, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _lock(fd, wait=False):
                leftover.unlink()
                removed += 1
        except OSError:
            pass  # in use (Windows) or already gone
        finally:
            os.close(fd)
    return removed
