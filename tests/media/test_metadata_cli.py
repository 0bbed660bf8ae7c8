"""``casedesk meta``, the service read behind it, and what happens without (or with a stuck) exiftool."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import pytest

from casedesk.cli import run
from casedesk.core.service import CaseService
from casedesk.media.meta import ExifToolFailed, ExifToolMissing, install_hint, require_exiftool, run_json
from casedesk.media.meta.tool import ExifTool

from .metadata_corpus import corpus_file, need_exiftool


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def added(tmp_path: Path) -> tuple[Path, str, list[str]]:
    workspace = tmp_path / "ws"
    code, out, err = _cli("--workspace", str(workspace), "case", "new", "Meta")
    assert code == 0, err
    case_id = out.strip()
    files = [corpus_file("camera/Google.jpg"), corpus_file("camera/karma.mp4")]
    code, out, err = _cli("--workspace", str(workspace), "add", case_id, *map(str, files), "--json")
    assert code == 0, err
    return workspace, case_id, [row["evidence_id"] for row in json.loads(out)]


def test_meta_json_has_every_group_and_the_chosen_sources(added: tuple[Path, str, list[str]]) -> None:
    need_exiftool()
    workspace, case_id, ids = added
    code, out, err = _cli("--workspace", str(workspace), "meta", case_id, ids[0][:8], "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["reader"].startswith("exiftool ")
    assert data["chosen"]["captured_at"] == {
        "value": "2023-10-06T22:53:51.724000+02:00",
        "source": "EXIF:ExifIFD:DateTimeOriginal",
    }
    assert data["chosen"]["gps"]["source"] == "Composite:Composite:GPSLatitude"
    assert data["chosen"]["model"]["value"] == "Pixel 8 Pro"
    assert {"EXIF", "XMP", "Composite"} <= set(data["groups"])
    assert data["groups"]["EXIF"]["IFD0"]["Make"] == "Google"


def test_meta_text_of_a_gopro_video(added: tuple[Path, str, list[str]]) -> None:
    need_exiftool()
    workspace, case_id, ids = added
    code, out, err = _cli("--workspace", str(workspace), "meta", case_id, ids[1])
    assert code == 0, err
    assert "[GoPro:Track4:GPSLatitude]" in out
    assert "[QuickTime:Track1]" in out


def test_service_read_matches_the_cli(added: tuple[Path, str, list[str]]) -> None:
    need_exiftool()
    workspace, _, ids = added
    svc = CaseService.open(workspace, "Tester")
    try:
        view = svc.full_metadata(ids[0])
    finally:
        svc.close()
    assert view.original_name == "Google.jpg"
    assert [c.name for c in view.chosen][:2] == ["captured_at", "gps"]


def test_missing_exiftool_says_what_to_install(
    added: tuple[Path, str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, case_id, ids = added
    monkeypatch.setenv("CASEDESK_EXIFTOOL", "/nonexistent/exiftool")
    with pytest.raises(ExifToolMissing):
        require_exiftool()
    code, _, err = _cli("--workspace", str(workspace), "meta", case_id, ids[0])
    assert code != 0
    assert "exiftool is not installed" in err
    assert str(install_hint()) in err.replace("\n", "")


@pytest.mark.parametrize(
    ("platform", "words"),
    [("win32", "winget install"), ("darwin", "brew install exiftool"), ("linux", "apt install")],
)
def test_install_hint_per_system(monkeypatch: pytest.MonkeyPatch, platform: str, words: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert words in str(install_hint())


@pytest.mark.skipif(sys.platform.startswith("win"), reason="a POSIX shell script stands in for exiftool")
def test_a_stuck_exiftool_is_stopped_by_the_timeout(tmp_path: Path) -> None:
    script = tmp_path / "exiftool"
    script.write_text("#!/bin/sh\nexec sleep 30\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    with pytest.raises(ExifToolFailed, match="did not finish"):
        run_json(ExifTool(str(script), "0"), [corpus_file("camera/iptc.jpg")], timeout=0.5)
