"""``casedesk forensics``: text and JSON, evidence by unique prefix, the views written, nothing logged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from .conftest import corpus_file, sha256


def _case_with(cli: Any, *paths: Path) -> tuple[str, list[str]]:
    case_id = cli("case", "new", "Pictures").out.strip()
    added = cli("add", case_id, *paths, "--json").json()
    return case_id, [item["evidence_id"] for item in added]


def test_text_output(cli: Any, tmp_path: Path) -> None:
    case_id, (double, history) = _case_with(
        cli, corpus_file("forensics/comp4050.jpg"), corpus_file("forensics/tanners_ridge.jpg")
    )
    log_before = cli("log", case_id, "--json").json()
    ela, noise = tmp_path / "ela.png", tmp_path / "noise.png"
    result = cli("forensics", case_id[:8], double[:8], "--ela-out", ela, "--noise-out", noise)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"{double[:8]}  comp4050.jpg  image/jpeg 512x384"
    assert "  jpeg_quantisation: estimated quality 50 (standard IJG tables)" in lines
    (dq,) = [line for line in lines if line.startswith("  double_jpeg_compression")]
    assert "primary quality about 40" in dq and dq.endswith(": indication of double compression")
    assert "  thumbnail_comparison: the file carries no thumbnail" in lines
    for view in (ela, noise):
        with Image.open(view) as im:
            assert im.format == "PNG" and im.size == (512, 384)
    text = cli("forensics", case_id, history).out
    assert "  xmp_edit_history: 11 steps; software: Adobe Photoshop Lightroom Classic 12.5" in text
    assert "    2023-09-26T15:53:49-04:00  saved  Adobe Photoshop 25.0 (Windows)" in text
    assert cli("log", case_id, "--json").json() == log_before  # reading changes nothing, logs nothing


def test_json_output(cli: Any) -> None:
    case_id, (single, thumb) = _case_with(
        cli, corpus_file("forensics/comp40.jpg"), corpus_file("forensics/45-gps_ifd.jpg")
    )
    result = cli("forensics", case_id, single, "--json")
    assert result.code == 0, result.err
    findings = result.json()
    assert [f["method"] for f in findings] == [
        "error_level_analysis",
        "jpeg_quantisation",
        "double_jpeg_compression",
        "noise_residual",
    ]
    assert all(f["evidence"] == single and f["reference"] for f in findings)
    assert findings[1]["estimated_quality"] == 40 and findings[1]["standard"] is True
    assert findings[2]["indicated"] is False and findings[2]["gap_bins"] == 0
    (thumbnail,) = [
        f for f in cli("forensics", case_id, thumb, "--json").json() if f["method"] == "thumbnail_comparison"
    ]
    assert thumbnail["frame_matches"] is False and thumbnail["content_matches"] is True
    assert thumbnail["bars"] == [0, 15, 0, 15]


def test_errors_are_one_line(cli: Any, tmp_path: Path) -> None:
    case_id, (video,) = _case_with(cli, corpus_file("camera/karma.mp4"))
    refused = cli("forensics", case_id, video)
    assert refused.code == 1 and refused.err.startswith(
        "casedesk: karma.mp4 holds MP4 video data, not a still"
    )
    assert refused.err.count("\n") == 1
    unknown = cli("forensics", case_id, "ffffffff")
    assert unknown.code == 2 and unknown.err.startswith("casedesk: ")


def test_original_unchanged(cli: Any, workspace_dir: Path) -> None:
    path = corpus_file("forensics/comp4050.jpg")
    case_id, (evidence,) = _case_with(cli, path)
    before = sha256(path)
    assert cli("forensics", case_id, evidence).code == 0
    assert cli("verify", case_id).code == 0  # the stored original re-hashes as recorded
    assert sha256(path) == before
