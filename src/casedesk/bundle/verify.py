"""Everything checked about a bundle before the workspace is changed at all.

In order: the ZIP's entries, the manifest (schema, version, references, custody chain), the set
of originals (none missing, none extra) and every original's size and SHA-256, streamed through
hashlib in bounded reads; for an encrypted bundle every segment is authenticated as it is read,
and afterwards any segment nothing needed is authenticated too. The bundle's own SHA-256 is
computed on a second thread meanwhile. Originals the store lacks are copied into the core's
staging (locked temporary files, see :mod:`casedesk.core.staging`) in the same read, so each is
read once; nothing becomes visible in the workspace until the importer commits them after all of
this.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from casedesk.bundle.crypto import DecryptingReader, SealedBundle, is_encrypted
from casedesk.bundle.errors import BundleError
from casedesk.bundle.limits import BundleLimits
from casedesk.bundle.manifest import MANIFEST_NAME, Manifest, OriginalRef, parse_manifest
from casedesk.bundle.reader import SafeArchive, refuse
from casedesk.bundle.signature import SIGNATURE_NAME, BundleSignature, check_signature
from casedesk.core.staging import Staging
from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg
from casedesk.proof.keys import TrustStore

HASH_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class VerifiedBundle:
    path: Path
    sha256: str
    size: int
    encrypted: bool
    manifest: Manifest
    archive: SafeArchive
    signature: BundleSignature


def _file_sha256(path: Path, stop: threading.Event) -> str:
    """The file's SHA-256; gives up early (with a meaningless result) once ``stop`` is set."""
    digest = hashlib.sha256()
    buffer = bytearray(HASH_CHUNK)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as handle:
        while not stop.is_set() and (got := handle.readinto(buffer)):
            digest.update(view[:got])
    return digest.hexdigest()


def _check_path(path: Path) -> int:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BundleError(msg("No bundle at {path}.", path=path)) from None
    except OSError as exc:
        raise BundleError(
            msg("Cannot read the bundle {path}: {reason}.", path=path, reason=exc.strerror)
        ) from None
    if path.is_dir():
        raise BundleError(msg("{path} is a folder, not a bundle file.", path=path))
    return info.st_size


def _check_originals(manifest: Manifest, archive: SafeArchive) -> None:
    listed = {ref.entry_name: ref for ref in manifest.originals}
    for name, ref in listed.items():
        info = archive.entries.get(name)
        if info is None:
            raise BundleError(
                msg(
                    "The bundle is incomplete: original {sha256} ({name!r}) is listed in the manifest "
                    "but missing from the archive. Nothing was imported.",
                    sha256=ref.sha256,
                    name=ref.name,
                )
            )
        if info.file_size != ref.size:
            raise BundleError(
                msg(
                    "The manifest lies: original {name!r} is {size} bytes in the manifest, "
                    "{actual} in the archive. Nothing was imported.",
                    name=ref.name,
                    size=ref.size,
                    actual=info.file_size,
                )
            )
    extra = sorted(set(archive.entries) - set(listed) - {MANIFEST_NAME, SIGNATURE_NAME})
    if extra:
        raise refuse(
            msg(
                "it holds {entry}, which the manifest does not list",
                "fragment: why a bundle was refused",
                entry=extra[0],
            )
        )


def _verify_hashes(
    manifest: Manifest, archive: SafeArchive, control: TaskControl, staging: Staging | None
) -> None:
    """Hash every original; copy those ``staging`` wants into it in the same read.

    The originals are checked on all cores, each by one worker from its own handle on the archive
    (hashlib, file reads and writes release the GIL). Every original is checked to its end, so the
    refusal is the one a front-to-back reading gives: that of the first bad original in the archive.
    """
    sizes = {ref.sha256: ref.size for ref in manifest.originals}
    wanted = staging.select(sizes) if staging is not None else set()
    progress = _Progress(control, sum(ref.size for ref in manifest.originals))
    in_order = sorted(manifest.originals, key=lambda r: archive.entries[r.entry_name].header_offset)
    with ThreadPoolExecutor(os.cpu_count() or 1, thread_name_prefix="bundle-verify") as pool:
        checks = [
            pool.submit(_verify_one, ref, archive, staging if ref.sha256 in wanted else None, progress)
            for ref in in_order
        ]
        for check in checks:
            check.exception()  # wait for every one, whatever the others did
    for check in checks:
        check.result()  # the first failure in archive order, if any


class _Progress:
    """Bytes verified so far, from every worker, reported as one figure."""

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


def _verify_one(ref: OriginalRef, archive: SafeArchive, staging: Staging | None, progress: _Progress) -> None:
    progress.control.check()  # cancelled meanwhile: the originals not begun are not read at all
    digest = hashlib.sha256()
    copy = staging.open(ref.sha256) if staging is not None else None
    with archive.open(ref.entry_name, ref.size) as entry:
        for chunk in entry.chunks():
            digest.update(chunk)
            if copy is not None:
                copy.write(chunk)
            progress.add(len(chunk), ref.name)
    actual = digest.hexdigest()
    if actual != ref.sha256:
        raise BundleError(
            msg(
                "Original {name!r} does not match the manifest: its content hashes to {actual_sha256}, "
                "the manifest records {sha256}. The bundle was damaged or altered. Nothing was imported.",
                name=ref.name,
                actual_sha256=actual,
                sha256=ref.sha256,
            )
        )
    if staging is not None:
        staging.written(ref.sha256)


@contextmanager
def open_verified(
    path: Path,
    passphrase: str | None,
    limits: BundleLimits,
    control: TaskControl,
    staging: Staging | None = None,
    trust: TrustStore | None = None,
) -> Iterator[VerifiedBundle]:
    """Verify a bundle completely; yield it with its archive open. Originals the store lacks are
    copied into ``staging`` as they are verified (the caller commits or discards them). Its
    signature is checked before any original is read; ``trust`` says which signers are known."""
    size = _check_path(path)
    encrypted = is_encrypted(path)
    if encrypted and passphrase is None:
        raise BundleError(msg("This bundle is encrypted; its passphrase is needed to import it."))
    stop = threading.Event()
    with ExitStack() as stack, ThreadPoolExecutor(1, thread_name_prefix="bundle-hash") as pool:
        # Started first, so that it also overlaps the key derivation of an encrypted bundle.
        bundle_hash = pool.submit(_file_sha256, path, stop)
        try:
            if encrypted:
                assert passphrase is not None
                sealed = SealedBundle.open(path, passphrase)

                def opener() -> BinaryIO:
                    return cast(BinaryIO, DecryptingReader(sealed, path.open("rb")))

            else:

                def opener() -> BinaryIO:
                    return path.open("rb")

            archive = SafeArchive(opener, limits)
            stack.callback(archive.close)
            manifest_bytes = archive.read_manifest()
            manifest = parse_manifest(manifest_bytes)
            signature = check_signature(manifest_bytes, archive.read_signature(), trust)
            _check_originals(manifest, archive)
            _verify_hashes(manifest, archive, control, staging)
            if encrypted:
                with path.open("rb") as handle:
                    sealed.authenticate_rest(handle)
        except BaseException:
            stop.set()  # refused: its hash is not needed
            raise
        finally:
            # Always collect the hashing thread before leaving (its error, if any, is an I/O one).
            error = bundle_hash.exception()
            if error is not None:
                raise error
        yield VerifiedBundle(path, bundle_hash.result(), size, encrypted, manifest, archive, signature)
