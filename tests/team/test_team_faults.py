"""Faults of a team workspace on real servers: two investigators editing one claim at once, and
PostgreSQL stopped in the middle of an ingest. Afterwards no update is lost, every chain is gapless,
nothing is recorded without its complete original, and the interrupted work completes when re-run."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import CaseDeskError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

from .postgres_server import PostgresServer, _run, bin_dir, start_server, stop_server


def _open(folder: Path, url: str) -> CaseService:
    return CaseService.open(WorkspaceLocation(folder, database_url=url), "typed name")


def test_two_investigators_editing_one_claim_lose_no_update(tmp_path: Path, postgres_url: str) -> None:
    first, second = _open(tmp_path / "a", postgres_url), _open(tmp_path / "b", postgres_url)
    try:
        case_id = first.create_case("Shared claim").id
        claim_id = first.add_claim(case_id, "start").id
        start = threading.Barrier(2)
        failures: list[BaseException] = []

        def edit(svc: CaseService, who: str) -> None:
            try:
                start.wait()
                for i in range(15):
                    svc.update_claim(claim_id, text=f"{who} {i}")
            except BaseException as exc:  # reported below, with the thread's own traceback
                failures.append(exc)

        threads = [
            threading.Thread(target=edit, args=(svc, who)) for svc, who in ((first, "A"), (second, "B"))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []

        edits = [e for e in first.custody_log(case_id) if e.action == "claim_edit"]
        assert len(edits) == 30
        texts = ["start"] + [e.details["changes"]["text"]["to"] for e in edits]
        # Each edit changed what the one before it left: no edit was made over a stale value.
        assert [e.details["changes"]["text"]["from"] for e in edits] == texts[:-1]
        assert {t.split()[0] for t in texts[1:]} == {"A", "B"}
        (claim,) = second.case_view(case_id).claims
        assert claim.text == texts[-1]
        assert first.verify(case_id).ok
    finally:
        first.close()
        second.close()


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test stops it."""
    server = start_server()
    try:
        yield server
    finally:
        stop_server(server)


def _restart(server: PostgresServer) -> None:
    options = f"-c listen_addresses=127.0.0.1 -p {server.port} -c unix_socket_directories={server.data}"
    pg_ctl = str(bin_dir() / "pg_ctl")
    _run(
        [
            pg_ctl,
            "-D",
            str(server.data),
            "-w",
            "-l",
            str(server.folder / "server.log"),
            "-o",
            options,
            "start",
        ],
        "start",
    )


def _pictures(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"frame_{i:03d}.png"
        Image.new("RGB", (48, 32), (i % 256, (i * 7) % 256, 90)).save(path)
        paths.append(path)
    return paths


def test_postgres_stopped_mid_ingest_loses_nothing_and_the_rerun_completes(
    tmp_path: Path, own_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in own_server.env().items():
        monkeypatch.setenv(name, value)
    url = own_server.url(own_server.create_database())
    pictures = _pictures(tmp_path / "frames", 120)
    svc = _open(tmp_path / "ws", url)
    try:
        case_id = svc.create_case("Interrupted ingest").id
        outcome: list[object] = []

        def ingest() -> None:
            try:
                outcome.append(svc.add_files(case_id, pictures))
            except CaseDeskError as exc:
                outcome.append(exc)

        worker = threading.Thread(target=ingest)
        worker.start()
        deadline = time.monotonic() + 60
        with own_server.admin(url.rsplit("/", 1)[1]) as conn:
            while time.monotonic() < deadline:
                row = conn.execute("SELECT count(*) FROM evidence").fetchone()
                if row is not None and int(str(row[0])) >= 10:
                    break
                time.sleep(0.05)
        _run([str(bin_dir() / "pg_ctl"), "-D", str(own_server.data), "-w", "stop", "-m", "immediate"], "stop")
        worker.join(120)
        assert not worker.is_alive()
        (result,) = outcome
        # Either the call failed with a plain error, or it reported the files it could not add.
        if isinstance(result, list):
            assert any(r.status == "error" for r in result)
        else:
            assert isinstance(result, CaseDeskError) and str(result)

        _restart(own_server)
        again = svc.add_files(case_id, pictures)  # the same command, run again
        assert {r.status for r in again} <= {"added", "duplicate"}, [r.error for r in again if r.error]
        assert any(r.status == "duplicate" for r in again) and any(r.status == "added" for r in again)
        view = svc.case_view(case_id)
        assert sorted(e.original_name for e in view.evidence) == sorted(p.name for p in pictures)
        report = svc.verify(case_id)  # every recorded original stored whole, the chain gapless
        assert report.ok, report.problems
        assert report.files_checked == len(pictures)
    finally:
        svc.close()
