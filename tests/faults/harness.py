"""Helpers for the fault suite: the real CLI in a subprocess, SIGKILL at a chosen moment, tmpfs mounts."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, settings
from PIL import Image

from backends import where_args
from casedesk.cli import run
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

from .tally import count

T = TypeVar("T")
TINY_PNGS = 200


def tiny_png(path: Path, seed: int, size: int = 24) -> Path:
    """A ~2 KB PNG of seeded noise: unique per seed, and cheap to hash, probe and thumbnail."""
    pixels = random.Random(seed).randbytes(size * size * 3)
    Image.frombytes("RGB", (size, size), pixels).save(path, "PNG")
    return path


Where = Path | WorkspaceLocation  # a folder workspace, or any workspace (see sites.py)


def casedesk_cmd(where: Where, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "casedesk", *where_args(where), *map(str, args)]


def cli(where: Where, *args: str | Path) -> tuple[int, str, str]:
    """The real CLI, in-process (an escaping exception fails the test, as a traceback would)."""
    out, err = io.StringIO(), io.StringIO()
    code = run([*where_args(where), *map(str, args)], out, err)
    return code, out.getvalue(), err.getvalue()


def new_workspace(where: Where, title: str = "Fault case") -> str:
    svc = CaseService.open(where, "Test Investigator")
    try:
        return svc.create_case(title).id
    finally:
        svc.close()


@dataclass(frozen=True, slots=True)
class Attempt:
    delay: float
    killed: bool
    returncode: int
    stdout: str
    stderr: str


def run_or_kill(cmd: list[str], delay: float, timeout: float = 120.0) -> Attempt:
    """Run cmd; if it is still running after `delay` seconds, SIGKILL it (no chance to clean up)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=dict(os.environ))
        try:
            proc.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=timeout)
            killed = True
        out.seek(0)
        err.seek(0)
        return Attempt(
            delay, killed, proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode()
        )


def timed_run(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=dict(os.environ))
    return time.monotonic() - start, done


# -- real file systems (we are root in CI; otherwise tests fall back to in-process fault injection) --

IS_ROOT = os.geteuid() == 0


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


@dataclass(slots=True)
class Campaign:
    """Seeded SIGKILL trials against one command, re-running it until the work is complete.

    A chain starts from a fresh workspace; each run of the command is killed at a random moment in
    ``window`` (seconds after launch) and the workspace is audited; the next run is the user
    re-running the interrupted command. When a run finishes before its kill moment the chain is
    complete and ``check_complete`` judges the finished work; a new chain starts.

    Two lanes run side by side (CI has two cores and a trial mostly waits on its subprocess); lane
    ``n`` draws its kill moments from ``Random(seed * 10 + n)`` and owns chains ``n*1000, n*1000+1 …``,
    so every moment and workspace of a failing trial can be named and replayed.
    """

    label: str
    seed: int
    kills_wanted: int
    window: tuple[float, float]
    lanes: int = 2
    kills: int = 0
    completed_chains: int = 0
    runs: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def run(
        self,
        fresh: Callable[[int], WorkspaceLocation],
        command: Callable[[WorkspaceLocation], list[str]],
        after_each: Callable[[WorkspaceLocation], None],
        check_complete: Callable[[WorkspaceLocation, Attempt], None],
    ) -> None:
        quotas = [
            self.kills_wanted // self.lanes + (n < self.kills_wanted % self.lanes) for n in range(self.lanes)
        ]
        with ThreadPoolExecutor(self.lanes, thread_name_prefix="kill-lane") as pool:
            lanes = [
                pool.submit(self._lane, n, quota, fresh, command, after_each, check_complete)
                for n, quota in enumerate(quotas)
            ]
            for lane in lanes:
                lane.result()  # the first failure, with its seed, lane, chain and moment

    def _lane(
        self,
        lane: int,
        quota: int,
        fresh: Callable[[int], WorkspaceLocation],
        command: Callable[[WorkspaceLocation], list[str]],
        after_each: Callable[[WorkspaceLocation], None],
        check_complete: Callable[[WorkspaceLocation, Attempt], None],
    ) -> None:
        rng = random.Random(self.seed * 10 + lane)
        chain = lane * 1000
        workspace = fresh(chain)
        kills = runs = 0
        while True:
            finish = kills >= quota
            delay = 3600.0 if finish else rng.uniform(*self.window)
            attempt = run_or_kill(command(workspace), delay)
            runs += 1
            count(f"command runs, killed or completed ({self.label})")
            where = f"seed {self.seed}, lane {lane}, run {runs}, chain {chain}, kill at {delay:.3f} s"
            try:
                after_each(workspace)
                if not attempt.killed:
                    check_complete(workspace, attempt)
            except AssertionError as exc:
                raise AssertionError(f"{where}: {exc}") from exc
            with self._lock:
                self.runs += 1
                self.kills += attempt.killed
                self.completed_chains += not attempt.killed
            if attempt.killed:
                kills += 1
                count(f"SIGKILL trials ({self.label})")
                continue
            if finish:
                return
            chain += 1
            workspace = fresh(chain)


# -- fuzzing ---------------------------------------------------------------------------------------

# Derandomized and without an example database: the same inputs on every run and every machine, so a
# failure in CI reproduces locally; health checks about function-scoped fixtures do not apply
# because each test keeps its own state per example.
FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,  # time is bounded explicitly, per example, by `bounded` below
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def bounded(seconds: float, fn: Callable[[], T]) -> T:
    """Run fn in a worker thread; fail (instead of hanging the suite) if it takes longer than seconds."""
    result: list[T] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(fn())
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"did not return within {seconds} s (hang)")
    if failure:
        raise failure[0]
    return result[0]
