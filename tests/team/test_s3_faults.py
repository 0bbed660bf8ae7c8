"""S3Store when things go wrong, on a real S3 server: a client killed mid-upload, the server stopped
mid-upload, wrong or read-only credentials, a missing bucket, an endpoint that never answers."""

from __future__ import annotations

import datetime as dt
import hashlib
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casedesk.core.errors import WorkspaceError
from casedesk.core.store import objects, s3
from casedesk.core.store.s3 import S3Store
from casedesk.fsutil import TMP_PREFIX

from . import seaweed_server
from .seaweed_server import READER, S3Env, SeaweedServer, make_bucket, running_server

# The server's fixtures, seen by pytest as this module's own.
s3_server = seaweed_server.s3_server
s3_env = seaweed_server.s3_env

MiB = 1 << 20
LIMIT = 15.0  # seconds an unusable endpoint may take to be reported

CHILD = """
import sys, time
from pathlib import Path
from casedesk.core.store import objects
from casedesk.core.store.s3 import S3Store

objects.MULTIPART_THRESHOLD, objects.PART_SIZE = 6 << 20, 5 << 20
store = S3Store(sys.argv[1], Path(sys.argv[2]))
store.ensure()
upload_part = store.objects.client.upload_part

def held_after_two_parts(**request):
    answer = upload_part(**request)
    if request["PartNumber"] == 2:
        print("two parts sent", flush=True)
        time.sleep(120)  # killed here, halfway through the original
    return answer

store.objects.client.upload_part = held_after_two_parts
store.put_file(Path(sys.argv[3]))
"""


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(objects, "MULTIPART_THRESHOLD", 6 * MiB)
    monkeypatch.setattr(objects, "PART_SIZE", 5 * MiB)


