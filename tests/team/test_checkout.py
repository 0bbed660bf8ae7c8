"""Checking a case out of a team workspace (a real PostgreSQL server and a real S3 store) to a laptop's
folder, working on it offline, and checking the work back in (casedesk.bundle.checkout)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from casedesk.bundle.checkout import CHECKIN, CHECKOUT, checkin, checkout
from casedesk.core.errors import Cancelled, NotFoundError, UsageError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.store.s3 import S3Store
from casedesk.core.tasks import TaskControl
from casedesk.core.views import CustodyView

from .seaweed_server import S3Env

INVESTIGATOR = "Field Investigator"


def _png(path: Path, color: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), color).save(path)
    return path


@pytest.fixture
def team(team_location: WorkspaceLocation) -> Iterator[CaseService]:
    service = CaseService.open(team_location, INVESTIGATOR)
    yield service
    service.close()


def _laptop(folder: Path) -> CaseService:
    return CaseService.open(folder, INVESTIGATOR)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[CaseService]:
    service = _laptop(tmp_path / "laptop")
    yield service
    service.close()


def _trips(svc: CaseService, case_id: str) -> list[CustodyView]:
    return [e for e in svc.custody_log(case_id) if "sync" in e.details]


def _hashes(svc: CaseService, case_id: str) -> list[str]:
    return [e.hash for e in svc.custody_log(case_id)]


def test_a_team_case_goes_offline_and_comes_back(
    team: CaseService, laptop: CaseService, team_bucket: S3Env, tmp_path: Path
) -> None:
    assert team.workspace.db.engine.dialect.name == "postgresql"
    case_id = team.create_case("Convoy near Kidal", "Reported strike").id
    claim_id = team.add_claim(case_id, "Two trucks were hit.").id
    (desk,) = team.add_files(case_id, [_png(tmp_path / "desk" / "still.png", "blue")])

    out = checkout(team, laptop, case_id)
    assert (out.direction, out.status, out.case_id) == (CHECKOUT, "imported", case_id)
    assert (out.source, out.target) == (team.workspace.location.describe(), str(laptop.workspace.root))
    assert out.added_evidence == 1 and out.conflicts == [] and out.signature_warning is None
    view = laptop.case_view(case_id)
    assert [c.id for c in view.claims] == [claim_id]
    assert [e.sha256 for e in view.evidence] == [desk.sha256]
    offline = laptop.verify(case_id)
    assert offline.ok and offline.files_checked == 1  # the original came down from the bucket, whole

    note_id = laptop.add_note(case_id, "Written in the field, offline.").id
    new_claim = laptop.add_claim(case_id, "A third vehicle left before dawn.").id
    (field,) = laptop.add_files(case_id, [_png(tmp_path / "field" / "plate.png", "red")])
    assert field.sha256 is not None and field.evidence_id is not None
    assert not team.workspace.store.has(field.sha256)

    back = checkin(laptop, team, case_id)
    assert (back.direction, back.status, back.case_id) == (CHECKIN, "merged", case_id)
    assert back.added_evidence == 1 and back.added_entries >= 3 and back.conflicts == []
    assert back.source == str(laptop.workspace.root)
    assert back.target == team.workspace.location.describe()
    view = team.case_view(case_id)
    assert note_id in {n.id for n in view.notes}
    assert {claim_id, new_claim} == {c.id for c in view.claims}
    assert field.evidence_id in {e.id for e in view.evidence}
    # The new original went up to the team's bucket, under its SHA-256.
    store = team.workspace.store
    assert isinstance(store, S3Store)
    key = store.original_key(field.sha256)
    body = team_bucket.client.get_object(Bucket=team_bucket.bucket, Key=key)["Body"].read()
    assert body == laptop.workspace.store.local_path(field.sha256).read_bytes()
    for side in (team, laptop):
        report = side.verify(case_id)
        assert report.ok and report.files_checked == 2, report

    # Each trip is an export on the side the case left and an import (or merge) on the other, both
    # naming the same bundle and the other side; the laptop's folder is no fact of the case.
    team_trips, laptop_trips = _trips(team, case_id), _trips(laptop, case_id)
    assert [(e.action, e.details["sync"]) for e in team_trips] == [
        ("bundle_export", CHECKOUT),
        ("bundle_merge", CHECKIN),
    ]
    assert [(e.action, e.details["sync"]) for e in laptop_trips] == [
        ("bundle_import", CHECKOUT),
        ("bundle_export", CHECKIN),
    ]
    assert team_trips[0].details["sha256"] == laptop_trips[0].details["bundle_sha256"] != ""
    assert laptop_trips[1].details["sha256"] == team_trips[1].details["bundle_sha256"] == back.bundle_sha256
    assert [e.details["peer"] for e in team_trips] == ["local workspace", "local workspace"]
    described = team.workspace.location.describe()
    assert described.startswith("postgresql://") and " + s3://" in described
    assert [e.details["peer"] for e in laptop_trips] == [described, described]
    secrets = [os.environ["PGPASSWORD"], os.environ["AWS_SECRET_ACCESS_KEY"]]
    for entry in team.custody_log(case_id) + laptop.custody_log(case_id):
        recorded = json.dumps(entry.details)
        assert not any(secret in recorded for secret in secrets)
        assert str(tmp_path) not in recorded or entry.details.get("sync") is None


def test_checking_in_or_out_twice_changes_nothing_the_second_time(
    team: CaseService, laptop: CaseService
) -> None:
    case_id = team.create_case("Twice").id
    checkout(team, laptop, case_id)
    laptop.add_note(case_id, "offline work")
    assert checkin(laptop, team, case_id).status == "merged"
    team_log, laptop_log = _hashes(team, case_id), _hashes(laptop, case_id)

    again = checkin(laptop, team, case_id)
    assert (again.status, again.bundle_sha256, again.added_entries) == ("unchanged", "", 0)
    out_again = checkout(team, laptop, case_id)  # the team has nothing the laptop lacks either
    assert (out_again.status, out_again.bundle_sha256) == ("unchanged", "")
    assert _hashes(team, case_id) == team_log and _hashes(laptop, case_id) == laptop_log
    assert [n.text for n in team.case_view(case_id).notes] == ["offline work"]


def test_a_colleagues_check_in_reaches_a_laptop_that_checks_out_again(
    team: CaseService, laptop: CaseService, tmp_path: Path
) -> None:
    case_id = team.create_case("Shared").id
    other = _laptop(tmp_path / "colleague")
    try:
        checkout(team, laptop, case_id)
        checkout(team, other, case_id)
        note_id = other.add_note(case_id, "the colleague's finding").id
        assert checkin(other, team, case_id).status == "merged"
        # The team's log holds only trips since; the colleague's work came in with one of them.
        refresh = checkout(team, laptop, case_id)
        assert refresh.status == "merged"
        assert note_id in {n.id for n in laptop.case_view(case_id).notes}
        assert laptop.verify(case_id).ok
    finally:
        other.close()


def test_a_conflicting_edit_keeps_the_teams_value_and_is_reported(
    team: CaseService, laptop: CaseService
) -> None:
    case_id = team.create_case("Disputed").id
    claim_id = team.add_claim(case_id, "Two trucks were hit.").id
    checkout(team, laptop, case_id)
    team.update_claim(claim_id, text="Two trucks were hit, one burnt out.")
    laptop.update_claim(claim_id, text="Three trucks were hit.")

    clash = checkin(laptop, team, case_id)
    assert clash.status == "merged" and clash.conflicts
    assert any(claim_id in conflict or "claim" in conflict.lower() for conflict in clash.conflicts)
    assert [c.text for c in team.case_view(case_id).claims] == ["Two trucks were hit, one burnt out."]
    assert [c.text for c in laptop.case_view(case_id).claims] == ["Three trucks were hit."]
    (merge,) = [e for e in _trips(team, case_id) if e.details["sync"] == CHECKIN]
    assert merge.details["conflicts"] == clash.conflicts
    assert team.verify(case_id).ok and laptop.verify(case_id).ok
    assert checkin(laptop, team, case_id).status == "unchanged"  # reported once, not at every trip


def test_carrying_to_the_workspace_it_is_in_is_refused(
    team: CaseService, team_location: WorkspaceLocation, laptop: CaseService, tmp_path: Path
) -> None:
    case_id = team.create_case("Here").id
    log = _hashes(team, case_id)
    # The same team workspace, opened again from another cache folder (another computer).
    again = CaseService.open(
        WorkspaceLocation(tmp_path / "elsewhere", team_location.database_url, team_location.store_url),
        INVESTIGATOR,
    )
    try:
        with pytest.raises(UsageError, match="workspace it is in; name another with --to"):
            checkout(team, again, case_id)
        with pytest.raises(UsageError, match="workspace it is in"):
            checkin(again, team, case_id)
    finally:
        again.close()
    # The same database, its URL spelled otherwise and naming another store: the same records.
    assert team_location.database_url is not None and team_location.store_url is not None
    alias_url = team_location.database_url.replace("postgresql://", "postgres://", 1)
    spelled = CaseService.open(
        WorkspaceLocation(tmp_path / "spelled", alias_url, team_location.store_url + "-other"), INVESTIGATOR
    )
    try:
        with pytest.raises(UsageError, match="workspace it is in"):
            checkout(team, spelled, case_id)
    finally:
        spelled.close()
    assert _hashes(team, case_id) == log

    laptop_case = laptop.create_case("On the laptop").id
    alias = CaseService.open(tmp_path / "x" / ".." / "laptop", INVESTIGATOR)  # the same folder
    try:
        with pytest.raises(UsageError, match="workspace it is in"):
            checkin(laptop, alias, laptop_case)
    finally:
        alias.close()


def test_an_unknown_case_is_not_found_and_nothing_is_recorded(team: CaseService, laptop: CaseService) -> None:
    case_id = team.create_case("Known").id
    log = _hashes(team, case_id)
    with pytest.raises(NotFoundError):
        checkout(team, laptop, "0" * 32)
    with pytest.raises(NotFoundError):
        checkin(laptop, team, case_id)  # the laptop never had it
    assert laptop.list_cases() == []
    assert _hashes(team, case_id) == log


def test_a_cancelled_check_out_records_nothing_on_either_side(team: CaseService, laptop: CaseService) -> None:
    case_id = team.create_case("Cancelled").id
    team.add_note(case_id, "a note")
    log = _hashes(team, case_id)
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        checkout(team, laptop, case_id, control)
    assert laptop.list_cases() == []
    assert _hashes(team, case_id) == log
    assert checkout(team, laptop, case_id).status == "imported"  # and it can be done afterwards
