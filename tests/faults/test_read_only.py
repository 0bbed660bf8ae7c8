"""A read-only workspace: every command says so in one line and changes nothing; it works once writable."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casedesk.core.service import CaseService

from .harness import IS_ROOT, cli, remount, tmpfs
from .invariants import audit_workspace, tree_state
from .tally import count


@contextmanager
def writable_folder(tmp_path: Path) -> Iterator[Path]:
    if IS_ROOT:  # root ignores file modes: only a read-only mount stops it
        with tmpfs(tmp_path / "mnt", "8m") as mnt:
            yield mnt
    else:
        folder = tmp_path / "mnt"
        folder.mkdir()
        yield folder


def make_read_only(folder: Path, read_only: bool) -> None:
    if IS_ROOT:
        remount(folder, "ro" if read_only else "rw")
        return
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            os.chmod(path, 0o500 if read_only else 0o700)


def test_read_only_workspace_is_refused_clearly_and_left_unchanged(tmp_path: Path, png_folder: Path) -> None:
    with writable_folder(tmp_path) as mnt:
        workspace = mnt / "ws"
        svc = CaseService.open(workspace, "Test Investigator")
        case_id = svc.create_case("Archived case").id
        svc.add_files(case_id, sorted(png_folder.iterdir())[:5])
        svc.close()
        before = tree_state(workspace)
        make_read_only(mnt, True)
        try:
            for args in (
                ["add", case_id, png_folder / "f100.png"],
                ["case", "new", "Another"],
                ["verify"],
                ["log", case_id],
            ):
                count("read-only faults injected")
                code, out, err = cli(workspace, *args)
                assert code == 1 and out == "", (args, out, err)
                assert "read-only" in err and len(err.strip().splitlines()) == 1, (args, err)
            assert tree_state(workspace) == before
        finally:
            make_read_only(mnt, False)
        assert audit_workspace(workspace).evidence_by_case == {case_id: 5}
        code, out, err = cli(workspace, "add", case_id, png_folder / "f100.png")
        assert code == 0, err
        assert audit_workspace(workspace).evidence_by_case == {case_id: 6}
