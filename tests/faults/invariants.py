"""What "nothing was lost" means, checked on a workspace after a fault.

:func:`audit_workspace` is the single definition every fault test uses, so a new guarantee added
here is enforced after every kill, disk-full and concurrency scenario at once.
"""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from casedesk.cli import run
from casedesk.core import custody
from casedesk.core.models import Blob, CustodyEntry, Evidence
from casedesk.core.service import CaseService
from casedesk.core.vocabulary import ADDING_ACTIONS
from casedesk.core.workspace import DB_NAME
from casedesk.fsutil import TMP_PREFIX

from .tally import count

SHA_NAME = re.compile(r"[0-9a-f]{64}")
ADD_ACTIONS = ADDING_ACTIONS


@dataclass(frozen=True, slots=True)
class WorkspaceFacts:
    evidence_by_case: dict[str, int]  # live (not trashed) evidence rows per case
    originals: int  # complete files under originals/??/??/
    custody_by_case: dict[str, int]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def case_evidence(root: Path, case_id: str) -> dict[str, str]:
    """original name -> sha256 of a case's live evidence."""
    svc = CaseService.open(root, "auditor")
    try:
        return {e.original_name: e.sha256 for e in svc.case_view(case_id).evidence}
    finally:
        svc.close()


def raw_integrity(db_path: Path) -> None:
    """SQLite's own checks, before the application touches the file."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def originals_are_whole(root: Path) -> int:
    """Every file under its final name in the store hashes to that name: nothing half-written."""
    count = 0
    originals = root / "originals"
    for path in originals.rglob("*"):
        rel = path.relative_to(originals)
        if rel.parts[0] == ".tmp" or path.is_dir():
            continue
        assert len(rel.parts) == 3, f"stray file in the store: {rel}"
        first, second, name = rel.parts
        assert SHA_NAME.fullmatch(name) and (first, second) == (name[:2], name[2:4]), rel
        assert sha256_of(path) == name, f"half-written or altered original: {rel}"
        count += 1
    return count


def derived_are_whole(root: Path) -> None:
    """Thumbnails and previews under their final names decode completely."""
    for path in (root / "derived").rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            with Image.open(path) as img:
                img.load()


def derived_temporaries(root: Path) -> list[Path]:
    """Half-written thumbnails/previews: the atomic writer's ``.incoming-…`` temporaries."""
    return [p for p in (root / "derived").rglob(f"{TMP_PREFIX}*") if p.is_file()]


def audit_workspace(root: Path, *, run_cli_verify: bool = True) -> WorkspaceFacts:
    """Assert every guarantee CaseDesk gives after an interruption; return what the workspace holds."""
    if (root / DB_NAME).exists():  # a run killed before creating it leaves none: open makes it
        raw_integrity(root / DB_NAME)
    originals = originals_are_whole(root)
    derived_are_whole(root)
    svc = CaseService.open(root, "auditor")  # opening tidies what an interruption left behind
    try:
        assert list((root / "originals" / ".tmp").iterdir()) == [], "temporary files survived the open"
        assert not list(root.rglob(".incoming-*")), "temporary files survived the open"
        strays = derived_temporaries(root)
        if strays:  # pinned by test_temporary_files.py; counted here to show how often kills leave them
            count("derivative temp files a kill left and the next open did not remove", len(strays))
        with svc.workspace.db.read() as s:  # rows expire when the read session ends
            evidence = list(s.scalars(select(Evidence)))
            entries = list(s.scalars(select(CustodyEntry).order_by(CustodyEntry.case_id, CustodyEntry.seq)))
            blobs = {b.sha256: b.size for b in s.scalars(select(Blob))}
            _check_rows(svc, evidence, entries, blobs)
            live = Counter(ev.case_id for ev in evidence if ev.trashed_at is None)
            by_case = Counter(e.case_id for e in entries)
    finally:
        svc.close()
    if run_cli_verify:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--workspace", str(root), "verify"], out, err)
        assert code == 0 and out.getvalue().startswith("OK"), out.getvalue() + err.getvalue()
    return WorkspaceFacts(evidence_by_case=dict(live), originals=originals, custody_by_case=dict(by_case))


def _check_rows(
    svc: CaseService, evidence: list[Evidence], entries: list[CustodyEntry], blobs: dict[str, int]
) -> None:
    by_case: dict[str, list[CustodyEntry]] = {}
    for entry in entries:
        by_case.setdefault(entry.case_id, []).append(entry)
    for case_id, chain in by_case.items():
        seqs = [e.seq for e in chain]
        assert seqs == list(range(1, len(chain) + 1)), f"custody seq of {case_id} has gaps: {seqs}"
        assert custody.verify_chain(chain) == [], case_id
    logged = {e.object_id: e for e in entries if e.action in ADD_ACTIONS}
    purged = {e.object_id for e in entries if e.action == "evidence_purge"}
    ids = {ev.id for ev in evidence}
    for ev in evidence:
        # Every evidence row has its complete original and an entry in its case's custody log.
        path = svc.workspace.store.local_path(ev.sha256)
        assert path.is_file() and path.stat().st_size == ev.size, f"original of {ev.id} is missing"
        assert blobs.get(ev.sha256) == ev.size
        assert ev.id in logged and logged[ev.id].details["sha256"] == ev.sha256, ev.id
        assert logged[ev.id].case_id == ev.case_id
    lost = set(logged) - ids - purged
    assert not lost, f"custody log records evidence that is gone: {sorted(lost)}"
    live = [ev for ev in evidence if ev.trashed_at is None]
    for (case_id, sha), n in Counter((ev.case_id, ev.sha256) for ev in live).items():
        assert n == 1, f"{sha} is in case {case_id} {n} times"


def tree_state(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under root with its bytes, mtime and mode: to prove an operation changed nothing."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
