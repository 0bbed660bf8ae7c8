"""Run exiftool (Phil Harvey's): the most complete metadata reader there is.

What changed: reads go to one long-lived exiftool (``-stay_open True -@ -``, :mod:`.stay_open`)
instead of a process per file, which spent ~0.2 s of each still's read starting Perl.

PyExifTool was rejected for this because version 0.5.6 (its last release, 2023) has no timeout and,
once its exiftool dies, loops forever on EOF, so one hostile file could hang ingest. This client
cannot hang that way: a thread reads exiftool's stdout and each request waits on it with the same
timeout as before, and EOF is a failure, not a reason to read again. On a timeout the read fails
with the same message as before (it is not tried again: it would take as long). On a crash, EOF, a
garbled answer or an exiftool that does not start, that process is killed (the next read starts a
fresh one) and the one file is read again in a process of its own (:func:`run_json_per_call`, the
old runner), whose result or failure is what it always was; so no file hangs or spoils the files
after it. Names an argfile line cannot carry (with a newline or carriage return) go to the old
runner directly. Both runners give the same answers: same arguments, same minimal environment,
stdin only for the protocol, nothing touches the network (exiftool never does). Requests from
several threads take turns (a lock); the process is stopped at exit or by :func:`close`.

If CaseDesk is killed outright, a -stay_open exiftool would live on, polling its closed stdin
(exiftool waits at EOF for more arguments, its issue #458): on POSIX a small shell guard ends it
then (:mod:`.stay_open`); on Windows it does live on (an ordinary exit stops it everywhere).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from casedesk.core.errors import CaseDeskError
from casedesk.i18n import Message, msg

from . import stay_open

TIMEOUT_S = 60.0
ENV_VAR = "CASEDESK_EXIFTOOL"  # path of an exiftool to use instead of the one on PATH
# -l: each tag as {"val": printed, "num": as stored (when it differs)}, so one run gives both the
# number the choice needs and the text a person reads; -a: duplicates kept; -G0:1: "family0:family1:Tag"
# keys; -struct: XMP structures as structures; -ee: embedded data (GoPro GPMF, QuickTime timed GPS),
# whose first sample is what JSON keeps; largefilesupport: videos over 2 GB.
ARGS = (
    "-json",
    "-l",
    "-G0:1",
    "-a",
    "-struct",
    "-ee",
    "-api",
    "largefilesupport=1",
    "-charset",
    "filename=utf8",
)


class ExifToolMissing(CaseDeskError):
    """exiftool is not installed (or not where CASEDESK_EXIFTOOL says)."""


class ExifToolFailed(CaseDeskError):
    """exiftool ran but gave no readable answer for a file (timeout, crash, unreadable output)."""


def install_hint() -> Message:
    """What to install, for the operating system this runs on."""
    if sys.platform.startswith("win"):
        return msg(
            "exiftool is not installed. Download the Windows executable from exiftool.org, rename "
            "exiftool(-k).exe to exiftool.exe and put it on PATH (or set {var} to its path); "
            "or run: winget install OliverBetz.ExifTool",
            var=ENV_VAR,
        )
    if sys.platform == "darwin":
        return msg(
            "exiftool is not installed. Install the macOS package from exiftool.org, or run: "
            "brew install exiftool (or set {var} to its path)",
            var=ENV_VAR,
        )
    return msg(
        "exiftool is not installed. Install it with your package manager, e.g. "
        "sudo apt install libimage-exiftool-perl (Debian, Ubuntu) or sudo dnf install perl-Image-ExifTool "
        "(Fedora) (or set {var} to its path)",
        var=ENV_VAR,
    )


@dataclass(frozen=True, slots=True)
class ExifTool:
    executable: str
    version: str


def find_exiftool() -> ExifTool | None:
    """The exiftool to use, or None. Cached per executable path (PATH is looked up each time)."""
    chosen = os.environ.get(ENV_VAR) or shutil.which("exiftool")
    if not chosen:
        return None
    return _probe(chosen)


@lru_cache(maxsize=8)
def _probe(executable: str) -> ExifTool | None:
    try:
        done = run_command([executable, "-ver"], 20.0)
    except (OSError, subprocess.SubprocessError):
        return None
    version = done.stdout.decode("ascii", "replace").strip()
    if done.returncode != 0 or not version[:1].isdigit():
        return None
    return ExifTool(executable, version)


def require_exiftool() -> ExifTool:
    found = find_exiftool()
    if found is None:
        raise ExifToolMissing(install_hint())
    return found


def child_env() -> dict[str, str]:
    """The minimal environment exiftool runs in (C locale: messages and number formats fixed)."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "SYSTEMROOT", "TEMP", "TMP", "HOME")}
    env["LC_ALL"] = "C"
    return env


