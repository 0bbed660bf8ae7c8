"""One front-to-back read of a bundle file: its own SHA-256, and every stored original checked (and
copied into staging) from the same bytes.

The calling thread reads the file in order into a few reused buffers and feeds the bundle's digest
(for an encrypted bundle, a helper thread authenticates and decrypts every segment just behind it:
see :meth:`SealedBundle.read_through`). A second thread finds each original's byte range in the
same buffers and hashes it, in archive order, so its refusal is the one a reading front to back
meets first; a third writes the copies staging wants from the same buffers. So the file is read
once, by one thread, and its two hashes (the bundle's, which custody logs, and each original's,
which the manifest promises) run on two cores: they are different digests of the same bytes, and
neither can be derived from the other.

The originals must lie in byte ranges that do not overlap: entries sharing bytes are how an
overlapping-entries zip bomb multiplies its data, and no bundle CaseDesk writes has them. A deflated
original (CaseDesk writes none; the format allows it) is not part of this read: the caller checks
it through the archive's counted reader, which refuses a zip bomb.
"""

from __future__ import annotations

import hashlib
import itertools
import queue
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from casedesk.bundle.buffers import BufferPool
from casedesk.bundle.crypto import Digest, SealedBundle
from casedesk.bundle.errors import BundleError
from casedesk.bundle.manifest import OriginalRef
from casedesk.bundle.reader import SafeArchive, damaged, refuse
from casedesk.core.staging import Staging
from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg

CHUNK = 1 << 20
BUFFERS = 6  # read ahead of the hashing and copying threads by this many chunks at most


@dataclass(frozen=True, slots=True)
class Span:
    """Where one stored original's bytes lie in the archive, and whether staging wants a copy."""

    ref: OriginalRef
    start: int
    copy: bool

    @property
    def end(self) -> int:
        return self.start + self.ref.size


class Progress:
    """Bytes of originals checked so far, reported as one figure; cancelling stops the check."""

    def __init__(self, control: TaskControl, total: int) -> None:
        self.control, self.total = control, total
        self._done = 0
        self._lock = threading.Lock()

    def add(self, count: int, name: str) -> None:
        with self._lock:
            self._done += count
            done = self._done
        self.control.report(done, self.total, msg("Verifying {name}", name=name))
        self.control.check()


def mismatch(ref: OriginalRef, actual: str) -> BundleError:
    """The refusal of an original whose bytes do not hash to what the manifest records."""
    return BundleError(
        msg(
            "Original {name!r} does not match the manifest: its content hashes to {actual_sha256}, "
            "the manifest records {sha256}. The bundle was damaged or altered. Nothing was imported.",
            name=ref.name,
            actual_sha256=actual,
            sha256=ref.sha256,
        )
    )


def spans_of(archive: SafeArchive, refs: list[OriginalRef], wanted: set[str]) -> list[Span]:
    """The stored originals' byte ranges in archive order; refuse two that share bytes."""
    starts = archive.data_starts([archive.entries[ref.entry_name] for ref in refs])
    spans = sorted(
        (Span(ref, start, ref.sha256 in wanted) for ref, start in zip(refs, starts, strict=True)),
        key=lambda span: span.start,
    )
    for before, after in itertools.pairwise(spans):
        if after.start < before.end:
            raise refuse(
                msg(
                    "the entries {first!r} and {second!r} share bytes (an overlapping-entries zip bomb)",
                    "fragment: why a bundle was refused",
                    first=before.ref.entry_name,
                    second=after.ref.entry_name,
                )
            )
    return spans


class _Lease:
    """A pooled buffer lent to the threads that have parts in it; back in the pool once the last of
    them is done with it."""

    def __init__(self, buffer: bytearray, holders: int, pool: BufferPool) -> None:
        self._buffer, self._holders, self._pool = buffer, holders, pool
        self._lock = threading.Lock()

    def done(self) -> None:
        with self._lock:
            self._holders -= 1
            last = self._holders == 0
        if last:
            self._pool.give_back(self._buffer)


Parts = list[tuple[int, memoryview]]  # (the span's number, its bytes in one chunk), in order


@dataclass(slots=True)
class _Batch:
    parts: Parts
    lease: _Lease


class _Consumer:
    """A thread that takes the parts of every chunk, in order; it stops at its first error, which
    the reading thread raises."""

    def __init__(self, name: str) -> None:
        self._queue: queue.Queue[_Batch | bool] = queue.Queue(maxsize=BUFFERS)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def put(self, batch: _Batch) -> None:
        self._queue.put(batch)

    def close(self, complete: bool) -> None:
        """No more batches; ``complete``: the whole file was read. Waits for the thread."""
        self._queue.put(complete)
        self._thread.join()

    def _run(self) -> None:
        while not isinstance(item := self._queue.get(), bool):
            if self.error is None:
                self._guarded(self.take, item.parts)
            item.lease.done()
        if item and self.error is None:
            self._guarded(self.complete)

    def _guarded(self, work: Callable[..., None], *args: Any) -> None:
        try:
            work(*args)
        except BaseException as exc:  # raised by the reading thread
            self.error = exc

    def take(self, parts: Parts) -> None:
        raise NotImplementedError

    def complete(self) -> None:
        """The whole file was read: finish what is left."""


