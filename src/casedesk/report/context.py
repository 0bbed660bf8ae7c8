"""One consistent snapshot of a case, and everything the sections share while drawing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from casedesk import __version__
from casedesk.core.service import CaseService
from casedesk.core.timeutil import utcnow
from casedesk.core.views import CaseView, CheckView, CustodyView, EvidenceView
from casedesk.report.manifest import ManifestEntry, digest, manifest
from casedesk.report.options import ReportOptions
from casedesk.report.styles import Styles, make_styles


@dataclass(frozen=True)
class ReportContext:
    svc: CaseService
    case: CaseView
    evidence: list[EvidenceView]  # active items in catalogue order
    custody: list[CustodyView]  # entries up to the head recorded in ``case``
    options: ReportOptions
    styles: Styles
    generated_at: datetime
    investigator: str
    version: str
    labels: dict[str, str]  # evidence id -> "E-001"
    by_id: dict[str, EvidenceView]
    checks: dict[str, list[CheckView]]  # evidence id -> its checklist
    case_checks: list[CheckView]
    manifest: list[ManifestEntry]
    manifest_digest: str

    def label(self, evidence_id: str) -> str:
        return self.labels.get(evidence_id, "(not in this case)")

    def name(self, ev: EvidenceView) -> str:
        """The item's original name, unless the export options withhold the item."""
        return display_name(ev, self.options)

    def withheld_reason(self, ev: EvidenceView) -> str:
        reasons = [
            name
            for flag, name in ((ev.graphic, "graphic content"), (ev.personal_data, "personal data"))
            if flag
        ]
        return " and ".join(reasons) or "sensitive content"


WITHHELD_NAME = "(name withheld)"


def display_name(ev: EvidenceView, options: ReportOptions) -> str:
    return WITHHELD_NAME if options.withheld(ev) else ev.original_name


def snapshot(svc: CaseService, case_id: str, options: ReportOptions) -> ReportContext:
    """Read the case once; the custody log is cut at the head the case view saw."""
    case = svc.case_view(case_id)
    custody = [e for e in svc.custody_log(case_id) if e.seq <= case.custody_count]
    evidence = sorted(case.evidence, key=lambda ev: (ev.added_at, ev.id))
    width = max(3, len(str(len(evidence))))
    labels = {ev.id: f"E-{n:0{width}d}" for n, ev in enumerate(evidence, start=1)}
    checks: dict[str, list[CheckView]] = {}
    for item in case.checklist:
        if item.evidence_id is not None:
            checks.setdefault(item.evidence_id, []).append(item)
    entries = manifest(evidence, partial(display_name, options=options))
    # Deterministic: same case, same report, so the time is that of the last recorded change.
    generated = custody[-1].at if options.deterministic and custody else utcnow()
    return ReportContext(
        svc=svc,
        case=case,
        evidence=evidence,
        custody=custody,
        options=options,
        styles=make_styles(),
        generated_at=generated.replace(microsecond=0),
        investigator=svc.investigator,
        version=__version__,
        labels=labels,
        by_id={ev.id: ev for ev in evidence},
        checks=checks,
        case_checks=[c for c in case.checklist if c.evidence_id is None],
        manifest=entries,
        manifest_digest=digest(entries),
    )
