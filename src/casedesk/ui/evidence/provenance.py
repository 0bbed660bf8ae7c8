"""The Provenance tab of the evidence viewer: what an item's file says about where it comes from.

The item's stored reading (``CaseService.provenance_of``: Content Credentials, detached signatures,
web-archive checks) is read on the READ pool when the tab is shown, and drawn by
:class:`~casedesk.ui.evidence.provenance_tree.ProvenanceTree`, the verdicts in plain words above it.
An ingredient or a signature file that is evidence of the case is a link: a click asks the viewer to
show that item (``evidenceRequested``). "Read again" reads the original again (one
``provenance_read`` custody entry) as a task on the WORK pool, and announces what changed through
the GUI's one door; the tab then reads its item again, as it does after any change to its case's
evidence (links follow items added or trashed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.errors import CaseDeskError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.views import EvidenceView
from casedesk.core.vocabulary import ObjectKind
from casedesk.provenance.record import C2paIngredient, ProvenanceView
from casedesk.ui.evidence.labels import format_time
from casedesk.ui.evidence.provenance_tree import LINK, ProvenanceTree
from casedesk.ui.loads import Reader, run_released
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import TaskHandle
from casedesk.ui.widgets import BidiLabel


@dataclass(frozen=True)
class ProvenanceShown:
    """An item's provenance with the names of the items of its case that it links to."""

    evidence_id: str
    view: ProvenanceView
    names: dict[str, str] = field(default_factory=dict)  # linked evidence id -> its original name


def _walk(ingredients: Iterable[C2paIngredient]) -> Iterable[C2paIngredient]:
    for ingredient in ingredients:
        yield ingredient
        yield from _walk(ingredient.ingredients)


def read_shown(svc: CaseService, evidence_id: str) -> ProvenanceShown:
    """The reading and the names of what it links to (runs on a pool thread)."""
    view = svc.provenance_of([evidence_id])[evidence_id]
    linked = [
        link.evidence_id for i in _walk(view.c2pa.ingredients if view.c2pa else ()) for link in i.evidence
    ]
    linked += [r.signature_evidence_id for r in view.signatures if r.signature_evidence_id]
    names: dict[str, str] = {}
    for linked_id in dict.fromkeys(linked):
        try:
            names[linked_id] = svc.evidence_view(linked_id).original_name
        except CaseDeskError:
            continue  # trashed or purged since: shown by its id
    return ProvenanceShown(evidence_id, view, names)


class ProvenancePanel(QWidget):
    """The tab. ``show_view(view)`` shows an item; ``evidenceRequested(id)`` asks to show another."""

    evidenceRequested = Signal(str)  # an item of this case an ingredient or a signature file is

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self.view: EvidenceView | None = None
        self.shown: ProvenanceShown | None = None
        self.reading: TaskHandle[Changes] | None = None  # a "Read again" in flight
        self.reader = Reader[ProvenanceShown](self, self._arrived)
        self._stale = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = BidiLabel()  # the verdicts in plain words, wrapped (a tree cell would be cut)
        self.read_button = QPushButton(self.tr("Read again"))
        self.read_button.setToolTip(
            self.tr(
                "Read the original's Content Credentials, signatures and web-archive checks again, "
                "with the trust anchors and keys imported now (recorded in the custody log)"
            )
        )
        self.tree = ProvenanceTree()
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.read_button.clicked.connect(self.read_again)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        ops.changed.connect(self._changed)
        self.show_view(None)

    # -- what is shown -------------------------------------------------------------------------

    def show_view(self, view: EvidenceView | None) -> None:
        """Show the provenance of ``view`` (read when the tab is visible); None shows nothing."""
        same = view is not None and self.view is not None and view.id == self.view.id
        self.view = view
        if not same:
            self.shown = None
            self.tree.clear()
        self._stale = True
        self._update_button()
        if not same:
            self.summary.setText("")
            self.summary.setVisible(False)
        if view is None:
            self.reader.read(None, lambda: ProvenanceShown("", ProvenanceView()))
            self.status.setText("")
            self._stale = False
            return
        if not same:
            self.status.setText(self.tr("Loading…"))
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        view = self.view
        self._stale = False
        if view is None:
            return
        svc, evidence_id = self.svc, view.id
        self.reader.read(view.case_id, lambda: read_shown(svc, evidence_id))

    def _arrived(self, shown: ProvenanceShown) -> None:
        if self.view is None or shown.evidence_id != self.view.id:
            return  # another item was shown meanwhile
        self.shown = shown
        self._fill(shown)
        self._update_button()

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        """Read again when the item's reading changed, or items of its case that links may name."""
        view = self.view
        if view is None:
            return
        if view.id in changes.ids or (
            changes.touches(ObjectKind.EVIDENCE) and changes.touches_case(view.case_id)
        ):
            self._stale = True
            if self.isVisible():
                self.refresh()

    # -- reading again -------------------------------------------------------------------------

    def read_again(self) -> TaskHandle[Changes] | None:
        view = self.view
        if view is None or self.reading is not None:
            return None
        svc, ops, evidence_id = self.svc, self.ops, view.id

        def work(control: TaskControl) -> Changes:
            return svc.read_provenance([evidence_id], control=control)

        def done(changes: Changes) -> None:
            self.reading = None
            ops.announce(changes)  # the panel itself reads again from its own entry in ``changes``
            self._update_button()

        def failed(_exc: BaseException) -> None:
            self.reading = None
            self._update_button()

        self.reading = run_released(self, self.tr("Reading the provenance"), work, done, failed)
        self._update_button()
        return self.reading

    def _update_button(self) -> None:
        unread = self.shown is not None and self.shown.view.read_at is None
        self.read_button.setText(self.tr("Read now") if unread else self.tr("Read again"))
        self.read_button.setEnabled(self.view is not None and self.reading is None)

    @Slot(QTreeWidgetItem)
    def _clicked(self, item: QTreeWidgetItem) -> None:
        evidence_id = item.data(0, LINK)
        if evidence_id:
            self.evidenceRequested.emit(str(evidence_id))

    def _fill(self, shown: ProvenanceShown) -> None:
        view = shown.view
        self.tree.fill(view, shown.names)
        self.summary.setText("\n".join(self.tree.verdicts(view)))
        self.summary.setVisible(bool(self.summary.text()))
        if view.read_at is None:
            self.status.setText(
                self.tr(
                    "Not read yet: the item was added before CaseDesk read provenance, or came in a "
                    "bundle (readings do not travel). Read it now to check it."
                )
            )
        else:
            self.status.setText(self.tr("Read on {0}.").format(format_time(view.read_at)))
