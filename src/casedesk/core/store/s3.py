"""The team store: originals and derived files in an S3-compatible object store, with a local cache.

``S3Store("s3://BUCKET/PREFIX", cache)`` keeps originals at ``PREFIX/originals/ab/cd/<sha256>`` and
derived files at ``PREFIX/derived/ab/<sha256>/<name>``; endpoint and credentials are boto3's own
settings (see :mod:`.objects`). A :class:`FolderStore` on ``cache`` is its local copy: ``root`` and
``tmp`` are the cache's, and every reader gets a local file from :meth:`local_path`.

Storing an original: it is streamed into a locked temporary file in the cache while hashed (as the
folder store does), then uploaded under its final key with a conditional write (``IfNoneMatch='*'``)
carrying its SHA-256, which the server checks; only then is the temporary file renamed into the
cache. The object appears under its key whole or not at all (a single PutObject, or the
CompleteMultipartUpload of checked parts), is never overwritten (a 412 means another client stored
the same content first: success, ``newly_stored=False``, once its size is checked), and a client
killed or cut off mid-upload leaves only an unfinished multipart upload, which
:meth:`clean_temporary` aborts once it is stale. The upload goes straight to the final key instead of
a temporary key and a server-side copy: the key is known once the local copy is hashed, and a copy
would write every byte twice on the server and is limited to 5 GiB on AWS.

A cached original is trusted as the local copy, but :meth:`has` and :meth:`verify` always ask the
object store: a cache file alone (from an upload that failed) never counts as stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from casedesk.core.errors import IntegrityError, WorkspaceError
from casedesk.core.store.base import CHUNK, ProgressFn, StoredOriginal, sha256_file
from casedesk.core.store.folder import FolderStore
from casedesk.core.store.objects import Objects
from casedesk.fsutil import TMP_PREFIX, TempFile
from casedesk.i18n import msg

# An unfinished multipart upload this old, with no part this recent, was left by a dead client.
STALE_AFTER = dt.timedelta(hours=1)
# How long "this derived file is not in the store" is believed before asking again.
ABSENT_FOR = 60.0
DERIVED_UPLOADS = 8  # derived files uploaded at once (small files: latency, not bandwidth, bounds it)

_URL = re.compile(r"s3://(?P<bucket>[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:/(?P<prefix>.*))?")


def parse_url(url: str) -> tuple[str, str]:
    """(bucket, prefix) of ``s3://BUCKET[/PREFIX]``."""
    found = _URL.fullmatch(url.strip())
    if found is None:
        raise WorkspaceError(
            msg(
                "{url} is not an object store address: write s3://BUCKET or s3://BUCKET/PREFIX (a bucket "
                "name has 3 to 63 lower-case letters, digits, dots and hyphens).",
                url=url,
            )
        )
    return found["bucket"], (found["prefix"] or "").strip("/")


