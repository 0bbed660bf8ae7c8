"""The engine runs offline, and its absence is said plainly: both in a fresh interpreter.

The first adds a real model and transcribes a real clip under an audit hook that fails on any socket
or name lookup (as tests/faults/test_no_network.py does for the rest of CaseDesk): faster-whisper
is given a model folder with its own tokenizer, so it has nothing to fetch. The second hides
faster-whisper from the import system, as on a machine where it was never installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import stereo

OFFLINE = r"""
import json, sys
from pathlib import Path

seen = []
WATCHED = ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
           "socket.gethostbyname", "urllib.Request")

def hook(event, args):
    if event in WATCHED:
        seen.append(event)
        raise RuntimeError(f"network use: {event} {args!r}")

sys.addaudithook(hook)
from casedesk.core.service import CaseService

root, model, clip = map(Path, sys.argv[1:4])
svc = CaseService.open(root, "Probe")
case_id = svc.create_case("Offline").id
(added,) = svc.add_files(case_id, [clip])
svc.transcribe(added.evidence_id, str(model))
view = svc.transcript(added.evidence_id)
svc.close()
print(json.dumps({"seen": seen, "text": view.text}))
"""

MISSING = r"""
import sys
sys.modules["faster_whisper"] = None  # as if it had never been installed
from casedesk.cli import run
root, clip = sys.argv[1:3]
case = __import__("io").StringIO()
run(["--workspace", root, "case", "new", "Missing"], case)
case_id = case.getvalue().strip()
run(["--workspace", root, "add", case_id, clip], __import__("io").StringIO())
from casedesk.core.service import CaseService
svc = CaseService.open(__import__("pathlib").Path(root), "Probe")
item = svc.case_view(case_id).evidence[0].id
svc.close()
sys.exit(run(["--workspace", root, "transcribe", case_id, item]))
"""


def test_transcribing_makes_no_network_call(tmp_path: Path, tiny_en_folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE, str(tmp_path / "ws"), str(tiny_en_folder), str(stereo().path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["seen"] == [] and "curtain on the left" in result["text"]


def test_a_missing_engine_says_what_to_install(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", MISSING, str(tmp_path / "ws"), str(stereo().path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("casedesk: The speech engine faster-whisper is not installed")
    assert "pip install faster-whisper" in done.stderr and done.stderr.count("\n") == 1


def test_speech_is_qt_free() -> None:
    """casedesk.speech and its command line import no Qt (the GUI will share this behaviour)."""
    probe = (
        "import sys, pkgutil, importlib, casedesk.speech as p\n"
        "for i in pkgutil.walk_packages(p.__path__, 'casedesk.speech.'): importlib.import_module(i.name)\n"
        "import casedesk.cli_speech, casedesk.cli_models\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