@dataclass(slots=True)
class _Hashing:
    span: Span
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)
    count: int = 0


class _Hasher(_Consumer):
    """Hashes every original from its parts, in archive order, and checks it against the manifest,
    so that its refusal is the one a reading front to back meets first."""

    def __init__(self, spans: list[Span], progress: Progress) -> None:
        self._spans, self._progress = spans, progress
        self._next = 0  # the first span not begun yet
        self._running: _Hashing | None = None
        super().__init__("bundle-hash")

    def take(self, parts: Parts) -> None:
        for index, data in parts:
            self._advance_to(index)
            running = self._running
            assert running is not None
            running.digest.update(data)
            running.count += len(data)
            self._progress.add(len(data), running.span.ref.name)

    def complete(self) -> None:
        self._advance_to(len(self._spans))

    def _advance_to(self, index: int) -> None:
        """Finish every original before span ``index`` and begin that one (``len(spans)``: finish
        them all). An empty original gets no parts: it is begun and finished here."""
        while self._next - 1 < index:
            if self._running is not None:
                _check(self._running)
                self._running = None
            if self._next == len(self._spans):
                return
            self._running = _Hashing(self._spans[self._next])
            self._next += 1


def _check(running: _Hashing) -> None:
    ref = running.span.ref
    if running.count != ref.size:
        raise damaged(msg("the archive ended early", "fragment: why a bundle is damaged"))
    actual = running.digest.hexdigest()
    if actual != ref.sha256:
        raise mismatch(ref, actual)


class _Writer(_Consumer):
    """Writes the copies staging wants, from the same parts, beside the hashing: on some kernels
    writing fresh file data costs as much as hashing it."""

    def __init__(self, spans: list[Span], staging: Staging) -> None:
        self._spans, self._staging = spans, staging
        self._index = -1  # the span being copied
        self._copy: BinaryIO | None = None
        super().__init__("bundle-copy")

    def take(self, parts: Parts) -> None:
        for index, data in parts:
            if index != self._index:
                self._begin(index)
            assert self._copy is not None
            self._copy.write(data)

    def complete(self) -> None:
        self._begin(len(self._spans))

    def _begin(self, index: int) -> None:
        """Close the copy under way and open those up to span ``index`` (an empty original gets no
        parts: its copy is opened and closed here)."""
        for number in range(self._index, min(index, len(self._spans))):
            if number == self._index and self._copy is not None:
                self._staging.written(self._spans[number].ref.sha256)
            elif number > self._index and self._spans[number].copy:
                self._staging.open(self._spans[number].ref.sha256)
                self._staging.written(self._spans[number].ref.sha256)
        self._index, self._copy = index, None
        if index < len(self._spans):
            self._copy = self._staging.open(self._spans[index].ref.sha256)


def _plain_chunks(
    handle: BinaryIO, digest: Digest, pool: BufferPool
) -> Generator[tuple[memoryview, bytearray], None, None]:
    for view, buffer in pool.read_from(handle):
        digest.update(view)
        yield view, buffer


def check_in_one_read(
    handle: BinaryIO,
    sealed: SealedBundle | None,
    size: int,
    spans: list[Span],
    staging: Staging | None,
    progress: Progress,
) -> str:
    """Read the bundle file (``handle``, unbuffered, at its start; ``size`` bytes, as found when
    it was opened) once; check every span's original, copying those marked into ``staging``.
    Return the file's SHA-256; raise the refusal of the first original that fails, in archive
    order, or BundleError if the file changed while it was read."""
    digest = hashlib.sha256()
    pool = BufferPool(BUFFERS, CHUNK if sealed is None else sealed.segment)
    if sealed is None:
        chunks = _plain_chunks(handle, digest, pool)
    else:
        chunks = sealed.read_through(handle, digest, pool.take)
    hasher = _Hasher(spans, progress)
    writer = _Writer(spans, staging) if staging is not None and any(x.copy for x in spans) else None
    consumers = [c for c in (hasher, writer) if c is not None]
    offset, first, complete = 0, 0, False  # first: the first span that does not end before offset
    try:
        for chunk, buffer in chunks:
            progress.control.check()
            if any(c.error is not None for c in consumers):
                break
            end = offset + len(chunk)
            while first < len(spans) and spans[first].end <= offset:
                first += 1
            parts: Parts = []
            for index in range(first, len(spans)):
                span = spans[index]
                if span.start >= end:
                    break
                low, high = max(span.start, offset) - offset, min(span.end, end) - offset
                parts.append((index, chunk[low:high]))  # empty for an empty original
            copies = [(i, data) for i, data in parts if spans[i].copy]
            lease = _Lease(buffer, 1 + bool(copies and writer), pool)
            hasher.put(_Batch(parts, lease))
            if copies and writer is not None:
                writer.put(_Batch(copies, lease))
            offset = end
        else:
            complete = True
    finally:
        for consumer in consumers:
            consumer.close(complete)
        chunks.close()  # now, not when garbage is collected: an encrypted read has a thread to stop
    if hasher.error is not None:  # a refusal of the bundle comes before a failure to copy
        raise hasher.error
    if writer is not None and writer.error is not None:
        raise writer.error
    if sealed is None and offset != size:
        raise damaged(msg("the archive ended early", "fragment: why a bundle is damaged"))
    return digest.hexdigest()
