"""Evidence ingest as a pipeline: gather → store (hash while copying) → probe and derive → record.

Storing and probing run in a thread pool (hashing, zlib and image decoding release the GIL), one
worker more than there are cores so fsync waits leave no core idle; recording runs on the calling
thread, in short write transactions of up to ``BATCH`` files, so the database has a single writer.
At most ``4 × workers`` files are in flight and each stored original leaves the page cache once
probed, which keeps memory flat whatever the number and size of files.

Durability: an evidence row is written only after its original is complete, fsynced, under its
final name with its folder fsynced (by the worker, in ``put_file``), so an interruption at any
moment leaves nothing half-done that is visible. Derived files can be made again, so they do not
pay two fsyncs each: workers stage them (written, not synced) and the recording thread publishes a
batch's worth with one file-system sync before renaming them into place, just before the batch's
rows are committed. A crash leaves each derived file whole under its final name or not there.
"""

from __future__ import annotations

import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from casedesk.core.store import EvidenceStore, StoredOriginal
from casedesk.core.tasks import TaskControl
from casedesk.fsutil import StagedFiles, publish_staged, release_cache
from casedesk.i18n import msg
from casedesk.media import Limits, probe_and_derive
from casedesk.media.api import DecodeStatus, MediaInfo
from casedesk.textutil import printable


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file the user asked for, or the reason it cannot be taken.

    Problems and warnings, like those of :class:`IngestResult`, are English sentences made with
    ``msg`` (warnings are recorded on the item): the GUI shows them through ``translate``.
    """

    path: Path
    display: str
    problem: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class Prepared:
    """A stored original and what its content says; ready to be recorded."""

    candidate: Candidate
    stored: StoredOriginal
    info: MediaInfo
    derived: StagedFiles = field(default_factory=StagedFiles)  # thumbnails etc., not yet published
    inspected: object = None  # what the pipeline's ``inspect`` said of the stored copy, if it ran


# A look at the stored copy that needs its bytes (Content Credentials, say): run by the workers
# while the copy is still in the page cache, not by the recording thread after it was dropped.
Inspect = Callable[[Path, str | None], object]


@dataclass(slots=True)
class IngestResult:
    path: str
    status: str  # "added", "duplicate", "flagged" (stored, with decode problems) or "error" (not stored)
    evidence_id: str | None = None
    sha256: str | None = None
    kind: str | None = None
    media_type: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    captured_at: str | None = None
    gps: dict[str, float] | None = None

    @property
    def stored(self) -> bool:
        return self.status != "error"


def gather(paths: Iterable[Path], recursive: bool) -> Iterator[Candidate]:
    """Expand the user's paths into files, in a stable order, explaining each one refused."""
    for path in paths:
        shown = printable(str(path))
        try:
            info = os.stat(path)  # follows a symlink to what it names
        except FileNotFoundError:
            if path.is_symlink():
                problem = msg("{path}: a broken symbolic link.", path=shown)
            else:
                problem = msg("{path}: not found.", path=shown)
            yield Candidate(path, shown, str(problem))
            continue
        except OSError as exc:
            problem = msg("{path}: cannot be read ({reason}).", path=shown, reason=exc.strerror)
            yield Candidate(path, shown, str(problem))
            continue
        if stat.S_ISDIR(info.st_mode):
            if not recursive:
                problem = msg("{path}: is a folder; add --recursive to take in its files.", path=shown)
                yield Candidate(path, shown, str(problem))
                continue
            yield from gather(_folder_entries(path), recursive=True)
            continue
        yield _file_candidate(path, shown, info)


def _folder_entries(folder: Path) -> list[Path]:
    entries = []
    for entry in sorted(folder.iterdir()):
        # Linked folders are not followed: they could loop or lead outside what the user chose.
        if entry.is_symlink() and entry.is_dir():
            continue
        entries.append(entry)
    return entries


def _file_candidate(path: Path, shown: str, info: os.stat_result) -> Candidate:
    if not stat.S_ISREG(info.st_mode):
        problem = msg("{path}: not a regular file (device, socket or pipe); not read.", path=shown)
        return Candidate(path, shown, str(problem))
    if not os.access(path, os.R_OK):
        return Candidate(path, shown, str(msg("{path}: permission denied.", path=shown)))
    warnings: tuple[str, ...] = ()
    if path.is_symlink():
        target = printable(str(path.resolve()))
        warnings = (str(msg("Added through a symbolic link to {path}.", path=target)),)
    return Candidate(path, shown, None, warnings)


