"""Writing a case bundle: a ZIP of ``manifest.json`` and the originals named by their SHA-256.

The core reads the case in one read transaction (a consistent snapshot, rows as plain data); it is
checked with the very parser an import uses (so we never write a bundle we would refuse), then
written to a temporary file beside the destination and renamed into place once complete and
fsynced. Originals, opened through the core by their SHA-256, are stored, not re-compressed, and
re-hashed as they are copied, so a damaged store is never exported as good. The bundle's own
SHA-256 is computed as it is written and logged in the custody chain.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import queue
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from casedesk import __version__
from casedesk.bundle.buffers import BufferPool
from casedesk.bundle.crypto import SEGMENT_SIZE, TAG_SIZE, EncryptingWriter, Sink
from casedesk.bundle.errors import BundleError
from casedesk.bundle.manifest import FORMAT, MANIFEST_NAME, VERSION, Manifest, parse_manifest
from casedesk.bundle.schema import CARRIED, CASE, CUSTODY, EVIDENCE, ROW_TABLES, encode_row
from casedesk.bundle.signature import SIGNATURE_NAME, check_signature, sign_manifest
from casedesk.bundle.versions import HISTORY_KEY, START_KEY, encode_version
from casedesk.core.errors import IntegrityError, UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import iso_utc, utcnow
from casedesk.core.vocabulary import ObjectKind
from casedesk.i18n import msg
from casedesk.proof.keys import KeyStore, SigningKey

CHUNK = 1 << 20
POOLED = 12  # buffers per pool: the queues between the stages hold 8, a few more are in use
SYNC_EVERY = 64 << 20
EXPORT_ACTION = "bundle_export"


@dataclass(frozen=True, slots=True)
class BundleExportResult:
    path: Path
    sha256: str
    size: int
    evidence_count: int


# fdatasync skips the metadata write where the platform has it (Linux); fsync elsewhere.
_datasync = getattr(os, "fdatasync", os.fsync)


class _HashingWriter(io.RawIOBase):
    """Passes writes through to a file, hashing and counting them; deliberately not seekable, so
    zipfile writes strictly forward (data descriptors) and the running hash is the file's hash.

    Every SYNC_EVERY bytes it starts an fdatasync on a helper thread: the disk writes back while
    the rest is produced, instead of all of it in the final fsync."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__()
        self._out = out
        self._digest = hashlib.sha256()
        self.size = 0
        self._unsynced = 0
        self._syncer = ThreadPoolExecutor(1, thread_name_prefix="bundle-sync")
        self._sync: Future[None] | None = None

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.size

    def write(self, data: Any) -> int:
        self._digest.update(data)
        self._out.write(data)
        self.size += len(data)
        self._unsynced += len(data)
        if self._unsynced >= SYNC_EVERY and (self._sync is None or self._sync.done()):
            self._settle()
            self._out.flush()
            self._sync = self._syncer.submit(_datasync, self._out.fileno())
            self._unsynced = 0
        return len(data)

    def _settle(self) -> None:
        if self._sync is not None:
            sync, self._sync = self._sync, None
            sync.result()

    def stop_syncing(self) -> None:
        """Wait for the writeback under way (before the file is closed); raise its error, if any."""
        self._syncer.shutdown(wait=True)
        self._settle()

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class _BackgroundWriter(io.RawIOBase):
    """Hands writes to a thread that does the rest (encrypting, hashing, writing), so that work
    overlaps with reading originals and zipfile's CRC on the calling thread. Views of ``pool``'s
    buffers are handed on as they are and given back once written; anything else is copied."""

    def __init__(self, target: Sink, pool: BufferPool) -> None:
        super().__init__()
        self._target = target
        self._pool = pool
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._position = 0
        self._thread = threading.Thread(target=self._run, name="bundle-write", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._target.write(item)
                except BaseException as exc:  # raised on the caller's next write or at finish
                    self._error = exc
            self._pool.give_back(item)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def write(self, data: Any) -> int:
        if self._error is not None:
            raise self._error
        # zipfile may reuse its own buffers: the thread needs bytes of its own, or a pooled view.
        chunk = data if self._pool.owns(data) else bytes(data)
        self._queue.put(chunk)
        self._position += len(chunk)
        return len(chunk)

    def finish(self) -> None:
        """Wait for every write to land; raise what the thread met, if anything."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


# -- the snapshot -----------------------------------------------------------------------------


def snapshot(svc: CaseService, case_id: str) -> Manifest:
    """The case as a checked manifest, read in one transaction."""
    records = svc.export_records(case_id, [spec.table for spec in ROW_TABLES])
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": iso_utc(utcnow()),
        "app": f"CaseDesk {__version__}",
        "investigator": svc.investigator,
        "case": encode_row(CASE, records.case),
    }
    # In insertion (rowid) order, which the import reproduces: views that sort by position break
    # ties the way SQLite stored the rows, so they show the same order on both sides.
    for spec in ROW_TABLES:
        document[spec.key] = [encode_row(spec, row) for row in records.tables[spec.table]]
    document["custody"] = [encode_row(CUSTODY, entry) for entry in records.custody]
    document[CARRIED.key] = [encode_row(CARRIED, entry) for entry in records.carried]
    document["originals"] = [
        {"sha256": o.sha256, "size": o.size, "name": o.name, "evidence_ids": list(o.evidence_ids)}
        for o in records.originals
    ]
    # Read in the same transaction as the log, so every version names an entry the bundle carries.
    document[START_KEY] = records.history_start
    document[HISTORY_KEY] = [encode_version(version) for version in records.history]
    data = json_bytes(document)
    try:
        return parse_manifest(data)
    except BundleError as exc:
        raise BundleError(
            msg("Cannot export this case as it stands: {reason} Run casedesk verify.", reason=exc)
        ) from None


def json_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


# -- writing ----------------------------------------------------------------------------------


Chunks = queue.Queue[memoryview | BaseException | None]


def _read_original(handle: BinaryIO, sha256: str, size: int, chunks: Chunks, pool: BufferPool) -> None:
    """Producer thread: read and re-hash one original while the main thread writes the ZIP."""
    try:
        digest = hashlib.sha256()
        count = 0
        with handle:
            for chunk, _buffer in pool.read_from(handle):
                digest.update(chunk)
                count += len(chunk)
                chunks.put(chunk)
        if count != size or digest.hexdigest() != sha256:
            raise BundleError(
                msg(
                    "Cannot export: the stored original {sha256} no longer matches its recorded hash and "
                    "size. Run casedesk verify; the bundle was not written.",
                    sha256=sha256,
                )
            )
        chunks.put(None)
    except BaseException as exc:  # handed to the consumer, which raises it
        chunks.put(exc)


def _chunks_of(svc: CaseService, sha256: str, size: int, pool: BufferPool) -> Iterator[memoryview]:
    try:
        handle = svc.open_original(sha256)
    except IntegrityError:
        raise BundleError(
            msg(
                "Cannot export: the original {sha256} is missing from the evidence store. "
                "Run casedesk verify; the bundle was not written.",
                sha256=sha256,
            )
        ) from None
    chunks: Chunks = queue.Queue(maxsize=8)
    producer = threading.Thread(target=_read_original, args=(handle, sha256, size, chunks, pool), daemon=True)
    producer.start()
    try:
        while True:
            item = chunks.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        while producer.is_alive():  # unblock the producer if we stop early
            try:
                pool.give_back(chunks.get_nowait())
            except queue.Empty:
                producer.join(0.01)


def _write_zip(
    sink: BinaryIO,
    manifest: Manifest,
    manifest_bytes: bytes,
    signature: bytes | None,
    svc: CaseService,
    control: TaskControl,
    pool: BufferPool,
) -> None:
    stamp = manifest.created_at.timetuple()[:6]
    total = sum(ref.size for ref in manifest.originals)
    done = 0
    with zipfile.ZipFile(sink, "w", allowZip64=True) as archive:
        for name, data in ((MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature)):
            if data is not None:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        for ref in manifest.originals:
            control.check()
            info = zipfile.ZipInfo(ref.entry_name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED
            info.file_size = ref.size  # lets zipfile choose ZIP64 up front for large originals
            with archive.open(info, "w") as entry:
                for chunk in _chunks_of(svc, ref.sha256, ref.size, pool):
                    entry.write(chunk)
                    done += len(chunk)
                    control.report(done, total, ref.name)
                    control.check()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_bundle(
    svc: CaseService,
    case_id: str,
    out: Path,
    passphrase: str | None = None,
    control: TaskControl | None = None,
    *,
    key: SigningKey | None = None,
    sign: bool = True,
    delivered: Callable[[BundleExportResult], Mapping[str, Any] | None] | None = None,
) -> BundleExportResult:
    """Write the case to ``out`` (encrypted when a passphrase is given), signed with ``key`` (by
    default the investigator's own, made on first need), and log it in the custody chain with the
    signature, so that ``verify`` can check it again. ``sign=False`` writes an unsigned bundle, as
    bundles were before signing (to test what an import does with one).

    ``delivered``, if given, is called once the bundle is written and before the export is logged
    (a check-out imports it elsewhere there): the details it returns are added to the export entry;
    None logs nothing (the bundle went nowhere), and what it raises propagates, nothing logged."""
    control = control or TaskControl()
    if sign and key is None:
        key = KeyStore().load_or_create()
    if passphrase is not None and not passphrase:
        raise UsageError(msg("An empty passphrase protects nothing; choose a passphrase."))
    out = Path(out).expanduser()
    if out.is_dir():
        raise UsageError(msg("{path} is a folder; name the bundle file to write.", path=out))
    if not out.parent.is_dir():
        raise UsageError(msg("The folder {folder} does not exist.", folder=out.parent))
    manifest = snapshot(svc, case_id)
    manifest_bytes = manifest.to_bytes()
    signature = sign_manifest(manifest_bytes, key, svc.investigator) if sign and key is not None else None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            # A pipeline: zip (this thread) -> [encrypt (a thread)] -> hash and write (a thread).
            # Each stage gives the buffers it was handed back to their pool once it has used them.
            reading = BufferPool(POOLED, CHUNK)
            hashing = _HashingWriter(raw)
            sealing = None
            if passphrase is None:
                stages = [_BackgroundWriter(hashing, reading)]
            else:
                sealed = BufferPool(POOLED, SEGMENT_SIZE + TAG_SIZE)
                stages = [_BackgroundWriter(hashing, sealed)]
                sealing = EncryptingWriter(stages[0], passphrase, pool=sealed)
                stages.insert(0, _BackgroundWriter(sealing, reading))
            try:
                sink = cast(BinaryIO, stages[0])
                _write_zip(sink, manifest, manifest_bytes, signature, svc, control, reading)
            finally:  # every stage's thread is joined, on success and on failure alike
                try:
                    stages[0].finish()
                    if sealing is not None:
                        sealing.finish()
                finally:
                    try:
                        if sealing is not None:
                            stages[1].finish()
                    finally:
                        hashing.stop_syncing()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sha = hashing.hexdigest()
    result = BundleExportResult(out, sha, hashing.size, len(manifest.table(EVIDENCE)))
    extra = delivered(result) if delivered is not None else {}
    if extra is None:
        return result
    details: dict[str, Any] = dict(
        sha256=sha,
        size=hashing.size,
        file=out.name,
        encrypted=passphrase is not None,
        format_version=VERSION,
        evidence=len(manifest.table(EVIDENCE)),
        originals=len(manifest.originals),
        custody_entries=len(manifest.custody),
        custody_head=manifest.custody[-1].data["hash"],
        history_versions=len(manifest.history),
        **_signed_by(manifest_bytes, signature),
    )
    # What the caller adds never replaces what the export itself records.
    svc.record_action(case_id, EXPORT_ACTION, ObjectKind.BUNDLE, sha, **{**extra, **details})
    return result


def _signed_by(manifest_bytes: bytes, signature: bytes | None) -> dict[str, Any]:
    """The custody details of the export's own signature (checked as an import checks it)."""
    record = check_signature(manifest_bytes, signature, None).to_record()
    return record | {"signature_state": "signed" if signature is not None else "unsigned"}
