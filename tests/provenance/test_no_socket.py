"""Reading Content Credentials opens no socket: every corpus file, read directly and through ingest.

The probe runs in a fresh interpreter under two guards (tests/provenance/sandbox.py): the project's
audit hook, for Python's own socket calls, and a seccomp filter that kills the process on any
socket system call, for c2pa-rs's native code, which the hook cannot see. A probe that comes back
has opened no socket at all; the last test shows the filter does kill c2pa-rs when it is allowed
to fetch the remote-only PNG, so the first cannot pass blindly.
"""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import (
    ADOBE,
    CHAINED,
    CORPUS,
    REMOTE_ONLY,
    TAMPERED_DATA,
    TAMPERED_URI,
    TEST_ANCHORS,
    VALID,
    WAV,
    corpus_file,
    manifest_rows,
)
from .sandbox import KILLED, run_guarded

PROBE = r"""
import json, os
from pathlib import Path
from casedesk.core.service import CaseService
from casedesk.provenance import trust
from casedesk.provenance.reader import C2paReader

corpus, work = Path(sys.argv[1]), Path(sys.argv[2])
os.environ["CASEDESK_CONFIG_DIR"] = str(work / "config")
anchors = (corpus / sys.argv[3]).read_bytes()
reader = C2paReader(trust.TrustAnchors(trust.pinned_pem(), anchors.decode()))
direct = {}
for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
    record = reader.read(path)
    direct[path.relative_to(corpus).as_posix()] = [record.status.value, record.state, list(record.codes)]

svc = CaseService.open(work / "ws", "Probe")
svc.add_trust_anchors(anchors)
case_id = svc.create_case("Probe").id
results = svc.add_files(case_id, [corpus / "c2pa"], recursive=True)
items = [r.evidence_id for r in results if r.evidence_id]
svc.read_provenance(items)
shown = svc.provenance_of(items)
svc.close()
ingested = {r.path: (shown[r.evidence_id].c2pa.state if shown[r.evidence_id].c2pa else None)
            for r in results if r.evidence_id}
print(json.dumps({"seen": seen, "direct": direct, "ingested": ingested}))
"""


def test_reading_every_corpus_file_opens_no_socket(tmp_path: Path) -> None:
    done = run_guarded(PROBE, CORPUS, tmp_path, TEST_ANCHORS)
    assert done.returncode == 0, f"probe died ({done.returncode}): {done.stderr[-3000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["seen"] == []
    direct = result["direct"]
    assert set(direct) == {*manifest_rows(), "MANIFEST.tsv", "README.md"}  # every file of the corpus
    assert direct[REMOTE_ONLY][0] == "remote"  # referenced, not fetched
    assert direct["c2pa/adobe-20220124-CAI.jpg"][:2] == ["read", "Trusted"]
    assert direct["c2pa/adobe-20220124-E-dat-CA.jpg"] == ["read", "Invalid", ["assertion.dataHash.mismatch"]]
    read = {path for path, (status, _, _) in direct.items() if status == "read"}
    assert read == {VALID, CHAINED, TAMPERED_DATA, TAMPERED_URI, WAV, ADOBE}  # nothing else has a manifest
    assert not [path for path, (status, _, _) in direct.items() if status == "error"]
    ingested = {Path(path).name: state for path, state in result["ingested"].items()}
    assert ingested["sample1_signed.wav"] == "Trusted"
    assert ingested["verify.jpeg"] == "Valid"
    assert ingested["libpng-test_with_url.png"] is None  # a remote manifest has no validation state


def test_the_guard_kills_c2pa_when_it_may_fetch() -> None:
    """The same guard, with c2pa's remote fetching left on: c2pa-rs tries the PNG's URL, and dies."""
    probe = (
        "import c2pa\n"
        "context = c2pa.Context.from_dict({'verify': {'remote_manifest_fetch': True}})\n"
        "try:\n"
        "    c2pa.Reader(sys.argv[1], context=context)\n"
        "except c2pa.C2paError as exc:\n"
        "    print('no fetch attempted:', exc)\n"
    )
    done = run_guarded(probe, corpus_file(REMOTE_ONLY), timeout=60)
    assert done.returncode == KILLED, (done.returncode, done.stdout, done.stderr[-2000:])


def test_the_hook_stops_python_and_the_filter_stops_native_code() -> None:
    python = run_guarded("import socket\nsocket.socket().close()\nprint('alive')\n", timeout=60)
    assert "network use: socket.__new__" in python.stderr and "alive" not in python.stdout
    native = run_guarded("import ctypes\nctypes.CDLL(None).socket(2, 1, 0)\nprint('alive')\n", timeout=60)
    assert native.returncode == KILLED and "alive" not in native.stdout  # out of the hook's sight
