"""Many investigators appending to one case at once, on a real PostgreSQL server: one gapless chain."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from casedesk.core.custody import GENESIS, log_rows
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

# Each process opens the team workspace itself and adds notes to the case, all starting together.
_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from casedesk.core.location import WorkspaceLocation
    from casedesk.core.service import CaseService

    url, folder, case_id, count, start = sys.argv[1:6]
    svc = CaseService.open(WorkspaceLocation(Path(folder), database_url=url), "writer")
    try:
        time.sleep(max(0.0, float(start) - time.time()))
        for i in range(int(count)):
            svc.add_note(case_id, f"note {i} from {folder}")
    finally:
        svc.close()
    """
)


def _check_chain(svc: CaseService, case_id: str, expected: int) -> None:
    with svc.workspace.db.read() as s:
        rows = log_rows(s, case_id)
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))  # gapless, no duplicate
    assert len(rows) == expected
    prev = GENESIS
    for row in rows:
        assert row.prev_hash == prev
        prev = row.hash
    report = svc.verify(case_id)
    assert report.ok, report.problems
    assert report.log_entries_checked == expected


def test_processes_appending_to_one_case_make_one_chain(tmp_path: Path, postgres_url: str) -> None:
    svc = CaseService.open(WorkspaceLocation(tmp_path / "main", database_url=postgres_url), "lead")
    try:
        case_id = svc.create_case("Shared case").id
        before = len(svc.custody_log(case_id))
        writers, notes = 4, 15
        start = time.time() + 3.0  # after every process has imported CaseService and connected
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _WRITER,
                    postgres_url,
                    str(tmp_path / f"w{n}"),
                    case_id,
                    str(notes),
                    str(start),
                ],
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(writers)
        ]
        errors = [p.communicate(timeout=300)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * writers, errors
        _check_chain(svc, case_id, before + writers * notes)
        assert len(svc.list_notes(case_id)) == writers * notes
    finally:
        svc.close()


def test_threads_appending_to_one_case_make_one_chain(tmp_path: Path, postgres_url: str) -> None:
    svc = CaseService.open(WorkspaceLocation(tmp_path / "main", database_url=postgres_url), "lead")
    try:
        case_id = svc.create_case("Shared case").id
        other = svc.create_case("Another case").id
        before, other_before = len(svc.custody_log(case_id)), len(svc.custody_log(other))
        barrier = threading.Barrier(6)
        failures: list[BaseException] = []

        def write(target: str, n: int) -> None:
            try:
                barrier.wait()
                for i in range(10):
                    svc.add_note(target, f"thread {n} note {i}")
            except BaseException as exc:  # reported by the test thread
                failures.append(exc)

        threads = [threading.Thread(target=write, args=(case_id if n < 4 else other, n)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        _check_chain(svc, case_id, before + 40)
        _check_chain(svc, other, other_before + 20)
    finally:
        svc.close()
