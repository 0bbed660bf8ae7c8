"""``casedesk init``, ``checkout``, ``checkin`` and ``migrate`` on the command line: between folder
workspaces, and with a team workspace on real servers (PostgreSQL and an S3 store)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PIL import Image

from casedesk.cli import run
from casedesk.cli_output import EXIT_OK, EXIT_USAGE
from casedesk.core.db import head_revision
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

from .postgres_server import PostgresServer

INVESTIGATOR = "Test Investigator"  # tests/conftest.py sets CASEDESK_INVESTIGATOR to it


@dataclass
class Done:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(*args: str | Path) -> Done:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in args], out, err)
    return Done(code, out.getvalue(), err.getvalue())


def ok(*args: str | Path) -> Done:
    done = cli(*args)
    assert done.code == EXIT_OK, done.err
    assert done.err == ""
    return done


def _png(path: Path, color: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), color).save(path)
    return path


def _where(location: WorkspaceLocation) -> list[str]:
    return ["--workspace", location.database_url or "", "--store", location.store_url or ""]


def _log(folder: Path, case_id: str) -> list[str]:
    svc = CaseService.open(folder, INVESTIGATOR)
    try:
        return [e.hash for e in svc.custody_log(case_id)]
    finally:
        svc.close()


def test_init_prints_the_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    done = ok("--workspace", folder, "init")
    assert done.out.startswith(f"Workspace ready: {folder} (database sqlite, schema {head_revision()};")
    assert f"The custody log names you as {INVESTIGATOR}." in done.out
    assert (folder / "casedesk.sqlite").exists() or any(folder.iterdir())
    summary = ok("--workspace", folder, "init", "--json").json()
    assert summary["workspace"] == str(folder) and summary["database"] == "sqlite"
    assert summary["schema"] == head_revision() and summary["team"] is False


def test_a_case_goes_offline_and_back_between_folders(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    case_id = ok("--workspace", office, "case", "new", "Strike near Tin Zaouatine").out.strip()
    ok("--workspace", office, "add", case_id, _png(tmp_path / "desk.png", "blue"))

    done = ok("--workspace", office, "checkout", case_id, "--to", laptop)
    lines = done.out.splitlines()
    assert lines[0] == f"Checked out 'Strike near Tin Zaouatine' to {laptop}."
    assert lines[1].startswith("1 evidence item and ") and lines[1].endswith(" added.")
    ok("--workspace", laptop, "note", "add", case_id, "written offline")

    back = ok("--workspace", laptop, "checkin", case_id[:8], "--to", office, "--json").json()
    assert (back["direction"], back["status"], back["case_id"]) == ("checkin", "merged", case_id)
    assert back["source"] == str(laptop) and back["target"] == str(office)
    assert back["added_entries"] >= 1 and back["conflicts"] == [] and len(back["bundle_sha256"]) == 64

    office_log, laptop_log = _log(office, case_id), _log(laptop, case_id)
    again = ok("--workspace", laptop, "checkin", case_id, "--to", office)
    assert again.out == f"Nothing to carry: {office} already has everything of this case.\n"
    out_again = ok("--workspace", office, "checkout", case_id, "--to", laptop, "--json").json()
    assert (out_again["status"], out_again["bundle_sha256"]) == ("unchanged", "")
    assert _log(office, case_id) == office_log and _log(laptop, case_id) == laptop_log


def test_a_conflict_is_reported(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    case_id = ok("--workspace", office, "case", "new", "Disputed").out.strip()
    claim_id = ok("--workspace", office, "claim", "add", case_id, "Two trucks.").out.strip()
    ok("--workspace", office, "checkout", case_id, "--to", laptop)
    ok("--workspace", office, "claim", "edit", case_id, claim_id, "--text", "Two trucks, one burnt.")
    ok("--workspace", laptop, "claim", "edit", case_id, claim_id, "--text", "Three trucks.")
    done = ok("--workspace", laptop, "checkin", case_id, "--to", office)
    assert "merged into the case there" in done.out
    assert "1 conflict: the value already there was kept" in done.out
    assert any(line.startswith("conflict: ") for line in done.out.splitlines())


def test_carrying_errors_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    case_id = ok("--workspace", office, "case", "new", "Here").out.strip()
    log = _log(office, case_id)

    unknown = cli("--workspace", office, "checkout", "nosuchcase", "--to", laptop)
    assert unknown.code == EXIT_USAGE and unknown.out == ""
    assert unknown.err.startswith("casedesk: ") and "nosuchcase" in unknown.err
    assert len(unknown.err.splitlines()) == 1
    assert not laptop.exists()  # no workspace made for a case that is not there

    same = cli("--workspace", office, "checkout", case_id, "--to", tmp_path / "x" / ".." / "office")
    assert same.code == EXIT_USAGE
    assert same.err == (
        "casedesk: The case would be carried to the workspace it is in; name another with --to.\n"
    )
    onto_itself = cli("--workspace", office, "migrate", "--to", office)
    assert onto_itself.code == EXIT_USAGE and "copied onto itself" in onto_itself.err

    missing_to = cli("--workspace", office, "checkin", case_id)
    assert missing_to.code == EXIT_USAGE and missing_to.err.startswith("casedesk: ")
    assert "--to" in missing_to.err

    no_store = cli("--workspace", office, "checkout", case_id, "--to", "postgresql://me@127.0.0.1:1/db")
    assert no_store.code == EXIT_USAGE
    assert "needs its evidence store too" in no_store.err and "--store" in no_store.err
    password = cli(
        "--workspace",
        office,
        "checkout",
        case_id,
        "--to",
        "postgresql://me:secret@127.0.0.1:1/db",
        "--store",
        "s3://b/t",
    )
    assert password.code == EXIT_USAGE and "PGPASSWORD" in password.err
    assert "secret" not in password.err
    assert _log(office, case_id) == log


def test_migrate_prints_what_it_copied(tmp_path: Path) -> None:
    home, target = tmp_path / "home", tmp_path / "target"
    case_id = ok("--workspace", home, "case", "new", "Moved").out.strip()
    ok("--workspace", home, "add", case_id, _png(tmp_path / "one.png", "red"))
    head = _log(home, case_id)[-1]

    done = ok("--workspace", home, "migrate", "--to", target)
    first, line = done.out.splitlines()
    assert first.startswith(f"Copied 1 case and 1 original (0.0 MB) to {target}; 0 cases already there.")
    assert line.startswith(f"{case_id[:8]}  Moved: ") and line.endswith(f"last entry {head[:12]}")

    again = ok("--workspace", home, "migrate", "--to", target, "--json").json()
    assert again["source"] == str(home) and again["target"] == str(target)
    assert [(c["id"], c["status"], c["custody_head"]) for c in again["cases"]] == [(case_id, "present", head)]
    assert (again["originals_copied"], again["bytes_copied"]) == (0, 0)

    ok("--workspace", target, "note", "add", case_id, "worked on there")
    ok("--workspace", home, "note", "add", case_id, "and here")
    diverged = cli("--workspace", home, "migrate", "--to", target)
    assert diverged.code == EXIT_USAGE and "different custody log; nothing was copied" in diverged.err


def test_the_command_line_with_a_team_workspace(
    team_location: WorkspaceLocation,
    postgres_server: PostgresServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team = _where(team_location)
    done = ok(*team, "init")
    assert done.out.startswith(f"Workspace ready: {team_location.describe()} (database postgresql, schema ")
    assert "casedesk_admin" in done.out  # the authenticated role
    summary = ok(*team, "init", "--json").json()
    assert (summary["database"], summary["team"], summary["store"]) == (
        "postgresql",
        True,
        team_location.store_url,
    )

    home = tmp_path / "home"  # a laptop's workspace, migrated into the team's
    case_id = ok("--workspace", home, "case", "new", "From a laptop").out.strip()
    ok("--workspace", home, "add", case_id, _png(tmp_path / "one.png", "green"))
    moved = ok(
        "--workspace",
        home,
        "migrate",
        "--to",
        team_location.database_url or "",
        "--store",
        team_location.store_url or "",
        "--json",
    ).json()
    assert [c["status"] for c in moved["cases"]] == ["copied"] and moved["originals_copied"] == 1
    assert moved["target"] == team_location.describe()

    laptop = tmp_path / "laptop"
    out = ok(*team, "checkout", case_id, "--to", laptop)
    assert out.out.startswith(f"Checked out 'From a laptop' to {laptop}.")
    ok("--workspace", laptop, "note", "add", case_id, "offline")
    to_team = ["--to", team_location.database_url or "", "--store", team_location.store_url or ""]
    back = ok("--workspace", laptop, "checkin", case_id, *to_team)
    assert back.out.startswith(f"Checked in 'From a laptop' to {team_location.describe()}: merged")
    assert "offline" in ok(*team, "note", "list", case_id).out
    assert ok(*team, "verify", case_id).code == EXIT_OK
    again = ok("--workspace", laptop, "checkin", case_id, *to_team)
    assert again.out.startswith("Nothing to carry")

    # Another team workspace named by --to needs its own --store: CASEDESK_STORE is the opened
    # workspace's store, never taken for the other's.
    other_database = postgres_server.url(postgres_server.create_database())
    monkeypatch.setenv("CASEDESK_STORE", team_location.store_url or "")
    opened = ["--workspace", team_location.database_url or ""]
    assert ok(*opened, "case", "list").out.startswith(case_id[:8])  # CASEDESK_STORE opens the team's
    no_store = cli(*opened, "checkout", case_id, "--to", other_database)
    assert no_store.code == EXIT_USAGE and "needs its evidence store too: add --store" in no_store.err
    with psycopg.connect(other_database) as conn:  # nothing was made there
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    assert tables == (0,)


def test_init_makes_investigators_roles_that_log_in_and_are_named_in_the_log(
    tmp_path: Path,
    postgres_server: PostgresServer,
    postgres_url: str,
    team_bucket: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    role = f"dana_{database[-12:]}"
    as_admin = ["--workspace", postgres_url, "--store", team_bucket.url]
    monkeypatch.setattr("sys.stdin", io.StringIO("a long pass: phrase\n"))  # not a terminal: read
    done = ok(*as_admin, "init", "--add-role", role)
    assert f"Role {role} made: it may connect." in done.out
    with postgres_server.admin(database) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)).fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")  # never the text itself

    monkeypatch.setenv("PGPASSWORD", "a long pass: phrase")
    as_dana = ["--workspace", postgres_server.url(database, role), "--store", team_bucket.url]
    case_id = ok(*as_dana, "case", "new", "Border strike").out.strip()
    assert [e["investigator"] for e in ok(*as_dana, "log", case_id, "--json").json()] == [role]
    refused = cli(*as_dana, "init", "--add-role", "eve")
    assert refused.code == EXIT_USAGE and "Only the workspace's administrator" in refused.err

    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    monkeypatch.setattr("sys.stdin", io.StringIO("another\n"))
    again = ok(*as_admin, "init", "--add-role", role, "--json").json()
    assert again["roles_added"] == {role: False}  # there already: its password left as it was
    folder = cli("--workspace", tmp_path / "desk", "init", "--add-role", role)
    assert folder.code == EXIT_USAGE and "Roles are made on a team workspace" in folder.err
