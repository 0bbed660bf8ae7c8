"""The case can be read back as it stood after any custody entry, from the records' history."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PIL import Image
from sqlalchemy import JSON, Table, TypeDecorator, select

from casedesk.core import history
from casedesk.core.db import Database, _alembic_config
from casedesk.core.demo import create_demo_case
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import CustodyEntry
from casedesk.core.service import CaseService
from casedesk.core.views import CaseOverview
from casedesk.core.workspace import DB_NAME


def _overview(svc: CaseService, case_id: str, as_of: int | None = None) -> CaseOverview:
    with svc.reader(case_id, as_of=as_of) as reader:
        return reader.overview()


def _head(svc: CaseService, case_id: str) -> int:
    return svc.custody_log(case_id)[-1].seq


def test_each_entry_can_be_read_back_exactly_as_it_stood(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("History", "first summary").id
    source = svc.add_source(case_id, "Agency", reliability="B").id
    after_source = _head(svc, case_id)
    claim = svc.add_claim(case_id, "Two trucks hit").id
    svc.link_claim_source(claim, source)
    after_link = _head(svc, case_id)
    svc.update_claim(claim, status="supported", text="Two trucks were hit")
    svc.update_case(case_id, summary="second summary")
    after_edits = _head(svc, case_id)
    svc.remove_source(source, "duplicate", unlink=True)
    path = tmp_path / "still.png"
    Image.new("RGB", (20, 20), "red").save(path)
    [added] = svc.add_files(case_id, [path])
    assert added.evidence_id

    then = _overview(svc, case_id, after_source)
    assert [s.name for s in then.sources] == ["Agency"] and then.claims == []
    assert then.summary == "first summary" and then.evidence_count == 0
    assert then.custody_head is not None and then.custody_head.seq == after_source

    linked = _overview(svc, case_id, after_link)
    [claim_then] = linked.claims
    assert (claim_then.text, claim_then.status, claim_then.source_ids) == (
        "Two trucks hit",
        "unverified",
        [source],
    )

    edited = _overview(svc, case_id, after_edits)
    assert edited.claims[0].text == "Two trucks were hit" and edited.claims[0].status == "supported"
    assert edited.summary == "second summary" and [s.id for s in edited.sources] == [source]

    now = _overview(svc, case_id)
    assert now.sources == [] and now.claims[0].source_ids == [] and now.evidence_count == 1
    assert _overview(svc, case_id, _head(svc, case_id)) == now


def test_a_read_as_of_an_entry_does_not_change_when_the_case_moves_on(
    svc: CaseService, tmp_path: Path
) -> None:
    case_id = svc.create_case("Stable").id
    svc.add_note(case_id, "first note")
    svc.add_place(case_id, "Tessalit", 20.2, 1.0)
    seq = _head(svc, case_id)
    before = _overview(svc, case_id, seq)
    with svc.reader(case_id, as_of=seq) as reader:
        custody_before = reader.custody_entries(0, 100)
    svc.add_note(case_id, "later note")
    svc.add_claim(case_id, "later claim")
    for i in range(3):
        path = tmp_path / f"x{i}.png"
        Image.new("RGB", (10, 10), (i, 0, 0)).save(path)
    svc.add_files(case_id, list(tmp_path.glob("x*.png")))
    assert _overview(svc, case_id, seq) == before
    with svc.reader(case_id, as_of=seq) as reader:
        assert reader.custody_entries(0, 100) == custody_before
        assert reader.evidence_rows(0, 10) == []


def test_an_entry_is_named_by_number_or_hash_prefix(svc: CaseService) -> None:
    case_id = svc.create_case("Entries").id
    svc.add_note(case_id, "note")
    [_first, second] = svc.custody_log(case_id)
    assert svc.resolve_entry(case_id, "2") == 2
    assert svc.resolve_entry(case_id, second.hash[:10].upper()) == 2
    with pytest.raises(NotFoundError):
        svc.resolve_entry(case_id, "9")
    with pytest.raises(UsageError, match="six characters"):
        svc.resolve_entry(case_id, "abc")
    # All digits and past an INTEGER: the start of a hash (here none), never a number to look up.
    with pytest.raises(NotFoundError, match="hash starting"):
        svc.resolve_entry(case_id, "9" * 12 if not second.hash.startswith("9" * 12) else "8" * 12)
    with pytest.raises(UsageError, match="no entry 5"), svc.reader(case_id, as_of=5):
        pass


def test_a_migrated_case_has_history_from_its_last_entry(workspace_dir: Path) -> None:
    workspace_dir.mkdir()
    db = Database(workspace_dir / DB_NAME)
    command.upgrade(_alembic_config(db.engine), "0003")
    db.dispose()
    svc = CaseService.open(workspace_dir, "tester")  # a workspace made at 0003 ...
    case_id = svc.create_case("Old").id
    svc.add_note(case_id, "kept")
    svc.close()
    con = sqlite3.connect(workspace_dir / DB_NAME)  # ... whose history we drop, as before 0004
    with con:
        con.execute("DROP TABLE record_version")
        con.execute("DROP TABLE history_start")
        con.execute("UPDATE alembic_version SET version_num = '0003'")
    con.close()

    svc = CaseService.open(workspace_dir, "tester")
    try:
        with pytest.raises(UsageError, match="before entry 2 was not recorded"), svc.reader(case_id, as_of=1):
            pass
        assert [n.text for n in _overview(svc, case_id, 2).notes] == ["kept"]
        svc.add_note(case_id, "new")
        assert [n.text for n in _overview(svc, case_id, 2).notes] == ["kept"]
        assert len(_overview(svc, case_id).notes) == 2
    finally:
        svc.close()


def test_the_copy_as_of_the_head_holds_every_value_the_workspace_does(svc: CaseService) -> None:
    """Read back as of its last entry, the demo case holds the same values, column by column (times,
    partial times, JSON lists and objects, enums, flags), as the workspace's own tables; on SQLite,
    stored the same way too, but for the JSON of versioned records, which the copy keeps minified
    (the custody log's is copied as stored). Only ``updated_at`` may differ: a change of it alone
    is no version."""
    case_id = create_demo_case(svc)
    head = _head(svc, case_id)
    tables: list[Table] = [model.__table__ for model in (*history.VERSIONED, CustodyEntry)]
    with svc.workspace.db.read() as live, history.materialize(live, case_id, head) as copy:
        raw = live.get_bind().dialect.name == "sqlite"
        for table in tables:
            columns = [column for column in table.columns if column.name != "updated_at"]
            query = select(*columns)  # the workspace holds this one case only
            stored = sorted(map(tuple, live.execute(query)), key=repr)
            assert stored or table.name in {"case_link", "annotation"}, table.name
            assert sorted(map(tuple, copy.execute(query)), key=repr) == stored, table.name
            if raw:
                names = ", ".join(f'"{column.name}"' for column in columns)
                text = f'SELECT {names} FROM "{table.name}"'
                # JSON of versioned records decoded: the copy may write it differently (minified).
                minified = [table is not CustodyEntry.__table__ and _is_json(c) for c in columns]
                stored = _decoded(live.connection().exec_driver_sql(text), minified)
                assert _decoded(copy.connection().exec_driver_sql(text), minified) == stored, table.name
                if any(minified) and stored:  # the comparison did decode something
                    plain = [tuple(row) for row in live.connection().exec_driver_sql(text)]
                    assert sorted(plain, key=repr) != stored, table.name


def _is_json(column: Any) -> bool:
    kind = column.type
    return isinstance(kind, JSON) or (isinstance(kind, TypeDecorator) and isinstance(kind.impl, JSON))


def _decoded(rows: Any, minified: list[bool]) -> list[tuple[Any, ...]]:
    """Rows as stored, sorted, with the text of the ``minified`` columns read as JSON."""
    decoded = (
        tuple(json.loads(v) if m and v is not None else v for m, v in zip(minified, row, strict=True))
        for row in rows
    )
    return sorted(decoded, key=repr)


ODD = 'quote " backslash \\ tab\tline\nbreak, override \u202e, Arabic قَتْلَى, emoji 🛻, escape \\u0041'


def test_odd_text_reads_back_exactly(svc: CaseService, tmp_path: Path) -> None:
    """Text with quotes, backslashes, controls, bidi overrides, combining marks and astral characters
    comes out of a version's JSON exactly as it went in: as plain text, in a JSON list and as a
    JSON object's value."""
    case_id = svc.create_case(ODD, ODD).id
    path = tmp_path / "odd.png"
    Image.new("RGB", (8, 8), (1, 2, 3)).save(path)
    [added] = svc.add_files(case_id, [path])
    assert added.evidence_id is not None
    svc.update_evidence(added.evidence_id, description=ODD, tags=[ODD, "ف"])
    svc.add_place(case_id, ODD, lat=21.33, lon=0.95, notes=ODD)
    with svc.reader(case_id, as_of=_head(svc, case_id)) as reader:
        overview = reader.overview()
        [item] = reader.evidence_page(0, 10)
    assert (overview.title, overview.summary) == (ODD, ODD)
    assert (item.description, item.tags) == (ODD, [ODD, "ف"])
    assert (overview.places[0].name, overview.places[0].notes) == (ODD, ODD)
    assert item.raw_metadata == svc.evidence_page(case_id)[0].raw_metadata != {}
