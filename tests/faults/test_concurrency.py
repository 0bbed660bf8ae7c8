"""Two processes on one workspace: no lost update, no broken chain; a writer that must give up says so.

On both backends: a folder (SQLite's one writer at a time) and a team workspace (PostgreSQL's
per-case lock, and two clients racing to put the same original into the object store)."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import psycopg
import pytest

import casedesk.core.db
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.store import FolderStore
from casedesk.core.workspace import DB_NAME, Workspace

from .harness import casedesk_cmd, cli, new_workspace
from .invariants import audit_workspace, case_evidence, sha256_of
from .sites import Sites
from .tally import count


def split_folders(png_folder: Path, tmp_path: Path, overlap: int) -> tuple[Path, Path]:
    """Two folders sharing `overlap` identical files (copies, same names)."""
    files = sorted(png_folder.iterdir())
    half = len(files) // 2
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, chosen in ((a, files[: half + overlap // 2]), (b, files[half - overlap // 2 :])):
        folder.mkdir()
        for path in chosen:
            shutil.copyfile(path, folder / path.name)
    return a, b


@dataclass
class Running:
    """A CLI subprocess writing to files, not pipes, so a busy test loop cannot stall it."""

    proc: subprocess.Popen[bytes]
    out: IO[bytes]
    err: IO[bytes]


def start(cmd: list[str]) -> Running:
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115 - closed in finish()
    return Running(subprocess.Popen(cmd, stdout=out, stderr=err, env=dict(os.environ)), out, err)


def finish(running: Running) -> list[dict[str, object]]:
    running.proc.wait(timeout=120)
    running.out.seek(0)
    running.err.seek(0)
    out, err = running.out.read().decode(), running.err.read().decode()
    running.out.close()
    running.err.close()
    assert running.proc.returncode == 0 and "Traceback" not in err, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


class _SlowSource(io.RawIOBase):
    """A source that hands over one chunk, then waits: a write caught in the middle."""

    def __init__(self) -> None:
        self.started, self.gate, self.sent = threading.Event(), threading.Event(), False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.sent:
            self.started.set()
            self.gate.wait(10)
            return b""
        self.sent = True
        return b"half of an original"


def open_during_a_live_write(root: Path) -> BaseException | None:
    """Open the workspace while another writer is between creating and renaming its temporary file."""
    Workspace.open(root).close()
    store = FolderStore(root)
    source = _SlowSource()
    failure: list[BaseException] = []

    def write() -> None:
        try:
            store.put_stream(source)  # type: ignore[arg-type]
        except BaseException as exc:
            failure.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    assert source.started.wait(10)
    Workspace.open(root).close()  # what a second CaseDesk process does first
    source.gate.set()
    writer.join(10)
    return failure[0] if failure else None


def evidence_rows(where: WorkspaceLocation) -> int:
    """How many evidence rows the database holds, asked of the database itself (no CaseDesk open)."""
    if where.database_url is not None:
        with psycopg.connect(where.database_url) as con:
            row = con.execute("SELECT count(*) FROM evidence").fetchone()
    else:
        con = sqlite3.connect(where.folder / DB_NAME)
        try:
            row = con.execute("SELECT count(*) FROM evidence").fetchone()
        finally:
            con.close()
    assert row is not None
    return int(row[0])


def wait_for_first_row(workspace: WorkspaceLocation, running: Running) -> None:
    """Until the CLI has opened the workspace and recorded something (its open is behind it)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and running.proc.poll() is None:
        if evidence_rows(workspace):
            return
        time.sleep(0.01)
    raise AssertionError("the CLI recorded nothing")


def add_alongside(
    svc: CaseService, workspace: WorkspaceLocation, targets: tuple[str, str], cli_folder: Path, own: Path
) -> list[str]:
    """This process adds `own` while a CLI process adds `cli_folder`; returns both sets of statuses."""
    cli_case, own_case = targets
    running = start(casedesk_cmd(workspace, "add", cli_case, cli_folder, "-r", "--json"))
    wait_for_first_row(workspace, running)
    overlapped = running.proc.poll() is None
    ours = svc.add_files(own_case, [own], recursive=True)
    theirs = finish(running)
    assert overlapped, "the CLI finished before this process started adding"
    count("concurrent writers", 2)
    return [r.status for r in ours] + [str(r["status"]) for r in theirs]


