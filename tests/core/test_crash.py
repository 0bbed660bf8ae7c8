"""A kill at any moment of `add` leaves a consistent workspace (see tests/faults for the long run)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from casedesk.core.service import CaseService


def _make_files(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        Image.new("RGB", (96, 64), (n % 256, (n * 7) % 256, (n * 13) % 256)).save(folder / f"f{n:03d}.png")


def _add_command(workspace: Path, case_id: str, folder: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "casedesk",
        "--workspace",
        str(workspace),
        "add",
        case_id,
        str(folder),
        "-r",
        "--json",
    ]


def test_kill_during_200_file_add_leaves_a_consistent_workspace(tmp_path: Path) -> None:
    workspace, folder = tmp_path / "ws", tmp_path / "files"
    _make_files(folder, 200)
    svc = CaseService.open(workspace, "tester")
    case_id = svc.create_case("Crash test").id
    svc.close()
    rng = random.Random(20251123)
    for _trial in range(3):
        proc = subprocess.Popen(_add_command(workspace, case_id, folder), stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.6, 2.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

        con = sqlite3.connect(workspace / "casedesk.sqlite3")
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
        svc = CaseService.open(workspace, "tester")  # also cleans stray temporary files
        try:
            assert list((workspace / "originals" / ".tmp").iterdir()) == []
            view = svc.case_view(case_id)
            for item in view.evidence:
                assert svc.original_path(item.id).is_file()
            assert svc.verify().ok
        finally:
            svc.close()

    done = subprocess.run(_add_command(workspace, case_id, folder), capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    svc = CaseService.open(workspace, "tester")
    try:
        view = svc.case_view(case_id)
        assert len(view.evidence) == 200
        assert len({e.sha256 for e in view.evidence}) == 200
        assert svc.verify().ok
    finally:
        svc.close()
