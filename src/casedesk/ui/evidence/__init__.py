"""The Evidence tab: a case's evidence as a thumbnail grid or a list, with a viewer and editor beside it."""

from casedesk.ui.evidence.pane import EvidencePane

__all__ = ["EvidencePane"]
