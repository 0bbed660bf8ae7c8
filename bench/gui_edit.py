"""How long one edit takes to reach the screen in a 10,000-item case: a claim's status, changed through
``CaseOps`` with the real window showing the case, until every view that reacts has redrawn.

Builds a workspace with one case of 10,000 evidence items. Ingesting 10,000 files would take many
minutes, so the items are inserted directly (one bulk INSERT through the workspace's own session),
each with its per-item checklist (as ingest writes it) and its ``evidence_add`` custody entry, chained
by hash exactly as ``custody.append`` chains them (the chain is verified before measuring). No
originals or thumbnails are stored: no view reads them on an edit. Sources, claims (linked to
evidence), events, places and notes are then added through the service, as a user would.

Then, offscreen, the real ``MainWindow`` opens the case on its Claims tab and runs interleaved rounds
(bench/_rounds.py, at least five) of EDITS_PER_ROUND edits each:

- seconds: from ``ops.run`` (which makes the write, announces it and pushes the undo step) until no
  read is running or waiting and pending paint events are processed (each round's median edit; the
  JSON has the median of the rounds);
- floor_seconds: the bare service call ``svc.update_claim`` (each round's median), the least any
  edit can cost, made with the same window open (it announces nothing, so no view reacts);
- calls_per_edit: which service calls the views made per edit and their median time;
- summary_edit_seconds: the same measurement for an edit of the case's summary on the Overview tab
  (after the rounds, median of EDITS edits).

Runs with no arguments; prints a JSON object as its last line. Target: seconds under 0.05.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from _rounds import Step, emit, note, private_config, run_rounds, with_targets
from casedesk.core import custody
from casedesk.core.models import Blob, ChecklistItem, CustodyEntry, Evidence, new_id
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime, utcnow

ITEMS = 10_000
CLAIMS = 200
EDITS = 15  # summary edits, after the rounds
EDITS_PER_ROUND = 5
STATUSES = ("supported", "disputed", "confirmed", "unverified")
DATA_NOTE = (
    "evidence rows, their checklists and chained evidence_add entries inserted directly (no ingest, "
    "no originals or thumbnails); sources, claims, events, places, notes added through the service"
)


def build_case(svc: CaseService) -> str:
    case_id: str = svc.create_case("Bench: 10,000 items, one edit").id
    start = utcnow()
    head = svc.custody_entries(case_id)[-1]
    prev, seq = head.hash, head.seq
    blobs, rows, checks, entries = [], [], [], []
    template = svc.template.for_scope("evidence")
    for i in range(ITEMS):
        sha = hashlib.sha256(f"casedesk-bench-edit-{i}".encode()).hexdigest()
        evidence_id, name, at = new_id(), f"item_{i:05d}.jpg", start + timedelta(milliseconds=i)
        blobs.append({"sha256": sha, "size": 1000 + i, "stored_at": start})
        rows.append(
            {
                "id": evidence_id,
                "case_id": case_id,
                "sha256": sha,
                "kind": "still",
                "original_name": name,
                "original_path": f"/media/card/{name}",
                "size": 1000 + i,
                "media_type": "image/jpeg",
                "added_at": at,
                "width": 1280,
                "height": 720,
                "tags": [],
                "warnings": [],
                "details": {},
                "raw_metadata": {},
                "description": "",
                "transcript": "",
                "graphic": False,
                "personal_data": False,
                "decode_status": "ok",
            }
        )
        for position, item in enumerate(template):
            checks.append(
                {
                    "id": new_id(),
                    "case_id": case_id,
                    "evidence_id": evidence_id,
                    "key": item.key,
                    "position": position,
                    "phase": item.phase,
                    "title": item.title,
                    "guidance": item.guidance,
                    "state": "pending",
                    "note": "",
                    "investigator": "",
                }
            )
        seq += 1
        details = {"sha256": sha, "size": 1000 + i, "original_name": name, "media_type": "image/jpeg"}
        payload = custody.entry_payload(
            case_id=case_id,
            seq=seq,
            at=at,
            investigator=svc.investigator,
            action="evidence_add",
            object_type="evidence",
            object_id=evidence_id,
            details=details,
        )
        entry_hash = custody.chain_hash(prev, payload)
        entries.append(
            {
                "id": new_id(),
                **{k: payload[k] for k in ("case_id", "seq", "investigator", "action", "object_type")},
                "object_id": evidence_id,
                "at": at,
                "details": details,
                "prev_hash": prev,
                "hash": entry_hash,
            }
        )
        prev = entry_hash
    with svc.workspace.db.write() as s:
        s.execute(insert(Blob), blobs)
        s.execute(insert(Evidence), rows)
        s.execute(insert(ChecklistItem), checks)
        s.execute(insert(CustodyEntry), entries)
    evidence_ids = [r["id"] for r in rows]
    sources = [svc.add_source(case_id, f"Source {i}", platform="Telegram").id for i in range(40)]
    for i in range(CLAIMS):
        claim_id = svc.add_claim(case_id, f"Claim {i}: the convoy passed checkpoint {i % 17}.").id
        svc.link_claim_evidence(claim_id, *evidence_ids[i * 7 : i * 7 + 3], stance="supports")
        svc.link_claim_source(claim_id, sources[i % len(sources)])
    places = [svc.add_place(case_id, f"Place {i}", 16.0 + i / 100, -1.0).id for i in range(20)]
    for i in range(50):
        when = PartialTime.parse(f"2025-03-{1 + i % 28:02d}")
        svc.add_event(case_id, when, f"Event {i}", place_id=places[i % len(places)])
    for i in range(20):
        svc.add_note(case_id, f"Note {i}: follow up with the stringer.")
    return case_id


def record_reads(svc: CaseService, log: list[tuple[str, float]]) -> None:
    """Time every service call from here on (which views read what, and for how long)."""
    for name in dir(svc):
        method = getattr(svc, name)
        if name.startswith("_") or not callable(method) or name in ("open", "close", "reader"):
            continue

        def timed(*args: Any, _method: Any = method, _name: str = name, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return _method(*args, **kwargs)
            finally:
                log.append((_name, time.perf_counter() - t))

        setattr(svc, name, timed)


def settle(app: Any, loaders: list[Any], timeout_s: float = 30.0) -> None:
    """Process events until no read is running or about to start, then once more for the paints."""
    from casedesk.ui.tasks import running_tasks

    deadline = time.perf_counter() + timeout_s
    while running_tasks() or any(loader.loading for loader in loaders):
        if time.perf_counter() > deadline:
            raise TimeoutError("the views did not refresh in time")
        app.processEvents()
        if running_tasks():
            time.sleep(0.0002)  # let the read pool's threads run
    app.processEvents()  # paint events for what the last results changed


def edit_summary(app: Any, loaders: list[Any], window: Any, svc: CaseService, case_id: str) -> list[float]:
    """The same measurement for an edit of the case's own summary, on the Overview tab."""
    from casedesk.ui.case_panel import CasePanel

    window.panel.tabs.setCurrentIndex(CasePanel.OVERVIEW)
    settle(app, loaders)
    runs = []
    for i in range(EDITS):
        summary = f"Summary, version {i}"
        t = time.perf_counter()
        window.ops.run(
            window,
            "Edit the summary",
            lambda summary=summary: svc.update_case(case_id, summary=summary),
            undo=lambda done: svc.update_case(case_id, **done.before.get(case_id, {})),
        )
        settle(app, loaders)
        runs.append(time.perf_counter() - t)
        assert window.panel.overview.summary.toPlainText() == summary
    return runs


