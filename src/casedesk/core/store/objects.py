"""The requests the team store makes to an S3-compatible object store, through one boto3 client.

Settings come only from boto3's own chain (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION, AWS_PROFILE, ~/.aws/config): CaseDesk has no credential
option of its own. One client serves every thread (boto3 clients are thread-safe; sessions and
resources are not, so neither is kept). Short connect and read timeouts with three attempts make an
unreachable endpoint an error within seconds rather than a hang.

Writes are conditional (``IfNoneMatch='*'``): an original's key, once written, is never written
again, and losing that race to another client is not an error. Checked against SeaweedFS 4.48:
PutObject, CopyObject and CompleteMultipartUpload all answer 412 PreconditionFailed for a taken key;
``ChecksumSHA256`` is verified on PutObject and UploadPart (400 BadDigest on a mismatch); Object Lock
works (a bucket created with it is versioned, a default GOVERNANCE retention is applied to new
objects, a retained version cannot be deleted without BypassGovernanceRetention); parts below 5 MiB
(but the last) are refused with EntityTooSmall, as on AWS.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import email.utils
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import boto3
from botocore import exceptions as boto_errors
from botocore.config import Config

from casedesk.core.store.s3_errors import (
    is_denied,
    is_missing,
    is_precondition_failed,
    store_error,
)

# Above this an original goes up in parts (one request per part, each checked, abortable), below
# it in one request. Module constants, so the tests lower them instead of writing 64 MiB files.
MULTIPART_THRESHOLD = 64 << 20
PART_SIZE = 16 << 20  # 5 MiB at least (S3's minimum for all but the last part)
# With Object Lock on and no default retention in the bucket, originals are kept this long in
# GOVERNANCE mode (an administrator holding s3:BypassGovernanceRetention can still lift it).
LOCK_RETENTION_DAYS = 3650

CONNECT_TIMEOUT = 3  # seconds, per attempt
READ_TIMEOUT = 30
ATTEMPTS = 3  # in all, first try included (botocore "standard" retries back off between them)
PROBE_READ_TIMEOUT = 4  # the bucket check when a workspace opens: at most about 2 × (3 + 4) s
PROBE_ATTEMPTS = 2

BotoError = (boto_errors.BotoCoreError, boto_errors.ClientError)
S3Client = Any  # boto3's client is built at run time and has no stubs installed here


def _config(read_timeout: int, attempts: int) -> Config:
    return Config(
        # Path-style (endpoint/bucket/key): what SeaweedFS, MinIO and Ceph expect, and AWS serves.
        s3={"addressing_style": "path"},
        connect_timeout=CONNECT_TIMEOUT,
        read_timeout=read_timeout,
        retries={"total_max_attempts": attempts, "mode": "standard"},
    )


def _server_time(answer: dict[str, Any]) -> dt.datetime:
    """The time a response was sent, by the server's clock; this computer's if it gave none."""
    date = answer.get("ResponseMetadata", {}).get("HTTPHeaders", {}).get("date")
    try:
        return email.utils.parsedate_to_datetime(date) if date else dt.datetime.now(dt.UTC)
    except (TypeError, ValueError):
        return dt.datetime.now(dt.UTC)


def checksum(digest: bytes) -> str:
    """The form of a SHA-256 digest the x-amz-checksum-sha256 header takes."""
    return base64.b64encode(digest).decode("ascii")


class Objects:
    """One bucket, and a prefix inside it, of an S3-compatible store."""

    def __init__(self, bucket: str, prefix: str) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        try:
            session = boto3.session.Session()
            self.client: S3Client = session.client("s3", config=_config(READ_TIMEOUT, ATTEMPTS))
            # Opening a workspace must not wait long on an endpoint that accepts and never answers.
            self.probe: S3Client = session.client("s3", config=_config(PROBE_READ_TIMEOUT, PROBE_ATTEMPTS))
        except (*BotoError, ValueError) as exc:  # a malformed endpoint URL, an unknown profile
            raise store_error(exc, bucket, "?") from exc
        self.endpoint: str = self.client.meta.endpoint_url
        self.lock: dict[str, Any] | None = None  # ObjectLockMode and the rest, when the bucket asks

    def key(self, *parts: str) -> str:
        return "/".join((self.prefix, *parts) if self.prefix else parts)

    def error(self, exc: BaseException, *, writing: bool = False) -> Exception:
        return store_error(exc, self.bucket, self.endpoint, writing=writing)

    # -- the bucket ------------------------------------------------------------------------------

    def check_bucket(self) -> None:
        """Raise a clear error unless the bucket exists and these credentials may list it.

        A listing, not HeadBucket: a HEAD's error has no body, so a wrong secret and a missing
        permission would both be a bare 403; a listing names which (SignatureDoesNotMatch…).
        """
        try:
            self.probe.list_objects_v2(Bucket=self.bucket, Prefix=self.key(""), MaxKeys=1)
        except BotoError as exc:
            raise self.error(exc) from exc
        self.lock = self._lock_arguments()

    def _lock_arguments(self) -> dict[str, Any] | None:
        try:
            found = self.probe.get_object_lock_configuration(Bucket=self.bucket)
        except BotoError:  # not configured, not allowed to ask, or not supported: no lock
            return None
        config = found.get("ObjectLockConfiguration", {})
        if config.get("ObjectLockEnabled") != "Enabled":
            return None
        if config.get("Rule", {}).get("DefaultRetention"):
            return {}  # the server applies the bucket's own retention to each new object
        return {"ObjectLockMode": "GOVERNANCE"}  # RetainUntilDate is added per upload

    def create_bucket(self) -> bool:
        """Create the bucket if missing, with Object Lock where the server offers it (an original
        can then not be deleted, even by mistake); whether it was created."""
        region = self.client.meta.region_name
        extra: dict[str, Any] = (
            {}
            if region in (None, "us-east-1")
            else {"CreateBucketConfiguration": {"LocationConstraint": region}}
        )
        for lock in (True, False):
            try:
                self.client.create_bucket(
                    Bucket=self.bucket, **extra, **({"ObjectLockEnabledForBucket": True} if lock else {})
                )
            except boto_errors.ClientError as exc:
                code = str(exc.response.get("Error", {}).get("Code"))
                if code in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                    return False
                if lock and code in {"InvalidRequest", "InvalidArgument", "NotImplemented"}:
                    continue  # a server without Object Lock: a plain bucket
                raise self.error(exc, writing=True) from exc
            except boto_errors.BotoCoreError as exc:
                raise self.error(exc, writing=True) from exc
            return True
        return True

    # -- objects ---------------------------------------------------------------------------------

    def head(self, key: str) -> dict[str, Any] | None:
        """The object's headers (ContentLength, ETag, LastModified, Metadata), or None if absent."""
        try:
            found: dict[str, Any] = self.client.head_object(Bucket=self.bucket, Key=key)
        except BotoError as exc:
            if is_missing(exc):
                return None
            raise self.error(exc) from exc
        return found

    def get(self, key: str) -> dict[str, Any] | None:
        """GetObject's answer (ContentLength, Metadata, Body: a stream the caller reads or closes),
        or None if the object is absent."""
        try:
            found: dict[str, Any] = self.client.get_object(Bucket=self.bucket, Key=key)
        except BotoError as exc:
            if is_missing(exc):
                return None
            raise self.error(exc) from exc
        return found

    def read_into(self, body: Any, sink: BinaryIO | None, digest: Any, on_bytes: Any = None) -> int:
        """Stream a GET's body into ``sink`` (if any) and ``digest``; the bytes read."""
        total = 0
        try:
            with contextlib.closing(body):
                for chunk in body.iter_chunks(1 << 20):
                    digest.update(chunk)
                    if sink is not None:
                        sink.write(chunk)
                    total += len(chunk)
                    if on_bytes:
                        on_bytes(len(chunk))
        except BotoError as exc:  # cut off mid-stream (ResponseStreamingError, IncompleteReadError)
            raise self.error(exc) from exc
        return total

    def put_file(self, key: str, path: Path, size: int, sha256: str, *, lock: bool = False) -> bool:
        """Write a local file under ``key`` unless the key is taken; True if this call wrote it.

        Nothing is visible under ``key`` until the whole file is there: one PutObject, or the
        CompleteMultipartUpload of its parts. The server checks each request's bytes against their
        SHA-256 (ChecksumSHA256), so what arrives is what was hashed here.
        """
        extra: dict[str, Any] = {"Metadata": {"sha256": sha256}, "ContentType": "application/octet-stream"}
        if lock and self.lock is not None:
            extra |= self.lock
            if "ObjectLockMode" in self.lock:
                until = dt.datetime.now(dt.UTC) + dt.timedelta(days=LOCK_RETENTION_DAYS)
                extra["ObjectLockRetainUntilDate"] = until
        try:
            if size > MULTIPART_THRESHOLD:
                return self._put_parts(key, path, extra)
            with path.open("rb") as body:
                self.client.put_object(
                    Bucket=self.bucket,
                    Key=key,
                    Body=body,
                    ContentLength=size,
                    IfNoneMatch="*",
                    ChecksumSHA256=checksum(bytes.fromhex(sha256)),
                    **extra,
                )
        except BotoError as exc:
            if is_precondition_failed(exc):
                return False
            raise self.error(exc, writing=True) from exc
        return True

    def _put_parts(self, key: str, path: Path, extra: dict[str, Any]) -> bool:
        upload = self.client.create_multipart_upload(
            Bucket=self.bucket, Key=key, ChecksumAlgorithm="SHA256", **extra
        )["UploadId"]
        try:
            parts = []
            with path.open("rb") as source:
                number = 1
                while data := source.read(PART_SIZE):
                    part_sum = checksum(hashlib.sha256(data).digest())
                    sent = self.client.upload_part(
                        Bucket=self.bucket,
                        Key=key,
                        UploadId=upload,
                        PartNumber=number,
                        Body=data,
                        ChecksumSHA256=part_sum,
                    )
                    parts.append({"PartNumber": number, "ETag": sent["ETag"], "ChecksumSHA256": part_sum})
                    number += 1
            self.client.complete_multipart_upload(
                Bucket=self.bucket,
                Key=key,
                UploadId=upload,
                MultipartUpload={"Parts": parts},
                IfNoneMatch="*",
            )
        except BaseException:
            # Parts nobody completes cost storage: abort now if the store still answers, else the
            # next clean_temporary does (stale_uploads).
            with contextlib.suppress(*BotoError):
                self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload)
            raise
        return True

    def put_small(self, key: str, path: Path, sha256: str) -> None:
        """Write (or replace) a small regenerable file, a derived one, checked by its SHA-256."""
        try:
            with path.open("rb") as body:
                self.client.put_object(
                    Bucket=self.bucket,
                    Key=key,
                    Body=body,
                    ChecksumSHA256=checksum(bytes.fromhex(sha256)),
                    Metadata={"sha256": sha256},
                )
        except BotoError as exc:
            raise self.error(exc, writing=True) from exc

    def listing(self, prefix: str) -> Iterator[dict[str, Any]]:
        """The objects under ``prefix`` (Key, Size, LastModified), in key order."""
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
            for page in pages:
                yield from page.get("Contents", [])
        except BotoError as exc:
            raise self.error(exc) from exc

    def delete(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):  # DeleteObjects takes at most 1000 keys
            batch = [{"Key": key} for key in keys[start : start + 1000]]
            try:
                self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})
            except BotoError as exc:
                raise self.error(exc, writing=True) from exc

    # -- leftovers -------------------------------------------------------------------------------

    def abort_stale_uploads(self, stale_after: dt.timedelta) -> int:
        """Abort multipart uploads under the prefix started more than ``stale_after`` ago and given
        no part since: a client that died left them. One still being written has a recent part.

        Ages are reckoned by the server's clock (its Date header), so a client whose clock runs
        fast cannot take a colleague's upload in progress for an abandoned one.
        """
        aborted = 0
        try:
            pages = list(
                self.client.get_paginator("list_multipart_uploads").paginate(
                    Bucket=self.bucket, Prefix=self.key("")
                )
            )
        except BotoError as exc:
            raise self.error(exc) from exc
        uploads = [upload for page in pages for upload in page.get("Uploads", [])]
        older_than = _server_time(pages[0] if pages else {}) - stale_after
        for upload in uploads:
            if upload["Initiated"] >= older_than:
                continue
            key, upload_id = upload["Key"], upload["UploadId"]
            try:
                parts = self.client.list_parts(Bucket=self.bucket, Key=key, UploadId=upload_id).get(
                    "Parts", []
                )
                if any(part["LastModified"] >= older_than for part in parts):
                    continue
                self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
                aborted += 1
            except BotoError as exc:
                if is_missing(exc):  # completed or aborted meanwhile
                    continue
                if is_denied(exc):  # read-only credentials: leave it to a client that may write
                    return aborted
                raise self.error(exc, writing=True) from exc
        return aborted