class S3Store:
    """Originals and derived files in an S3 bucket, with a folder store as local cache."""

    def __init__(self, url: str, cache: Path) -> None:
        bucket, prefix = parse_url(url)
        self.url = url
        self.cache = FolderStore(cache)
        self.root = self.cache.root
        self.tmp = self.cache.tmp
        self.objects = Objects(bucket, prefix)
        self._lock = threading.Lock()
        self._published: dict[Path, tuple[int, int]] = {}  # derived files uploaded: (size, mtime)
        self._absent: dict[tuple[str, str], float] = {}  # derived (sha, role) not found remotely, when

    # -- keys ------------------------------------------------------------------------------------

    def original_key(self, sha256: str) -> str:
        return self.objects.key("originals", sha256[:2], sha256[2:4], sha256)

    def derived_prefix(self, sha256: str) -> str:
        return self.objects.key("derived", sha256[:2], sha256) + "/"

    # -- the bucket ------------------------------------------------------------------------------

    def ensure(self) -> None:
        """The cache's folders, and a bucket these credentials can list (else a clear error).

        Write permission shows only when writing: the first put of read-only credentials fails
        with an error saying so, and leaves nothing behind.
        """
        self.cache.ensure()
        self.objects.check_bucket()

    def create_bucket_if_missing(self) -> bool:
        """Create the bucket (for ``casedesk init``); whether it was missing. Never done silently."""
        return self.objects.create_bucket()

    def create(self) -> bool:
        made = self.create_bucket_if_missing()
        self.ensure()
        return made

    # -- originals -------------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        return self.objects.head(self.original_key(sha256)) is not None

    def put_stream(self, source: BinaryIO, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        """Copy a stream into the cache while hashing it, upload it, then keep the cached copy."""
        digest = hashlib.sha256()
        size = 0
        with TempFile(self.tmp) as tmp:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                tmp.handle.write(chunk)
                size += len(chunk)
                if on_bytes:
                    on_bytes(len(chunk))
            tmp.handle.flush()
            sha = digest.hexdigest()
            newly = self._upload(tmp.path, sha, size)
            final = self.cache.path_for(sha)
            if not final.is_file():
                tmp.commit(final, read_only=True)
            return StoredOriginal(sha, size, final, newly_stored=newly)

    def put_file(self, path: Path, on_bytes: ProgressFn | None = None) -> StoredOriginal:
        with path.open("rb") as source:
            return self.put_stream(source, on_bytes)

    def put_bytes(self, data: bytes) -> StoredOriginal:
        return self.put_stream(io.BytesIO(data))

    def adopt(self, tmp: TempFile, sha256: str) -> None:
        """Upload a complete temporary file the caller verified to be ``sha256``, then cache it."""
        tmp.handle.flush()
        self._upload(tmp.path, sha256, tmp.path.stat().st_size)
        tmp.commit(self.cache.path_for(sha256), read_only=True)

    def _upload(self, path: Path, sha256: str, size: int) -> bool:
        """Make the object ``sha256`` exist remotely; True if this call wrote it."""
        key = self.original_key(sha256)
        # Already there (the same file added again, or by a colleague): no need to send it.
        found = self.objects.head(key)
        if found is None:
            if self.objects.put_file(key, path, size, sha256, lock=True):
                return True
            found = self.objects.head(key)  # another client wrote it first (412)
        if found is None:  # taken, then gone: purged by someone at this very moment
            raise WorkspaceError(
                msg(
                    "The original {sha256} was removed from the object store while it was being stored. "
                    "Add the file again.",
                    sha256=sha256,
                )
            )
        if int(found["ContentLength"]) != size:
            raise IntegrityError(
                msg(
                    "The object store already holds the original {sha256} with {actual} bytes instead of "
                    "{size}: its copy is damaged. Run casedesk verify and tell whoever runs the store.",
                    sha256=sha256,
                    actual=int(found["ContentLength"]),
                    size=size,
                )
            )
        return False

    def local_path(self, sha256: str) -> Path:
        """The cached copy, else the object downloaded into the cache with its hash checked."""
        final = self.cache.path_for(sha256)
        if final.is_file():
            return final
        got = self.objects.get(self.original_key(sha256))
        if got is None:
            raise IntegrityError(
                msg("The original {sha256} is missing from the evidence store.", sha256=sha256)
            )
        digest = hashlib.sha256()
        with TempFile(self.tmp) as tmp:
            self.objects.read_into(got["Body"], tmp.handle, digest)
            actual = digest.hexdigest()
            if actual != sha256:
                raise IntegrityError(
                    msg(
                        "The object store's copy of the original {sha256} is damaged (its content hash is "
                        "{actual_hash}); it was not used. Run casedesk verify.",
                        sha256=sha256,
                        actual_hash=actual,
                    )
                )
            # Two threads fetching the same original both rename a whole copy: either is right.
            tmp.commit(final, read_only=True)
        return final

    def verify(self, sha256: str, size: int, on_bytes: ProgressFn | None = None) -> str | None:
        """Re-read the object from the object store (never the cache); what is wrong, or None.

        The phrases are the folder store's, so a verify report reads (and translates) the same.
        """
        got = self.objects.get(self.original_key(sha256))
        if got is None:
            return str(msg("original file is missing from the store"))
        actual_size = int(got["ContentLength"])
        if actual_size != size:
            got["Body"].close()
            return str(msg("size is {actual} bytes, recorded {size}", actual=actual_size, size=size))
        digest = hashlib.sha256()
        self.objects.read_into(got["Body"], None, digest, on_bytes)
        actual = digest.hexdigest()
        if actual != sha256:
            return str(
                msg("content hash is {actual_hash}, recorded {sha256}", actual_hash=actual, sha256=sha256)
            )
        return None

    def iter_originals(self) -> Iterator[Path]:
        """The originals in the local cache (the protocol's meaning: local files), not the bucket's."""
        return self.cache.iter_originals()

    # -- derived files ---------------------------------------------------------------------------

    def derived_dir(self, sha256: str) -> Path:
        return self.cache.derived_dir(sha256)

    def publish_derived(self, shas: Iterable[str]) -> None:
        """Make the local derived files of ``shas`` durable, then upload those not uploaded yet
        (replacing the remote ones: derived files are regenerable, the latest is right)."""
        wanted = sorted(set(shas))
        self.cache.publish_derived(wanted)
        todo = []
        for sha in wanted:
            folder = self.derived_dir(sha)
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.name.startswith(TMP_PREFIX) or not path.is_file():
                    continue
                info = path.stat()
                with self._lock:
                    if self._published.get(path) == (info.st_size, info.st_mtime_ns):
                        continue
                todo.append((sha, path, (info.st_size, info.st_mtime_ns)))
        if not todo:
            return
        with ThreadPoolExecutor(DERIVED_UPLOADS, thread_name_prefix="s3-derived") as pool:
            for future in [pool.submit(self._upload_derived, *item) for item in todo]:
                future.result()

    def _upload_derived(self, sha256: str, path: Path, seen: tuple[int, int]) -> None:
        key = self.derived_prefix(sha256) + path.name
        self.objects.put_small(key, path, sha256_file(path))
        with self._lock:
            self._published[path] = seen
            self._absent.pop((sha256, path.name.split(".", 1)[0]), None)

    def derived_file(self, sha256: str, role: str) -> Path | None:
        """The cached whole derived file, else the object store's, fetched into the cache."""
        local = self.cache.derived_file(sha256, role)
        if local is not None:
            return local
        with self._lock:
            when = self._absent.get((sha256, role))
        if when is not None and time.monotonic() - when < ABSENT_FOR:
            return None
        keys = sorted(o["Key"] for o in self.objects.listing(self.derived_prefix(sha256) + role + "."))
        if keys and self._fetch_derived(sha256, keys[0]):
            found = self.cache.derived_file(sha256, role)  # checked whole the folder store's way
            if found is not None:
                return found
        with self._lock:
            self._absent[(sha256, role)] = time.monotonic()
        return None

    def _fetch_derived(self, sha256: str, key: str) -> bool:
        got = self.objects.get(key)
        if got is None:
            return False
        folder = self.derived_dir(sha256)
        path = folder / key.rsplit("/", 1)[-1]
        digest = hashlib.sha256()
        with TempFile(folder) as tmp:
            self.objects.read_into(got["Body"], tmp.handle, digest)
            recorded = got.get("Metadata", {}).get("sha256")
            if recorded is not None and recorded != digest.hexdigest():
                return False  # damaged remotely: the next publish replaces it
            tmp.commit(path)
        info = path.stat()
        with self._lock:
            self._published[path] = (info.st_size, info.st_mtime_ns)  # the same as the remote one
        return True

    # -- housekeeping ----------------------------------------------------------------------------

    def clean_temporary(self) -> int:
        """The cache's temporaries, and multipart uploads a dead client left (stale ones only)."""
        removed = self.cache.clean_temporary()
        return removed + self.objects.abort_stale_uploads(STALE_AFTER)

    def purge(self, sha256: str) -> None:
        """Delete the original and its derived files remotely, then the cached copies.

        In a bucket with Object Lock the original's version stays until its retention ends (the
        delete only hides it): purging removes evidence from the case, not from the lock's keeping.
        """
        derived = [o["Key"] for o in self.objects.listing(self.derived_prefix(sha256))]
        self.objects.delete([self.original_key(sha256), *derived])
        self.cache.purge(sha256)
        with self._lock:
            for path in [p for p in self._published if p.parent == self.derived_dir(sha256)]:
                del self._published[path]
