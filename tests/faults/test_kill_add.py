"""SIGKILL a real `casedesk add` of a 200-file folder at seeded random moments; nothing is lost.

On a team workspace the kill lands mid-upload as often as mid-database: the originals travel to the
object store one by one while the rows are written."""

from __future__ import annotations

import json
from pathlib import Path

from casedesk.core.location import WorkspaceLocation

from .harness import Attempt, Campaign, casedesk_cmd, new_workspace, timed_run
from .invariants import audit_workspace, case_evidence, sha256_of
from .sites import Sites

SEED = 7_2025_11_23
KILLS = 20


def test_sigkill_during_add_loses_nothing_and_rerun_completes(sites: Sites, png_folder: Path) -> None:
    base = sites.new("base")
    case_id = new_workspace(base)
    expected = {p.name: sha256_of(p) for p in sorted(png_folder.iterdir())}

    def add(workspace: WorkspaceLocation) -> list[str]:
        return casedesk_cmd(workspace, "add", case_id, png_folder, "--recursive", "--json")

    # One uninterrupted run: the reference result, and how long the kill window must be.
    seconds, done = timed_run(add(sites.clone(base, "reference")))
    assert done.returncode == 0, done.stderr
    assert [row["status"] for row in json.loads(done.stdout)] == ["added"] * len(expected)

    def complete(workspace: WorkspaceLocation, attempt: Attempt) -> None:
        assert attempt.returncode == 0 and "Traceback" not in attempt.stderr, attempt.stderr
        rows = json.loads(attempt.stdout)
        assert len(rows) == len(expected)
        assert {row["status"] for row in rows} <= {"added", "duplicate"}
        assert case_evidence(workspace, case_id) == expected  # every file, once, with its own content

    kills = sites.trials(KILLS)
    campaign = Campaign("add 200 files", SEED, kills, window=(0.5, seconds))
    campaign.run(
        fresh=lambda n: sites.clone(base, f"chain{n}"),
        command=add,
        after_each=audit_workspace,
        check_complete=complete,
    )
    assert campaign.kills == kills and campaign.completed_chains >= 1
