"""Copying a whole workspace (casedesk.core.transfer.migrate): a laptop's folder into a team workspace
on real servers (PostgreSQL and an S3 store), and folder to folder; verbatim, resumable, refusing a
diverged case and a damaged original."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from casedesk.bundle import export_bundle, import_bundle
from casedesk.core.demo import create_demo_case
from casedesk.core.errors import Cancelled, IntegrityError, UsageError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.models import Evidence, RecordVersion
from casedesk.core.service import CaseService
from casedesk.core.store.s3 import S3Store
from casedesk.core.tasks import TaskControl
from casedesk.core.transfer import COPIED, PRESENT, migrate

from .seaweed_server import S3Env

INVESTIGATOR = "Test Investigator"
DEMO_QUERY = "Bordj Badji Mokhtar"  # a place of the demo case


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder workspace holding the demo case (built once: it is slow), closed; tests copy it."""
    folder = tmp_path_factory.mktemp("demo") / "workspace"
    svc = CaseService.open(folder, INVESTIGATOR)
    try:
        create_demo_case(svc)
    finally:
        svc.close()
    return folder


@pytest.fixture
def source(demo_folder: Path, tmp_path: Path) -> Iterator[CaseService]:
    """This test's own copy of the demo workspace (a test may damage it)."""
    folder = tmp_path / "source"
    shutil.copytree(demo_folder, folder)
    svc = CaseService.open(folder, INVESTIGATOR)
    yield svc
    svc.close()


@pytest.fixture
def team(team_location: WorkspaceLocation) -> Iterator[CaseService]:
    svc = CaseService.open(team_location, INVESTIGATOR)
    yield svc
    svc.close()


@pytest.fixture
def folder_target(tmp_path: Path) -> Iterator[CaseService]:
    svc = CaseService.open(tmp_path / "target", INVESTIGATOR)
    yield svc
    svc.close()


def _case(svc: CaseService) -> str:
    (case,) = svc.list_cases()
    return str(case.id)


def _originals(svc: CaseService, case_id: str) -> dict[str, int]:
    with svc.workspace.db.read() as s:
        rows = s.execute(select(Evidence.sha256, Evidence.size).where(Evidence.case_id == case_id))
        return {str(sha): int(size) for sha, size in rows}


def _counts(svc: CaseService, case_id: str) -> tuple[int, int]:
    """The case's record versions and search entries."""
    with svc.workspace.db.read() as s:
        versions = s.scalar(select(func.count()).where(RecordVersion.case_id == case_id))
        found = s.scalar(text("SELECT count(*) FROM search_entry WHERE case_id = :c"), {"c": case_id})
    return int(versions or 0), int(found or 0)


def _log(svc: CaseService, case_id: str) -> list[tuple[int, str, str]]:
    return [(e.seq, e.action, e.hash) for e in svc.custody_log(case_id)]


def _search(svc: CaseService, query: str) -> set[tuple[str, str, str]]:
    return {(h.object_type, h.object_id, h.field) for h in svc.search(query)}


def _derived(svc: CaseService, sha: str) -> set[str]:
    folder = svc.workspace.store.derived_dir(sha)
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _damage(svc: CaseService, sha: str) -> None:
    """Flip one byte of a stored original of a folder workspace (its size unchanged)."""
    path = svc.workspace.store.local_path(sha)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _check_copy(source: CaseService, target: CaseService, case_id: str, result: Any) -> None:
    originals = _originals(source, case_id)
    assert [(c.case_id, c.status) for c in result.cases] == [(case_id, COPIED)]
    (copy,) = result.cases
    assert copy.custody_head == source.custody_log(case_id)[-1].hash
    assert copy.entries == len(source.custody_log(case_id)) and copy.rows > copy.entries
    assert result.originals_copied == len(originals) and result.bytes_copied == sum(originals.values())
    assert _log(target, case_id) == _log(source, case_id)  # the same chain, entry for entry
    assert _counts(target, case_id) == _counts(source, case_id)  # history copied, indexed once
    assert source.case_view(case_id).title == target.case_view(case_id).title
    report = target.verify(case_id)
    assert report.ok and report.files_checked == len(originals), report
    hits = _search(target, DEMO_QUERY)
    assert hits and hits == _search(source, DEMO_QUERY)


