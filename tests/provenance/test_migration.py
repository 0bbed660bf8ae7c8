"""Migration 0006: the provenance table, as the model has it; older items simply not read yet."""

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

from .conftest import VALID, corpus_file

TABLE = "evidence_provenance"


def test_the_migrated_table_is_the_model(workspace_dir: Path) -> None:
    CaseService.open(workspace_dir, "tester").close()
    db = Database(workspace_dir / DB_NAME)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(context, Base.metadata) if TABLE in repr(d)]
            indexes = {i["name"] for i in inspect(conn).get_indexes(TABLE)}
            checks = {c["name"] for c in inspect(conn).get_check_constraints(TABLE)}
        assert diffs == []
        assert {"ix_evidence_provenance_case_id", "ix_evidence_provenance_c2pa_manifest"} <= indexes
        assert checks == {"c2pa_status_valid"}
    finally:
        db.dispose()


def test_items_from_before_0006_are_unread_until_read(workspace_dir: Path) -> None:
    svc = CaseService.open(workspace_dir, "tester")
    case_id = svc.create_case("Older").id
    (added,) = svc.add_files(case_id, [corpus_file(VALID)])
    svc.close()
    db = Database(workspace_dir / DB_NAME)
    command.downgrade(_alembic_config(db.engine), "0005")  # as a workspace made before this existed
    with db.engine.connect() as conn:
        assert TABLE not in inspect(conn).get_table_names()
        hits = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE field = 'c2pa_signer'").scalar()
        assert hits == 0
    db.dispose()

    svc = CaseService.open(workspace_dir, "tester")  # migrated again, with a backup first
    try:
        assert list(workspace_dir.glob(f"{DB_NAME}.before-*.bak"))
        assert svc.provenance_unread(case_id) == [added.evidence_id]
        view = svc.provenance_of([added.evidence_id])[added.evidence_id]
        assert view.c2pa is None and view.read_at is None
        svc.read_provenance(svc.provenance_unread(case_id))
        assert svc.provenance_unread(case_id) == []
        record = svc.provenance_of([added.evidence_id])[added.evidence_id].c2pa
        assert record is not None and record.title == "CAI.jpg"
        assert [h.object_id for h in svc.search("make_test_images")] == [added.evidence_id]
        assert svc.verify(case_id).ok
    finally:
        svc.close()