def test_two_processes_adding_to_one_case_lose_nothing(sites: Sites, png_folder: Path) -> None:
    workspace = sites.new("ws")
    case_id = new_workspace(workspace)
    a, b = split_folders(png_folder, sites.root, overlap=20)
    svc = CaseService.open(workspace, "Second investigator")
    try:
        statuses = add_alongside(svc, workspace, (case_id, case_id), a, b)
    finally:
        svc.close()
    # The 20 shared files were taken once; whichever process came second saw them as duplicates.
    assert statuses.count("duplicate") == 20 and statuses.count("added") == 200
    expected = {p.name: sha256_of(p) for p in png_folder.iterdir()}
    assert case_evidence(workspace, case_id) == expected
    facts = audit_workspace(workspace)
    assert facts.custody_by_case == {case_id: 1 + len(expected)}


def test_two_processes_adding_to_two_cases_lose_nothing(sites: Sites, png_folder: Path) -> None:
    workspace = sites.new("ws")
    first_case = new_workspace(workspace, "First")
    a, b = split_folders(png_folder, sites.root, overlap=0)
    svc = CaseService.open(workspace, "Second investigator")
    try:
        second_case = svc.create_case("Second").id
        statuses = add_alongside(svc, workspace, (first_case, second_case), a, b)
    finally:
        svc.close()
    assert statuses.count("added") == 200
    assert case_evidence(workspace, first_case) == {p.name: sha256_of(p) for p in a.iterdir()}
    assert case_evidence(workspace, second_case) == {p.name: sha256_of(p) for p in b.iterdir()}
    facts = audit_workspace(workspace)
    assert facts.custody_by_case == {first_case: 101, second_case: 101}


def test_cli_adding_while_another_process_edits_claims(sites: Sites, png_folder: Path) -> None:
    workspace = sites.new("ws")
    case_id = new_workspace(workspace)
    svc = CaseService.open(workspace, "Editor")
    try:
        claim_id = svc.add_claim(case_id, "Drones struck two trucks.").id
        adder = start(casedesk_cmd(workspace, "add", case_id, png_folder, "-r", "--json"))
        edits = during = 0
        while adder.proc.poll() is None or edits < 20:
            edits += 1
            during += adder.proc.poll() is None
            svc.update_claim(claim_id, text=f"Drones struck two trucks (edit {edits}).")
            svc.add_note(case_id, f"note {edits}")
        finish(adder)
        count("concurrent writers", 2)
        assert during >= 5, "the edits did not overlap the add"
        view = svc.case_view(case_id)
        assert [c.text for c in view.claims] == [f"Drones struck two trucks (edit {edits})."]
        assert sorted(n.text for n in view.notes) == sorted(f"note {n}" for n in range(1, edits + 1))
        actions = [e.action for e in svc.custody_log(case_id)]
        assert actions.count("claim_edit") == edits and actions.count("note_add") == edits
        assert actions.count("evidence_add") == len(view.evidence) == 200
    finally:
        svc.close()
    facts = audit_workspace(workspace)
    assert facts.custody_by_case == {case_id: 1 + 1 + 200 + 2 * edits}


def test_writer_that_cannot_get_the_lock_says_so(
    tmp_path: Path, png_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = tmp_path / "ws"
    case_id = new_workspace(workspace)
    monkeypatch.setattr(casedesk.core.db, "BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(workspace / DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock for longer than we wait
    count("lock timeouts injected")
    try:
        code, _out, err = cli(workspace, "add", case_id, png_folder / "f000.png")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "busy" in err.lower() and len(err.strip().splitlines()) == 1, err
    audit_workspace(workspace)


def test_opening_a_folder_workspace_leaves_another_process_s_write_alone(tmp_path: Path) -> None:
    # The race of the test below is real but timing-dependent; this deterministic check fails every
    # time while the defect (an open tidying away a live writer's temporary file) is there.
    assert open_during_a_live_write(tmp_path / "probe") is None


def test_two_clis_launched_together_both_succeed(sites: Sites, png_folder: Path) -> None:
    workspace = sites.new("ws")
    case_id = new_workspace(workspace)
    a, b = split_folders(png_folder, sites.root, overlap=20)
    first = start(casedesk_cmd(workspace, "add", case_id, a, "-r", "--json"))
    second = start(casedesk_cmd(workspace, "add", case_id, b, "-r", "--json"))
    rows = finish(first) + finish(second)
    count("concurrent writers", 2)
    assert [r["status"] for r in rows].count("duplicate") == 20
    assert case_evidence(workspace, case_id) == {p.name: sha256_of(p) for p in png_folder.iterdir()}
    audit_workspace(workspace)
