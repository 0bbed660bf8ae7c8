"""One long-lived exiftool (``-stay_open True -@ -``), so a file costs its reading, not Perl's start.

The protocol (exiftool's documentation of -stay_open): write the arguments one per line, then
``-execute{N}``; exiftool answers on stdout and ends with a line ``{readyN}``. Each request also
carries ``-echo3 {status${status}}``, which exiftool prints after the answer with the exit status
the same command would have had as its own process, so a failure reads exactly as it did.

Every wait is bounded: stdout is read by a thread into a queue and a request waits on that queue
until its deadline, so neither a silent exiftool nor one whose pipe stays open (a wrapper's child)
can block the caller. On a timeout, EOF, a write that fails or framing that does not parse, the
process (its whole process group on POSIX) is killed and the next request starts a fresh one.
stderr goes to the null device: the per-call runner never used its text, and an unread pipe that
fills up would stop exiftool mid-answer.

An exiftool whose parent dies does not exit: at EOF on its -stay_open stdin it polls for more
arguments, forever (exiftool issue #458). So on POSIX it runs under a small ``sh`` (:data:`_GUARD`)
that holds the read end of a "lifeline" pipe, whose write end only this process holds, and kills its
process group, exiftool with it, when the lifeline reaches EOF: when this process closes it or dies,
however it dies (SIGKILL included). Windows has no such guard: there the process is stopped at exit.

Nothing here knows what the answer means: :mod:`.tool` turns replies into results or failures.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO

# A request is written whole before its answer is read: at most what any pipe buffers (4 KiB on
# Windows), so the write can never block on an exiftool that stopped reading.
MAX_REQUEST_BYTES = 4096
# After this many protocol failures in a row (not timeouts: those are the file's doing), this
# executable is taken not to speak -stay_open and every read runs in its own process.
MAX_BROKEN_IN_ROW = 3
_STATUS = b"{status${status}}"
_STATUS_RE = re.compile(rb"(?m)^\{status(\d+)\}\r?\n\Z")
# sh -c GUARD EXIFTOOL ARGS...: exiftool in the background on the shell's stdin and stdout, which the
# shell then lets go of (so exiftool's exit is EOF on stdout at once); the shell waits for EOF on
# its fd 2 (the lifeline), kills exiftool and reaps it (so its CPU time is counted, as a waited-for
# child's), then kills what else is in its process group. Its own messages have nowhere to go.
_GUARD = (
    'exec 3<&0 4>&1; "$0" "$@" <&3 >&4 2>/dev/null 3<&- 4>&- & '
    "exec 0</dev/null 1>/dev/null 3<&- 4>&-; read -r line <&2; "
    "kill -KILL $! 2>/dev/null; wait; kill -KILL 0"
)
_SHELL = "/bin/sh"


class Timeout(Exception):
    """The request had no complete answer by its deadline (the process was killed)."""


class Broken(Exception):
    """No usable answer: exiftool died, closed stdout, garbled the framing or could not start."""


@dataclass(frozen=True, slots=True)
class Reply:
    stdout: bytes  # what the command printed, as a process of its own would have
    status: int  # the exit status that process would have had
    process: int  # which process answered (for :meth:`StayOpen.discard`)


@dataclass(slots=True)
class _Process:
    popen: subprocess.Popen[bytes]
    chunks: queue.Queue[bytes]  # stdout as read; b"" once it is closed
    serial: int
    lifeline: int | None  # write end of the guard's pipe (POSIX): closing it ends the process group
    owner: int = field(default_factory=os.getpid)  # a forked child must not use its parent's

    def cut_lifeline(self) -> None:
        # Once only: a second close could hit a descriptor number since given to another file.
        fd, self.lifeline = self.lifeline, None
        _close_fd(fd)


def _pump(stream: IO[bytes], chunks: queue.Queue[bytes]) -> None:
    # Owns the stream: only this thread reads and closes it (closing under a blocked read could
    # hand the descriptor's number to another file).
    try:
        while chunk := stream.read(65536):  # unbuffered: returns what one read() got
            chunks.put(chunk)
    except (OSError, ValueError):
        pass
    finally:
        chunks.put(b"")
        stream.close()


class StayOpen:
    """One exiftool process for ``executable``; :meth:`request` is thread-safe (one at a time)."""

    def __init__(self, executable: str, args: Sequence[str], env: Mapping[str, str]) -> None:
        self.executable = executable
        self._args = [a.encode("utf-8") for a in args]
        self._env = dict(env)
        self._lock = threading.Lock()
        self._process: _Process | None = None
        self._ids = itertools.count(1)  # request numbers, and process serials
        self.broken_in_row = 0

    def fits(self, names: Sequence[bytes]) -> bool:
        return len(self._encode(names, 10**9)) <= MAX_REQUEST_BYTES

    def request(self, names: Sequence[bytes], timeout: float) -> Reply:
        """exiftool's answer for these file names (each one argfile line). Raises Timeout, Broken."""
        with self._lock:
            if self.broken_in_row >= MAX_BROKEN_IN_ROW:
                raise Broken("stay-open given up for this executable")
            try:
                reply = self._request(names, timeout)
            except Broken:
                self.broken_in_row += 1
                self._discard()
                raise
            except Timeout:
                self._discard()
                raise
            self.broken_in_row = 0
            return reply

    def discard(self, reply: Reply) -> None:
        """Kill the process that gave ``reply`` (its answer made no sense), unless already replaced."""
        with self._lock:
            if self._process is not None and self._process.serial == reply.process:
                self._discard()

    def close(self) -> None:
        """Ask exiftool to exit, and kill it if it does not within a moment."""
        with self._lock:
            process, self._process = self._process, None
            self.broken_in_row = 0
            if process is None or process.owner != os.getpid():
                return
            stdin = process.popen.stdin
            try:
                if stdin is not None:
                    stdin.write(b"-stay_open\nFalse\n")
                    stdin.close()
                process.cut_lifeline()
                process.popen.wait(timeout=2.0)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                _kill(process)

    def _encode(self, names: Sequence[bytes], number: int) -> bytes:
        lines = [*self._args, b"-echo3", _STATUS, *names, b"-execute%d" % number]
        return b"".join(line + b"\n" for line in lines)

    def _request(self, names: Sequence[bytes], timeout: float) -> Reply:
        number = next(self._ids)
        data = self._encode(names, number)
        if len(data) > MAX_REQUEST_BYTES:
            raise Broken("request too large for one pipe write")
        process = self._running()
        deadline = time.monotonic() + timeout
        stdin = process.popen.stdin
        assert stdin is not None
        try:
            view = memoryview(data)
            while view:  # unbuffered: a write may take only part
                view = view[stdin.write(view) :]
        except (OSError, ValueError) as exc:
            raise Broken(f"write failed: {exc}") from exc
        ready = re.compile(rb"(?m)^\{ready%d\}\r?\n" % number)
        out = bytearray()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Timeout()
            try:
                chunk = process.chunks.get(timeout=remaining)
            except queue.Empty:
                raise Timeout() from None
            if not chunk:
                raise Broken("exiftool closed its output")
            start = max(0, len(out) - len(ready.pattern))  # the marker may straddle two chunks
            out += chunk
            found = ready.search(out, start)
            if found is None:
                continue
            if found.end() != len(out):
                raise Broken("output after the ready marker")
            status = _STATUS_RE.search(out, 0, found.start())
            if status is None:
                raise Broken("no status line before the ready marker")
            return Reply(bytes(out[: status.start()]), int(status.group(1)), process.serial)

    def _running(self) -> _Process:
        if self._process is not None and self._process.owner == os.getpid():
            # Anything read between requests (EOF: exiftool died while the guard lives on) ends it.
            if self._process.popen.poll() is None and self._process.chunks.empty():
                return self._process
            self._discard()
        self._process = None  # a forked child's copy is the parent's: left alone
        command = [self.executable, "-stay_open", "True", "-@", "-"]
        lifeline: tuple[int, int] | None = None
        guarded = os.name == "posix" and os.path.exists(_SHELL)
        try:
            if guarded:
                lifeline = os.pipe()
                command = [_SHELL, "-c", _GUARD, *command]
            popen = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,  # the protocol, and nothing else
                stdout=subprocess.PIPE,
                stderr=lifeline[0] if lifeline else subprocess.DEVNULL,
                env=self._env,
                bufsize=0,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                start_new_session=os.name == "posix",  # its own group: killpg ends all of it
            )
        except (OSError, ValueError) as exc:
            if lifeline:
                _close_fd(lifeline[1])
            raise Broken(f"could not start: {exc}") from exc
        finally:
            if lifeline:
                _close_fd(lifeline[0])  # the guard's now
        assert popen.stdout is not None
        chunks: queue.Queue[bytes] = queue.Queue()
        threading.Thread(
            target=_pump, args=(popen.stdout, chunks), name="exiftool-stdout", daemon=True
        ).start()
        self._process = _Process(popen, chunks, next(self._ids), lifeline[1] if lifeline else None)
        return self._process

    def _discard(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.owner == os.getpid():
            _kill(process)


def _close_fd(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def _kill(process: _Process) -> None:
    popen = process.popen
    process.cut_lifeline()
    with contextlib.suppress(OSError):  # already gone
        if sys.platform == "win32":
            popen.kill()
        else:
            os.killpg(popen.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        if popen.stdin is not None:
            popen.stdin.close()
    with contextlib.suppress(subprocess.TimeoutExpired):
        popen.wait(timeout=5.0)  # SIGKILL is not refused: only a stuck kernel call delays it


_registry_lock = threading.Lock()
_clients: dict[str, StayOpen] = {}


def client(executable: str, args: Sequence[str], env: Mapping[str, str]) -> StayOpen:
    """The process for ``executable``, created on first use (it starts on the first request)."""
    with _registry_lock:
        found = _clients.get(executable)
        if found is None:
            found = _clients[executable] = StayOpen(executable, args, env)
        return found


def close_all() -> None:
    """Stop every exiftool started here (at exit, and for tests); the next request starts another."""
    # The clients stay registered: one a thread still holds, and restarts, is still closed at exit.
    with _registry_lock:
        clients = list(_clients.values())
    for each in clients:
        each.close()


def _forget_in_child() -> None:
    # A forked child shares the parent's pipes: it starts its own process if it needs one.
    global _registry_lock
    _registry_lock = threading.Lock()
    _clients.clear()


atexit.register(close_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)