def prepare(
    candidate: Candidate, store: EvidenceStore, limits: Limits, inspect: Inspect | None = None
) -> Prepared:
    """Worker-side: copy into the store while hashing, then probe, stage derivatives and inspect
    from the copy."""
    stored = store.put_file(candidate.path)  # durable, with its folder, when this returns
    derived = StagedFiles()
    try:
        info, _derivatives = probe_and_derive(
            stored.path,
            store.derived_dir(stored.sha256),
            limits,
            original_name=candidate.path.name,
            write=derived.write,
        )
    except BaseException:
        derived.discard()
        raise
    info.warnings[:0] = list(candidate.warnings)
    try:
        inspected = inspect(stored.path, info.media_type) if inspect is not None else None
    except BaseException:
        derived.discard()
        raise
    release_cache(stored.path)  # read once for probing; durable since put_file fsynced it
    return Prepared(candidate, stored, info, derived, inspected)


def derive_stored(
    store: EvidenceStore, sha256: str, limits: Limits, original_name: str | None = None
) -> MediaInfo:
    """Probe a stored original and write its derived files into the store (durable, published)."""
    info, _derivatives = probe_and_derive(
        store.local_path(sha256), store.derived_dir(sha256), limits, original_name=original_name
    )
    store.publish_derived([sha256])
    return info


BATCH = 16  # files recorded per transaction, when several are ready at once
_Pending = deque[tuple[Candidate, Future[Prepared] | None]]


def run_pipeline(
    candidates: list[Candidate],
    store: EvidenceStore,
    record: Callable[[list[Prepared]], list[IngestResult]],
    control: TaskControl,
    limits: Limits,
    workers: int | None = None,
    inspect: Inspect | None = None,
) -> list[IngestResult]:
    """Prepare candidates in parallel; record them in order on this thread, a batch per transaction."""
    results: list[IngestResult] = []
    total = len(candidates)
    # One worker more than cores: each waits on fsync twice a file, and a core should not sit idle
    # meanwhile (measured: 2 cores, 2 workers 8.0 s, 3 workers 7.1 s for 200 photos).
    workers = workers or (os.cpu_count() or 1) + 1
    pending: _Pending = deque()
    todo = iter(candidates)

    def refill(executor: ThreadPoolExecutor) -> None:
        while len(pending) < 4 * workers and not control.cancelled:
            candidate = next(todo, None)
            if candidate is None:
                return
            future = (
                None if candidate.problem else executor.submit(prepare, candidate, store, limits, inspect)
            )
            pending.append((candidate, future))

    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ingest") as executor:
            try:
                refill(executor)
                while pending:
                    batch = [pending.popleft()]  # the oldest: wait for it, to keep the user's order
                    while pending and len(batch) < BATCH and _ready(pending):
                        batch.append(pending.popleft())
                    results.extend(_finish(batch, record))
                    control.report(len(results), total, batch[-1][0].display)
                    control.check()
                    refill(executor)
            finally:
                for _, future in pending:
                    if future is not None:
                        future.cancel()
    finally:  # the pool has stopped: what was prepared and not recorded leaves no temporaries
        _discard(pending)
    # The last batch's derived files, under their final names (a team store uploads them).
    store.publish_derived(r.sha256 for r in results if r.sha256 and r.status != "error")
    return results


def _ready(pending: _Pending) -> bool:
    future = pending[0][1]
    return future is None or future.done()


def _finish(
    batch: list[tuple[Candidate, Future[Prepared] | None]],
    record: Callable[[list[Prepared]], list[IngestResult]],
) -> list[IngestResult]:
    outcomes: list[IngestResult | Prepared] = []
    try:
        for candidate, future in batch:
            if future is None:
                outcomes.append(IngestResult(path=candidate.display, status="error", error=candidate.problem))
                continue
            try:
                outcomes.append(future.result())
            except OSError as exc:
                outcomes.append(_error(candidate, exc))
    except BaseException:
        _discard(deque(batch))
        raise
    # Published before the rows are committed, so no reader sees an item whose thumbnail is to come.
    failures = iter(publish_staged([o.derived for o in outcomes if isinstance(o, Prepared)]))
    for n, outcome in enumerate(outcomes):
        if isinstance(outcome, Prepared) and (failure := next(failures)) is not None:
            outcomes[n] = _error(outcome.candidate, failure)  # as when a thumbnail failed in prepare
    recorded = iter(record([o for o in outcomes if isinstance(o, Prepared)]))
    return [o if isinstance(o, IngestResult) else next(recorded) for o in outcomes]


def _error(candidate: Candidate, exc: OSError) -> IngestResult:
    reason = exc.strerror or str(exc)
    error = msg("{path}: {reason}.", path=candidate.display, reason=reason)
    return IngestResult(path=candidate.display, status="error", error=str(error))


def _discard(pending: _Pending) -> None:
    """Remove the staged derived files of prepared, unrecorded files (their originals may stay)."""
    for _, future in pending:
        if future is not None and future.done() and not future.cancelled() and future.exception() is None:
            future.result().derived.discard()


def is_flagged(info: MediaInfo) -> bool:
    return info.decode_status is not DecodeStatus.OK
