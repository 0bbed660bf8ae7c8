"""Disk full: a clear error, no partial evidence, and the workspace works again once space is freed.

Two layers: ENOSPC injected into the store's (and the derivative writer's) file writes after a
seeded number of bytes, in-process; and, as root, a real 2 MB tmpfs holding the workspace, which
also fills SQLite's own files.
"""

from __future__ import annotations

import errno
import json
import os
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

import casedesk.core.store.folder
import casedesk.fsutil
from casedesk.core.db import Database

from .harness import IS_ROOT, casedesk_cmd, cli, new_workspace, remount, timed_run, tiny_png, tmpfs
from .invariants import audit_workspace, case_evidence, sha256_of
from .sites import Sites
from .tally import count

SEED = 7_0003
FULL = "database or disk is full"
BUDGET_TRIALS = 12


class DiskBudget:
    """Stands in for the ``os`` module of a writer: its files hit ENOSPC once the budget is spent."""

    def __init__(self, budget: int) -> None:
        self.left = budget
        self.faults = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> Any:
        return _BudgetFile(os.fdopen(fd, *args, **kwargs), self)


class _BudgetFile:
    def __init__(self, inner: Any, budget: DiskBudget) -> None:
        self.inner, self.budget = inner, budget

    def write(self, data: bytes) -> int:
        if len(data) > self.budget.left:
            self.inner.write(data[: self.budget.left])  # a short write, then the disk is full
            self.budget.left = 0
            self.budget.faults += 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.budget.left -= len(data)
        return int(self.inner.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __enter__(self) -> _BudgetFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()


@pytest.fixture(scope="module")
def small_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("thirty")
    for n in range(30):
        tiny_png(folder / f"p{n:02d}.png", seed=1000 + n, size=40)
    return folder


@pytest.mark.folder_only("the disk that fills is the workspace folder's")
def test_enospc_in_the_store_refuses_cleanly_and_recovers(
    sites: Sites, small_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = sites.new("base")
    case_id = new_workspace(base)
    expected = {p.name: sha256_of(p) for p in small_folder.iterdir()}
    total = sum(p.stat().st_size for p in small_folder.iterdir())
    rng = random.Random(SEED)
    for trial in range(BUDGET_TRIALS):
        workspace = sites.clone(base, f"w{trial}")
        budget = DiskBudget(rng.randrange(0, total))
        with monkeypatch.context() as patch:
            patch.setattr(casedesk.fsutil, "os", budget)  # every original and derivative is written there
            code, out, err = cli(workspace, "add", case_id, small_folder, "--recursive", "--json")
        assert budget.faults >= 1, f"seed {SEED} trial {trial}: no fault was injected"
        count("ENOSPC faults injected (in-process)", budget.faults)
        rows = json.loads(out)
        failed = [r for r in rows if r["status"] == "error"]
        assert code == 1 and failed and err == "", (trial, err)
        assert all("No space left on device" in r["error"] for r in failed), failed
        facts = audit_workspace(workspace)  # no partial evidence
        added = {r["path"] for r in rows if r["status"] == "added"}
        assert facts.evidence_by_case.get(case_id, 0) == len(added)
        # Space freed: the same command completes the work, without duplicates.
        code, out, err = cli(workspace, "add", case_id, small_folder, "--recursive", "--json")
        assert code == 0, err
        audit_workspace(workspace)
        assert case_evidence(workspace, case_id) == expected


# -- a real full file system ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FullDiskRun:
    code: int
    stdout: str
    stderr: str
    evidence_while_full: int
    evidence_after: int
    files: int


@pytest.fixture(scope="module")
def full_disk_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FullDiskRun]:
    """Add 30 × 100 KB to a workspace on a 2 MB tmpfs; audit; grow the tmpfs; add again."""
    root = tmp_path_factory.mktemp("fulldisk")
    files = root / "files"
    files.mkdir()
    rng = random.Random(SEED)
    for n in range(30):
        (files / f"r{n:02d}.bin").write_bytes(rng.randbytes(100_000))
    if IS_ROOT:
        yield _on_tmpfs(root / "mnt", files)
    else:  # no mount possible: a 2 MB write budget in the store stands in for the file system
        yield _in_process(root / "ws", files)


def _on_tmpfs(mnt: Path, files: Path) -> FullDiskRun:
    with tmpfs(mnt, "2m"):
        workspace = mnt / "ws"
        case_id = new_workspace(workspace)
        _, done = timed_run(casedesk_cmd(workspace, "add", case_id, files, "--recursive"))
        count("disk-full faults injected (tmpfs)")
        while_full = audit_workspace(workspace).evidence_by_case.get(case_id, 0)
        remount(mnt, "size=20m")
        _, again = timed_run(casedesk_cmd(workspace, "add", case_id, files, "--recursive"))
        assert again.returncode == 0, again.stderr
        after = audit_workspace(workspace).evidence_by_case.get(case_id, 0)
        return FullDiskRun(done.returncode, done.stdout, done.stderr, while_full, after, 30)


def _in_process(workspace: Path, files: Path) -> FullDiskRun:
    case_id = new_workspace(workspace)
    budget = DiskBudget(2_000_000)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(casedesk.core.store.folder, "os", budget)
        patch.setattr(casedesk.media.render, "os", budget)
        code, out, err = cli(workspace, "add", case_id, files, "--recursive")
    count("ENOSPC faults injected (in-process)", budget.faults)
    while_full = audit_workspace(workspace).evidence_by_case.get(case_id, 0)
    again = cli(workspace, "add", case_id, files, "--recursive")
    assert again[0] == 0, again[2]
    after = audit_workspace(workspace).evidence_by_case.get(case_id, 0)
    return FullDiskRun(code, out, err, while_full, after, 30)


def test_full_file_system_leaves_no_partial_evidence_and_recovers(full_disk_run: FullDiskRun) -> None:
    assert full_disk_run.code != 0
    assert 0 < full_disk_run.evidence_while_full < full_disk_run.files
    assert full_disk_run.evidence_after == full_disk_run.files


def test_full_file_system_gives_one_clear_error_line(full_disk_run: FullDiskRun) -> None:
    assert full_disk_run.code == 1
    assert "Traceback" not in full_disk_run.stderr
    said = full_disk_run.stdout + full_disk_run.stderr
    assert "full" in said or "No space left" in said
    assert len(full_disk_run.stderr.strip().splitlines()) <= 1


def test_workspace_created_on_a_full_disk_says_so_and_opens_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not IS_ROOT:  # no mount: SQLite's own error, raised where a full disk raises it

        def full(self: Database) -> str | None:
            raise OperationalError("PRAGMA journal_mode=WAL", None, sqlite3.OperationalError(FULL))

        with monkeypatch.context() as patch:
            patch.setattr(Database, "schema_revision", full)
            _refused_for_lack_of_space(tmp_path / "ws")
        _opens_again(tmp_path / "ws")
        return
    with tmpfs(tmp_path / "mnt", "1m") as mnt:
        filler = mnt / "filler"
        with pytest.raises(OSError) as full_error, filler.open("wb") as handle:
            while True:  # fill the file system to the last block
                handle.write(b"\0" * 4096)
                handle.flush()
        assert full_error.value.errno == errno.ENOSPC
        _refused_for_lack_of_space(mnt / "ws")
        filler.unlink()
        _opens_again(mnt / "ws")


def _refused_for_lack_of_space(workspace: Path) -> None:
    count("disk-full faults injected (workspace creation)")
    code, _out, err = cli(workspace, "case", "new", "Full")
    assert code == 1 and FULL in err and len(err.strip().splitlines()) == 1, err


def _opens_again(workspace: Path) -> None:
    code, out, err = cli(workspace, "case", "new", "Room again")
    assert code == 0, err
    assert list(audit_workspace(workspace).custody_by_case) == [out.strip()]
