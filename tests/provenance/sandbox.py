"""A subprocess that dies on its first socket, whoever opens it: Python, c2pa-rs, anything native.

The project's usual guard is an audit hook (tests/proof/test_no_socket.py), which sees Python's
socket calls but not those of native code: c2pa-rs is Rust and would open its sockets through libc,
out of the hook's sight. So the probe also installs a seccomp filter (Linux, through ctypes and
prctl, no tool to install) that kills the whole process with SIGSYS on any socket-family system
call: socket, socketpair, connect, bind, sendto, sendmsg, sendmmsg, and io_uring_setup (io_uring can
open sockets without those calls). A probe that finishes has opened no socket of any kind.
"""

from __future__ import annotations

import platform
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# Each supported architecture's AUDIT_ARCH value and its socket-family system call numbers.
ARCHES = {
    "x86_64": (0xC000003E, (41, 42, 44, 46, 49, 53, 307, 425)),
    "aarch64": (0xC00000B7, (198, 199, 200, 203, 206, 211, 269, 425)),
}
KILLED = -signal.SIGSYS

PRELUDE = r"""
import ctypes, platform, resource, struct, sys

def _seccomp_no_sockets(arch_value, calls):
    LD_W_ABS, JEQ, JGE, RET = 0x20, 0x15, 0x35, 0x06
    ALLOW, KILL_PROCESS = 0x7FFF0000, 0x80000000
    ins = lambda code, jt, jf, k: struct.pack("HBBI", code, jt, jf, k)
    prog = [ins(LD_W_ABS, 0, 0, 4), ins(JEQ, 1, 0, arch_value), ins(RET, 0, 0, KILL_PROCESS),
            ins(LD_W_ABS, 0, 0, 0)]
    if platform.machine() == "x86_64":
        prog.append(ins(JGE, len(calls) + 1, 0, 0x40000000))  # the x32 ABI: refused outright
    for n, nr in enumerate(calls):
        prog.append(ins(JEQ, len(calls) - n, 0, nr))  # a match jumps to the KILL below
    prog += [ins(RET, 0, 0, ALLOW), ins(RET, 0, 0, KILL_PROCESS)]
    code = ctypes.create_string_buffer(b"".join(prog))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(len(prog), ctypes.addressof(code))
    libc = ctypes.CDLL(None, use_errno=True)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a killed probe leaves no core file
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS)")
    if libc.prctl(22, 2, ctypes.byref(fprog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP)")

_seccomp_no_sockets(ARCH_VALUE, CALLS)

seen = []
WATCHED = ("socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request")

def _hook(event, args):
    if event in WATCHED:
        seen.append(event)
        raise RuntimeError(f"network use: {event} {args!r}")

sys.addaudithook(_hook)
"""


def guarded(body: str) -> str:
    """The probe: the seccomp filter and the audit hook first, then ``body`` (``seen`` holds what
    the hook caught)."""
    machine = platform.machine()
    if sys.platform != "linux" or machine not in ARCHES:
        pytest.skip(f"the seccomp guard is written for Linux on {', '.join(ARCHES)}")
    arch_value, calls = ARCHES[machine]
    prelude = PRELUDE.replace("ARCH_VALUE", hex(arch_value)).replace("CALLS", repr(calls))
    return prelude + "\n" + body


def run_guarded(body: str, *args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", guarded(body), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
