"""The long-lived exiftool (``-stay_open``): same answers as a process per file, and no hostile file
(too slow, crashing, garbling) can hang the reads or spoil the ones after it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casedesk.media.meta import ExifToolFailed, read_metadata, tool
from casedesk.media.meta.stay_open import MAX_BROKEN_IN_ROW
from casedesk.media.meta.tool import ExifTool, run_json, run_json_per_call

from .metadata_corpus import CORPUS, corpus_file, need_exiftool

POSIX_ONLY = pytest.mark.skipif(sys.platform.startswith("win"), reason="a script stands in for exiftool")


def _corpus_files() -> list[str]:
    return [
        f"{folder}/{p.name}"
        for folder in ("camera", "c2pa")
        if (CORPUS / folder).is_dir()
        for p in sorted((CORPUS / folder).iterdir())
        if p.is_file()
    ] or ["camera/missing"]


@pytest.fixture(autouse=True)
def _fresh_processes() -> Iterator[None]:
    tool.close()
    yield
    tool.close()


def _answer(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if k != "SourceFile"} for item in found]


@pytest.mark.parametrize("relative", _corpus_files())
def test_the_same_answer_as_a_process_per_file(relative: str) -> None:
    exiftool = need_exiftool()
    path = corpus_file(relative)
    run_json_per_call(exiftool, [path])  # first read: File:System:FileAccessDate settles (relatime)
    assert _answer(run_json(exiftool, [path])) == _answer(run_json_per_call(exiftool, [path]))


def test_a_file_exiftool_cannot_read_fails_as_before(tmp_path: Path) -> None:
    exiftool = need_exiftool()
    missing = tmp_path / "gone.jpg"
    with pytest.raises(ExifToolFailed) as per_call:
        run_json_per_call(exiftool, [missing])
    with pytest.raises(ExifToolFailed) as stay_open:
        run_json(exiftool, [missing])
    assert str(stay_open.value) == str(per_call.value)  # "... no answer ... (exit status 1)."
    assert run_json(exiftool, [corpus_file("camera/iptc.jpg")])  # and the process is still fine


def test_four_threads_each_get_their_own_answers() -> None:
    exiftool = need_exiftool()
    files = [corpus_file(r) for r in _corpus_files()]
    expected = {p: _answer(run_json_per_call(exiftool, [p])) for p in files}
    got: dict[int, list[tuple[Path, list[dict[str, Any]]]]] = {}
    start = threading.Barrier(4)

    def reader(n: int) -> None:
        start.wait()
        rotated = files[n * len(files) // 4 :] + files[: n * len(files) // 4]
        got[n] = [(p, _answer(run_json(exiftool, [p]))) for p in rotated]

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(got) == [0, 1, 2, 3]
    for answers in got.values():
        assert len(answers) == len(files)
        for path, answer in answers:
            assert answer == expected[path], path.name


@pytest.mark.parametrize(
    ("name", "via_stay_open"),
    [
        ("two\nlines.jpg", False),  # an argfile line ends at "\n"
        ("ends in a carriage return.jpg\r", False),  # exiftool strips it from the line
        ("ends in a space.jpg ", True),
        (" starts with a space, #hash.jpg", True),  # only the line's start counts: always "/"
        ("café ünïcode.jpg", True),
        (os.fsdecode(b"latin-1 caf\xe9.jpg"), True),  # not UTF-8: the name's own bytes
    ],
    ids=["newline", "carriage-return", "trailing-space", "leading-space-hash", "utf8", "not-utf8"],
)
def test_odd_file_names_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, via_stay_open: bool
) -> None:
    exiftool = need_exiftool()
    path = tmp_path / name
    try:
        shutil.copyfile(corpus_file("camera/iptc.jpg"), path)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take that name")
    run_json_per_call(exiftool, [path])  # FileAccessDate settles
    expected = run_json_per_call(exiftool, [path])
    assert expected[0]["EXIF:IFD0:Make"]["val"] == "Nokia"
    if via_stay_open:  # the answer must not come from the fallback
        monkeypatch.setattr(tool, "run_json_per_call", _must_not_run)
    assert run_json(exiftool, [path]) == expected
    assert read_metadata(path, exiftool).chosen.make is not None


def _must_not_run(*_: object, **__: object) -> list[dict[str, Any]]:
    raise AssertionError("read in a process of its own instead of the long-lived one")


# A stand-in exiftool: the real one answers, except for files named "slow" (hangs), "crash" (dies
# mid-answer, in both modes) and "garble" (not JSON, in stay-open mode only). Each -stay_open start
# is logged with its pid, to count restarts. With "nostay" in its folder's name it ignores
# -stay_open and exits. Like exiftool, it exits on "-stay_open False" but not at EOF on stdin.
_FAKE = """#!{python}
import os, re, subprocess, sys, time

REAL, LOG = {real!r}, {log!r}


def answer(args, stay_open):
    name = os.path.basename(args[-1])
    if "slow" in name:
        time.sleep(30)
    if "crash" in name:
        sys.stdout.buffer.write(b'[{{"SourceFile": "')
        sys.stdout.flush()
        os._exit(3)
    if "garble" in name and stay_open:
        return b"this is not JSON\\n", 0
    done = subprocess.run([REAL, *args], capture_output=True)
    return done.stdout, done.returncode


argv = sys.argv[1:]
if argv == ["-ver"]:
    print("12.57")