def main() -> None:
    private_config()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-edit-") as tmp:
        svc = CaseService.open(Path(tmp) / "workspace", "Bench")
        t0 = time.perf_counter()
        case_id = build_case(svc)
        report = svc.verify(case_id)
        assert report.log_entries_checked > ITEMS and not [p for p in report.problems if p.kind == "custody"]
        note(f"built the case in {time.perf_counter() - t0:.1f} s")
        claim_id = svc.list_claims(case_id)[CLAIMS // 2].id
        bare_update_claim = svc.update_claim  # the floor's call, taken before record_reads wraps it

        from casedesk.ui.case_panel import CasePanel
        from casedesk.ui.main_window import MainWindow

        try:  # the Sources and Claims tabs wait for a turn of the event loop before reading
            from casedesk.ui.case_loader import CaseLoader

            loader_type: Any = CaseLoader
        except ImportError:  # pragma: no cover
            loader_type = None
        window = MainWindow(svc, Preferences(thumbnail_size=160))
        window.resize(1400, 900)
        window.show()
        window.panel.tabs.setCurrentIndex(CasePanel.CLAIMS)
        loaders = list(window.findChildren(loader_type)) if loader_type else []
        t0 = time.perf_counter()
        window.open_case(case_id)
        settle(app, loaders, timeout_s=120)
        pane = window.panel.evidence
        # Edits are timed once the pane's background reads (rows, then sort/filter facts) are done,
        # so what is measured is the edit and nothing still loading from the open.
        while pane is not None and (pane.model.loading or pane.model.facts_loading):
            app.processEvents()
        settle(app, loaders)
        note(f"window open on the case in {time.perf_counter() - t0:.2f} s")
        window.panel.claims.select_claim(claim_id)
        settle(app, loaders)

        calls: list[tuple[str, float]] = []
        record_reads(svc, calls)
        claim_calls: list[tuple[str, float]] = []  # the calls made during ours' edits only
        edits: list[float] = []
        counter = [0]

        def next_status() -> str:
            counter[0] += 1
            return STATUSES[counter[0] % len(STATUSES)]

        def floor() -> float:
            runs = []
            for _ in range(EDITS_PER_ROUND):
                status = next_status()
                t = time.perf_counter()
                bare_update_claim(claim_id, status=status)
                runs.append(time.perf_counter() - t)
            return statistics.median(runs)

        def ours() -> float:
            start = len(calls)
            runs = []
            for _ in range(EDITS_PER_ROUND):
                status = next_status()
                t = time.perf_counter()
                window.ops.run(
                    window,
                    "Change the claim's status",
                    lambda status=status: svc.update_claim(claim_id, status=status),
                    undo=lambda done: svc.update_claim(claim_id, **done.before.get(claim_id, {})),
                )
                settle(app, loaders)
                runs.append(time.perf_counter() - t)
                shown = window.panel.claims.model.rows[window.panel.claims.model.row_of(claim_id)]
                assert shown.status == status, "the Claims tab did not show the edit"
            claim_calls.extend(calls[start:])
            edits.extend(runs)
            note("edits (ms): " + ", ".join(f"{r * 1000:.1f}" for r in runs))
            return statistics.median(runs)

        rounds = run_rounds(
            {
                "ours": Step(ours, per=EDITS_PER_ROUND),
                # Nothing should react to a bare write; settle anyway so that nothing spills over.
                "floor": Step(floor, per=EDITS_PER_ROUND, after=lambda: settle(app, loaders)),
            }
        )
        case_runs = edit_summary(app, loaders, window, svc, case_id)
        window.close()
        svc.close()
    reads: dict[str, list[float]] = {}
    for name, spent in claim_calls:
        reads.setdefault(name, []).append(spent)
    emit(
        {
            "name": "gui_edit",
            "items": ITEMS,
            "edits": len(edits),
            "edits_per_round": EDITS_PER_ROUND,
            **with_targets(rounds.compare("ours", "floor"), seconds=0.05),
            "max_seconds": round(max(edits), 5),
            # For comparison: the case's summary edited the same way (Overview, tab titles, log).
            "summary_edit_seconds": round(statistics.median(case_runs), 5),
            # What the views called per edit: {call: [calls per edit, median ms]} (threads overlap).
            "calls_per_edit": {
                name: [round(len(times) / len(edits), 2), round(statistics.median(times) * 1000, 1)]
                for name, times in sorted(reads.items())
            },
            "data": DATA_NOTE,
        }
    )


if __name__ == "__main__":
    main()
