import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command

from casedesk.core.db import Database, _alembic_config, head_revision
from casedesk.core.errors import WorkspaceError
from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME, Workspace

HEAD = head_revision()


def test_created_on_first_use_with_owner_only_permissions(workspace_dir: Path) -> None:
    ws = Workspace.open(workspace_dir / "nested" / "ws")
    try:
        assert stat.S_IMODE(ws.root.stat().st_mode) == 0o700
        assert stat.S_IMODE(ws.db_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(ws.store.originals.stat().st_mode) == 0o700
        with ws.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        ws.close()


def test_newer_schema_is_refused_without_modification(workspace_dir: Path) -> None:
    Workspace.open(workspace_dir).close()
    con = sqlite3.connect(workspace_dir / DB_NAME)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = (workspace_dir / DB_NAME).read_bytes()
    with pytest.raises(WorkspaceError, match="newer version of CaseDesk"):
        Workspace.open(workspace_dir)
    assert (workspace_dir / DB_NAME).read_bytes() == before


def test_old_schema_is_migrated_after_a_backup(workspace_dir: Path) -> None:
    workspace_dir.mkdir()
    db = Database(workspace_dir / DB_NAME)
    command.upgrade(_alembic_config(db.engine), "0001")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            'INSERT INTO "case" (id, title, summary, status, tags, created_at, updated_at) '
            "VALUES ('c1', 'Old case', '', 'open', '[]', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"
        )
    db.dispose()

    svc = CaseService.open(workspace_dir, "tester")
    try:
        assert svc.workspace.db.schema_revision() == HEAD
        assert [c.title for c in svc.list_cases()] == ["Old case"]
        with svc.workspace.db.engine.connect() as conn:
            indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list('evidence')")}
        assert "evidence_case_added" in indexes
        backups = list(workspace_dir.glob(f"{DB_NAME}.before-{HEAD}-*.bak"))
        assert len(backups) == 1
        old = sqlite3.connect(backups[0])
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        old.close()
    finally:
        svc.close()


def test_read_only_location_gives_a_clear_error(readonly_dir: Path) -> None:
    with pytest.raises(WorkspaceError, match="read-only"):
        Workspace.open(readonly_dir)


def test_read_only_location_for_a_new_workspace(readonly_dir: Path) -> None:
    with pytest.raises(WorkspaceError, match="Cannot create the workspace folder"):
        Workspace.open(readonly_dir / "new")


def test_stray_temporary_files_are_cleaned_on_open(workspace_dir: Path) -> None:
    Workspace.open(workspace_dir).close()
    leftover = workspace_dir / "originals" / ".tmp" / ".incoming-abc"
    leftover.write_bytes(b"half a file")
    Workspace.open(workspace_dir).close()
    assert not leftover.exists()


def test_two_services_on_one_workspace_share_one_chain(workspace_dir: Path) -> None:
    first = CaseService.open(workspace_dir, "alice")
    second = CaseService.open(workspace_dir, "bob")
    try:
        case_id = first.create_case("Shared").id
        second.add_note(case_id, "from bob")
        first.add_note(case_id, "from alice")
        log = second.custody_log(case_id)
        assert [e.investigator for e in log] == ["alice", "bob", "alice"]
        assert first.verify(case_id).ok
    finally:
        first.close()
        second.close()


def test_migration_0003_bands_existing_hashes_and_adds_soft_removal(workspace_dir: Path) -> None:
    workspace_dir.mkdir()
    db = Database(workspace_dir / DB_NAME)
    command.upgrade(_alembic_config(db.engine), "0002")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            'INSERT INTO "case" (id, title, summary, status, tags, created_at, updated_at) '
            "VALUES ('c1', 'Old case', '', 'open', '[]', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"
        )
        conn.exec_driver_sql(
            "INSERT INTO blob (sha256, size, stored_at) VALUES ('"
            + "a" * 64
            + "', 3, '2024-01-01T00:00:00Z')"
        )
        conn.exec_driver_sql(
            "INSERT INTO evidence (id, case_id, sha256, kind, original_name, original_path, size, "
            "media_type, added_at, description, transcript, tags, graphic, personal_data, decode_status, "
            "warnings, phash, details, raw_metadata) VALUES ('e1', 'c1', '" + "a" * 64 + "', 'still', "
            "'x.jpg', '', 3, 'image/jpeg', '2024-01-01T00:00:00Z', '', '', '[]', 0, 0, 'ok', '[]', "
            "'0123456789abcdef', '{}', '{}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO source (id, case_id, position, name, handle, platform, reliability, "
            "notes) VALUES ('s1', 'c1', 0, 'Old source', '', '', 'B', '')"
        )
    db.dispose()

    svc = CaseService.open(workspace_dir, "tester")
    try:
        with svc.workspace.db.engine.connect() as conn:
            bands = conn.exec_driver_sql(
                "SELECT phash_b0, phash_b1, phash_b2, phash_b3 FROM evidence WHERE id = 'e1'"
            ).one()
        assert tuple(bands) == (0x0123, 0x4567, 0x89AB, 0xCDEF)
        [source] = svc.list_sources("c1")
        assert (source.name, source.removed) == ("Old source", False)
        svc.remove_source("s1", "duplicate")
        assert svc.list_sources("c1") == []
        assert svc.list_sources("c1", removed=True)[0].removed_reason == "duplicate"
    finally:
        svc.close()