def test_a_folder_workspace_migrates_to_a_team_one(
    source: CaseService, team: CaseService, team_bucket: S3Env
) -> None:
    case_id = _case(source)
    originals = _originals(source, case_id)
    assert len(originals) >= 5
    result = migrate(source, team)
    assert (result.source, result.target) == (str(source.workspace.root), team.workspace.location.describe())
    _check_copy(source, team, case_id, result)
    store = team.workspace.store
    assert isinstance(store, S3Store)
    for sha, size in originals.items():  # in the bucket itself, byte for byte
        body = team_bucket.client.get_object(Bucket=team_bucket.bucket, Key=store.original_key(sha))["Body"]
        data = body.read()
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha
        assert data == source.workspace.store.local_path(sha).read_bytes()

    # Run again (an interrupted run resumes): what is there is not copied twice.
    log, counts = _log(team, case_id), _counts(team, case_id)
    again = migrate(source, team)
    assert [(c.case_id, c.status, c.rows) for c in again.cases] == [(case_id, PRESENT, 0)]
    assert (again.originals_copied, again.bytes_copied, again.workspace_rows) == (0, 0, 0)
    assert _log(team, case_id) == log and _counts(team, case_id) == counts


def test_a_case_the_team_holds_with_a_different_log_is_refused_before_anything_is_written(
    source: CaseService, team: CaseService
) -> None:
    case_id = _case(source)
    migrate(source, team)
    team.add_note(case_id, "worked on by the team since")
    source.add_note(case_id, "and on the laptop meanwhile")
    newer = source.create_case("A second case, never copied").id
    log = _log(team, case_id)
    with pytest.raises(UsageError, match="different custody log; nothing was copied"):
        migrate(source, team)
    assert [c.id for c in team.list_cases()] == [case_id]  # the second case was not copied either
    assert _log(team, case_id) == log
    assert newer not in {c.id for c in team.list_cases()}


def test_a_damaged_original_is_refused_not_stored(source: CaseService, team: CaseService) -> None:
    case_id = _case(source)
    victim = max(_originals(source, case_id))  # copied last: the others are stored before it
    _damage(source, victim)
    with pytest.raises(IntegrityError, match=victim):
        migrate(source, team)
    assert not team.workspace.store.has(victim)
    assert team.list_cases() == []  # the case's rows were not written


def test_folder_to_folder_verbatim_and_resumable(
    source: CaseService, folder_target: CaseService, tmp_path: Path
) -> None:
    case_id = _case(source)
    result = migrate(source, folder_target)
    _check_copy(source, folder_target, case_id, result)
    derived = 0
    for sha in _originals(source, case_id):
        copied = folder_target.workspace.store.local_path(sha).read_bytes()
        assert copied == source.workspace.store.local_path(sha).read_bytes()
        made = _derived(source, sha)
        assert _derived(folder_target, sha) == made  # thumbnails, previews: made again there
        derived += len(made)
    assert derived > 0
    again = migrate(source, folder_target)
    assert [c.status for c in again.cases] == [PRESENT] and again.originals_copied == 0

    # A case added to the source since is copied on the next run; the one already there is not.
    # It cites an original the first case holds too: stored once, already there.
    later = source.create_case("Added later").id
    source.add_note(later, "a note")
    shared = max(_originals(source, case_id))
    copy = tmp_path / "shared" / "same-file.bin"
    copy.parent.mkdir()
    copy.write_bytes(source.workspace.store.local_path(shared).read_bytes())
    (added,) = source.add_files(later, [copy])
    assert added.sha256 == shared
    third = migrate(source, folder_target)
    assert {c.case_id: c.status for c in third.cases} == {case_id: PRESENT, later: COPIED}
    assert (third.originals_copied, third.bytes_copied) == (0, 0)
    assert _log(folder_target, later) == _log(source, later)
    assert folder_target.verify(later).ok


