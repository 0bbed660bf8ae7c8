"""The Provenance tab of a signed phone capture: the corpus's real Starling Capture, and its forgery."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk.core.service import CaseService
from casedesk.ui.evidence.provenance import ProvenancePanel
from casedesk.ui.ops import CaseOps

from .test_provenance_panel import corpus_file, rows, show

STARLING = "signed/starling-capture"
PHOTO = "034305235db1ac3fcd6580765f893c53e3aea07e7f2c3096600cb533ac92e94f.jpg"
CAPTURE = "Signed capture"


@pytest.fixture
def make_panel(qtbot) -> Callable[[CaseService], ProvenancePanel]:  # type: ignore[no-untyped-def]
    def make(svc: CaseService) -> ProvenancePanel:
        panel = ProvenancePanel(svc, CaseOps(svc))
        qtbot.addWidget(panel)
        panel.resize(760, 900)
        panel.show()
        return panel

    return make


def _add(svc: CaseService, folder: Path, signature: str) -> str:
    folder.mkdir()
    shutil.copyfile(corpus_file(f"{STARLING}/{PHOTO}"), folder / PHOTO)
    shutil.copyfile(corpus_file(f"{STARLING}/information.json"), folder / "information.json")
    shutil.copyfile(corpus_file(f"{STARLING}/{signature}"), folder / "signature.json")
    case_id = svc.create_case("Captured").id
    results = svc.add_files(case_id, [folder / PHOTO, folder / "information.json", folder / "signature.json"])
    return next(r.evidence_id or "" for r in results if Path(r.path).name == PHOTO)


def test_the_capture_is_shown_with_its_device_time_place_and_signature(
    qtbot, make_panel, svc: CaseService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    evidence_id = _add(svc, tmp_path / "in", "signature.json")
    panel = make_panel(svc)
    show(qtbot, panel, svc, evidence_id)
    shown = rows(panel)
    assert shown[(CAPTURE,)] == "Starling Capture"
    assert shown[(CAPTURE, "Verdict")] == "Verified"
    assert shown[(CAPTURE, "Media matches the proof")] == "Yes: the same SHA-256"
    assert shown[(CAPTURE, "Device time")] == "15 Aug 2022 15:37:07 UTC"
    assert shown[(CAPTURE, "Location")] == "24.996062, 121.510520"
    assert shown[(CAPTURE, "Location", "Accuracy")] == "21.1 m"
    assert shown[(CAPTURE, "Device", "Manufacturer")] == "HTC"
    assert shown[(CAPTURE, "Signatures", "AndroidOpenSSL")] == "Valid"
    assert shown[(CAPTURE, "Files", "information")] == "information.json"
    assert "Signed capture (Starling Capture) verified" in panel.summary.text()


def test_a_forged_capture_says_its_signature_does_not_hold(
    qtbot, make_panel, svc: CaseService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    evidence_id = _add(svc, tmp_path / "in", "signature.bad.json")
    panel = make_panel(svc)
    show(qtbot, panel, svc, evidence_id)
    shown = rows(panel)
    assert shown[(CAPTURE, "Verdict")] == "Not verified"
    assert shown[(CAPTURE, "Signatures", "AndroidOpenSSL")].startswith("Invalid")
    assert "signature AndroidOpenSSL" in panel.summary.text().replace("\u2068", "").replace("\u2069", "")
