"""What "nothing was lost" means, checked on a workspace after a fault.

:func:`audit_workspace` is the single definition every fault test uses, so a new guarantee added
here is enforced after every kill, disk-full and concurrency scenario at once, on a folder
workspace and on a team one. On a team workspace the originals are checked where they are kept, in
the object store (listed and re-hashed through boto3, not through CaseDesk's store), and the local
cache is held to the folder's rules.
"""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import boto3
import psycopg
from PIL import Image
from psycopg import sql
from sqlalchemy import select

from backends import where_args
from casedesk.cli import run
from casedesk.core import custody
from casedesk.core.location import WorkspaceLocation
from casedesk.core.models import Blob, CustodyEntry, Evidence
from casedesk.core.service import CaseService
from casedesk.core.store.s3 import parse_url
from casedesk.core.vocabulary import ADDING_ACTIONS
from casedesk.core.workspace import DB_NAME
from casedesk.fsutil import TMP_PREFIX

from .tally import count

SHA_NAME = re.compile(r"[0-9a-f]{64}")
ADD_ACTIONS = ADDING_ACTIONS
Where = Path | WorkspaceLocation


@dataclass(frozen=True, slots=True)
class WorkspaceFacts:
    evidence_by_case: dict[str, int]  # live (not trashed) evidence rows per case
    originals: int  # complete originals in the store (a folder's originals/??/??/, or the bucket's)
    custody_by_case: dict[str, int]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def located(where: Where) -> WorkspaceLocation:
    return where if isinstance(where, WorkspaceLocation) else WorkspaceLocation(where)


def case_evidence(where: Where, case_id: str) -> dict[str, str]:
    """original name -> sha256 of a case's live evidence."""
    svc = CaseService.open(where, "auditor")
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


def originals_are_whole(root: Path) -> dict[str, int]:
    """Every file under its final name in the store hashes to that name: nothing half-written.
    Returns sha256 -> size of each."""
    found: dict[str, int] = {}
    originals = root / "originals"
    for path in originals.rglob("*"):
        rel = path.relative_to(originals)
        if rel.parts[0] == ".tmp" or path.is_dir():
            continue
        assert len(rel.parts) == 3, f"stray file in the store: {rel}"
        first, second, name = rel.parts
        assert SHA_NAME.fullmatch(name) and (first, second) == (name[:2], name[2:4]), rel
        assert sha256_of(path) == name, f"half-written or altered original: {rel}"
        found[name] = path.stat().st_size
    return found


def remote_originals_are_whole(where: WorkspaceLocation) -> dict[str, int]:
    """The object store's side of :func:`originals_are_whole`: under the workspace's prefix only
    originals (each re-read and hashing to its key) and derived pictures that decode."""
    assert where.store_url is not None
    bucket, prefix = parse_url(where.store_url)
    client = boto3.client("s3")  # the AWS_* settings of the session's server
    found: dict[str, int] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/"):
        for item in page.get("Contents", []):
            rel = item["Key"][len(prefix) + 1 :].split("/")
            body = client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            if rel[0] == "derived":
                assert len(rel) == 4 and SHA_NAME.fullmatch(rel[2]), f"stray object: {item['Key']}"
                with Image.open(io.BytesIO(body)) as img:
                    img.load()
                continue
            assert rel[0] == "originals" and len(rel) == 4, f"stray object: {item['Key']}"
            name = rel[3]
            assert SHA_NAME.fullmatch(name) and rel[1:3] == [name[:2], name[2:4]], item["Key"]
            assert hashlib.sha256(body).hexdigest() == name, (
                f"half-written or altered original: {item['Key']}"
            )
            found[name] = len(body)
    return found


def derived_are_whole(root: Path) -> None:
    """Thumbnails and previews under their final names decode completely."""
    for path in (root / "derived").rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            with Image.open(path) as img:
                img.load()


def derived_temporaries(root: Path) -> list[Path]:
    """Half-written thumbnails/previews: the atomic writer's ``.incoming-…`` temporaries."""
    return [p for p in (root / "derived").rglob(f"{TMP_PREFIX}*") if p.is_file()]


def audit_workspace(where: Where, *, run_cli_verify: bool = True) -> WorkspaceFacts:
    """Assert every guarantee CaseDesk gives after an interruption; return what the workspace holds."""
    location = located(where)
    root = location.folder
    if not location.is_team and (root / DB_NAME).exists():  # a run killed before creating it leaves none
        raw_integrity(root / DB_NAME)
    stored = originals_are_whole(root)  # a team workspace's cache: the same rules, a subset of the store
    if location.is_team:
        remote = remote_originals_are_whole(location)
        assert stored.items() <= remote.items(), "the cache holds an original the store does not"
        stored = remote
    derived_are_whole(root)
    svc = CaseService.open(location, "auditor")  # opening tidies what an interruption left behind
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
            _check_rows(stored, evidence, entries, blobs)
            live = Counter(ev.case_id for ev in evidence if ev.trashed_at is None)
            by_case = Counter(e.case_id for e in entries)
    finally:
        svc.close()
    if run_cli_verify:
        out, err = io.StringIO(), io.StringIO()
        code = run([*where_args(where), "verify"], out, err)
        assert code == 0 and out.getvalue().startswith("OK"), out.getvalue() + err.getvalue()
    return WorkspaceFacts(evidence_by_case=dict(live), originals=len(stored), custody_by_case=dict(by_case))


def _check_rows(
    stored: dict[str, int], evidence: list[Evidence], entries: list[CustodyEntry], blobs: dict[str, int]
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
        assert stored.get(ev.sha256) == ev.size, f"original of {ev.id} is missing"
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


def workspace_state(where: Where) -> object:
    """Everything a workspace holds, to prove an operation wrote nothing: a folder's files, or a team
    workspace's rows (every table, read as the superuser the tests connect as, so row-level security
    hides none), the objects under its prefix (key, size, ETag) and the files of its cache."""
    location = located(where)
    if location.database_url is None or location.store_url is None:
        return tree_state(location.folder)
    with psycopg.connect(location.database_url) as con:
        listed = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        rows = {}
        for (table,) in listed.fetchall():
            everything = con.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table)))
            rows[table] = sorted(repr(row) for row in everything)
    bucket, prefix = parse_url(location.store_url)
    pages = boto3.client("s3").get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/")
    objects = sorted((o["Key"], o["Size"], o["ETag"]) for page in pages for o in page.get("Contents", []))
    return rows, objects, tree_state(location.folder) if location.folder.exists() else {}
