"""The one Alembic history, on PostgreSQL: up from nothing, down to nothing, and data carried across."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from casedesk.core.db import Database, _alembic_config, head_revision


def test_upgrade_downgrade_to_base_and_up_again(postgres_url: str) -> None:
    db = Database(postgres_url)
    try:
        db.migrate()
        assert db.schema_revision() == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert {"case", "custody_entry", "carried_entry", "search_entry", "record_version"} <= tables
        config = _alembic_config(db.engine)
        command.downgrade(config, "base")
        assert db.schema_revision() is None
        assert set(inspect(db.engine).get_table_names()) == {"alembic_version"}
        with db.engine.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT count(*) FROM pg_proc WHERE proname = 'casedesk_append_only'")
                ).scalar()
                == 0
            )
        db.migrate()
        assert db.schema_revision() == head_revision()
    finally:
        db.dispose()


def test_data_carried_through_the_revisions(postgres_url: str) -> None:
    db = Database(postgres_url)
    try:
        config = _alembic_config(db.engine)
        command.upgrade(config, "0004")
        with db.engine.begin() as conn:
            for case_id, title in (("c1", "First"), ("c2", "Second")):
                conn.execute(
                    text(
                        'INSERT INTO "case" (id, title, summary, status, tags, created_at, updated_at) '
                        "VALUES (:i, :t, '', 'open', '[]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
                    ),
                    {"i": case_id, "t": title},
                )
            conn.execute(text("INSERT INTO case_link (case_id, related_id) VALUES ('c1', 'c2')"))
            conn.execute(
                text(
                    "INSERT INTO search_index (case_id, object_type, object_id, field, original, body) "
                    "VALUES ('c1', 'case', 'c1', 'title', 'Drône', 'drone')"
                )
            )
        db.migrate()  # 0005 (titles of linked cases), 0008 (search entries moved) and the rest
        with db.engine.begin() as conn:
            assert conn.execute(text("SELECT related_title FROM case_link")).scalar_one() == "Second"
            # Links may now name a case this workspace does not hold.
            conn.execute(text("INSERT INTO case_link (case_id, related_id) VALUES ('c1', 'elsewhere')"))
            assert conn.execute(text("SELECT original FROM search_entry")).scalar_one() == "Drône"
            # New entries are numbered after the copied ones.
            conn.execute(
                text(
                    "INSERT INTO search_entry (case_id, object_type, object_id, field, original, body) "
                    "VALUES ('c1', 'case', 'c1', 'summary', 'x', 'x')"
                )
            )
        with db.read() as s:
            from casedesk.core.search import search

            assert [h.object_id for h in search(s, "DRONE")] == ["c1"]
        command.downgrade(config, "0004")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT related_id FROM case_link")).scalars().all() == ["c2"]
            assert conn.execute(text("SELECT count(*) FROM search_index")).scalar_one() == 2
    finally:
        db.dispose()


def test_two_clients_opening_a_new_database_at_once(tmp_path: Path, postgres_url: str) -> None:
    """The others wait for the first's migration (an advisory lock), then find it done. Processes, as
    two investigators' computers are (Alembic's context is one per process, not per thread)."""
    start = time.time() + 2.0
    script = (
        "import sys, time; from pathlib import Path\n"
        "from casedesk.core.location import WorkspaceLocation\n"
        "from casedesk.core.service import CaseService\n"
        "time.sleep(max(0.0, float(sys.argv[3]) - time.time()))\n"
        "CaseService.open(WorkspaceLocation(Path(sys.argv[2]), database_url=sys.argv[1]), 'x').close()\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, postgres_url, str(tmp_path / f"c{n}"), str(start)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], errors
    db = Database(postgres_url)
    try:
        assert db.schema_revision() == head_revision()
        assert db.backup("label") is None  # nothing for a client to copy: the server's admin backs up
    finally:
        db.dispose()
