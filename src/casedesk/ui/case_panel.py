"""The open case: one tab per aspect. Each tab reads and refreshes its own data; the panel tells them
which case to show and reads the case's header once per change, for the tab titles' counts, the
Overview's fields and (through ``headerChanged``) the window title and the case's row in the list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from casedesk.core.changes import Changes
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.views import CaseHeader
from casedesk.ui.checklist import ChecklistTab
from casedesk.ui.claims import ClaimsTab
from casedesk.ui.custody import CustodyTab
from casedesk.ui.formats import number
from casedesk.ui.loads import Reader
from casedesk.ui.map import MapTab
from casedesk.ui.ops import CaseOps
from casedesk.ui.overview import OverviewTab
from casedesk.ui.sources import SourcesTab
from casedesk.ui.timeline import TimelineTab

try:  # the Evidence pane is built alongside; until it imports, a placeholder keeps the window usable
    from casedesk.ui.evidence import EvidencePane
except ImportError:  # pragma: no cover - only while the pane is missing
    EvidencePane = None  # type: ignore[assignment,misc]


class CasePanel(QWidget):
    """Hosts the tabs of one case. ``headerChanged`` gives the case's header each time it is read."""

    headerChanged = Signal(object)  # CaseHeader

    OVERVIEW, EVIDENCE, SOURCES, CLAIMS, CHECKLIST, TIMELINE, MAP, CUSTODY = range(8)

    def __init__(
        self, svc: CaseService, ops: CaseOps, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self.case_id: str | None = None
        self.header: CaseHeader | None = None
        self._header = Reader[CaseHeader](self, self._show_header)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(svc, ops)
        self.evidence = EvidencePane(svc, ops, prefs) if EvidencePane is not None else None
        self.sources = SourcesTab(svc, ops)
        self.claims = ClaimsTab(svc, ops)
        self.checklist = ChecklistTab(svc, ops)
        self.timeline = TimelineTab(svc, ops)
        self.map = MapTab(svc, ops, prefs)
        self.map.openRequested.connect(self.reveal)
        self.custody = CustodyTab(svc, ops)
        evidence_widget: QWidget = QLabel(self.tr("The evidence view is not available."))
        if self.evidence is not None:
            # Hosted in a scroll area so a wide toolbar never forces the whole window wider.
            evidence_widget = QScrollArea()
            evidence_widget.setWidgetResizable(True)
            evidence_widget.setFrameShape(QScrollArea.Shape.NoFrame)
            evidence_widget.setWidget(self.evidence)
        # The tabs that read their own case's data, in tab order; the Evidence pane sits second.
        self._readers = (
            self.overview,
            self.sources,
            self.claims,
            self.checklist,
            self.timeline,
            self.map,
            self.custody,
        )
        for widget in (self.overview, evidence_widget, *self._readers[1:]):
            self.tabs.addTab(widget, "")
        self._plain_titles()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ops.changed.connect(self._on_changed)

    def show_case(self, case_id: str | None) -> None:
        """Show another case (or none): every tab reads its own data off the GUI thread."""
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.header = None
        self._plain_titles()
        for tab in self._readers:
            tab.show_case(case_id)
        if self.evidence is not None:
            self.evidence.show_case(case_id)
        self._read_header()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches_case(self.case_id):
            self._read_header()

    def _read_header(self) -> None:
        case_id, svc = self.case_id, self.svc
        self._header.read(case_id, lambda: svc.case_header(case_id or ""))

    def _show_header(self, header: CaseHeader) -> None:
        self.header = header
        counts = header.counts
        titled = {
            self.EVIDENCE: self.tr("Evidence ({0})").format(number(counts.get("evidence", 0))),
            self.SOURCES: self.tr("Sources ({0})").format(number(counts.get("sources", 0))),
            self.CLAIMS: self.tr("Claims ({0})").format(number(counts.get("claims", 0))),
            self.TIMELINE: self.tr("Timeline ({0})").format(number(counts.get("events", 0))),
            self.CUSTODY: self.tr("Custody log ({0})").format(number(header.custody_count)),
        }
        progress = header.checklist_progress
        #: The Checklist tab's title: {0} checks passed of {1}.
        titled[self.CHECKLIST] = self.tr("Checklist ({0}/{1})").format(
            number(progress.counts.get("passed", 0)), number(progress.total)
        )
        for index, title in titled.items():
            self.tabs.setTabText(index, title)
        self.overview.show_header(header)
        self.headerChanged.emit(header)

    def _plain_titles(self) -> None:
        titles = {
            self.OVERVIEW: self.tr("Overview"),
            self.EVIDENCE: self.tr("Evidence"),
            self.SOURCES: self.tr("Sources"),
            self.CLAIMS: self.tr("Claims"),
            self.CHECKLIST: self.tr("Checklist"),
            self.TIMELINE: self.tr("Timeline"),
            self.MAP: self.tr("Map"),
            self.CUSTODY: self.tr("Custody log"),
        }
        for index, title in titles.items():
            self.tabs.setTabText(index, title)

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
