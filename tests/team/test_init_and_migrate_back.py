"""A team workspace made from nothing by ``casedesk init``, and a whole workspace moved to a team one
and back again (real PostgreSQL and S3 servers); check-out and check-in are tests/team/test_checkout.py's."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from backends import INVESTIGATOR, TeamServers
from casedesk.cli import run
from casedesk.core.demo import create_demo_case
from casedesk.core.errors import UsageError
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


def _heads(svc: CaseService, case_id: str) -> tuple[int, str]:
    log = svc.custody_log(case_id)
    return len(log), log[-1].hash


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
