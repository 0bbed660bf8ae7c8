"""Everything checked about a bundle before the workspace is changed at all.

In order: the ZIP's entries, the manifest (schema, version, references, custody chain), the set
of originals (none missing, none extra) and every original's size and SHA-256. These last come
from one front-to-back read of the file (:mod:`casedesk.bundle.one_read`), which also gives the
bundle's own SHA-256 and, for an encrypted bundle, authenticates every segment. Originals the store
lacks are copied into the core's staging (locked temporary files, see :mod:`casedesk.core.staging`)
from the same bytes; nothing becomes visible in the workspace until the importer commits them after
all of this.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from casedesk.bundle.crypto import DecryptingReader, SealedBundle, is_encrypted
from casedesk.bundle.errors import BundleError
from casedesk.bundle.limits import BundleLimits
from casedesk.bundle.manifest import MANIFEST_NAME, Manifest, OriginalRef, parse_manifest
from casedesk.bundle.one_read import Progress, check_in_one_read, mismatch, spans_of
from casedesk.bundle.reader import Opener, SafeArchive, refuse
from casedesk.bundle.signature import SIGNATURE_NAME, BundleSignature, check_signature
from casedesk.core.staging import Staging
from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg
from casedesk.proof.keys import TrustStore


@dataclass(frozen=True, slots=True)
class VerifiedBundle:
    path: Path
    sha256: str
    size: int
    encrypted: bool
    manifest: Manifest
    archive: SafeArchive
    signature: BundleSignature


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


def _verify_originals(
    path: Path,
    sealed: SealedBundle | None,
    size: int,
    manifest: Manifest,
    archive: SafeArchive,
    control: TaskControl,
    staging: Staging | None,
) -> str:
    """Check every original, copying those ``staging`` wants into it; return the bundle's SHA-256.

    The stored originals are checked in the one read of the file; a deflated one afterwards, through
    the archive's counted reader. The refusal is that of the first bad original in archive order."""
    sizes = {ref.sha256: ref.size for ref in manifest.originals}
    wanted = staging.select(sizes) if staging is not None else set()
    progress = Progress(control, sum(ref.size for ref in manifest.originals))

    def stored(ref: OriginalRef) -> bool:
        return archive.entries[ref.entry_name].compress_type == zipfile.ZIP_STORED

    spans = spans_of(archive, [ref for ref in manifest.originals if stored(ref)], wanted)
    with path.open("rb", buffering=0) as handle:
        sha256 = check_in_one_read(handle, sealed, size, spans, staging, progress)
    deflated = [ref for ref in manifest.originals if not stored(ref)]
    for ref in sorted(deflated, key=lambda r: archive.entries[r.entry_name].header_offset):
        _verify_deflated(ref, archive, staging if ref.sha256 in wanted else None, progress)
    return sha256


def _verify_deflated(
    ref: OriginalRef, archive: SafeArchive, staging: Staging | None, progress: Progress
) -> None:
    progress.control.check()
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
        raise mismatch(ref, actual)
    if staging is not None:
        staging.written(ref.sha256)


def _opener(path: Path, sealed: SealedBundle | None) -> Opener:
    """Fresh handles on the archive's bytes: the file, or its decrypted view."""
    if sealed is None:
        return lambda: path.open("rb")
    return lambda: cast(BinaryIO, DecryptingReader(sealed, path.open("rb")))


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
    with ExitStack() as stack:
        sealed = SealedBundle.open(path, passphrase) if encrypted and passphrase is not None else None
        archive = SafeArchive(_opener(path, sealed), limits)
        stack.callback(archive.close)
        manifest_bytes = archive.read_manifest()
        manifest = parse_manifest(manifest_bytes)
        signature = check_signature(manifest_bytes, archive.read_signature(), trust)
        _check_originals(manifest, archive)
        sha256 = _verify_originals(path, sealed, size, manifest, archive, control, staging)
        yield VerifiedBundle(path, sha256, size, encrypted, manifest, archive, signature)
