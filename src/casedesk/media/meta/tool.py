"""Run exiftool (Phil Harvey's) as a subprocess: the most complete metadata reader there is.

Why a subprocess per call rather than PyExifTool's persistent ``-stay_open`` process: PyExifTool
0.5.6 (its last release, 2023) has no timeout, and once its exiftool is killed its reader loops
forever on EOF, so one hostile file could hang ingest. Here every call has a timeout, stdin is
closed, the environment is minimal and nothing touches the network (exiftool never does).
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


def run_command(cmd: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "SYSTEMROOT", "TEMP", "TMP", "HOME")}
    env["LC_ALL"] = "C"
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window flashing on Windows
    return subprocess.run(
        cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=env, creationflags=flags
    )


def run_json(tool: ExifTool, paths: list[Path], timeout: float = TIMEOUT_S) -> list[dict[str, Any]]:
    """exiftool's JSON objects for ``paths``, in order. Raises ExifToolFailed."""
    # Absolute paths: a file named "-x" must never read as an option ("--x" excludes a tag).
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
        parsed = json.loads(done.stdout.decode("utf-8", "replace") or "[]")
    except ValueError as exc:
        raise ExifToolFailed(
            msg("exiftool gave output that is not JSON (exit status {code}).", code=done.returncode)
        ) from exc
    if not isinstance(parsed, list) or len(parsed) != len(paths):
        raise ExifToolFailed(
            msg("exiftool gave no answer for the file (exit status {code}).", code=done.returncode)
        )
    return [item if isinstance(item, dict) else {} for item in parsed]
