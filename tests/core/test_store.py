import os
import stat
from pathlib import Path

import pytest

from casedesk.core.store import FolderStore, sha256_file
from casedesk.fsutil import release_cache


def test_put_file_is_content_addressed_read_only_and_deduplicated(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "ws")
    store.ensure()
    src = tmp_path / "a.bin"
    src.write_bytes(b"x" * (3 * 1024 * 1024 + 7))  # several chunks
    first = store.put_file(src)
    second = store.put_file(src)
    assert first.sha256 == sha256_file(src) == second.sha256
    assert first.newly_stored and not second.newly_stored
    assert first.path.read_bytes() == src.read_bytes()
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o400
    assert list(store.tmp.iterdir()) == []
    assert store.verify(first.sha256, first.size) is None


def test_verify_names_size_and_content_changes(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "ws")
    store.ensure()
    stored = store.put_bytes(b"evidence bytes")
    stored.path.chmod(0o600)
    data = bytearray(stored.path.read_bytes())
    data[0] ^= 1
    stored.path.write_bytes(bytes(data))
    assert "content hash" in (store.verify(stored.sha256, stored.size) or "")
    stored.path.write_bytes(b"short")
    assert "size" in (store.verify(stored.sha256, stored.size) or "")
    stored.path.unlink()
    assert "missing" in (store.verify(stored.sha256, stored.size) or "")


def test_cleaning_spares_a_temporary_another_writer_holds(tmp_path: Path) -> None:
    from casedesk.fsutil import TempFile

    store = FolderStore(tmp_path / "ws")
    store.ensure()
    abandoned = store.tmp / ".incoming-abandoned"
    abandoned.write_bytes(b"left by a killed process")
    with TempFile(store.tmp) as live:
        live.handle.write(b"being written right now")
        assert store.clean_temporary() == 1
        assert live.path.exists() and not abandoned.exists()
        live.commit(store.originals / "done")
    assert (store.originals / "done").read_bytes() == b"being written right now"


def test_release_cache_keeps_content_and_ignores_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "original.bin"
    data = bytes(range(256)) * 4096
    path.write_bytes(data)
    release_cache(path)
    assert path.read_bytes() == data  # read back from disk, unchanged
    release_cache(tmp_path / "gone.bin")  # nothing to release: no error


def _picture(fmt: str) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 30, 200)).save(out, fmt)
    return out.getvalue()


def test_staged_files_appear_whole_under_their_names_only_once_published(tmp_path: Path) -> None:
    from casedesk.fsutil import TMP_PREFIX, StagedFiles, publish_staged

    groups = [StagedFiles(), StagedFiles()]
    for n, group in enumerate(groups):
        group.write(tmp_path / f"f{n}" / "thumb.jpg", _picture("JPEG"))
        group.write(tmp_path / f"f{n}" / "preview.jpg", b"preview %d" % n)
    assert not list(tmp_path.rglob("*.jpg"))  # nothing under a final name yet
    assert len(list(tmp_path.rglob(f"{TMP_PREFIX}*"))) == 4
    assert publish_staged(groups) == [None, None]
    assert (tmp_path / "f1" / "preview.jpg").read_bytes() == b"preview 1"
    assert not list(tmp_path.rglob(f"{TMP_PREFIX}*")) and all(len(g) == 0 for g in groups)


def test_without_syncfs_each_staged_file_and_folder_is_fsynced_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casedesk.fsutil as fsutil

    synced: list[Path] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    monkeypatch.setattr(fsutil, "_syncfs", lambda: None)
    monkeypatch.setattr(os, "fsync", fsync)
    group = fsutil.StagedFiles()
    group.write(tmp_path / "d" / "thumb.jpg", b"t")
    group.write(tmp_path / "d" / "preview.jpg", b"p")
    assert fsutil.publish_staged([group]) == [None]
    files = [p for p in synced if p.parent == tmp_path / "d"]
    assert len(files) == 2 and synced.count(tmp_path / "d") == 1  # one folder fsync for both files
    assert synced.index(tmp_path / "d") == 2  # after the files' bytes and the renames


def test_a_staged_group_that_cannot_be_synced_is_discarded_and_the_others_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import casedesk.fsutil as fsutil

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if "bad" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    monkeypatch.setattr(fsutil, "_syncfs", lambda: None)
    monkeypatch.setattr(os, "fsync", fsync)
    good, bad = fsutil.StagedFiles(), fsutil.StagedFiles()
    good.write(tmp_path / "good" / "thumb.jpg", b"g")
    bad.write(tmp_path / "bad" / "thumb.jpg", b"b")
    errors = fsutil.publish_staged([bad, good])
    assert isinstance(errors[0], OSError) and errors[0].errno == errno.EIO and errors[1] is None
    assert (tmp_path / "good" / "thumb.jpg").read_bytes() == b"g"
    assert list((tmp_path / "bad").iterdir()) == []  # neither a final name nor a temporary


@pytest.mark.parametrize(("fmt", "suffix"), [("JPEG", ".jpg"), ("PNG", ".png")])
def test_derived_file_passes_over_empty_cut_short_or_zeroed_files(
    tmp_path: Path, fmt: str, suffix: str
) -> None:
    store = FolderStore(tmp_path / "ws")
    store.ensure()
    sha = "ab" * 32
    folder = store.derived_dir(sha)
    folder.mkdir(parents=True)
    data = _picture(fmt)
    path = folder / f"thumb{suffix}"
    assert store.derived_file(sha, "thumb") is None  # none made
    path.write_bytes(data)
    assert store.derived_file(sha, "thumb") == path
    for damaged in (b"", data[:-1], data[: len(data) // 2], bytes(len(data))):
        path.write_bytes(damaged)
        assert store.derived_file(sha, "thumb") is None, damaged[:8]
