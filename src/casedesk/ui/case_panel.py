"""The open case: one tab per aspect. Tabs edit through the service, then the panel reloads them all."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.views import CaseView
from casedesk.ui.checklist import ChecklistTab
from casedesk.ui.claims import ClaimsTab
from casedesk.ui.custody import CustodyTab
from casedesk.ui.ops import CaseOps
from casedesk.ui.overview import OverviewTab
from casedesk.ui.sources import SourcesTab
from casedesk.ui.timeline import TimelineTab

try:  # the Evidence pane is built alongside; until it imports, a placeholder keeps the window usable
    from casedesk.ui.evidence import EvidencePane
except ImportError:  # pragma: no cover - only while the pane is missing
    EvidencePane = None  # type: ignore[assignment,misc]


class CasePanel(QWidget):
    """Hosts the tabs of one case. ``changed`` fires after any edit so the window refreshes the list."""

    changed = Signal()

    OVERVIEW, EVIDENCE, SOURCES, CLAIMS, CHECKLIST, TIMELINE, CUSTODY = range(7)

    def __init__(
        self, svc: CaseService, ops: CaseOps, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self.case_id: str | None = None
        self.view: CaseView | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(svc, ops)
        self.evidence = EvidencePane(svc, ops, prefs) if EvidencePane is not None else None
        self.sources = SourcesTab(svc, ops)
        self.claims = ClaimsTab(svc, ops)
        self.checklist = ChecklistTab(svc, ops)
        self.timeline = TimelineTab(svc, ops)
        self.custody = CustodyTab(svc, ops)
        evidence_widget: QWidget = QLabel(self.tr("The evidence view is not available."))
        if self.evidence is not None:
            # Hosted in a scroll area so a wide toolbar never forces the whole window wider.
            evidence_widget = QScrollArea()
            evidence_widget.setWidgetResizable(True)
            evidence_widget.setFrameShape(QScrollArea.Shape.NoFrame)
            evidence_widget.setWidget(self.evidence)
        for widget, title in (
            (self.overview, self.tr("Overview")),
            (evidence_widget, self.tr("Evidence")),
            (self.sources, self.tr("Sources")),
            (self.claims, self.tr("Claims")),
            (self.checklist, self.tr("Checklist")),
            (self.timeline, self.tr("Timeline")),
            (self.custody, self.tr("Custody log")),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        # Edits are followed by one reload on the next turn of the event loop: several quick edits
        # coalesce, and no widget is rebuilt while its own signal is still being delivered.
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self._reload_after_edit)
        for tab in (self.overview, self.sources, self.claims, self.checklist, self.timeline):
            tab.edited.connect(self._reload.start)
        if self.evidence is not None:
            self.evidence.changed.connect(self._evidence_changed)

    def show_case(self, case_id: str | None) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        if self.evidence is not None:
            self.evidence.show_case(case_id)
        self.refresh(evidence=False)

    def refresh(self, evidence: bool = True) -> None:
        """Reload the case from the service into every tab."""
        self._reload.stop()
        if self.case_id is None:
            self.view = None
            return
        self.view = self.svc.case_view(self.case_id)
        self.overview.load(self.view)
        self.sources.load(self.view)
        self.claims.load(self.view)
        self.checklist.load(self.view.id, self.view.evidence)
        self.timeline.load(self.view)
        self.custody.load(self.view)
        if evidence and self.evidence is not None:
            self.evidence.refresh()
        self._update_tab_titles()

    def _reload_after_edit(self) -> None:
        self.refresh()
        self.changed.emit()

    def _evidence_changed(self) -> None:
        self.refresh(evidence=False)
        self.changed.emit()

    def _update_tab_titles(self) -> None:
        assert self.view is not None
        view = self.view
        counts = {
            self.EVIDENCE: (self.tr("Evidence"), len(view.evidence)),
            self.SOURCES: (self.tr("Sources"), len(view.sources)),
            self.CLAIMS: (self.tr("Claims"), len(view.claims)),
            self.TIMELINE: (self.tr("Timeline"), len(view.timeline)),
            self.CUSTODY: (self.tr("Custody log"), view.custody_count),
        }
        for index, (title, count) in counts.items():
            self.tabs.setTabText(index, f"{title} ({count})")
        progress = view.checklist_progress
        passed = progress.counts.get("passed", 0)
        self.tabs.setTabText(self.CHECKLIST, f"{self.tr('Checklist')} ({passed}/{progress.total})")

    def reveal(self, object_type: str, object_id: str) -> None:
        """Bring the tab holding an object to the front and select the object (for search hits)."""
        if object_type == "evidence" and self.evidence is not None:
            self.tabs.setCurrentIndex(self.EVIDENCE)
            self.evidence.select_evidence(object_id)
        elif object_type == "claim":
            self.tabs.setCurrentIndex(self.CLAIMS)
            self.claims.select_claim(object_id)
        elif object_type == "source":
            self.tabs.setCurrentIndex(self.SOURCES)
            self.sources.select_source(object_id)
        elif object_type == "timeline_event":
            self.tabs.setCurrentIndex(self.TIMELINE)
            self.timeline.select_event(object_id)
        else:  # case, note, place
            self.tabs.setCurrentIndex(self.OVERVIEW)
            self.overview.select_object(object_type, object_id)
