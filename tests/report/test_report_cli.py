"""``casedesk export CASE --pdf OUT.pdf``."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casedesk.cli import build_parser
from casedesk.core.service import CaseService
from casedesk.core.views import CustodyView
from casedesk.proof.keys import KeyStore

from .conftest import DemoTemplate


def test_export_prints_path_pages_size_and_hash(
    cli: Any, workspace_dir: Path, demo_template: DemoTemplate, tmp_path: Path
) -> None:
    shutil.copytree(demo_template.root, workspace_dir)
    head = _log(workspace_dir, demo_template.case_id)[-1]
    out = tmp_path / "report.pdf"
    result = cli("export", "Alleged drone", "--pdf", out, "--json", "--custody", "summary")
    assert result.code == 0, result.err
    record = result.json()
    data = out.read_bytes()
    assert record == {
        "path": str(out.resolve()),
        "pages": len(PdfReader(out).pages),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "as_of": {"seq": head.seq, "hash": head.hash},  # by default, the head when the export started
        "signed_by": KeyStore().public_key().fingerprint,  # signed by default, with a key made now
    }
    plain = cli(
        "export", demo_template.case_id[:8], "--pdf", tmp_path / "b.pdf", "--classification", "CONFIDENTIAL"
    )
    assert plain.code == 0, plain.err
    assert plain.out.splitlines()[0] == str((tmp_path / "b.pdf").resolve())
    assert "sha256: " in plain.out and "pages: " in plain.out
    covered = _log(workspace_dir, demo_template.case_id)[-2]  # the first export's entry
    assert f"as of entry {covered.seq}: {covered.hash}" in plain.out
    assert "CONFIDENTIAL" in PdfReader(tmp_path / "b.pdf").pages[1].extract_text()


def test_deterministic_is_an_alias_that_changes_nothing(
    cli: Any,
    workspace_dir: Path,
    demo_template: DemoTemplate,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--as-of SEQ|HASH" in help_text
    assert "--deterministic accepted for older scripts and changes nothing" in help_text
    shutil.copytree(demo_template.root, workspace_dir)
    seq = str(_log(workspace_dir, demo_template.case_id)[-1].seq)
    plain = cli("export", "Alleged", "--pdf", tmp_path / "plain.pdf", "--as-of", seq, "--unsigned")
    alias = cli(
        "export", "Alleged", "--pdf", tmp_path / "alias.pdf", "--as-of", seq, "--deterministic", "--unsigned"
    )
    assert plain.code == alias.code == 0, plain.err + alias.err
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "alias.pdf").read_bytes()
    options = [e.details["options"] for e in _log(workspace_dir, demo_template.case_id)[-2:]]
    assert options[0] == options[1]  # the alias leaves no trace in the log either


def _log(workspace: Path, case_id: str) -> list[CustodyView]:
    svc = CaseService.open(workspace, "auditor")
    try:
        return svc.custody_log(case_id)
    finally:
        svc.close()


def test_export_usage_errors_are_one_line(
    cli: Any, workspace_dir: Path, demo_template: DemoTemplate, tmp_path: Path
) -> None:
    shutil.copytree(demo_template.root, workspace_dir)
    bad = cli("export", "Alleged", "--pdf", tmp_path / "x.pdf", "--sections", "claims,nonsense")
    assert bad.code == 2
    assert bad.err.count("\n") == 1 and "nonsense" in bad.err
    missing = cli("export", "Alleged", "--pdf", tmp_path / "no" / "such" / "x.pdf")
    assert missing.code == 2 and "does not exist" in missing.err
    unknown = cli("export", "No such case", "--pdf", tmp_path / "x.pdf")
    assert unknown.code == 2
    assert not list(tmp_path.glob("*.pdf"))
