"""Schema versions: an older database is backed up, migrated and verified; a newer one is left alone."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command

from casedesk.core import custody
from casedesk.core.db import Database, _alembic_config, head_revision
from casedesk.core.service import CaseService
from casedesk.core.store import FolderStore
from casedesk.core.timeutil import iso_utc
from casedesk.core.workspace import DB_NAME, Workspace

from .harness import cli, tiny_png
from .invariants import audit_workspace
from .tally import count

HEAD = head_revision()

CASE = "11111111-2222-4333-8444-555555555555"
EVIDENCE = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
CLAIM = "cccccccc-1111-4222-8333-444444444444"
NOTE = "dddddddd-1111-4222-8333-444444444444"
TITLE = "شاحنات جزائرية — old schema case"


def old_workspace(root: Path, tmp_path: Path) -> tuple[str, str]:
    """A workspace at schema 0001, filled by raw SQL as an old CaseDesk would have left it."""
    root.mkdir()
    store = FolderStore(root)
    store.ensure()
    stored = store.put_file(tiny_png(tmp_path / "old.png", seed=42))
    db = Database(root / DB_NAME)
    command.upgrade(_alembic_config(db.engine), "0001")
    at = datetime(2025, 3, 16, 22, 5, tzinfo=UTC)
    stamp = iso_utc(at)
    rows: list[tuple[str, dict[str, Any]]] = [
        ("case", {"id": CASE, "title": TITLE, "summary": "s", "status": "verifying", "tags": "[]"}),
        ("blob", {"sha256": stored.sha256, "size": stored.size, "stored_at": stamp}),
        (
            "evidence",
            {
                "id": EVIDENCE, "case_id": CASE, "sha256": stored.sha256, "kind": "still",
                "original_name": "old.png", "original_path": "/old/old.png", "size": stored.size,
                "media_type": "image/png", "added_at": stamp, "description": "stand-in", "transcript": "",
                "tags": "[]", "graphic": 0, "personal_data": 0, "decode_status": "ok", "warnings": "[]",
                "details": "{}", "raw_metadata": "{}",
            },
        ),
        (
            "claim",
            {"id": CLAIM, "case_id": CASE, "position": 0, "text": "Drones struck two trucks.",
             "language": "en", "status": "unverified", "credibility": 6, "notes": ""},
        ),
        ("note", {"id": NOTE, "case_id": CASE, "text": "written by 0001", "created_at": stamp}),
    ]  # fmt: skip
    log = [
        ("case_create", "case", CASE, {"title": TITLE}),
        ("evidence_add", "evidence", EVIDENCE, {"sha256": stored.sha256, "size": stored.size}),
        ("claim_create", "claim", CLAIM, {"text": "Drones struck two trucks."}),
        ("note_add", "note", NOTE, {"text": "written by 0001"}),
    ]
    prev = custody.GENESIS
    for seq, (action, object_type, object_id, details) in enumerate(log, start=1):
        payload = custody.entry_payload(
            case_id=CASE, seq=seq, at=at, investigator="Old Investigator", action=action,
            object_type=object_type, object_id=object_id, details=details,
        )  # fmt: skip
        entry_hash = custody.chain_hash(prev, payload)
        rows.append(
            (
                "custody_entry",
                {
                    "id": f"00000000-0000-4000-8000-{seq:012d}", "case_id": CASE, "seq": seq, "at": stamp,
                    "investigator": "Old Investigator", "action": action, "object_type": object_type,
                    "object_id": object_id, "details": json.dumps(details), "prev_hash": prev,
                    "hash": entry_hash,
                },
            )
        )  # fmt: skip
        prev = entry_hash
    with db.engine.begin() as conn:
        for table, values in rows:
            values.setdefault("created_at", stamp)
            values.setdefault("updated_at", stamp)
            known = {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
            values = {k: v for k, v in values.items() if k in known}
            names = ", ".join(f'"{k}"' for k in values)
            marks = ", ".join("?" for _ in values)
            conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(values.values()))
    db.dispose()
    return stored.sha256, prev


def test_older_schema_is_backed_up_migrated_and_verified(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    sha, head = old_workspace(root, tmp_path)
    svc = CaseService.open(root, "New Investigator")
    try:
        assert svc.workspace.db.schema_revision() == HEAD
        view = svc.case_view(CASE)
        assert (view.title, view.status, view.custody_head, view.custody_count) == (
            TITLE,
            "verifying",
            head,
            4,
        )
        assert [(e.id, e.sha256, e.original_name) for e in view.evidence] == [(EVIDENCE, sha, "old.png")]
        assert [c.text for c in view.claims] == ["Drones struck two trucks."]
        assert [n.text for n in view.notes] == ["written by 0001"]
        report = svc.verify()
        assert report.ok and (report.files_checked, report.log_entries_checked) == (1, 4)
        # The chain carries on from the old entries.
        svc.add_note(CASE, "written after the upgrade")
        log = svc.custody_log(CASE)
        assert [e.seq for e in log] == [1, 2, 3, 4, 5] and log[4].prev_hash == head
    finally:
        svc.close()
    [backup] = root.glob(f"{DB_NAME}.before-{HEAD}-*.bak")
    old = sqlite3.connect(backup)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert old.execute('SELECT title FROM "case"').fetchall() == [(TITLE,)]
        assert old.execute("SELECT count(*) FROM custody_entry").fetchone() == (4,)
    finally:
        old.close()
    assert audit_workspace(root).custody_by_case == {CASE: 5}


def test_newer_schema_is_refused_and_not_modified(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    Workspace.open(root).close()
    db_path = root / DB_NAME
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.close()
    before = (db_path.read_bytes(), db_path.stat().st_mtime_ns)
    for args in (["case", "list"], ["verify"], ["case", "new", "Should not be written"]):
        count("newer-schema opens refused")
        code, out, err = cli(root, *args)
        assert code == 1 and out == "" and "newer version of CaseDesk" in err, err
        assert len(err.strip().splitlines()) == 1
    assert (db_path.read_bytes(), db_path.stat().st_mtime_ns) == before
    wal = db_path.with_name(DB_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing pending to be written into it either
    assert not list(root.glob("*.bak"))
