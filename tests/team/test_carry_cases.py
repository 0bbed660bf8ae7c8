"""Taking a case offline and back, and moving a whole workspace: between folder workspaces, and between
a laptop's folder and a team workspace on real servers (PostgreSQL and an S3 store)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from backends import INVESTIGATOR, TeamServers, where_args
from casedesk.bundle.checkout import CHECKIN, CHECKOUT, checkin, checkout
from casedesk.cli import run
from casedesk.core.demo import create_demo_case
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.transfer import COPIED, PRESENT, migrate


@pytest.fixture
def team(team_servers: TeamServers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CaseService]:
    for name, value in team_servers.env.items():
        monkeypatch.setenv(name, value)
    where = WorkspaceLocation(
        tmp_path / "team-cache",
        database_url=team_servers.database_url(),
        store_url=f"s3://{team_servers.bucket}/{uuid.uuid4().hex[:12]}",
    )
    service = CaseService.open(where, INVESTIGATOR)
    yield service
    service.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[CaseService]:
    service = CaseService.open(tmp_path / "laptop", INVESTIGATOR)
    yield service
    service.close()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[CaseService]:
    """A second folder workspace, standing in for the team's where no server is needed."""
    service = CaseService.open(tmp_path / "office", INVESTIGATOR)
    yield service
    service.close()


def _png(path: Path, color: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), color).save(path)
    return path


def _heads(svc: CaseService, case_id: str) -> tuple[int, str]:
    log = svc.custody_log(case_id)
    return len(log), log[-1].hash


def test_a_case_goes_offline_and_comes_back(office: CaseService, laptop: CaseService, tmp_path: Path) -> None:
    case_id = office.create_case("Strike near Tin Zaouatine").id
    claim_id = office.add_claim(case_id, "Two trucks were hit.").id

    out = checkout(office, laptop, case_id)
    assert (out.direction, out.status, out.case_id) == (CHECKOUT, "imported", case_id)
    assert out.signature_warning is None  # the investigator's own key
    assert [c.text for c in laptop.case_view(case_id).claims] == ["Two trucks were hit."]

    note = laptop.add_note(case_id, "Written in the field, offline.")
    laptop.add_files(case_id, [_png(tmp_path / "field" / "plate.png", "red")])
    back = checkin(laptop, office, case_id)
    assert (back.direction, back.status, back.added_evidence) == (CHECKIN, "merged", 1)
    assert note.id in {n.id for n in office.case_view(case_id).notes}
    assert office.verify(case_id).ok and laptop.verify(case_id).ok
    trips = [e for e in office.custody_log(case_id) if e.details.get("sync")]
    assert [(e.action, e.details["sync"]) for e in trips] == [
        ("bundle_export", CHECKOUT),
        ("bundle_merge", CHECKIN),
    ]
    # Both sides' entries of the check-out name the one bundle that went across.
    (arrived,) = [e for e in laptop.custody_log(case_id) if e.details.get("sync") == CHECKOUT]
    assert (
        arrived.action == "bundle_import" and arrived.details["bundle_sha256"] == trips[0].details["sha256"]
    )

    entries = len(office.custody_log(case_id))
    again = checkin(laptop, office, case_id)  # nothing new: nothing carried, nothing recorded
    assert (again.status, again.bundle_sha256) == ("unchanged", "")
    assert len(office.custody_log(case_id)) == entries

    # Both sides change the same claim: the office keeps its value and the conflict is reported.
    office.update_claim(claim_id, text="Two trucks were hit, one burnt out.")
    laptop.update_claim(claim_id, text="Three trucks were hit.")
    clash = checkin(laptop, office, case_id)
    assert clash.conflicts
    (claim,) = office.case_view(case_id).claims
    assert claim.text == "Two trucks were hit, one burnt out."
    assert office.verify(case_id).ok


def test_carrying_to_the_same_workspace_or_an_unknown_case_is_refused(
    office: CaseService, laptop: CaseService
) -> None:
    case_id = office.create_case("Here").id
    same = CaseService.open(office.workspace.root, INVESTIGATOR)  # the same folder, opened again
    try:
        with pytest.raises(UsageError, match="workspace it is in"):
            checkout(office, same, case_id)
    finally:
        same.close()
    with pytest.raises(NotFoundError):
        checkout(office, laptop, "no-such-case")
    assert laptop.list_cases() == []


