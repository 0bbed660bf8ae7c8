"""Owner-only key folders: checked, made private, locked for a read-modify-write. Atomic writes and
folder syncs are :mod:`casedesk.fsutil`'s."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from casedesk.fsutil import make_private_dirs
from casedesk.i18n import msg
from casedesk.proof.errors import KeyStoreError

try:
    import fcntl
except ImportError:  # Windows: no lock; concurrent edits of one small file are unlikely there
    fcntl = None  # type: ignore[assignment]


def check_private(path: Path) -> None:
    if sys.platform == "win32":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyStoreError(
            msg(
                "{path} can be read by other accounts (mode {filemode}); if nobody else had it, make it "
                "private with: chmod 600 {path}",
                path=path,
                filemode=stat.filemode(mode),
            )
        )


def make_private_dir(folder: Path) -> None:
    """The folder and its missing parents owner-only; an existing key folder made private again."""
    make_private_dirs(folder)
    if sys.platform != "win32" and folder.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        folder.chmod(0o700)


def write_temp(folder: Path, data: bytes) -> Path:
    """A fsynced owner-only temporary file in ``folder``, ready to be renamed or linked into place."""
    tmp = folder / f".tmp-{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    return tmp


@contextlib.contextmanager
def locked(lock_path: Path) -> Iterator[None]:
    """Serialise a read-modify-write between processes (two CLIs trusting a key at once)."""
    if fcntl is None:
        yield
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
