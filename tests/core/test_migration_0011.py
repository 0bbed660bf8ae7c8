"""Migration 0011: the annotation and findings tables are what the models say, and go down cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from casedesk.core.db import Database, _alembic_config
from casedesk.core.models import Base
from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME

TABLES = {
    "annotation": (["id"], {"ix_annotation_case_id", "ix_annotation_evidence_id"}),
    "evidence_finding": (["evidence_id"], {"ix_evidence_finding_case_id"}),
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_migrated_table_is_the_model(workspace_dir: Path, table: str) -> None:
    CaseService.open(workspace_dir, "tester").close()
    db = Database(workspace_dir / DB_NAME)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(context, Base.metadata) if table in repr(d)]
            keys = inspect(conn).get_pk_constraint(table)["constrained_columns"]
            indexes = {i["name"] for i in inspect(conn).get_indexes(table)}
        assert diffs == []
        assert (keys, indexes) == TABLES[table]
    finally:
        db.dispose()


def test_going_down_removes_both_tables_and_up_again_restores_them(workspace_dir: Path) -> None:
    CaseService.open(workspace_dir, "tester").close()
    db = Database(workspace_dir / DB_NAME)
    try:
        command.downgrade(_alembic_config(db.engine), "0010")
        with db.engine.connect() as conn:
            assert not set(TABLES) & set(inspect(conn).get_table_names())
    finally:
        db.dispose()
    CaseService.open(workspace_dir, "tester").close()  # migrated up again on opening
    db = Database(workspace_dir / DB_NAME)
    try:
        with db.engine.connect() as conn:
            assert set(TABLES) <= set(inspect(conn).get_table_names())
    finally:
        db.dispose()