def big_file(path: Path, size: int = 20 * MiB) -> tuple[Path, str]:
    data = hashlib.sha256(path.name.encode()).digest() * (size // 32)
    path.write_bytes(data)
    return path, hashlib.sha256(data).hexdigest()


def uploads(env: S3Env) -> list[str]:
    found = env.client.list_multipart_uploads(Bucket=env.bucket).get("Uploads", [])
    return [upload["Key"] for upload in found]


def originals(env: S3Env) -> list[str]:
    listed = env.client.list_objects_v2(Bucket=env.bucket, Prefix="team/originals/")
    return [item["Key"] for item in listed.get("Contents", [])]


def leftovers(store: S3Store) -> list[Path]:
    return [p for p in store.tmp.iterdir() if p.name.startswith(TMP_PREFIX)] if store.tmp.is_dir() else []


@pytest.mark.usefixtures("small_parts")
def test_a_client_killed_mid_upload_leaves_nothing_under_the_key(
    s3_env: S3Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, sha = big_file(tmp_path / "video.bin")
    cache = tmp_path / "cache"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, s3_env.url, str(cache), str(source)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "two parts sent"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)

    store = S3Store(s3_env.url, cache)
    store.ensure()
    assert not store.has(sha) and originals(s3_env) == []
    assert uploads(s3_env) == [store.original_key(sha)]  # the parts sent, in an unfinished upload
    assert len(leftovers(store)) == 1  # the killed process's temporary in the cache
    assert store.clean_temporary() == 1  # the cache's; the upload is too recent to be judged dead
    assert uploads(s3_env) == [store.original_key(sha)]

    time.sleep(1.1)  # the server's times have a one-second grain
    monkeypatch.setattr(s3, "STALE_AFTER", dt.timedelta(0))
    assert store.clean_temporary() == 1
    assert uploads(s3_env) == [] and leftovers(store) == []

    stored = store.put_file(source)  # put again: completes
    assert stored.sha256 == sha and stored.newly_stored
    assert store.verify(sha, stored.size) is None


@pytest.mark.usefixtures("small_parts")
def test_the_object_store_stopped_mid_upload(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with running_server() as server:  # its own server: this test kills it
        env = make_bucket(server, monkeypatch)
        store = S3Store(env.url, tmp_path / "cache")
        store.ensure()
        source, sha = big_file(tmp_path / "video.bin")
        upload_part = store.objects.client.upload_part

        def server_dies_after_two_parts(**request: object) -> object:
            answer = upload_part(**request)
            if request["PartNumber"] == 2:
                server.kill()
            return answer

        store.objects.client.upload_part = server_dies_after_two_parts
        began = time.monotonic()
        with pytest.raises(WorkspaceError, match="Cannot reach the object store") as caught:
            store.put_file(source)
        assert time.monotonic() - began < LIMIT
        assert server.endpoint in str(caught.value)
        assert not store.cache.has(sha) and leftovers(store) == []  # nothing cached as if stored
        with pytest.raises(WorkspaceError, match="Cannot reach"):
            store.has(sha)

        store.objects.client.upload_part = upload_part
        server.start()
        assert not store.has(sha) and originals(env) == []
        stored = store.put_file(source)
        assert stored.newly_stored and store.verify(sha, stored.size) is None
        time.sleep(1.1)
        monkeypatch.setattr(s3, "STALE_AFTER", dt.timedelta(0))
        store.clean_temporary()  # the first attempt's parts, if the server kept them
        assert uploads(env) == []


def test_a_wrong_secret_key_is_named(s3_env: S3Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    with pytest.raises(WorkspaceError, match=r"refused the credentials \(SignatureDoesNotMatch\)"):
        S3Store(s3_env.url, tmp_path / "cache").ensure()
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDNOBODYATALL00000")
    with pytest.raises(WorkspaceError, match="AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"):
        S3Store(s3_env.url, tmp_path / "cache").ensure()


def test_no_credentials_at_all(s3_env: S3Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")  # no instance to ask, here
    with pytest.raises(WorkspaceError, match="No credentials"):
        S3Store(s3_env.url, tmp_path / "cache").ensure()


def test_a_missing_bucket_is_named_and_created_only_when_asked(s3_env: S3Env, tmp_path: Path) -> None:
    bucket = s3_env.bucket + "-new"
    store = S3Store(f"s3://{bucket}/team", tmp_path / "cache")
    with pytest.raises(WorkspaceError, match=f"The bucket {bucket} does not exist"):
        store.ensure()
    with pytest.raises(WorkspaceError, match=f"The bucket {bucket} does not exist"):
        store.ensure()  # still missing: ensure never creates it
    assert store.create_bucket_if_missing()
    assert not store.create_bucket_if_missing()
    store.ensure()
    assert store.put_bytes(b"first").newly_stored


def test_a_malformed_address_is_refused(tmp_path: Path) -> None:
    for url in ("s3://", "s3://UPPER/case", "http://bucket/x", "s3://a"):
        with pytest.raises(WorkspaceError, match="not an object store address"):
            S3Store(url, tmp_path / "cache")


@pytest.mark.parametrize("size", [1000, 12 * MiB], ids=["single-request", "multipart"])
@pytest.mark.usefixtures("small_parts")
def test_read_only_credentials_read_and_refuse_to_write(
    s3_env: S3Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    writer = S3Store(s3_env.url, tmp_path / "writer")
    writer.ensure()
    kept = writer.put_bytes(b"stored by a colleague")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", READER[0])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", READER[1])
    reader = S3Store(s3_env.url, tmp_path / "reader")
    reader.ensure()  # listing is allowed
    assert reader.has(kept.sha256) and reader.verify(kept.sha256, kept.size) is None
    assert reader.local_path(kept.sha256).read_bytes() == b"stored by a colleague"
    data = b"r" * size
    with pytest.raises(WorkspaceError, match=r"may not write to bucket .* read-only"):
        reader.put_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    assert not reader.has(sha) and not reader.cache.has(sha) and leftovers(reader) == []
    assert originals(s3_env) == [writer.original_key(kept.sha256)] and uploads(s3_env) == []
    assert reader.clean_temporary() == 0  # may not abort uploads: passes over them quietly


def test_an_endpoint_refusing_connections_fails_within_seconds(
    s3_env: S3Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{port}")
    store = S3Store(s3_env.url, tmp_path / "cache")
    began = time.monotonic()
    with pytest.raises(WorkspaceError, match=f"Cannot reach the object store at http://127.0.0.1:{port}"):
        store.ensure()
    with pytest.raises(WorkspaceError, match="Cannot reach"):
        store.put_bytes(b"x")
    assert time.monotonic() - began < LIMIT
    assert leftovers(store) == [] and not store.cache.has(hashlib.sha256(b"x").hexdigest())


def test_an_endpoint_that_never_answers_fails_within_the_timeout(
    s3_env: S3Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as silent:  # accepts connections (the kernel does) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{silent.getsockname()[1]}")
        store = S3Store(s3_env.url, tmp_path / "cache")
        began = time.monotonic()
        with pytest.raises(WorkspaceError, match="Cannot reach the object store"):
            store.ensure()
        elapsed = time.monotonic() - began
    assert elapsed < LIMIT, elapsed


def test_a_bucket_with_object_lock_keeps_originals_under_governance(
    s3_server: SeaweedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = make_bucket(s3_server, monkeypatch, ObjectLockEnabledForBucket=True)
    store = S3Store(env.url, tmp_path / "cache")
    store.ensure()
    stored = store.put_bytes(b"locked evidence")
    head = env.client.head_object(Bucket=env.bucket, Key=store.original_key(stored.sha256))
    assert head["ObjectLockMode"] == "GOVERNANCE"
    assert head["ObjectLockRetainUntilDate"] > dt.datetime.now(dt.UTC) + dt.timedelta(days=3000)
    store.purge(stored.sha256)  # hidden behind a delete marker; the retained version stays
    assert not store.has(stored.sha256)
    versions = env.client.list_object_versions(Bucket=env.bucket, Prefix="team/originals/")
    assert [v["Key"] for v in versions.get("Versions", [])] == [store.original_key(stored.sha256)]
