"""The one service API over a workspace: what the GUI, the command line and tests all call.

``CaseService`` is a facade made of one part per domain (cases, evidence coming in, what evidence
says about itself (provenance), evidence in a case, sources, claims, checklists, timeline with places
and notes, integrity with search), each in its own module. Every method is a short unit of work that
takes and returns ids and plain views (never live ORM objects), so it can be called from any thread.
Every change goes through the one unit of work in :mod:`casedesk.core.service.base`, which appends
the custody entry in the same transaction as the change and returns what changed
(:class:`~casedesk.core.changes.Changes`).
"""

from __future__ import annotations

from pathlib import Path

from casedesk.core.changes import Changes
from casedesk.core.checklist import ChecklistTemplate, default_template
from casedesk.core.errors import CaseDeskError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service.access import AccessAPI
from casedesk.core.service.activity import ActivityAPI
from casedesk.core.service.annotations import AnnotationsAPI
from casedesk.core.service.cases import CasesAPI
from casedesk.core.service.checklists import ChecklistsAPI
from casedesk.core.service.claims import ClaimsAPI
from casedesk.core.service.containers import ContainersAPI
from casedesk.core.service.evidence import EvidenceAPI
from casedesk.core.service.exchange import CaseRecords, ExchangeAPI, ImportPlan, LocalRecords, OriginalInfo
from casedesk.core.service.forensics import ForensicsAPI
from casedesk.core.service.intake import IntakeAPI
from casedesk.core.service.integrity import IntegrityAPI
from casedesk.core.service.lookup import LookupAPI
from casedesk.core.service.metadata import MetadataAPI
from casedesk.core.service.provenance import ProvenanceAPI
from casedesk.core.service.reader import CaseReader
from casedesk.core.service.sources import SourceInUseError, SourcesAPI
from casedesk.core.service.speech import SpeechAPI
from casedesk.core.service.text import TextAPI
from casedesk.core.service.timeline import TimelineAPI
from casedesk.core.views import NearDuplicate, Problem, VerifyReport, WorkspaceSummary
from casedesk.core.workspace import Workspace
from casedesk.media import DEFAULT_LIMITS


class CaseService(
    CasesAPI,
    ContainersAPI,
    IntakeAPI,
    ProvenanceAPI,
    MetadataAPI,
    TextAPI,
    SpeechAPI,
    ForensicsAPI,
    EvidenceAPI,
    AnnotationsAPI,
    SourcesAPI,
    ClaimsAPI,
    ChecklistsAPI,
    TimelineAPI,
    IntegrityAPI,
    LookupAPI,
    ExchangeAPI,
    AccessAPI,
    ActivityAPI,
):
    def __init__(self, workspace: Workspace, investigator: str, template: ChecklistTemplate | None = None):
        self.workspace = workspace
        self.investigator = investigator
        self.template = template or default_template()
        self.limits = DEFAULT_LIMITS

    @classmethod
    def open(
        cls, where: Path | WorkspaceLocation, investigator: str, *, create_store: bool = False
    ) -> CaseService:
        """Open a workspace folder or location (``create_store``: making a team store's bucket if
        missing, as ``casedesk init`` does). On a team database the custody log names the role the
        investigator authenticated as, whatever name was typed."""
        location = where if isinstance(where, WorkspaceLocation) else WorkspaceLocation(where)
        workspace = Workspace.at(location, create_store=create_store)
        if location.is_team:
            investigator = workspace.db.authenticated_role()
        return cls(workspace, investigator)

    def close(self) -> None:
        if self._c2pa_reader is not None:
            self._c2pa_reader.close()
            self._c2pa_reader = None
        self.workspace.close()

    @property
    def workspace_root(self) -> Path:
        """The workspace folder, to show the user (nothing outside the core reaches inside it)."""
        return self.workspace.root

    def workspace_summary(self) -> WorkspaceSummary:
        """Where this workspace lives and what it runs on, as ``init`` and the window title show it."""
        location = self.workspace.location
        return WorkspaceSummary(
            workspace=location.describe(),
            database=self.workspace.db.engine.dialect.name,
            schema=self.workspace.db.schema_revision() or "",
            store=location.store_url or str(location.folder),
            investigator=self.investigator,
            team=location.is_team,
        )


__all__ = [
    "CaseDeskError",
    "CaseReader",
    "CaseRecords",
    "CaseService",
    "Changes",
    "ImportPlan",
    "LocalRecords",
    "NearDuplicate",
    "OriginalInfo",
    "Problem",
    "SourceInUseError",
    "VerifyReport",
]
