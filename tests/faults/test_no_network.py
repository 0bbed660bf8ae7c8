"""CaseDesk opens no network connection: not on import of any module, not in a full demo run.

A fresh interpreter installs an audit hook that fails on any socket creation or name lookup, then
imports every module under casedesk (the Qt UI too, offscreen) and runs the demo end to end:
create the demo case, export its PDF report, export a bundle and import it into a second
workspace. Where strace is available the same run is traced, so sockets opened by native code
(FFmpeg, Qt) would show too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .tally import count

PROBE = r"""
import importlib, json, pkgutil, sys
from pathlib import Path

seen = []
WATCHED = ("socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request")

def hook(event, args):
    if event in WATCHED:
        seen.append(event)
        raise RuntimeError(f"network use: {event} {args!r}")

sys.addaudithook(hook)

TEAM_CONNECTORS = ("casedesk.core.store.objects", "casedesk.core.store.s3", "casedesk.core.store.s3_errors")

import casedesk
modules = []
for info in pkgutil.walk_packages(casedesk.__path__, "casedesk."):
    if info.name == "casedesk.__main__":
        continue  # the `python -m casedesk` entry point: importing it runs the command line
    if info.name == "casedesk.core.migrations.env":
        continue  # Alembic runs it (it needs Alembic's context); the demo below opens a workspace
    if info.name in TEAM_CONNECTORS:
        continue  # they talk to the team's own server, and load only when the user names one
    importlib.import_module(info.name)
    modules.append(info.name)

from casedesk.bundle import export_bundle, import_bundle
from casedesk.core.demo import create_demo_case
from casedesk.core.service import CaseService
from casedesk.report import ReportOptions, export_pdf

root = Path(sys.argv[1])
svc = CaseService.open(root / "ws", "Probe")
case_id = create_demo_case(svc)
report = export_pdf(svc, case_id, root / "demo.pdf", ReportOptions())
bundle = export_bundle(svc, case_id, root / "demo.cdb", passphrase="correct horse battery staple")
svc.close()
other = CaseService.open(root / "other", "Probe")
imported = import_bundle(other, root / "demo.cdb", passphrase="correct horse battery staple")
other.close()
drivers = sorted(name for name in ("boto3", "botocore", "urllib3", "psycopg") if name in sys.modules)
print(json.dumps({"modules": modules, "seen": seen, "drivers": drivers, "pages": report.pages,
                  "evidence": bundle.evidence_count, "status": imported.status}))
"""

INET = re.compile(r"\b(AF_INET6?|AF_PACKET)\b")


def test_no_socket_on_import_or_in_a_full_demo_run(tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", PROBE, str(tmp_path)]
    trace = tmp_path / "strace.txt"
    strace = shutil.which("strace")
    if strace:
        cmd = [strace, "-f", "-qq", "-e", "trace=socket,connect,bind,sendto,sendmsg", "-o", str(trace), *cmd]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["seen"] == []
    assert result["drivers"] == []  # a solo workspace never loads a network client library
    count("modules imported under the network guard", len(result["modules"]))
    assert {"casedesk.cli", "casedesk.ui", "casedesk.report", "casedesk.bundle", "casedesk.media"} <= set(
        result["modules"]
    )
    assert any(name.startswith("casedesk.ui.") for name in result["modules"])
    assert result["pages"] > 0 and result["evidence"] > 0 and result["status"] == "imported"
    if strace:
        native = [line for line in trace.read_text().splitlines() if INET.search(line)]
        assert native == []


def test_the_guard_catches_a_socket() -> None:
    """The same hook and trace do see a connection attempt (so the test above can fail)."""
    hook = PROBE.split("import casedesk", 1)[0]
    attempt = hook + "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
    attempt += "except RuntimeError:\n    print('caught', seen)\n"
    done = subprocess.run([sys.executable, "-c", attempt], capture_output=True, text=True, check=False)
    assert "caught ['socket.__new__']" in done.stdout or "caught ['socket.getaddrinfo']" in done.stdout, done
    strace = shutil.which("strace")
    if strace:
        traced = subprocess.run(
            [strace, "-f", "-qq", "-e", "trace=socket,connect", sys.executable, "-c",
             "import socket; socket.socket().close()"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert INET.search(traced.stderr), traced.stderr
