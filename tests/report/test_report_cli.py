"""``casedesk export CASE --pdf OUT.pdf``."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from .conftest import DemoTemplate


def test_export_prints_path_pages_size_and_hash(
    cli: Any, workspace_dir: Path, demo_template: DemoTemplate, tmp_path: Path
) -> None:
    shutil.copytree(demo_template.root, workspace_dir)
    out = tmp_path / "report.pdf"
    result = cli("export", "Alleged drone", "--pdf", out, "--json", "--deterministic", "--custody", "summary")
    assert result.code == 0, result.err
    record = result.json()
    data = out.read_bytes()
    assert record == {
        "path": str(out.resolve()),
        "pages": len(PdfReader(out).pages),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    plain = cli(
        "export", demo_template.case_id[:8], "--pdf", tmp_path / "b.pdf", "--classification", "CONFIDENTIAL"
    )
    assert plain.code == 0, plain.err
    assert plain.out.splitlines()[0] == str((tmp_path / "b.pdf").resolve())
    assert "sha256: " in plain.out and "pages: " in plain.out
    assert "CONFIDENTIAL" in PdfReader(tmp_path / "b.pdf").pages[1].extract_text()


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
