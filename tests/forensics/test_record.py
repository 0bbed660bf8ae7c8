"""Findings recorded through the service: stored beside the original, logged, replaced, refusals kept."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from casedesk.core.errors import Cancelled, UsageError
from casedesk.core.service import CaseService
from casedesk.core.service.forensics import findings_sha256
from casedesk.core.tasks import TaskControl
from casedesk.forensics import ENGINE, engine_version, examine, finding_dict

from .conftest import corpus_file, png_bomb, sha256


def _add(svc: CaseService, *paths: Path) -> tuple[str, list[str]]:
    case_id = svc.create_case("Pictures").id
    ids = [r.evidence_id for r in svc.add_files(case_id, list(paths))]
    assert all(ids)
    return case_id, [str(i) for i in ids]


def _logged(svc: CaseService, case_id: str) -> list[dict[str, Any]]:
    return [e.details for e in svc.custody_log(case_id) if e.action == "forensics_examine"]


def _broken(tmp_path: Path) -> Path:
    data = bytearray(corpus_file("forensics/comp40.jpg").read_bytes())
    frame = data.index(b"\xff\xc0")  # start of frame: height and width set to 0
    data[frame + 5 : frame + 9] = b"\x00" * 4
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(bytes(data))
    return broken


def test_findings_are_stored_logged_and_the_original_kept(svc: CaseService) -> None:
    path = corpus_file("forensics/comp4050.jpg")
    case_id, (item,) = _add(svc, path)
    changes = svc.examine_evidence([item])
    view = svc.evidence_findings(item)
    assert view is not None and view.ok and view.original_name == "comp4050.jpg"
    expected = [finding_dict(f) for f in examine(path).findings]
    assert [dict(f) for f in view.findings] == expected  # each finding's own dict form, method first
    assert view.methods == (
        "error_level_analysis",
        "jpeg_quantisation",
        "double_jpeg_compression",
        "noise_residual",
    )
    assert view.engine == ENGINE and view.engine_version == engine_version()
    assert view.sha256 == sha256(path) == sha256(svc.original_path(item))
    (details,) = _logged(svc, case_id)
    assert changes.ids == {item} and len(changes.entries) == 1
    assert details["findings_sha256"] == view.findings_sha256 == findings_sha256(expected)
    assert details["engine_version"] == view.engine_version and details["engine"] == ENGINE
    assert details["methods"] == list(view.methods) and "pillow" in details["libraries"]
    assert "replaces" not in details and "error" not in details
    assert svc.verify(case_id).ok


def test_examining_again_replaces_the_findings_and_says_so(svc: CaseService) -> None:
    case_id, (item,) = _add(svc, corpus_file("forensics/tanners_ridge.jpg"))
    svc.examine_evidence([item])
    first = svc.evidence_findings(item)
    svc.examine_evidence([item])
    second = svc.evidence_findings(item)
    assert first is not None and second is not None
    assert second.created_at > first.created_at and second.findings_sha256 == first.findings_sha256
    assert "xmp_edit_history" in second.methods
    logged = _logged(svc, case_id)
    assert len(logged) == 2
    assert logged[1]["replaces"]["findings_sha256"] == first.findings_sha256


def test_a_corrupt_still_and_a_bomb_are_recorded_with_their_reason(svc: CaseService, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(30_000, 30_000))
    case_id, (broken, bombed, good) = _add(svc, _broken(tmp_path), bomb, corpus_file("forensics/comp40.jpg"))
    svc.examine_evidence([broken, bombed, good])  # the refusals do not stop the others
    views = [svc.evidence_findings(i) for i in (broken, bombed, good)]
    assert all(v is not None for v in views)
    v_broken, v_bomb, v_good = views
    assert v_broken is not None and v_bomb is not None and v_good is not None
    assert v_broken.error == (
        "The JPEG image data in broken.jpg could not be decoded (cannot identify image file); not examined."
    )
    assert v_broken.findings == () and not v_broken.ok
    assert v_bomb.error is not None and "above the 200 megapixel limit" in v_bomb.error
    assert v_good.ok and v_good.findings
    logged = _logged(svc, case_id)
    assert [d.get("error") for d in logged] == [v_broken.error, v_bomb.error, None]
    assert logged[0]["findings_sha256"] == findings_sha256([])


def test_only_stills_are_examined_and_nothing_is_logged(svc: CaseService) -> None:
    case_id, (clip,) = _add(svc, corpus_file("speech/stereo_diarization.wav"))
    with pytest.raises(UsageError, match="Only still images"):
        svc.examine_evidence([clip])
    with pytest.raises(UsageError, match="at least one"):
        svc.examine_evidence([])
    assert svc.evidence_findings(clip) is None and _logged(svc, case_id) == []


def test_progress_and_cancel(svc: CaseService) -> None:
    case_id, items = _add(svc, corpus_file("forensics/comp40.jpg"), corpus_file("forensics/comp4050.jpg"))
    seen: list[tuple[int, int]] = []
    svc.examine_evidence(items, control=TaskControl(progress=lambda d, t, m: seen.append((d, t))))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    control = TaskControl(cancel_event=threading.Event())
    control.cancel()
    with pytest.raises(Cancelled):
        svc.examine_evidence(items, control=control)
    assert len(_logged(svc, case_id)) == 2  # the cancelled run recorded nothing


def test_cli_records_only_when_asked(cli: Any, tmp_path: Path) -> None:
    case_id = cli("case", "new", "Pictures").out.strip()
    (item,) = [
        i["evidence_id"] for i in cli("add", case_id, corpus_file("forensics/comp40.jpg"), "--json").json()
    ]
    assert cli("forensics", case_id, item).code == 0
    actions = [e["action"] for e in cli("log", case_id, "--json").json()]
    assert "forensics_examine" not in actions
    result = cli("forensics", case_id, item[:8], "--record", "--json")
    assert result.code == 0, result.err
    assert result.json()[0]["method"] == "error_level_analysis"
    entries = [e for e in cli("log", case_id, "--json").json() if e["action"] == "forensics_examine"]
    assert len(entries) == 1 and entries[0]["object_id"] == item


def test_cli_records_a_corrupt_still_then_says_why(cli: Any, tmp_path: Path) -> None:
    case_id = cli("case", "new", "Pictures").out.strip()
    (item,) = [i["evidence_id"] for i in cli("add", case_id, _broken(tmp_path), "--json").json()]
    result = cli("forensics", case_id, item, "--record")
    assert result.code != 0 and "could not be decoded" in result.err
    entries = [e for e in cli("log", case_id, "--json").json() if e["action"] == "forensics_examine"]
    assert len(entries) == 1 and "could not be decoded" in entries[0]["details"]["error"]