def test_a_team_case_checked_out_to_a_laptop_and_back(
    team: CaseService, laptop: CaseService, tmp_path: Path
) -> None:
    case_id = team.create_case("Team case").id
    team.add_files(case_id, [_png(tmp_path / "desk" / "still.png", "blue")])
    checkout(team, laptop, case_id)
    assert laptop.verify(case_id).ok  # the original came down from the bucket, whole
    (added,) = laptop.add_files(case_id, [_png(tmp_path / "field" / "new.png", "green")])
    assert added.sha256 is not None

    back = checkin(laptop, team, case_id)
    assert back.status == "merged" and back.added_evidence == 1
    assert team.workspace.store.has(added.sha256)  # uploaded to the team's bucket
    report = team.verify(case_id)
    assert report.ok and report.files_checked == 2
    peers = [e.details["peer"] for e in team.custody_log(case_id) if e.details.get("sync")]
    assert peers == ["local workspace", "local workspace"]  # a laptop's folder is no fact of the case
    laptop_peers = [e.details["peer"] for e in laptop.custody_log(case_id) if e.details.get("sync")]
    assert laptop_peers and all(p.startswith("postgresql://") and "@" in p for p in laptop_peers)
    assert all(":" + "password" not in p for p in laptop_peers)


def test_a_folder_workspace_migrates_to_a_team_one_verbatim_and_resumably(
    team: CaseService, laptop: CaseService, tmp_path: Path
) -> None:
    case_id = create_demo_case(laptop)
    first = migrate(laptop, team)
    assert [c.status for c in first.cases] == [COPIED]
    assert first.originals_copied == 7
    assert _heads(team, case_id) == _heads(laptop, case_id)  # the same chain, entry for entry
    report = team.verify(case_id)
    assert report.ok and report.files_checked == 7
    assert team.search("Bordj Badji Mokhtar")  # indexed on the team side

    again = migrate(laptop, team)  # an interrupted run resumes: what is there is not copied twice
    assert [c.status for c in again.cases] == [PRESENT] and again.originals_copied == 0

    back = CaseService.open(tmp_path / "back-home", INVESTIGATOR)  # and back to a folder
    try:
        home = migrate(team, back)
        assert [c.status for c in home.cases] == [COPIED] and home.originals_copied == 7
        assert _heads(back, case_id) == _heads(laptop, case_id)
        assert back.verify(case_id).ok
    finally:
        back.close()

    team.add_note(case_id, "worked on by the team since")
    laptop.add_note(case_id, "and offline meanwhile")
    with pytest.raises(UsageError, match="different custody log"):
        migrate(laptop, team)


def test_the_command_line_carries_cases(team: CaseService, tmp_path: Path) -> None:
    here = where_args(team.workspace.location)
    laptop = tmp_path / "laptop-cli"

    def cli(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run(list(args), out, err)
        return code, out.getvalue(), err.getvalue()

    code, out, _ = cli(*here, "init")
    assert code == 0 and "schema" in out and team.investigator in out
    case_id = team.create_case("From the desk").id
    code, out, err = cli(*here, "checkout", case_id, "--to", str(laptop))
    assert code == 0, err
    assert "Checked out" in out
    code, _, err = cli("--workspace", str(laptop), "note", "add", case_id, "offline")
    assert code == 0, err
    to_team = [
        "--to",
        team.workspace.location.database_url or "",
        "--store",
        team.workspace.location.store_url or "",
    ]
    code, out, err = cli("--workspace", str(laptop), "checkin", case_id, *to_team)
    assert code == 0, err
    assert "merged" in out
    assert "offline" in [n.text for n in team.case_view(case_id).notes]
    code, out, err = cli("--workspace", str(laptop), "checkin", case_id, *to_team)
    assert code == 0 and "Nothing to carry" in out
    code, _, err = cli(*here, "checkout", "no-such-case", "--to", str(laptop))
    assert code != 0 and err.startswith("casedesk: ")


def test_init_makes_a_missing_bucket_with_object_lock_and_opening_never_does(
    team_servers: TeamServers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from team.seaweed_server import SeaweedServer, admin_client

    for name, value in team_servers.env.items():
        monkeypatch.setenv(name, value)
    bucket = f"init-{uuid.uuid4().hex[:12]}"
    here = ["--workspace", team_servers.database_url(), "--store", f"s3://{bucket}/desk"]
    out, err = io.StringIO(), io.StringIO()
    assert run([*here, "case", "list"], out, err) == 1
    assert f"The bucket {bucket} does not exist" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert run([*here, "init"], out, err) == 0, err.getvalue()
    assert f"s3://{bucket}/desk" in out.getvalue()
    assert isinstance(team_servers.s3, SeaweedServer)
    client = admin_client(team_servers.s3.endpoint)
    lock = client.get_object_lock_configuration(Bucket=bucket)["ObjectLockConfiguration"]
    assert lock["ObjectLockEnabled"] == "Enabled"
    out, err = io.StringIO(), io.StringIO()
    assert run([*here, "init"], out, err) == 0, err.getvalue()  # a second init changes nothing
