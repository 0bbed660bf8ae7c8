"""Reports as of a custody entry: the same entry and options give the same bytes, whatever came after."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader

from casedesk.core.service import CaseService
from casedesk.core.workspace import DB_NAME
from casedesk.report import ReportOptions, export_pdf
from casedesk.report.software import PACKAGES

from .conftest import DemoTemplate, flat, open_copy, read_pdf

OPTIONS = ReportOptions(omit_graphic=True, custody="summary", classification="RESTRICTED")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_report_as_of_an_entry_stays_the_same_file_as_the_case_moves_on(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    seq = svc.custody_log(case_id)[-1].seq
    first = export_pdf(svc, case_id, tmp_path / "first.pdf", OPTIONS, as_of=seq, sign=False)

    path = tmp_path / "Later-Still-QZX.png"
    Image.new("RGB", (64, 48), (12, 200, 90)).save(path)
    [added] = svc.add_files(case_id, [path])
    assert added.sha256 is not None
    view = svc.case_view(case_id)
    claim = view.claims[0]
    svc.update_claim(claim.id, text="A claim rewritten after the report QZX")
    source = view.sources[0]
    svc.remove_source(source.id, "duplicate", unlink=True)

    again = export_pdf(svc, case_id, tmp_path / "again.pdf", OPTIONS, as_of=str(seq), sign=False)
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "first.pdf").read_bytes()
    assert again.sha256 == first.sha256 and again.as_of_seq == seq

    old = read_pdf(again)
    assert added.sha256 not in old.squeezed and "Later-Still-QZX" not in old.text
    assert flat(claim.text) in old.flat and "rewritten after the report" not in old.text
    assert source.name in old.text  # removed later, so still in the report of the case as it stood

    latest = export_pdf(svc, case_id, tmp_path / "latest.pdf", OPTIONS)
    new = read_pdf(latest)
    assert latest.sha256 != first.sha256
    assert latest.as_of_seq == svc.custody_log(case_id)[-2].seq  # the head before this export's entry
    assert added.sha256 in new.squeezed and "Later-Still-QZX" in new.text
    assert "A claim rewritten after the report QZX" in new.flat and flat(claim.text) not in new.flat
    assert f"{len(view.evidence)} items" in new.flat and f"{len(view.evidence) - 1} items" in old.flat


def test_the_cover_and_the_metadata_name_the_covered_entry(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    log = svc.custody_log(case_id)
    entry = log[len(log) // 2]
    # Unsigned: the metadata is the document's own (signing updates the producer, after the prefix).
    result = export_pdf(
        svc, case_id, tmp_path / "mid.pdf", ReportOptions(), as_of=entry.hash[:12], sign=False
    )
    assert (result.as_of_seq, result.as_of_hash) == (entry.seq, entry.hash)
    report = read_pdf(result)
    cover = report.reader.pages[0].extract_text()
    assert f"Entry {entry.seq} of the custody log, {entry.at:%Y-%m-%d %H:%M:%S} UTC" in flat(cover)
    assert entry.hash in re.sub(r"\s+", "", cover)
    assert log[-1].hash not in report.squeezed  # the head is later than the covered entry
    assert all(e.hash not in report.squeezed for e in log[entry.seq :])
    for page in report.reader.pages:  # every footer says which moment of the case it shows
        assert f"Case as of entry {entry.seq}, {entry.at:%Y-%m-%d %H:%M:%S} UTC" in flat(page.extract_text())
    meta = report.reader.metadata
    assert meta is not None
    assert meta["/CaseDeskAsOfEntry"] == str(entry.seq) and meta["/CaseDeskAsOfHash"] == entry.hash
    assert meta["/CaseDeskCase"] == case_id
    assert meta.creation_date is not None
    assert meta.creation_date.replace(tzinfo=None) == entry.at.replace(microsecond=0, tzinfo=None)
    producer = meta.producer or ""
    assert "CaseDesk 0.1.0" in producer
    for package in PACKAGES:
        assert re.search(rf"{re.escape(package)} \d+\.\d+", producer), package
    assert producer.replace(",", "") in flat(cover).replace(",", "")  # the cover lists the same


def test_the_export_entry_records_the_covered_entry_options_and_file_hash(
    demo: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = demo
    covered = svc.custody_log(case_id)[-5]
    out = tmp_path / "logged.pdf"
    result = export_pdf(svc, case_id, out, OPTIONS, as_of=covered.seq)
    entry = svc.custody_log(case_id)[-1]
    assert entry.action == "export_pdf" and entry.investigator == "Test Investigator"
    assert entry.details["as_of"] == {"seq": covered.seq, "hash": covered.hash}
    assert entry.details["options"] == {
        "sections": "all",
        "omit_graphic": True,
        "omit_personal": False,
        "blur_sensitive": False,
        "custody": "summary",
        "classification": "RESTRICTED",
    }
    assert entry.details["sha256"] == _sha256(out) == result.sha256
    assert entry.details["size"] == out.stat().st_size and entry.details["file"] == "logged.pdf"
    assert svc.verify(case_id).ok


def test_nothing_of_the_exporter_or_the_workspace_reaches_the_file(
    demo_template: DemoTemplate, tmp_path: Path
) -> None:
    """Workspaces copied with cp -a, exports in the same second, other investigators, clocks and zones."""
    spaces = []
    for name in ("here", "there"):
        subprocess.run(["cp", "-a", str(demo_template.root), str(tmp_path / name)], check=True)
        spaces.append(tmp_path / name)
    svc = CaseService.open(spaces[0], "Test Investigator")
    try:
        seq = svc.custody_log(demo_template.case_id)[-1].seq
    finally:
        svc.close()
    runs = []
    settings = zip(spaces, ("UTC", "Asia/Tokyo"), ("0", "1700000000"), strict=True)
    for number, (space, zone, epoch) in enumerate(settings):
        env = {**os.environ, "TZ": zone, "SOURCE_DATE_EPOCH": epoch}
        args = ["--workspace", str(space), "--investigator", f"Investigator {number}", "export"]
        args += [demo_template.case_id, "--pdf", str(tmp_path / f"{space.name}.pdf"), "--as-of", str(seq)]
        args += ["--unsigned"]
        # Started together, so both run in the same second.
        runs.append(
            subprocess.Popen([sys.executable, "-m", "casedesk", *args], env=env, stderr=subprocess.PIPE)
        )
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    assert (tmp_path / "here.pdf").read_bytes() == (tmp_path / "there.pdf").read_bytes()
    data = (tmp_path / "here.pdf").read_bytes()
    assert b"Investigator 0" not in data and b"Investigator 1" not in data
    assert str(tmp_path).encode() not in data
    # And one more, in process, in the same workspace a moment later: the same file again.
    svc = CaseService.open(spaces[0], "Someone Else")
    try:
        again = export_pdf(
            svc, demo_template.case_id, tmp_path / "again.pdf", ReportOptions(), as_of=seq, sign=False
        )
    finally:
        svc.close()
    assert again.sha256 == _sha256(tmp_path / "here.pdf")


def test_an_as_of_naming_no_entry_is_one_line_and_exit_2(
    cli: Any, workspace_dir: Path, demo_template: DemoTemplate, tmp_path: Path
) -> None:
    open_copy(demo_template, workspace_dir).close()
    before = _log_length(workspace_dir, demo_template.case_id)
    for ref, words in (
        ("999", "no custody entry 999"),
        ("0", "no custody entry 0"),
        ("abcdef0123", "No custody entry of the case has a hash starting"),
        ("abc", "six characters"),
    ):
        bad = cli("export", "Alleged", "--pdf", tmp_path / "x.pdf", "--as-of", ref)
        assert bad.code == 2, (ref, bad.err)
        assert bad.err.count("\n") == 1 and words in bad.err and "Traceback" not in bad.err, bad.err
    assert not list(tmp_path.glob("*.pdf"))
    assert _log_length(workspace_dir, demo_template.case_id) == before


def test_an_as_of_before_the_history_starts_is_one_line_and_exit_2(
    cli: Any, workspace_dir: Path, demo_template: DemoTemplate, tmp_path: Path
) -> None:
    open_copy(demo_template, workspace_dir).close()
    con = sqlite3.connect(workspace_dir / DB_NAME)  # a workspace from before the history was kept:
    with con:  # opening it records the case's history from its last entry on
        con.execute("DROP TABLE record_version")
        con.execute("DROP TABLE history_start")
        con.execute("UPDATE alembic_version SET version_num = '0003'")
    con.close()
    head = _log_length(workspace_dir, demo_template.case_id)
    bad = cli("export", "Alleged", "--pdf", tmp_path / "old.pdf", "--as-of", "1")
    assert bad.code == 2
    assert bad.err.count("\n") == 1 and f"before entry {head} was not recorded" in bad.err, bad.err
    assert not (tmp_path / "old.pdf").exists()
    good = cli("export", "Alleged", "--pdf", tmp_path / "head.pdf", "--as-of", str(head))
    assert good.code == 0, good.err
    assert f"Entry {head} of the custody log" in flat(
        PdfReader(tmp_path / "head.pdf").pages[0].extract_text()
    )


def test_the_export_dialog_offers_the_latest_entry_or_one_typed(qtbot: Any) -> None:
    from casedesk.ui.workflows import ReportDialog

    dialog = ReportDialog(None, latest=64)
    qtbot.addWidget(dialog)
    assert dialog.as_of_entry.placeholderText() == "Latest entry (64)"
    assert dialog.as_of() is None  # left empty: the head when the export starts
    dialog.as_of_entry.setText("  1f3a9c0d ")
    assert dialog.as_of() == "1f3a9c0d"


def _log_length(workspace: Path, case_id: str) -> int:
    svc = CaseService.open(workspace, "auditor")
    try:
        return len(svc.custody_log(case_id))
    finally:
        svc.close()
