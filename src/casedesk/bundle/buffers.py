"""Reused buffers handed down a pipeline of threads.

A fresh megabyte for every chunk costs page faults each time the allocator hands memory back to the
system and takes it again (and on a sandboxed kernel a fault costs tens of microseconds), so the
stages of an export pass views of a few pooled buffers instead: the stage that reads fills one, the
last stage to use it gives it back. A view of a pooled buffer names it (``memoryview.obj``), so it
can travel through code that knows nothing of the pool (zipfile) and still be given back.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from typing import BinaryIO


class BufferPool:
    """``count`` buffers of ``size`` bytes; :meth:`take` waits while all are in use."""

    def __init__(self, count: int, size: int) -> None:
        self._free: queue.Queue[bytearray] = queue.Queue()
        self._mine: set[int] = set()
        for _ in range(count):
            buffer = bytearray(size)
            self._mine.add(id(buffer))
            self._free.put(buffer)

    def take(self) -> bytearray:
        return self._free.get()

    def read_from(self, handle: BinaryIO) -> Iterator[tuple[memoryview, bytearray]]:
        """``handle``'s bytes to its end, read into buffers taken from the pool: each chunk as a
        view, with the buffer it is in (which the last stage to use it gives back)."""
        while True:
            buffer = self.take()
            got = handle.readinto(buffer)  # type: ignore[attr-defined]
            if not got:
                self.give_back(buffer)
                return
            yield memoryview(buffer)[:got], buffer

    def give_back(self, data: object) -> None:
        """Return the pooled buffer ``data`` is (or is a view of); anything else is left alone."""
        owner = data.obj if isinstance(data, memoryview) else data
        if id(owner) in self._mine and isinstance(owner, bytearray):
            self._free.put(owner)

    def owns(self, data: object) -> bool:
        owner = data.obj if isinstance(data, memoryview) else data
        return id(owner) in self._mine
