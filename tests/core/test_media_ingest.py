"""Media facts reach the case: CLI output, JSON fields, stills with provenance, near-duplicates."""

import errno
import io
import os
import shutil
from pathlib import Path

import av
import pytest
from PIL import Image, ImageDraw

import casedesk.core.ingest as ingest
import casedesk.core.service.intake as intake
import casedesk.fsutil as fsutil
from casedesk.core.errors import Cancelled
from casedesk.core.service import CaseService
from casedesk.core.store import sha256_file
from casedesk.core.tasks import TaskControl


def _scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    img = Image.new("RGB", size, (200, 170, 110))
    draw = ImageDraw.Draw(img)
    for n in range(12):
        x, y = (seed * 97 + n * 53) % size[0], (seed * 31 + n * 71) % size[1]
        draw.rectangle([x, y, x + 80 + n * 5, y + 40 + n * 3], fill=((seed * 40 + n * 20) % 256, n * 20, 90))
    return img


def _gps_jpeg(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Cam", "One"
    exif.get_ifd(0x8769).update({0x9003: "2025:03:14 10:42:00", 0x9011: "+01:00"})
    exif[0x8825] = {1: "N", 2: (21.0, 19.0, 48.0), 3: "E", 4: (0.0, 57.0, 0.0)}
    _scene(1).save(path, "JPEG", exif=exif)
    return path


def _video(path: Path, seconds: int = 2, fps: int = 10) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for i in range(seconds * fps):
            frame = av.VideoFrame.from_image(_scene(i, (320, 240)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def test_add_prints_kind_type_and_key_metadata(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Media").out.strip()
    result = cli("add", case_id, _gps_jpeg(tmp_path / "gps.jpg"), _video(tmp_path / "clip.mp4"))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    photo = next(line for line in lines if "gps.jpg" in line)
    assert "still" in photo and "image/jpeg" in photo and "640×480" in photo
    assert "2025-03-14T10:42:00+01:00" in photo and "GPS 21.33000, 0.95000" in photo
    clip = next(line for line in lines if "clip.mp4" in line)
    assert "video" in clip and "2.00 s" in clip


def test_case_show_json_carries_media_fields(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Media").out.strip()
    cli("add", case_id, _gps_jpeg(tmp_path / "gps.jpg"))
    item = cli("case", "show", case_id, "--json").json()["evidence"][0]
    assert (item["width"], item["height"]) == (640, 480)
    assert item["captured_at"] == "2025-03-14T09:42:00.000000Z"  # 10:42 at +01:00
    assert item["gps"]["lat"] == 21.33 and round(item["gps"]["lon"], 4) == 0.95
    assert len(item["phash"]) == 16
    assert item["parent"] is None and item["camera"] == "Cam One"


def test_still_extraction_records_provenance(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Footage").out.strip()
    video = cli("add", case_id, _video(tmp_path / "clip.mp4"), "--json").json()[0]
    result = cli("still", case_id, video["evidence_id"][:8], "--at", "1.25", "--json")
    assert result.code == 0, result.err
    still = result.json()[0]
    assert still["status"] == "added" and still["kind"] == "still" and still["media_type"] == "image/png"
    shown = {e["id"]: e for e in cli("case", "show", case_id, "--json").json()["evidence"]}
    parent = shown[still["evidence_id"]]["parent"]
    assert parent["evidence_id"] == video["evidence_id"] and parent["sha256"] == video["sha256"]
    assert abs(parent["offset_s"] - 1.25) <= 0.1
    entry = cli("log", case_id, "--json").json()[-1]
    assert entry["action"] == "still_extract"
    assert entry["details"]["parent_sha256"] == video["sha256"]
    every = cli("still", case_id, video["evidence_id"], "--every", "0.5", "--json").json()
    assert len(every) == 4
    bad = cli("still", case_id, video["evidence_id"], "--at", "99")
    assert bad.code == 2 and "Traceback" not in bad.err


def test_near_duplicates_find_reposts_not_strangers(svc: CaseService, tmp_path: Path) -> None:
    original = tmp_path / "frame.png"
    _scene(3, (800, 600)).save(original)
    reposted = tmp_path / "repost.jpg"
    buffer = io.BytesIO()
    _scene(3, (800, 600)).resize((400, 300)).save(buffer, "JPEG", quality=55)
    reposted.write_bytes(buffer.getvalue())
    stranger = tmp_path / "other.png"
    _scene(11, (800, 600)).transpose(Image.Transpose.FLIP_TOP_BOTTOM).save(stranger)

    first = svc.create_case("First").id
    second = svc.create_case("Second").id
    [a] = svc.add_files(first, [original])
    [b, c] = svc.add_files(second, [reposted, stranger])
    assert a.evidence_id and b.evidence_id and c.evidence_id
    found = svc.near_duplicates(a.evidence_id)
    assert [(d.evidence_id, d.case_id) for d in found] == [(b.evidence_id, second)]


@pytest.mark.folder_only("deletes files of the folder store")
def test_derivatives_can_be_regenerated(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Thumbs").id
    [result] = svc.add_files(case_id, [_gps_jpeg(tmp_path / "a.jpg")])
    assert result.sha256
    thumb = svc.derived_path(result.sha256, "thumb")
    assert thumb is not None
    shutil.rmtree(thumb.parent)
    assert svc.derived_path(result.sha256, "thumb") is None
    assert svc.regenerate_derivatives(case_id) == 1
    regenerated = svc.derived_path(result.sha256, "thumb")
    assert regenerated is not None and Image.open(regenerated).size == (256, 192)


def test_ingest_releases_each_original_from_the_page_cache_once_probed(
    svc: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[tuple[Path, str, bool]] = []

    def record(path: Path) -> None:
        # At release time the original must be complete and final; its thumbnail already made
        # (staged beside its final name, published with its batch).
        folder = svc.workspace.store.derived_dir(path.name)
        made = folder.is_dir() and any(p.stat().st_size > 0 for p in folder.iterdir())
        released.append((path, sha256_file(path), made))

    monkeypatch.setattr(ingest, "release_cache", record)
    files = []
    for n in range(3):
        files.append(tmp_path / f"p{n}.jpg")
        _scene(n).save(files[-1], "JPEG")
    case_id = svc.create_case("Cache").id
    results = svc.add_files(case_id, files)
    assert sorted(p.name for p, _, _ in released) == sorted(r.sha256 for r in results if r.sha256)
    assert all(path.name == digest and thumbed for path, digest, thumbed in released)
    assert all(svc.derived_path(path.name, "thumb") for path, _, _ in released)


# -- durability: originals fsynced before their rows, derived files published in batches -------------


def _photos(tmp_path: Path, count: int) -> list[Path]:
    files = []
    for n in range(count):
        files.append(tmp_path / f"d{n}.jpg")
        _scene(n + 20).save(files[-1], "JPEG")
    return files


def test_each_original_and_its_folder_are_fsynced_before_its_row_is_recorded(
    svc: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[int, int]] = []  # (device, inode) of every fsync, in order
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        synced.append((info.st_dev, info.st_ino))
        real_fsync(fd)

    def key(path: Path) -> tuple[int, int]:
        info = path.stat()
        return info.st_dev, info.st_ino

    checked: list[str] = []
    real_run = intake.run_pipeline

    def run_pipeline(candidates, store, record, *args, **kwargs):  # type: ignore[no-untyped-def]
        def checking(batch: list[ingest.Prepared]) -> list[ingest.IngestResult]:
            for prepared in batch:  # what the rows about to be committed cite
                path = prepared.stored.path
                assert key(path) in synced, "original not fsynced before its row"
                after = synced[synced.index(key(path)) + 1 :]
                assert key(path.parent) in after, "original's folder not fsynced after its rename"
                # Its derived files are already published, whole, under their final names.
                assert store.derived_file(prepared.stored.sha256, "thumb") is not None
                checked.append(prepared.stored.sha256)
            return record(batch)

        return real_run(candidates, store, checking, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(intake, "run_pipeline", run_pipeline)
    files = _photos(tmp_path, 20)
    results = svc.add_files(svc.create_case("Durable").id, files)
    assert [r.status for r in results] == ["added"] * len(files)
    assert sorted(checked) == sorted(r.sha256 for r in results if r.sha256)
    if fsutil._syncfs() is not None:  # Linux: derived files cost no fsync of their own
        assert len(synced) == 2 * len(files)


@pytest.mark.folder_only("watches the folder store's renames")
def test_a_derived_file_is_renamed_into_place_only_after_a_sync_that_followed_its_write(
    svc: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_replace, real_sync, real_fsync = os.replace, fsutil._syncfs_each, os.fsync

    def write(self: fsutil.StagedFiles, final: Path, data: bytes) -> None:
        real_write(self, final, data)
        events.append(("write", self._files[-1][0].path.name))

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append(("rename", Path(src).name))
        real_replace(src, dst)

    def sync(fds: list[int]) -> bool:
        events.append(("sync", ""))
        return real_sync(fds)

    def fsync(fd: int) -> None:  # where syncfs is missing: one fsync per staged file
        events.append(("sync", ""))
        real_fsync(fd)

    real_write = fsutil.StagedFiles.write
    monkeypatch.setattr(fsutil.StagedFiles, "write", write)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(fsutil, "_syncfs_each", sync)
    svc.add_files(svc.create_case("Order").id, _photos(tmp_path, 12))
    written = [name for kind, name in events if kind == "write"]
    assert len(written) == 24  # a thumbnail and a preview each
    for name in written:
        wrote = events.index(("write", name))
        renamed = events.index(("rename", name))
        assert ("sync", "") in events[wrote:renamed], f"{name} renamed before its bytes were synced"
    assert not list(svc.workspace.store.derived_root.rglob(f"{fsutil.TMP_PREFIX}*"))


def test_a_crash_before_publishing_leaves_no_derived_file_and_a_rerun_makes_them(
    workspace_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = CaseService.open(workspace_dir, "Test Investigator")
    case_id = svc.create_case("Crash").id
    files = _photos(tmp_path, 4)

    class Killed(BaseException):
        pass

    def die(groups: list[fsutil.StagedFiles]) -> list[OSError | None]:
        for group in groups:  # the process dies: its files close, nothing is renamed or removed
            for tmp, _ in group._files:
                tmp.handle.close()
            group._files.clear()
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(ingest, "publish_staged", die)
        with pytest.raises(Killed):
            svc.add_files(case_id, files)
    store = svc.workspace.store
    assert list(store.derived_root.rglob(f"{fsutil.TMP_PREFIX}*"))  # staged, never published
    assert not list(store.derived_root.rglob("thumb.*"))
    svc.close()

    svc = CaseService.open(workspace_dir, "Test Investigator")  # opening removes the leftovers
    try:
        assert not list(svc.workspace.store.derived_root.rglob(f"{fsutil.TMP_PREFIX}*"))
        results = svc.add_files(case_id, files)
        assert [r.status for r in results] == ["added"] * len(files)
        for result in results:
            assert result.sha256
            thumb = svc.derived_path(result.sha256, "thumb")
            assert thumb is not None and Image.open(thumb).size == (256, 192)
    finally:
        svc.close()


@pytest.mark.folder_only("damages the folder store's files (a team store fetches a whole copy again)")
@pytest.mark.parametrize("damage", ["empty", "truncated", "zeroed", "missing"])
def test_a_damaged_derived_file_is_passed_over_and_made_again(
    svc: CaseService, tmp_path: Path, damage: str
) -> None:
    case_id = svc.create_case("Damage").id
    [result] = svc.add_files(case_id, [_gps_jpeg(tmp_path / "a.jpg")])
    assert result.sha256
    store = svc.workspace.store
    thumb = store.derived_file(result.sha256, "thumb")
    assert thumb is not None
    data = thumb.read_bytes()
    if damage == "missing":
        thumb.unlink()
    else:  # what a power cut can leave of a file whose bytes never reached the disk
        thumb.write_bytes(
            {"empty": b"", "truncated": data[: len(data) // 2], "zeroed": bytes(len(data))}[damage]
        )
    assert store.derived_file(result.sha256, "thumb") is None  # never handed to a reader half-made
    assert store.derived_file(result.sha256, "preview") is not None
    assert svc.regenerate_derivatives(case_id) == 1
    remade = store.derived_file(result.sha256, "thumb")
    assert remade is not None and remade.read_bytes() == data


@pytest.mark.folder_only("fails the folder store's fsync")
def test_a_derived_file_that_cannot_be_made_durable_fails_only_its_item(
    svc: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_publish = fsutil.publish_staged
    failed: list[fsutil.StagedFiles] = []

    def publish(groups: list[fsutil.StagedFiles]) -> list[OSError | None]:
        if failed:
            return real_publish(groups)
        failed.append(groups[0])  # the first file's thumbnails: the disk refuses them
        groups[0].discard()
        return [OSError(errno.EIO, os.strerror(errno.EIO)), *real_publish(groups[1:])]

    monkeypatch.setattr(ingest, "publish_staged", publish)
    files = _photos(tmp_path, 3)
    results = svc.add_files(svc.create_case("EIO").id, files)
    assert results[0].status == "error" and "Input/output error" in (results[0].error or "")
    assert [r.status for r in results[1:]] == ["added", "added"]
    assert not list(svc.workspace.store.derived_root.rglob(f"{fsutil.TMP_PREFIX}*"))


@pytest.mark.folder_only("looks for the folder store's temporary files")
def test_a_cancelled_ingest_leaves_no_staged_files(svc: CaseService, tmp_path: Path) -> None:
    control = TaskControl()

    def cancel_after_first_batch(done: int, total: int, message: str) -> None:
        control.cancel()

    control.progress = cancel_after_first_batch
    with pytest.raises(Cancelled):
        svc.add_files(svc.create_case("Cancel").id, _photos(tmp_path, 30), control=control)
    assert not list(svc.workspace.store.derived_root.rglob(f"{fsutil.TMP_PREFIX}*"))
