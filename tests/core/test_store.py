import stat
from pathlib import Path

from casedesk.core.store import EvidenceStore, sha256_file
from casedesk.fsutil import release_cache


def test_put_file_is_content_addressed_read_only_and_deduplicated(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "ws")
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
    store = EvidenceStore(tmp_path / "ws")
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

    store = EvidenceStore(tmp_path / "ws")
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
