"""Take the README screenshots of the demo case with a real window.

Run under a virtual X server so the window is drawn as on a desktop:

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/take.py

Uses a throw-away workspace and settings folder; writes evidence-grid.png, claim-checklist.png and
analysis.png (the Arabic post stand-in read by Tesseract, its word boxes over it) beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def settle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="casedesk-shots-"))
    os.environ["CASEDESK_CONFIG_DIR"] = str(scratch / "config")
    os.environ["CASEDESK_INVESTIGATOR"] = "A. Investigator"
    os.environ["HOME"] = str(scratch)  # the status bar then shows ~/CaseDesk, not a temporary path

    from PySide6.QtWidgets import QApplication

    from casedesk.core.demo import create_demo_case
    from casedesk.core.preferences import Preferences
    from casedesk.core.service import CaseService
    from casedesk.ui.app import setup_application
    from casedesk.ui.case_panel import CasePanel
    from casedesk.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    prefs = Preferences()
    keep = setup_application(app, prefs)
    svc = CaseService.open(scratch / "CaseDesk", prefs.investigator_name())
    case_id = create_demo_case(svc)
    window = MainWindow(svc, prefs)
    window.resize(1360, 860)
    window.show()
    window.open_case(case_id)
    settle(app, 1.0)

    view = svc.case_view(case_id)
    still_2 = next(e.id for e in view.evidence if e.original_name == "footage_still_2.jpg")
    window.panel.tabs.setCurrentIndex(CasePanel.EVIDENCE)
    assert window.panel.evidence is not None
    window.panel.evidence.select_evidence(still_2)
    settle(app, 2.5)  # thumbnails and the preview load in the background
    window.grab().save(str(HERE / "evidence-grid.png"))

    plates = next(c for c in view.claims if "registration" in c.text)
    window.panel.tabs.setCurrentIndex(CasePanel.CLAIMS)
    window.panel.claims.select_claim(plates.id)
    settle(app, 0.3)
    links = window.panel.claims.detail.links
    for row in range(links.topLevelItemCount()):
        if links.topLevelItem(row).data(0, 256) == still_2:
            links.setCurrentItem(links.topLevelItem(row))
    settle(app, 0.8)
    window.grab().save(str(HERE / "claim-checklist.png"))

    post = next(e.id for e in view.evidence if e.original_name == "defenseatlas_post.png")
    window.panel.tabs.setCurrentIndex(CasePanel.EVIDENCE)
    window.panel.evidence.select_evidence(post)
    settle(app, 1.5)
    viewer = window.panel.evidence.viewer
    viewer.tabs.setCurrentWidget(viewer.analysis)
    prefs.ocr_languages = "ara+eng"
    reading = viewer.analysis.recognise()
    assert reading is not None and reading.wait(120_000) and reading.error is None
    settle(app, 1.0)
    viewer.analysis.boxes_check.setChecked(True)
    settle(app, 0.5)
    window.grab().save(str(HERE / "analysis.png"))

    window.close()
    svc.close()
    del keep
    print("wrote", *(HERE / name for name in ("evidence-grid.png", "claim-checklist.png", "analysis.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
