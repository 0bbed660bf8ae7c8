"""Migration 0009: the text table, as the model has it; stills from before simply not read yet."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from casedesk.core.db import Database, _alembic_config
from casedesk.core.models import Base
from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME

from .conftest import ARABIC

TABLE = "evidence_text"


def test_the_migrated_table_is_the_model(workspace_dir: Path) -> None:
    CaseService.open(workspace_dir, "tester").close()
    db = Database(workspace_dir / DB_NAME)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(context, Base.metadata) if TABLE in repr(d)]
            indexes = {i["name"] for i in inspect(conn).get_indexes(TABLE)}
            keys = inspect(conn).get_pk_constraint(TABLE)["constrained_columns"]
        assert diffs == []
        assert indexes == {"ix_evidence_text_case_id"}
        assert keys == ["evidence_id", "kind"]
    finally:
        db.dispose()


def test_stills_from_before_0009_are_unread_until_read(workspace_dir: Path) -> None:
    svc = CaseService.open(workspace_dir, "tester")
    case_id = svc.create_case("Older").id
    (added,) = svc.add_files(case_id, [ARABIC.path])
    svc.recognise_text([added.evidence_id], "ara")
    assert [h.field for h in svc.search("قناطر")] == ["ocr_text"]
    svc.close()
    db = Database(workspace_dir / DB_NAME)
    command.downgrade(_alembic_config(db.engine), "0008")  # as a workspace made before this existed
    with db.engine.connect() as conn:
        assert TABLE not in inspect(conn).get_table_names()
        fields = conn.exec_driver_sql("SELECT field FROM search_entry").scalars().all()
        assert "ocr_text" not in fields
        hits = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'قناطر'")
        assert hits.scalar() == 0
    db.dispose()

    svc = CaseService.open(workspace_dir, "tester")  # migrated again, with a backup first
    try:
        assert list(workspace_dir.glob(f"{DB_NAME}.before-*.bak"))
        assert svc.text_unrecognised(case_id) == [added.evidence_id]
        assert svc.evidence_text(added.evidence_id) is None
        assert svc.search("قناطر") == []
        svc.recognise_text(svc.text_unrecognised(case_id), "ara")
        assert svc.text_unrecognised(case_id) == []
        assert [h.object_id for h in svc.search("قناطر")] == [added.evidence_id]
        assert svc.verify(case_id).ok
    finally:
        svc.close()
