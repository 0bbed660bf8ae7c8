"""S3Store against a real S3 server (SeaweedFS): round trips, multipart, never overwritten, derived
files, adopt and staging, and the whole service over it."""

from __future__ import annotations

import hashlib
import io
import stat
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import IntegrityError
from casedesk.core.staging import Staging
from casedesk.core.store import EvidenceStore, FolderStore, objects
from casedesk.core.store.s3 import S3Store
from casedesk.fsutil import TempFile

from . import seaweed_server
from .seaweed_server import S3Env

# The server's fixtures, seen by pytest as this module's own.
s3_server = seaweed_server.s3_server
s3_env = seaweed_server.s3_env

MiB = 1 << 20


def open_store(env: S3Env, cache: Path) -> S3Store:
    store = S3Store(env.url, cache)
    store.ensure()
    return store


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Multipart from 6 MiB, in 5 MiB parts (S3's smallest), so a test file of 12 MiB has three."""
    monkeypatch.setattr(objects, "MULTIPART_THRESHOLD", 6 * MiB)
    monkeypatch.setattr(objects, "PART_SIZE", 5 * MiB)


def test_the_store_satisfies_the_protocol(s3_env: S3Env, tmp_path: Path) -> None:
    store: EvidenceStore = S3Store(s3_env.url, tmp_path / "cache")  # mypy checks this line
    assert store.root == tmp_path / "cache" and store.tmp == tmp_path / "cache" / "originals" / ".tmp"


def test_round_trip_through_a_fresh_cache(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "a")
    source = tmp_path / "evidence.bin"
    source.write_bytes(bytes(range(256)) * (3 * 4096) + b"tail")  # several chunks
    from_file = store.put_file(source)
    from_bytes = store.put_bytes(b"a short note")
    from_stream = store.put_stream(io.BytesIO(b"streamed" * 1000))
    again = store.put_file(source)
    assert from_file.sha256 == hashlib.sha256(source.read_bytes()).hexdigest() == again.sha256
    assert from_file.newly_stored and from_bytes.newly_stored and from_stream.newly_stored
    assert not again.newly_stored
    assert from_file.path.read_bytes() == source.read_bytes()  # the cached copy, read-only
    assert stat.S_IMODE(from_file.path.stat().st_mode) == 0o400
    assert list(store.tmp.iterdir()) == []

    head = s3_env.client.head_object(Bucket=s3_env.bucket, Key=store.original_key(from_file.sha256))
    assert store.original_key(from_file.sha256).startswith(f"team/originals/{from_file.sha256[:2]}/")
    assert head["ContentLength"] == from_file.size and head["Metadata"]["sha256"] == from_file.sha256

    other = open_store(s3_env, tmp_path / "b")  # another computer: nothing cached
    for stored in (from_file, from_bytes, from_stream):
        assert other.has(stored.sha256)
        assert not other.cache.has(stored.sha256)
        path = other.local_path(stored.sha256)
        assert path == other.cache.path_for(stored.sha256)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == stored.sha256
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
        assert other.verify(stored.sha256, stored.size) is None
    assert list(other.tmp.iterdir()) == []
    assert not other.has("0" * 64)
    with pytest.raises(IntegrityError, match="missing from the evidence store"):
        other.local_path("0" * 64)


def test_a_copy_only_in_the_cache_does_not_count(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "cache")
    cached = FolderStore(store.root).put_bytes(b"never uploaded")
    assert store.cache.has(cached.sha256)
    assert not store.has(cached.sha256)
    assert store.verify(cached.sha256, cached.size) == "original file is missing from the store"


def test_verify_reads_the_object_store_not_the_cache(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "cache")
    stored = store.put_bytes(b"evidence bytes, kept exactly")
    key = store.original_key(stored.sha256)
    put = s3_env.client.put_object  # tampering behind the store's back, as a rogue client could

    put(Bucket=s3_env.bucket, Key=key, Body=b"short")
    assert store.verify(stored.sha256, stored.size) == f"size is 5 bytes, recorded {stored.size}"
    changed = bytearray(b"evidence bytes, kept exactly")
    changed[0] ^= 1
    put(Bucket=s3_env.bucket, Key=key, Body=bytes(changed))
    wrong = hashlib.sha256(changed).hexdigest()
    assert store.verify(stored.sha256, stored.size) == f"content hash is {wrong}, recorded {stored.sha256}"
    assert stored.path.read_bytes() == b"evidence bytes, kept exactly"  # the cache was not consulted

    fresh = open_store(s3_env, tmp_path / "fresh")  # a damaged object is never adopted into a cache
    with pytest.raises(IntegrityError, match="damaged"):
        fresh.local_path(stored.sha256)
    assert not fresh.cache.has(stored.sha256) and list(fresh.tmp.iterdir()) == []

    s3_env.client.delete_object(Bucket=s3_env.bucket, Key=key)
    assert store.verify(stored.sha256, stored.size) == "original file is missing from the store"
    assert not store.has(stored.sha256)


@pytest.mark.usefixtures("small_parts")
def test_a_large_original_goes_up_in_parts_and_arrives_whole(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "a")
    source = tmp_path / "video.bin"
    data = hashlib.sha256(b"seed").digest() * (12 * MiB // 32) + b"end"
    source.write_bytes(data)
    stored = store.put_file(source)
    assert stored.newly_stored and stored.size == len(data)
    head = s3_env.client.head_object(Bucket=s3_env.bucket, Key=store.original_key(stored.sha256))
    assert head["ETag"].strip('"').endswith("-3")  # three parts
    assert s3_env.client.list_multipart_uploads(Bucket=s3_env.bucket).get("Uploads", []) == []
    other = open_store(s3_env, tmp_path / "b")
    assert other.local_path(stored.sha256).read_bytes() == data
    assert other.verify(stored.sha256, stored.size) is None


@pytest.mark.parametrize("size", [MiB, 12 * MiB], ids=["single-request", "multipart"])
@pytest.mark.usefixtures("small_parts")
def test_the_same_content_stored_at_once_by_several_clients(s3_env: S3Env, tmp_path: Path, size: int) -> None:
    data = hashlib.sha256(b"same").digest() * (size // 32)
    stores = [open_store(s3_env, tmp_path / f"client{n}") for n in range(6)]
    start = threading.Barrier(len(stores))
    results = []
    lock = threading.Lock()

    def put(store: S3Store) -> None:
        start.wait()
        stored = store.put_bytes(data)
        with lock:
            results.append(stored)

    threads = [threading.Thread(target=put, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == len(stores)  # every client succeeded
    assert {r.sha256 for r in results} == {hashlib.sha256(data).hexdigest()}
    # One wrote it: the others found it there (HEAD) or lost the conditional write (412). SeaweedFS
    # checks CompleteMultipartUpload's precondition before assembling the parts, not atomically
    # with it, so under a close race two multipart writers of these same bytes may both succeed.
    newly = sum(r.newly_stored for r in results)
    assert newly == 1 if size == MiB else newly >= 1
    listed = s3_env.client.list_objects_v2(Bucket=s3_env.bucket, Prefix="team/originals/")
    assert [o["Key"] for o in listed.get("Contents", [])] == [stores[0].original_key(results[0].sha256)]
    assert s3_env.client.list_multipart_uploads(Bucket=s3_env.bucket).get("Uploads", []) == []
    assert stores[0].verify(results[0].sha256, size) is None


@pytest.mark.parametrize("size", [MiB, 12 * MiB], ids=["single-request", "multipart"])
@pytest.mark.usefixtures("small_parts")
def test_conditional_writes_racing_for_one_key_let_exactly_one_through(
    s3_env: S3Env, tmp_path: Path, size: int
) -> None:
    """The write itself, past put's HEAD shortcut: what decides when two clients both found no object."""
    source = tmp_path / "race.bin"
    source.write_bytes(hashlib.sha256(b"race").digest() * (size // 32))
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    stores = [open_store(s3_env, tmp_path / f"client{n}") for n in range(6)]
    key = stores[0].original_key(sha)
    start = threading.Barrier(len(stores))
    wrote: list[bool] = []

    def write(store: S3Store) -> None:
        start.wait()
        wrote.append(store.objects.put_file(key, source, size, sha))

    threads = [threading.Thread(target=write, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if size == MiB:
        assert sorted(wrote) == [False] * (len(stores) - 1) + [True]
    else:
        # SeaweedFS checks CompleteMultipartUpload's precondition before it assembles the parts, not
        # atomically with it: under a close race two completions may both succeed. Both wrote the
        # same bytes under a content-addressed key, so what the store promises still holds: one
        # whole, correct object, and no upload left behind.
        assert True in wrote
    assert s3_env.client.list_multipart_uploads(Bucket=s3_env.bucket).get("Uploads", []) == []
    assert stores[0].verify(sha, size) is None


def test_an_original_already_stored_is_never_rewritten(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "a")
    stored = store.put_bytes(b"first and only")
    key = store.original_key(stored.sha256)
    before = s3_env.client.head_object(Bucket=s3_env.bucket, Key=key)
    time.sleep(1.1)  # LastModified has a one-second grain
    again = open_store(s3_env, tmp_path / "b").put_bytes(b"first and only")
    assert not again.newly_stored
    # Past the HEAD shortcut: the conditional write itself refuses a taken key.
    other = tmp_path / "other.bin"
    other.write_bytes(b"something else entirely")
    assert not store.objects.put_file(key, other, other.stat().st_size, hashlib.sha256(b"x").hexdigest())
    after = s3_env.client.head_object(Bucket=s3_env.bucket, Key=key)
    assert (after["ETag"], after["LastModified"]) == (before["ETag"], before["LastModified"])
    assert store.verify(stored.sha256, stored.size) is None


def test_a_wrong_size_under_the_key_is_not_taken_as_stored(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "a")
    sha = hashlib.sha256(b"the real content").hexdigest()
    s3_env.client.put_object(Bucket=s3_env.bucket, Key=store.original_key(sha), Body=b"junk")
    with pytest.raises(IntegrityError, match="instead of 16"):
        store.put_bytes(b"the real content")
    assert not store.cache.has(sha)


def _png(path: Path, colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buffer, "PNG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_derived_files_are_published_and_found_by_another_client(s3_env: S3Env, tmp_path: Path) -> None:
    writer = open_store(s3_env, tmp_path / "a")
    stored = writer.put_bytes(b"a picture, say")
    thumb = _png(writer.derived_dir(stored.sha256) / "thumb.png", "red")
    preview = _png(writer.derived_dir(stored.sha256) / "preview.png", "blue")
    writer.publish_derived(iter([stored.sha256]))  # a generator, as run_pipeline passes
    keys = s3_env.client.list_objects_v2(Bucket=s3_env.bucket, Prefix="team/derived/")["Contents"]
    assert sorted(o["Key"] for o in keys) == [
        f"team/derived/{stored.sha256[:2]}/{stored.sha256}/{name}" for name in ("preview.png", "thumb.png")
    ]

    reader = open_store(s3_env, tmp_path / "b")
    found = reader.derived_file(stored.sha256, "thumb")
    assert found == reader.derived_dir(stored.sha256) / "thumb.png" and found.read_bytes() == thumb
    assert (reader.derived_file(stored.sha256, "preview") or Path()).read_bytes() == preview
    assert reader.derived_file(stored.sha256, "waveform") is None
    assert [p.name for p in reader.derived_dir(stored.sha256).iterdir()] != []

    # Regenerated: the new file replaces the remote one (derived files may be rewritten).
    new_thumb = _png(writer.derived_dir(stored.sha256) / "thumb.png", "green")
    writer.publish_derived([stored.sha256])
    third = open_store(s3_env, tmp_path / "c")
    assert (third.derived_file(stored.sha256, "thumb") or Path()).read_bytes() == new_thumb

    writer.purge(stored.sha256)
    assert s3_env.client.list_objects_v2(Bucket=s3_env.bucket, Prefix="team/").get("KeyCount") == 0
    assert not writer.has(stored.sha256) and not writer.cache.has(stored.sha256)


def test_a_damaged_remote_derived_file_is_passed_over(s3_env: S3Env, tmp_path: Path) -> None:
    writer = open_store(s3_env, tmp_path / "a")
    stored = writer.put_bytes(b"another picture")
    _png(writer.derived_dir(stored.sha256) / "thumb.png", "red")
    writer.publish_derived([stored.sha256])
    key = f"team/derived/{stored.sha256[:2]}/{stored.sha256}/thumb.png"
    s3_env.client.put_object(Bucket=s3_env.bucket, Key=key, Body=b"\x89PNG\r\n\x1a\n cut short")
    assert open_store(s3_env, tmp_path / "b").derived_file(stored.sha256, "thumb") is None


def test_adopt_uploads_a_verified_temporary(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "cache")
    data = b"an original from a bundle"
    sha = hashlib.sha256(data).hexdigest()
    tmp = TempFile(store.tmp)
    tmp.handle.write(data)
    store.adopt(tmp, sha)
    assert store.has(sha) and store.cache.has(sha)
    assert open_store(s3_env, tmp_path / "other").local_path(sha).read_bytes() == data
    assert list(store.tmp.iterdir()) == []


def test_staging_over_the_team_store_commits_to_the_object_store(s3_env: S3Env, tmp_path: Path) -> None:
    store = open_store(s3_env, tmp_path / "cache")
    data = b"imported original"
    sha = hashlib.sha256(data).hexdigest()
    with Staging(store) as staging:
        assert staging.select({sha: len(data)}) == {sha}
        staging.open(sha).write(data)
        staging.written(sha)
        assert staging.commit([sha]) == [sha]
    assert store.has(sha)
    assert open_store(s3_env, tmp_path / "other").local_path(sha).read_bytes() == data


def test_the_service_adds_and_verifies_evidence_on_the_team_store(s3_env: S3Env, tmp_path: Path) -> None:
    from casedesk.core.service import CaseService
    from casedesk.core.workspace import Workspace

    folder = tmp_path / "photos"
    _png(folder / "one.png", "red")
    _png(folder / "two.png", "yellow")
    (folder / "note.txt").write_text("seen at the crossing, 14:05")
    workspace = Workspace.open(tmp_path / "ws", store_url=s3_env.url)
    assert isinstance(workspace.store, S3Store)
    service = CaseService(workspace, "Test Investigator")
    try:
        case_id = service.create_case("Team case").id
        results = service.add_files(case_id, [folder], recursive=True)
        assert [r.status for r in results] == ["added"] * 3, [r.error for r in results]
        report = service.verify(case_id)
        assert report.ok and report.files_checked == 3, report.problems
        remote = s3_env.client.list_objects_v2(Bucket=s3_env.bucket, Prefix="team/")["Contents"]
        keys = [o["Key"] for o in remote]
        for result in results:
            assert result.sha256 is not None
            assert workspace.store.original_key(result.sha256) in keys
        assert any("/thumb." in key for key in keys)  # the pictures' thumbnails were published

        damaged = next(r for r in results if r.path.endswith("note.txt"))
        assert damaged.sha256 is not None
        s3_env.client.put_object(
            Bucket=s3_env.bucket, Key=workspace.store.original_key(damaged.sha256), Body=b"seen at the cross"
        )
        report = service.verify(case_id)
        assert not report.ok and len(report.problems) == 1
        assert "size is 17 bytes" in report.problems[0].detail
    finally:
        service.close()


def test_another_computer_reads_thumbnails_and_originals_from_the_team_store(
    s3_env: S3Env, tmp_path: Path
) -> None:
    """What the evidence grid and the viewer ask for comes from the bucket when the cache is empty."""
    import shutil

    from casedesk.core.service import CaseService
    from casedesk.core.workspace import Workspace

    folder = tmp_path / "photos"
    _png(folder / "one.png", "red")
    workspace = Workspace.open(tmp_path / "ws", store_url=s3_env.url)
    first = CaseService(workspace, "Test Investigator")
    try:
        case_id = first.create_case("Team case").id
        (added,) = first.add_files(case_id, [folder / "one.png"])
        assert added.sha256 is not None and added.evidence_id is not None
    finally:
        first.close()
    # Another computer: the same records (the database alone), and nothing cached.
    (tmp_path / "laptop").mkdir()
    shutil.copy2(workspace.db_path, tmp_path / "laptop" / workspace.db_path.name)
    second = CaseService(Workspace.open(tmp_path / "laptop", store_url=s3_env.url), "Test Investigator")
    try:
        assert not any(second.workspace.store.derived_dir(added.sha256).parent.parent.glob("*/*/thumb.*"))
        thumb = second.derived_path(added.sha256, "thumb")
        assert thumb is not None and (tmp_path / "laptop") in thumb.parents
        assert Image.open(thumb).size[0] > 0
        original = second.original_path(added.evidence_id)
        assert original.read_bytes() == (folder / "one.png").read_bytes()
        assert second.derived_path(added.sha256, "waveform") is None  # a picture has none
    finally:
        second.close()
