"""SIGKILL a real `casedesk bundle import` at seeded random moments; nothing is lost or half-imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casedesk.bundle import export_bundle
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

from .harness import Attempt, Campaign, casedesk_cmd, timed_run
from .invariants import audit_workspace, case_evidence
from .sites import Sites

SEED = 7_0004
KILLS = 20
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory, png_folder: Path) -> dict[str, Path | str]:
    """A 200-original case exported as a plain and as an encrypted bundle."""
    root = tmp_path_factory.mktemp("bundles")
    svc = CaseService.open(root / "source", "Source Investigator")
    try:
        case_id = svc.create_case("Carried case").id
        assert all(r.status == "added" for r in svc.add_files(case_id, [png_folder], recursive=True))
        svc.add_claim(case_id, "Drones struck two trucks.")
        plain = export_bundle(svc, case_id, root / "case.cdb")
        sealed = export_bundle(svc, case_id, root / "sealed.cdb", passphrase=PASSPHRASE)
        assert plain.evidence_count == sealed.evidence_count == 200
        # The custody log as carried (the export's own entry is appended after the bundle is written).
        carried = [e.hash for e in svc.custody_log(case_id)][:-2]
    finally:
        svc.close()
    (root / "pass.txt").write_text(PASSPHRASE + "\n")
    return {
        "plain": root / "case.cdb", "sealed": root / "sealed.cdb", "passphrase_file": root / "pass.txt",
        "case_id": case_id, "carried": ",".join(carried), "source": root / "source",
    }  # fmt: skip


def test_sigkill_during_bundle_import_loses_nothing(sites: Sites, bundles: dict[str, Path | str]) -> None:
    case_id = str(bundles["case_id"])
    carried = str(bundles["carried"]).split(",")
    expected = case_evidence(Path(bundles["source"]), case_id)

    def import_cmd(workspace: WorkspaceLocation) -> list[str]:
        # Odd chains import the encrypted bundle: decryption is a different code path to interrupt.
        if sites.name(workspace).endswith(("1", "3", "5", "7", "9")):
            args = ["bundle", "import", bundles["sealed"], "--passphrase-file", bundles["passphrase_file"]]
        else:
            args = ["bundle", "import", bundles["plain"]]
        return casedesk_cmd(workspace, *args, "--json")

    seconds, done = timed_run(import_cmd(sites.new("reference")))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "imported"

    def complete(workspace: WorkspaceLocation, attempt: Attempt) -> None:
        assert attempt.returncode == 0 and "Traceback" not in attempt.stderr, attempt.stderr
        # "unchanged" when an earlier, killed run had already committed the import.
        assert json.loads(attempt.stdout)["status"] in ("imported", "unchanged")
        assert case_evidence(workspace, case_id) == expected
        svc = CaseService.open(workspace, "auditor")
        try:
            log = svc.custody_log(case_id)
        finally:
            svc.close()
        assert [e.hash for e in log[: len(carried)]] == carried  # the carried chain, verbatim
        imports = [e for e in log[len(carried) :] if e.action == "bundle_import"]
        assert len(imports) == 1, [e.action for e in log[len(carried) :]]

    kills = sites.trials(KILLS)
    campaign = Campaign("bundle import", SEED, kills, window=(0.4, seconds))
    campaign.run(
        fresh=lambda n: sites.new(f"chain{n}"),  # importing creates the case (and a folder workspace)
        command=import_cmd,
        after_each=lambda ws: audit_workspace(ws) if ws.is_team or ws.folder.exists() else None,
        check_complete=complete,
    )
    assert campaign.kills == kills
