"""SIGKILL a real `casedesk export --pdf` at seeded random moments: the workspace stays whole and no
half-written report ever sits under the name the user asked for."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pypdf import PdfReader

from casedesk.core.demo import create_demo_case
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.fsutil import TMP_PREFIX

from .harness import Attempt, Campaign, casedesk_cmd, timed_run
from .invariants import audit_workspace
from .sites import Sites
from .tally import count

SEED = 7_0005
KILLS = 20


def exports_logged(workspace: WorkspaceLocation, case_id: str) -> list[str]:
    svc = CaseService.open(workspace, "auditor")
    try:
        return [e.details["sha256"] for e in svc.custody_log(case_id) if e.action == "export_pdf"]
    finally:
        svc.close()


def test_sigkill_during_pdf_export_leaves_no_partial_report(sites: Sites) -> None:
    base = sites.new("base")
    svc = CaseService.open(base, "Test Investigator")
    try:
        case_id = create_demo_case(svc)
    finally:
        svc.close()

    def export(workspace: WorkspaceLocation) -> list[str]:
        report = sites.beside(workspace, "out") / "report.pdf"
        return casedesk_cmd(workspace, "export", case_id, "--pdf", report, "--json")

    seconds, done = timed_run(export(sites.clone(base, "reference")))
    assert done.returncode == 0, done.stderr
    pages = json.loads(done.stdout)["pages"]

    stray_parts: set[Path] = set()

    def report_is_whole_or_absent(workspace: WorkspaceLocation) -> None:
        audit_workspace(workspace)
        report = sites.beside(workspace, "out") / "report.pdf"
        if report.exists():
            data = report.read_bytes()
            assert data.rstrip().endswith(b"%%EOF")
            # Complete: parses strictly, ends with its trailer, and has at least the reference's pages
            # (each finished export adds a custody entry, so later reports can run longer).
            assert len(PdfReader(report, strict=True).pages) >= pages
            if hashlib.sha256(data).hexdigest() not in exports_logged(workspace, case_id):
                # Killed between putting the report in place and logging the export.
                count("reports in place before their custody entry (kill in between)")
        for leftover in report.parent.glob(f"{TMP_PREFIX}*"):
            if leftover not in stray_parts:
                stray_parts.add(leftover)
                count("partial report temp files left beside the output by SIGKILL")

    def complete(workspace: WorkspaceLocation, attempt: Attempt) -> None:
        assert attempt.returncode == 0 and "Traceback" not in attempt.stderr, attempt.stderr
        result = json.loads(attempt.stdout)
        report = sites.beside(workspace, "out") / "report.pdf"
        assert hashlib.sha256(report.read_bytes()).hexdigest() == result["sha256"]
        assert exports_logged(workspace, case_id)[-1] == result["sha256"]
        assert list(report.parent.glob(f"{TMP_PREFIX}*")) == []  # the completed export tidied up

    kills = sites.trials(KILLS)
    campaign = Campaign("PDF export", SEED, kills, window=(0.5, seconds))
    campaign.run(
        fresh=lambda n: sites.clone(base, f"chain{n}"),
        command=export,
        after_each=report_is_whole_or_absent,
        check_complete=complete,
    )
    assert campaign.kills == kills
