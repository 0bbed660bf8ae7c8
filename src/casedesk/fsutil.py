"""Crash-safe file writing shared by the evidence store and the media layer.

Files are written under a temporary name (``.incoming-…``) in the destination's own folder, flushed
and fsynced, then renamed into place, so a reader never sees half a file. The writer holds an
advisory lock on its temporary file until the rename: a workspace opened by another process cleans
up only temporaries nobody holds, which are the leftovers of a process that was killed.

Regenerable files (thumbnails, previews) can instead be staged (:class:`StagedFiles`) and published
many at once (:func:`publish_staged`): one file-system sync makes all their bytes durable before any
is renamed, so they keep the same guarantee (whole under their final name, or absent) for one sync
per batch instead of two fsyncs per file.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
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

    def commit(self, final: Path, *, read_only: bool = False, sync: bool = True) -> None:
        """Durably move the written bytes to ``final`` (replacing it).

        ``sync=False`` only renames: for bytes a caller has already made durable, and a caller that
        syncs the folder itself (see :func:`publish_staged`).
        """
        self.handle.flush()
        if sync:
            os.fsync(self.handle.fileno())
        if read_only:
            os.chmod(self.path, stat.S_IRUSR)
        make_private_dirs(final.parent)
        os.replace(self.path, final)  # still locked, so no cleaner can take it first
        self._done = True
        self.handle.close()
        if sync:
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


WriteFn = Callable[[Path, bytes], None]  # how the media layer writes a derived file


class StagedFiles:
    """Files written now, without an fsync each, and put under their final names by publish_staged.

    Until then each stays a locked temporary beside its final name: a crash leaves either the whole
    file under its final name or a temporary that the next open removes, never part of a file.
    Not thread-safe: one per worker task.
    """

    def __init__(self) -> None:
        self._files: list[tuple[TempFile, Path]] = []

    def __len__(self) -> int:
        return len(self._files)

    def write(self, final: Path, data: bytes) -> None:
        """Stage ``data`` for ``final``; a WriteFn. Raises OSError (ENOSPC) as a plain write would."""
        tmp = TempFile(final.parent)
        try:
            tmp.handle.write(data)
            tmp.handle.flush()  # in the kernel now: the sync that publishes it goes through another fd
        except BaseException:
            tmp.discard()
            raise
        self._files.append((tmp, final))

    def discard(self) -> None:
        for tmp, _ in self._files:
            tmp.discard()
        self._files.clear()

    def _fsync_each(self) -> None:
        for tmp, _ in self._files:
            os.fsync(tmp.handle.fileno())

    def _rename_each(self) -> set[Path]:
        for tmp, final in self._files:
            tmp.commit(final, sync=False)  # once renamed, discard leaves a file alone
        folders = {final.parent for _, final in self._files}
        self._files.clear()
        return folders


def publish_staged(groups: Sequence[StagedFiles]) -> list[OSError | None]:
    """Make every group's files durable, then rename them into place; one error (or None) per group.

    A group whose files cannot be made durable or renamed is discarded; the others are published.
    Where syncfs exists, one call per file system covers every file's bytes, and the renames become
    durable with the next publish_staged or sync_filesystem; elsewhere each file and each folder is
    fsynced, once (a thumbnail and a preview share one folder).
    """
    errors: list[OSError | None] = [None] * len(groups)
    synced = _syncfs_each([tmp.handle.fileno() for group in groups for tmp, _ in group._files])
    folders: set[Path] = set()
    for n, group in enumerate(groups):
        try:
            if not synced:
                group._fsync_each()
            folders |= group._rename_each()
        except OSError as exc:
            errors[n] = exc
            group.discard()
    if not synced:
        for folder in folders:
            fsync_dir(folder)
    return errors


def sync_filesystem(folder: Path) -> None:
    """Make everything written on folder's file system durable (syncfs); fsync folder where unsupported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        if not _syncfs_each([fd]):
            os.fsync(fd)
    finally:
        os.close(fd)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError, TypeError):  # not Linux: no syncfs, or no C library handle
        return None
    fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
    return fn


def _syncfs_each(fds: list[int]) -> bool:
    """syncfs(2) once per file system among ``fds``; False if unavailable or failed (then: fsync).

    Since Linux 5.8 syncfs reports the file system's write-back errors, so a failure is seen.
    """
    syncfs = _syncfs()
    if syncfs is None:
        return False
    by_device = {os.fstat(fd).st_dev: fd for fd in fds}
    return all(syncfs(fd) == 0 for fd in by_device.values())


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