def run_command(cmd: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window flashing on Windows
    return subprocess.run(
        cmd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        env=child_env(),
        creationflags=flags,
    )


def run_json(tool: ExifTool, paths: list[Path], timeout: float = TIMEOUT_S) -> list[dict[str, Any]]:
    """exiftool's JSON objects for ``paths``, in order, from the long-lived exiftool. Raises ExifToolFailed.

    ``timeout`` is per file, as for :func:`run_json_per_call`, whose results these are."""
    names = [os.path.abspath(p) for p in paths]  # absolute: a file named "-x" is never an option
    lines = _argfile_lines(names)
    session = stay_open.client(tool.executable, ARGS, child_env())
    if not lines or not session.fits(lines):
        return run_json_per_call(tool, paths, timeout)
    seconds = timeout * len(paths)
    try:
        reply = session.request(lines, seconds)
    except stay_open.Timeout as exc:
        # Not tried again in a process of its own: the file would most likely take as long again.
        raise ExifToolFailed(msg("exiftool did not finish within {seconds:g} s.", seconds=seconds)) from exc
    except stay_open.Broken:
        return run_json_per_call(tool, paths, timeout)
    try:
        parsed = _loads(reply.stdout)
    except ValueError:
        session.discard(reply)  # framing held but the answer did not: trust neither the process nor it
        return run_json_per_call(tool, paths, timeout)
    return _objects(parsed, reply.status, len(paths))


def run_json_per_call(tool: ExifTool, paths: list[Path], timeout: float = TIMEOUT_S) -> list[dict[str, Any]]:
    """As :func:`run_json`, from an exiftool process of its own (the fallback). Raises ExifToolFailed."""
    cmd = [tool.executable, *ARGS, *(os.path.abspath(p) for p in paths)]
    try:
        done = run_command(cmd, timeout * max(1, len(paths)))
    except subprocess.TimeoutExpired as exc:
        raise ExifToolFailed(
            msg("exiftool did not finish within {seconds:g} s.", seconds=exc.timeout)
        ) from exc
    except OSError as exc:
        raise ExifToolFailed(msg("exiftool could not be started ({reason}).", reason=exc.strerror)) from exc
    try:
        parsed = _loads(done.stdout)
    except ValueError as exc:
        raise ExifToolFailed(
            msg("exiftool gave output that is not JSON (exit status {code}).", code=done.returncode)
        ) from exc
    return _objects(parsed, done.returncode, len(paths))


def close() -> None:
    """Stop the long-lived exiftool (the next read starts another). Also done at exit."""
    stay_open.close_all()


def _argfile_lines(names: list[str]) -> list[bytes] | None:
    """Each name as one argfile line, or None if one cannot be: exiftool ends a line at a line feed,
    strips trailing CR/LF and leading white space, and skips lines that start with "#"."""
    lines = []
    for name in names:
        if any(c in name for c in "\r\n\0") or name[:1].isspace() or name.startswith("#"):
            return None
        try:
            # POSIX: the name's own bytes, as subprocess would pass them (non-UTF-8 names included);
            # Windows: UTF-8, which "-charset filename=utf8" tells exiftool to expect.
            lines.append(os.fsencode(name) if os.name == "posix" else name.encode("utf-8"))
        except UnicodeEncodeError:
            return None
    return lines


def _loads(stdout: bytes) -> Any:
    return json.loads(stdout.decode("utf-8", "replace") or "[]")


def _objects(parsed: Any, code: int, count: int) -> list[dict[str, Any]]:
    if not isinstance(parsed, list) or len(parsed) != count:
        raise ExifToolFailed(msg("exiftool gave no answer for the file (exit status {code}).", code=code))
    return [item if isinstance(item, dict) else {} for item in parsed]