def test_migrating_onto_itself_is_refused(source: CaseService, tmp_path: Path) -> None:
    same = CaseService.open(tmp_path / "x" / ".." / "source", INVESTIGATOR)
    try:
        with pytest.raises(UsageError, match="copied onto itself"):
            migrate(source, same)
    finally:
        same.close()


def test_a_target_that_got_the_case_by_bundle_is_refused(
    source: CaseService, folder_target: CaseService, tmp_path: Path
) -> None:
    case_id = _case(source)
    bundle = tmp_path / "case.casedesk"
    export_bundle(source, case_id, bundle)
    import_bundle(folder_target, bundle)
    log = _log(folder_target, case_id)
    with pytest.raises(UsageError, match="different custody log"):
        migrate(source, folder_target)
    assert _log(folder_target, case_id) == log


def test_a_damaged_original_between_folders_is_refused_and_the_copy_resumes_once_repaired(
    source: CaseService, folder_target: CaseService, demo_folder: Path
) -> None:
    case_id = _case(source)
    victim = min(_originals(source, case_id))
    good = source.workspace.store.local_path(victim).read_bytes()
    _damage(source, victim)
    with pytest.raises(IntegrityError, match="does not match its recorded hash"):
        migrate(source, folder_target)
    assert not folder_target.workspace.store.has(victim)
    assert folder_target.list_cases() == []
    path = source.workspace.store.local_path(victim)
    path.write_bytes(good)  # restored from a backup
    result = migrate(source, folder_target)
    assert [c.status for c in result.cases] == [COPIED]
    assert folder_target.verify(case_id).ok


def test_a_missing_original_is_refused_clearly(source: CaseService, folder_target: CaseService) -> None:
    case_id = _case(source)
    victim = min(_originals(source, case_id))
    source.workspace.store.local_path(victim).unlink()
    with pytest.raises(IntegrityError, match=f"{victim}.*missing"):
        migrate(source, folder_target)
    assert folder_target.list_cases() == []


def test_a_cancelled_copy_resumes_where_it_stopped(source: CaseService, folder_target: CaseService) -> None:
    case_id = _case(source)
    originals = _originals(source, case_id)
    control = TaskControl()
    seen: list[int] = []

    def progress(done: int, total: int, message: object) -> None:
        seen.append(done)
        if done > 0 and total > 0:  # some bytes of an original moved: stop there
            control.cancel()

    control.progress = progress
    with pytest.raises(Cancelled):
        migrate(source, folder_target, control)
    assert folder_target.list_cases() == []
    stored_before = {sha for sha in originals if folder_target.workspace.store.has(sha)}
    assert len(stored_before) < len(originals)
    result = migrate(source, folder_target)
    assert [c.status for c in result.cases] == [COPIED]
    assert result.originals_copied == len(originals) - len(stored_before)
    assert _log(folder_target, case_id) == _log(source, case_id)
    assert folder_target.verify(case_id).ok


def test_a_damaged_object_in_the_teams_bucket_is_refused_on_the_way_back(
    source: CaseService,
    team: CaseService,
    team_location: WorkspaceLocation,
    team_bucket: S3Env,
    folder_target: CaseService,
    tmp_path: Path,
) -> None:
    case_id = _case(source)
    migrate(source, team)
    victim = min(_originals(source, case_id))
    store = team.workspace.store
    assert isinstance(store, S3Store)
    key = store.original_key(victim)
    data = bytearray(team_bucket.client.get_object(Bucket=team_bucket.bucket, Key=key)["Body"].read())
    data[len(data) // 2] ^= 0xFF
    team_bucket.client.put_object(Bucket=team_bucket.bucket, Key=key, Body=bytes(data))
    # Another computer: nothing cached, every original read from the bucket.
    elsewhere = CaseService.open(
        WorkspaceLocation(tmp_path / "elsewhere", team_location.database_url, team_location.store_url),
        INVESTIGATOR,
    )
    try:
        with pytest.raises(IntegrityError, match="damaged"):
            migrate(elsewhere, folder_target)
    finally:
        elsewhere.close()
    assert not folder_target.workspace.store.has(victim)
    assert folder_target.list_cases() == []
