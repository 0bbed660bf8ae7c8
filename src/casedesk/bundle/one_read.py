"""One front-to-back read of a bundle file: its own SHA-256, and every stored original checked (and
copied into staging) from the same bytes.

The calling thread reads the file in order into a few reused buffers and feeds the bundle's digest
(for an encrypted bundle it also authenticates and decrypts every segment). A second thread takes
each original's byte range from the same buffers, hashes it and writes the copy staging wants. So
the file is read once, by one thread, and its two hashes (the bundle's, which custody logs, and
each original's, which the manifest promises) run on two cores: they are different digests of the
same bytes, and neither can be derived from the other.

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
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from casedesk.bundle.crypto import Digest, SealedBundle
from casedesk.bundle.errors import BundleError
from casedesk.bundle.manifest import OriginalRef
from casedesk.bundle.reader import SafeArchive, damaged, refuse
from casedesk.core.staging import Staging
from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg

CHUNK = 1 << 20
BUFFERS = 6  # read ahead of the hashing thread by this many chunks at most


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


@dataclass(slots=True)
class _Batch:
    """The parts of one chunk that belong to originals (span index, bytes), and the pooled buffer
    they are views of, to hand back once they are hashed and written."""

    parts: list[tuple[int, memoryview]]
    buffer: bytearray


@dataclass(slots=True)
class _Running:
    span: Span
    copy: BinaryIO | None
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)
    count: int = 0


class _Checker:
    """The second thread: hashes each original from its parts, in archive order, and writes the
    copies. It stops at the first original that fails; the reading thread raises what it met."""

    def __init__(
        self, spans: list[Span], staging: Staging | None, progress: Progress, free: queue.Queue[bytearray]
    ) -> None:
        self._spans, self._staging, self._progress, self._free = spans, staging, progress, free
        self._queue: queue.Queue[_Batch | bool] = queue.Queue(maxsize=BUFFERS)
        self._next = 0  # the first span not begun yet
        self._running: _Running | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-check", daemon=True)
        self._thread.start()

    def put(self, batch: _Batch) -> None:
        self._queue.put(batch)

    def close(self, complete: bool) -> None:
        """No more batches; if ``complete`` (the whole file was read), check the originals not
        finished yet. Waits for the thread."""
        self._queue.put(complete)
        self._thread.join()

    def _run(self) -> None:
        while not isinstance(item := self._queue.get(), bool):
            if self.error is None:
                try:
                    self._take(item.parts)
                except BaseException as exc:  # raised by the reading thread
                    self.error = exc
            self._free.put(item.buffer)
        if item and self.error is None:
            try:
                self._advance_to(len(self._spans))
            except BaseException as exc:
                self.error = exc

    def _take(self, parts: list[tuple[int, memoryview]]) -> None:
        for index, data in parts:
            self._advance_to(index)
            running = self._running
            assert running is not None
            running.digest.update(data)
            running.count += len(data)
            if running.copy is not None:
                running.copy.write(data)
            self._progress.add(len(data), running.span.ref.name)

    def _advance_to(self, index: int) -> None:
        """Finish every original before span ``index`` and begin that one (``len(spans)``: finish
        them all). An empty original gets no parts: it is begun and finished here."""
        while self._next - 1 < index:
            if self._running is not None:
                self._finish(self._running)
                self._running = None
            if self._next == len(self._spans):
                return
            span = self._spans[self._next]
            copy = self._staging.open(span.ref.sha256) if span.copy and self._staging else None
            self._running = _Running(span, copy)
            self._next += 1

    def _finish(self, running: _Running) -> None:
        ref = running.span.ref
        if running.count != ref.size:
            raise damaged(msg("the archive ended early", "fragment: why a bundle is damaged"))
        actual = running.digest.hexdigest()
        if actual != ref.sha256:
            raise mismatch(ref, actual)
        if running.copy is not None and self._staging is not None:
            self._staging.written(ref.sha256)


def _plain_chunks(
    handle: BinaryIO, digest: Digest, free: queue.Queue[bytearray]
) -> Iterator[tuple[memoryview, bytearray]]:
    while True:
        buffer = free.get()
        got = handle.readinto(buffer)  # type: ignore[attr-defined]
        if not got:
            free.put(buffer)
            return
        view = memoryview(buffer)[:got]
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
    free: queue.Queue[bytearray] = queue.Queue()
    for _ in range(BUFFERS):
        free.put(bytearray(CHUNK if sealed is None else sealed.segment))
    if sealed is None:
        chunks = _plain_chunks(handle, digest, free)
    else:
        chunks = sealed.read_through(handle, digest, free.get)
    checker = _Checker(spans, staging, progress, free)
    offset, first, complete = 0, 0, False  # first: the first span that does not end before offset
    try:
        for chunk, buffer in chunks:
            progress.control.check()
            if checker.error is not None:
                break
            end = offset + len(chunk)
            while first < len(spans) and spans[first].end <= offset:
                first += 1
            parts: list[tuple[int, memoryview]] = []
            for index in range(first, len(spans)):
                span = spans[index]
                if span.start >= end:
                    break
                low, high = max(span.start, offset) - offset, min(span.end, end) - offset
                if high > low:
                    parts.append((index, chunk[low:high]))
            if parts:
                checker.put(_Batch(parts, buffer))
            else:
                free.put(buffer)
            offset = end
        else:
            complete = True
    finally:
        checker.close(complete)
    if checker.error is not None:
        raise checker.error
    if sealed is None and offset != size:
        raise damaged(msg("the archive ended early", "fragment: why a bundle is damaged"))
    return digest.hexdigest()