elif argv[:2] == ["-stay_open", "True"]:
    with open(LOG, "a") as log:
        log.write(f"{{os.getpid()}}\\n")
    if "nostay" in LOG:
        sys.exit(2)
    args = []
    for raw in sys.stdin.buffer:
        line = os.fsdecode(raw.rstrip(b"\\n"))
        execute = re.fullmatch(r"-execute(\\d+)", line)
        if execute is None:
            args.append(line)
            if args[-2:] == ["-stay_open", "False"]:
                sys.exit(0)
            continue
        at = args.index("-echo3")
        del args[at : at + 2]
        out, code = answer(args, True)
        sys.stdout.buffer.write(out + b"{{status%d}}\\n{{ready%s}}\\n" % (code, execute.group(1).encode()))
        sys.stdout.flush()
        args = []
    while True:  # EOF: exiftool waits for more arguments (its issue #458)
        time.sleep(0.05)
else:
    out, code = answer(argv, False)
    sys.stdout.buffer.write(out)
    sys.exit(code)
"""


def _fake(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ExifTool, Path]:
    real = need_exiftool()
    folder.mkdir()
    log = folder / "starts.log"
    script = folder / "exiftool"
    script.write_text(_FAKE.format(python=sys.executable, real=real.executable, log=str(log)))
    script.chmod(0o755)
    monkeypatch.setenv("CASEDESK_EXIFTOOL", str(script))
    found = tool.require_exiftool()
    assert found.executable == str(script)
    return found, log


def _starts(log: Path) -> int:
    return len(_pids(log))


def _pids(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()] if log.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # Linux: a zombie is dead, only not yet reaped by whoever inherited it
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _copy(folder: Path, name: str) -> Path:
    path = folder / name
    shutil.copyfile(corpus_file("camera/iptc.jpg"), path)
    return path


@POSIX_ONLY
def test_a_slow_file_times_out_and_the_next_file_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, log = _fake(tmp_path / "bin", monkeypatch)
    good = corpus_file("camera/Google.jpg")
    assert _answer(run_json(fake, [good])) == _answer(run_json_per_call(need_exiftool(), [good]))
    started = time.monotonic()
    with pytest.raises(ExifToolFailed, match="did not finish within 1 s"):
        run_json(fake, [_copy(tmp_path, "slow.jpg")], timeout=1.0)
    assert time.monotonic() - started < 10  # the timeout, not the 30 s sleep nor a second try
    found = read_metadata(good)  # through the public entry point, with the stand-in
    assert found.chosen.model is not None and found.chosen.model.value == "Pixel 8 Pro"
    assert _starts(log) == 2  # killed, and a fresh one for the next file


@POSIX_ONLY
def test_a_crash_mid_answer_fails_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake, log = _fake(tmp_path / "bin", monkeypatch)
    with pytest.raises(ExifToolFailed, match=r"not JSON \(exit status 3\)"):
        run_json(fake, [_copy(tmp_path, "crash.jpg")])  # tried again on its own: same crash
    good = corpus_file("camera/iptc.jpg")
    assert _answer(run_json(fake, [good])) == _answer(run_json_per_call(need_exiftool(), [good]))
    assert _starts(log) == 2


@POSIX_ONLY
def test_a_garbled_answer_is_read_again_on_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake, log = _fake(tmp_path / "bin", monkeypatch)
    path = _copy(tmp_path, "garble.jpg")
    run_json_per_call(need_exiftool(), [path])  # FileAccessDate settles
    assert run_json(fake, [path]) == run_json_per_call(need_exiftool(), [path])
    run_json(fake, [corpus_file("camera/iptc.jpg")])
    assert _starts(log) == 2  # the process that garbled was not trusted again


@POSIX_ONLY
def test_an_exiftool_without_stay_open_still_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake, log = _fake(tmp_path / "nostay", monkeypatch)
    good = corpus_file("camera/iptc.jpg")
    expected = _answer(run_json_per_call(need_exiftool(), [good]))
    for _ in range(MAX_BROKEN_IN_ROW + 2):
        assert _answer(run_json(fake, [good])) == expected
    assert _starts(log) == MAX_BROKEN_IN_ROW  # then no more tries: a process per file


def test_close_stops_it_and_the_next_read_starts_again() -> None:
    exiftool = need_exiftool()
    path = corpus_file("camera/iptc.jpg")
    first = run_json(exiftool, [path])
    tool.close()
    assert run_json(exiftool, [path]) == first


_CASEDESK = """
import sys, time
from pathlib import Path
from casedesk.media.meta import stay_open, tool
if sys.argv[3] == "unguarded":
    stay_open._SHELL = "/nonexistent/sh"
tool.run_json(tool.ExifTool(sys.argv[1], "12.57"), [Path(sys.argv[2])])
print("read", flush=True)
time.sleep(60)
"""


@POSIX_ONLY
@pytest.mark.parametrize("guard", ["guarded", "unguarded"])
def test_exiftool_does_not_outlive_a_killed_casedesk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, guard: str
) -> None:
    fake, log = _fake(tmp_path / "bin", monkeypatch)
    argv = [sys.executable, "-c", _CASEDESK, fake.executable, str(corpus_file("camera/iptc.jpg")), guard]
    with subprocess.Popen(argv, stdout=subprocess.PIPE) as casedesk:
        assert casedesk.stdout is not None
        assert casedesk.stdout.readline() == b"read\n"
        (pid,) = _pids(log)
        assert _alive(pid)
        casedesk.kill()  # SIGKILL: no atexit, nothing closed on purpose
    deadline = time.monotonic() + (5 if guard == "guarded" else 1)
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if guard == "guarded":
        assert not _alive(pid)
    else:  # the stand-in is faithful: without the guard it polls its closed stdin on
        assert _alive(pid)
        os.kill(pid, signal.SIGKILL)
