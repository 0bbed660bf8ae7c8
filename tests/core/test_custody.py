import itertools
import json
import sqlite3

import pytest

from casedesk.core.service import CaseService


def test_every_change_appends_a_chained_entry(svc: CaseService) -> None:
    case_id = svc.create_case("Chain test").id
    svc.update_case(case_id, summary="first edit")
    claim = svc.add_claim(case_id, "Something happened").id
    svc.update_claim(claim, status="disputed")
    log = svc.custody_log(case_id)
    assert [e.action for e in log] == ["case_create", "case_edit", "claim_create", "claim_status"]
    assert [e.seq for e in log] == [1, 2, 3, 4]
    assert log[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(log))
    assert log[1].details["changes"]["summary"] == {"from": "", "to": "first edit"}
    assert all(e.investigator == "Test Investigator" for e in log)
    assert svc.verify(case_id).ok


def test_no_op_edit_writes_nothing(svc: CaseService) -> None:
    case_id = svc.create_case("Quiet").id
    svc.update_case(case_id, title="Quiet")
    assert len(svc.custody_log(case_id)) == 1


@pytest.mark.folder_only("edits the SQLite file; tests/team/test_postgres_custody.py edits PostgreSQL")
def test_database_refuses_edits_of_custody_entries(svc: CaseService) -> None:
    case_id = svc.create_case("Append only").id
    con = sqlite3.connect(svc.workspace.db_path)
    try:
        try:
            con.execute("UPDATE custody_entry SET investigator = 'mallory'")
            raised = False
        except sqlite3.DatabaseError as exc:
            raised = "append-only" in str(exc)
        assert raised
    finally:
        con.close()
    assert svc.custody_log(case_id)[0].investigator == "Test Investigator"


@pytest.mark.folder_only("edits the SQLite file behind the triggers' back")
def test_editing_one_entry_breaks_the_chain_at_that_entry(svc: CaseService) -> None:
    case_id = svc.create_case("Tamper").id
    for n in range(4):
        svc.add_note(case_id, f"note {n}")
    target = svc.custody_log(case_id)[2]
    con = sqlite3.connect(svc.workspace.db_path)
    with con:
        # A tamperer with raw access can drop the guard trigger; the chain still tells.
        con.execute("DROP TRIGGER custody_entry_no_update")
        con.execute('UPDATE custody_entry SET details = \'{"text": "forged"}\' WHERE id = ?', (target.id,))
    con.close()
    report = svc.verify(case_id)
    assert not report.ok
    assert [p.object for p in report.problems] == [target.id]
    assert "entry 3" in report.problems[0].detail and "edited" in report.problems[0].detail


@pytest.mark.folder_only("edits the SQLite file behind the triggers' back")
def test_removing_an_entry_is_reported(svc: CaseService) -> None:
    case_id = svc.create_case("Gap").id
    for n in range(3):
        svc.add_note(case_id, f"note {n}")
    victim = svc.custody_log(case_id)[1]
    con = sqlite3.connect(svc.workspace.db_path)
    with con:
        con.execute("DROP TRIGGER custody_entry_no_delete")
        con.execute("DELETE FROM custody_entry WHERE id = ?", (victim.id,))
    con.close()
    report = svc.verify(case_id)
    assert not report.ok
    assert any("sequence jumps" in p.detail for p in report.problems)


def _stored_details(svc: CaseService, entry_id: str) -> str:
    con = sqlite3.connect(svc.workspace.db_path)
    try:
        return str(con.execute("SELECT details FROM custody_entry WHERE id = ?", (entry_id,)).fetchone()[0])
    finally:
        con.close()


def _rewrite_details(svc: CaseService, entry_id: str, text: str) -> None:
    con = sqlite3.connect(svc.workspace.db_path)
    with con:
        con.execute("DROP TRIGGER IF EXISTS custody_entry_no_update")
        con.execute("UPDATE custody_entry SET details = ? WHERE id = ?", (text, entry_id))
    con.close()


@pytest.mark.folder_only("reads the SQLite file's stored text")
def test_details_are_stored_as_the_text_the_chain_hashed(svc: CaseService) -> None:
    case_id = svc.create_case("Canonical").id
    note = svc.add_note(case_id, "« Tin Zaouatine » — شاحنتان").id
    entry = svc.custody_log(case_id)[-1]
    stored = _stored_details(svc, entry.id)
    assert json.loads(stored) == entry.details
    assert stored == json.dumps(entry.details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert "شاحنتان" in stored and note


@pytest.mark.folder_only("rewrites the SQLite file's stored text")
def test_entries_stored_in_another_json_form_still_verify_and_tampering_still_shows(svc: CaseService) -> None:
    """Entries written before details were stored canonically (spaces, escaped non-ASCII) are checked
    from their decoded details; only a change of what they say breaks the chain."""
    case_id = svc.create_case("Older form").id
    svc.add_note(case_id, "première note, عربي")
    svc.add_note(case_id, "second")
    older, later = svc.custody_log(case_id)[1:]
    _rewrite_details(svc, older.id, json.dumps(older.details))  # json.dumps' own form, as drivers write
    assert _stored_details(svc, older.id) != json.dumps(older.details, ensure_ascii=False)
    assert svc.verify(case_id).ok
    forged = dict(older.details)
    forged["forged"] = True
    _rewrite_details(svc, older.id, json.dumps(forged))
    report = svc.verify(case_id)
    assert [p.object for p in report.problems] == [older.id]
    assert later.id not in {p.object for p in report.problems}


@pytest.mark.folder_only("rewrites the SQLite file's stored text")
def test_text_spliced_between_fields_does_not_pass_for_the_original(svc: CaseService) -> None:
    case_id = svc.create_case("Splice").id
    svc.add_note(case_id, "x")
    entry = svc.custody_log(case_id)[-1]
    # Details text that closes early and carries another field: not a JSON value, and not the entry.
    _rewrite_details(svc, entry.id, _stored_details(svc, entry.id)[:-1] + ',"investigator":"mallory"}')
    assert [p.object for p in svc.verify(case_id).problems] == [entry.id]
