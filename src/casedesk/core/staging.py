"""Originals being brought into the store from outside (a bundle): locked temporaries until committed.

Each original is streamed once into a temporary file in the store's own temporary folder while the
caller verifies it. Nothing is visible in the store until the caller has verified everything; then
:meth:`Staging.commit` renames the needed copies into place, read-only. On any refusal or cancel
the temporaries are removed, so the workspace's files end up exactly as they were; a kill leaves
only locked temporaries, which the next workspace open removes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import BinaryIO

from casedesk.core.errors import WorkspaceError
from casedesk.core.store import EvidenceStore
from casedesk.fsutil import TempFile
from casedesk.i18n import msg

# Room left on the disk after copying, for the database and derived files.
FREE_SPACE_MARGIN = 64 << 20


class Staging:
    """Temporary copies of originals, by SHA-256; a context manager that discards what is left."""

    def __init__(self, store: EvidenceStore) -> None:
        self._store = store
        self._files: dict[str, TempFile] = {}
        # Flushing each copy to disk as soon as it is complete overlaps the writeback with
        # verifying the next one, so the fsyncs at commit find little left to do.
        self._syncer = ThreadPoolExecutor(1, thread_name_prefix="staging-sync")
        self._syncs: list[Future[None]] = []

    def select(self, sizes: Mapping[str, int]) -> set[str]:
        """Of these originals (SHA-256 -> size), those to copy: the ones the store does not hold yet,
        if the disk has room for them."""
        wanted = {sha: size for sha, size in sizes.items() if not self._store.has(sha)}
        total = sum(wanted.values())
        if wanted:
            free = shutil.disk_usage(self._store.root).free
            if total + FREE_SPACE_MARGIN > free:
                raise WorkspaceError(
                    msg(
                        "Not enough free disk space to import: the originals need {needed:.0f} MB, "
                        "{free:.0f} MB are free in {folder}. Nothing was imported.",
                        needed=total / 1e6,
                        free=free / 1e6,
                        folder=self._store.root,
                    )
                )
        return set(wanted)

    def open(self, sha256: str) -> BinaryIO:
        """The handle to write the copy of ``sha256`` to."""
        tmp = TempFile(self._store.tmp)
        self._files[sha256] = tmp
        return tmp.handle

    def written(self, sha256: str) -> None:
        """The copy of ``sha256`` is complete (not yet verified): start writing it back."""
        handle = self._files[sha256].handle
        handle.flush()
        self._syncs.append(self._syncer.submit(os.fsync, handle.fileno()))

    def _settle(self) -> None:
        self._syncer.shutdown(wait=True)  # no fsync may still be running on a handle we close
        for future in self._syncs:
            future.result()
        self._syncs.clear()

    def commit(self, shas: Iterable[str]) -> list[str]:
        """Move the copies of ``shas`` into the store (not those it already holds); return the shas
        newly stored. The other copies are left for :meth:`discard`."""
        self._settle()
        stored = []
        for sha in sorted(set(shas)):
            tmp = self._files.get(sha)
            if tmp is None or self._store.has(sha):
                continue
            self._store.adopt(tmp, sha)
            stored.append(sha)
        return stored

    def discard(self) -> None:
        try:
            self._settle()
        finally:
            for tmp in self._files.values():
                tmp.discard()  # a no-op for the committed ones
            self._files.clear()

    def __enter__(self) -> Staging:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.discard()
