"""The workspace and everything in it is readable by its owner only, whatever the user's umask.

Checked under the common umask 022, with every kind of file a workspace holds: database and its
WAL files, originals of stills, footage and audio, their derivatives, stills extracted from
footage, and the backup written before a schema upgrade.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME

from .harness import tiny_png
from .test_migration import old_workspace


@pytest.fixture
def common_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def wav(path: Path) -> Path:
    import math
    import struct
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 5))) for i in range(8000)))
    return path


@pytest.fixture
def full_workspace(tmp_path: Path, clip: Path, common_umask: None) -> Path:
    root = tmp_path / "ws"
    svc = CaseService.open(root, "Test Investigator")
    try:
        case_id = svc.create_case("Permissions").id
        files = [tiny_png(tmp_path / "a.png", 1), wav(tmp_path / "note.wav"), clip]
        results = svc.add_files(case_id, files)
        assert [r.status for r in results] == ["added", "added", "added"]
        footage = results[2].evidence_id
        assert footage is not None
        svc.extract_stills(footage, at=[0.5])
        svc.add_note(case_id, "keeps the WAL busy")
    finally:
        svc.close()
    return root


def modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.lstat().st_mode) for p in [root, *root.rglob("*")]}


def test_database_originals_and_derivatives_are_owner_only(full_workspace: Path) -> None:
    found = modes(full_workspace)
    assert found["."] == 0o700
    assert found["originals"] == found["derived"] == found["originals/.tmp"] == 0o700
    assert found[DB_NAME] == 0o600
    originals = [name for name in found if name.startswith("originals/") and name.count("/") == 3]
    assert len(originals) == 4 and all(found[name] == 0o400 for name in originals)
    derived = [name for name in found if name.startswith("derived/") and (full_workspace / name).is_file()]
    assert len(derived) >= 4  # thumbnails and previews of the stills, the footage poster, the waveform
    files = [name for name in found if (full_workspace / name).is_file()]
    # No file anywhere in the workspace is readable or writable by group or others.
    assert {name: oct(found[name]) for name in files if found[name] & 0o077} == {}


def test_every_folder_is_owner_only(full_workspace: Path) -> None:
    found = modes(full_workspace)
    folders = {name: oct(mode) for name, mode in found.items() if (full_workspace / name).is_dir()}
    assert {name: mode for name, mode in folders.items() if mode != oct(0o700)} == {}


def test_backup_before_upgrade_is_owner_only(tmp_path: Path, common_umask: None) -> None:
    root = tmp_path / "ws"
    old_workspace(root, tmp_path)
    CaseService.open(root, "Test Investigator").close()
    [backup] = root.glob(f"{DB_NAME}.before-*.bak")
    assert oct(stat.S_IMODE(backup.stat().st_mode)) == oct(0o600)
