"""SIGKILL a real `casedesk still` extraction at seeded random moments; nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

from .harness import Attempt, Campaign, casedesk_cmd, timed_run
from .invariants import audit_workspace
from .sites import Sites

SEED = 7_0002
KILLS = 20
FRAMES = 60  # the session clip: 6 s at 10 fps, one still every 0.1 s


def stills_of(where: WorkspaceLocation, case_id: str, parent_id: str) -> dict[float, str]:
    """offset -> sha256 of every still taken from the footage."""
    svc = CaseService.open(where, "auditor")
    try:
        items = [e for e in svc.case_view(case_id).evidence if e.parent is not None]
        assert all(e.parent is not None and e.parent.evidence_id == parent_id for e in items)
        return {round(e.parent.offset_s, 3): e.sha256 for e in items if e.parent is not None}
    finally:
        svc.close()


def test_sigkill_during_still_extraction_loses_nothing(sites: Sites, clip: Path) -> None:
    base = sites.new("base")
    svc = CaseService.open(base, "Test Investigator")
    try:
        case_id = svc.create_case("Footage case").id
        [footage] = svc.add_files(case_id, [clip])
        assert footage.kind == "video" and footage.evidence_id
        parent_id = footage.evidence_id
    finally:
        svc.close()

    def extract(workspace: WorkspaceLocation) -> list[str]:
        return casedesk_cmd(workspace, "still", case_id, parent_id, "--every", "0.1", "--json")

    reference = sites.clone(base, "reference")
    seconds, done = timed_run(extract(reference))
    assert done.returncode == 0, done.stderr
    assert [row["status"] for row in json.loads(done.stdout)] == ["added"] * FRAMES
    expected = stills_of(reference, case_id, parent_id)
    assert len(set(expected.values())) == FRAMES

    def complete(workspace: WorkspaceLocation, attempt: Attempt) -> None:
        assert attempt.returncode == 0 and "Traceback" not in attempt.stderr, attempt.stderr
        assert {row["status"] for row in json.loads(attempt.stdout)} <= {"added", "duplicate"}
        assert stills_of(workspace, case_id, parent_id) == expected

    kills = sites.trials(KILLS)
    campaign = Campaign("still extraction", SEED, kills, window=(0.5, seconds))
    campaign.run(
        fresh=lambda n: sites.clone(base, f"chain{n}"),
        command=extract,
        after_each=audit_workspace,
        check_complete=complete,
    )
    assert campaign.kills == kills
