"""One claim: its text, status, credibility and notes; the evidence and sources linked to it; the
checklist of the linked item chosen. Every change is made through ``ops`` and can be undone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.service import CaseService
from casedesk.core.views import ChecklistProgress, ClaimView, SourceView
from casedesk.ui.checklist import ChecklistView, progress_text
from casedesk.ui.claim_dialogs import LinkEvidenceDialog, LinkSourceDialog
from casedesk.ui.i18n import isolate
from casedesk.ui.icons import dot
from casedesk.ui.labels import claim_statuses, credibility_choices, stances
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import UNDONE, removed_tip
from casedesk.ui.source_dialogs import grade_labels
from casedesk.ui.widgets import BidiDelegate, CommitComboBox, CommitTextEdit, heading, hint


@dataclass(frozen=True, slots=True)
class LinkedItem:
    name: str
    progress: ChecklistProgress


@dataclass(frozen=True, slots=True)
class ClaimsData:
    """One read of the Claims tab: claims, their checklist progress, and what their links point to."""

    case_id: str
    claims: list[ClaimView]
    progress: dict[str, tuple[int, int]] = field(default_factory=dict)  # claim id -> (passed, total)
    sources: dict[str, SourceView] = field(default_factory=dict)  # every source of the case, by id
    items: dict[str, LinkedItem] = field(default_factory=dict)  # linked items not in the trash


def stance_combo(value: str) -> CommitComboBox:
    box = CommitComboBox([(label, key) for key, label in stances().items()])
    for i in range(box.count()):
        box.setItemIcon(i, dot(str(box.itemData(i))))
    box.set_value(value)
    return box


class ClaimDetail(QWidget):
    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.ops = ops
        self.data: ClaimsData | None = None
        self.claim: ClaimView | None = None
        self._check_scope: tuple[str, str] | None = None  # (case, item) the checklist shows
        self.removed_note = hint("")
        self.text = CommitTextEdit()
        self.text.setObjectName("claimText")
        self.text.setMaximumHeight(70)
        self.status = CommitComboBox([(label, key) for key, label in claim_statuses().items()])
        for i in range(self.status.count()):
            self.status.setItemIcon(i, dot(str(self.status.itemData(i))))
        self.credibility = CommitComboBox(credibility_choices())
        self.notes = CommitTextEdit()
        self.notes.setMaximumHeight(60)
        self.notes.setPlaceholderText(self.tr("Reasoning, open questions, what would settle it"))

        self.links = QTreeWidget()
        self.links.setObjectName("claimEvidence")
        self.links.setHeaderLabels([self.tr("Evidence"), self.tr("Stance"), self.tr("Its checklist")])
        self.links.setRootIsDecorated(False)
        self.links.setItemDelegate(BidiDelegate(self.links))
        self.links.setMaximumHeight(150)
        self.links.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.links.header().setStretchLastSection(False)
        self.link_button = QPushButton(self.tr("Link evidence…"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.sources = QListWidget()
        self.sources.setObjectName("claimSources")
        self.sources.setItemDelegate(BidiDelegate(self.sources))
        self.sources.setMaximumHeight(70)
        self.source_button = QPushButton(self.tr("Link source…"))
        self.unlink_source_button = QPushButton(self.tr("Unlink source"))
        self.check_title = heading("")
        # Writes through ops and re-reads itself when checks of its case change.
        self.checklist = ChecklistView(svc, compact=True, ops=ops)

        form = QFormLayout()
        form.addRow(self.removed_note)
        form.addRow(self.tr("Claim"), self.text)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Credibility"), self.credibility)
        form.addRow(self.tr("Notes"), self.notes)
        link_row = QHBoxLayout()
        link_row.addWidget(heading(self.tr("Evidence bearing on this claim")), 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        source_row = QHBoxLayout()
        source_row.addWidget(heading(self.tr("Sources")), 1)
        source_row.addWidget(self.source_button)
        source_row.addWidget(self.unlink_source_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(link_row)
        layout.addWidget(self.links)
        layout.addLayout(source_row)
        layout.addWidget(self.sources)
        layout.addWidget(self.check_title)
        layout.addWidget(self.checklist, 1)
        self.editors: list[QWidget] = [
            self.text,
            self.status,
            self.credibility,
            self.notes,
            self.links,
            self.link_button,
            self.unlink_button,
            self.sources,
            self.source_button,
            self.unlink_source_button,
        ]

        self.text.committed.connect(lambda v: self._update(self.tr("Edit the claim’s text"), text=v))
        self.notes.committed.connect(lambda v: self._update(self.tr("Edit the claim’s notes"), notes=v))
        self.status.committed.connect(lambda v: self._update(self.tr("Change the claim’s status"), status=v))
        self.credibility.committed.connect(
            lambda v: self._update(self.tr("Change the claim’s credibility"), credibility=v)
        )
        self.link_button.clicked.connect(self.link_evidence)
        self.unlink_button.clicked.connect(self.unlink_evidence)
        self.source_button.clicked.connect(self.link_source)
        self.unlink_source_button.clicked.connect(self.unlink_source)
        self.links.currentItemChanged.connect(lambda *_: self._show_checklist())
        self.sources.currentRowChanged.connect(lambda *_: self._enable())
        self.show_claim(None, None)

    # -- showing -----------------------------------------------------------------------------------
    def show_claim(self, data: ClaimsData | None, claim: ClaimView | None) -> None:
        """Show a claim (None: nothing) from the tab's latest read."""
        self.data, self.claim = data, claim
        self.setEnabled(claim is not None)
        active = claim is not None and not claim.removed
        for widget in self.editors:
            widget.setEnabled(active)
        self.removed_note.setVisible(claim is not None and claim.removed)
        if claim is None or data is None:
            self.text.set_saved_text("")
            self.notes.set_saved_text("")
            self.links.clear()
            self.sources.clear()
            self._show_checklist()
            return
        self.removed_note.setText(removed_tip(claim.removed_reason) if claim.removed else "")
        self.text.set_saved_text(claim.text)
        self.notes.set_saved_text(claim.notes)
        self.status.set_value(claim.status)
        self.credibility.set_value(claim.credibility)
        self._fill_links()
        self._fill_sources()
        self._show_checklist()

    def _fill_links(self) -> None:
        assert self.data is not None and self.claim is not None
        keep = self.current_evidence_id()
        items = self.data.items
        self.links.blockSignals(True)  # the checklist follows once, after the list is rebuilt
        self.links.clear()
        # Trashed evidence keeps its link but is not shown here.
        shown = [link for link in self.claim.evidence if link.evidence_id in items]
        for link in sorted(shown, key=lambda x: items[x.evidence_id].name):
            item_data = items[link.evidence_id]
            row = QTreeWidgetItem([item_data.name, "", progress_text(item_data.progress)])
            row.setData(0, Qt.ItemDataRole.UserRole, link.evidence_id)
            self.links.addTopLevelItem(row)
            stance = stance_combo(link.stance)
            stance.setEnabled(not self.claim.removed)
            stance.committed.connect(
                lambda value, ev=link.evidence_id, old=link.stance: self.set_stance(ev, old, value)
            )
            self.links.setItemWidget(row, 1, stance)
        self.links.resizeColumnToContents(1)
        self.links.resizeColumnToContents(2)
        rows = [r for r in (self.links.topLevelItem(i) for i in range(self.links.topLevelItemCount())) if r]
        if rows:
            chosen = next((r for r in rows if r.data(0, Qt.ItemDataRole.UserRole) == keep), rows[0])
            self.links.setCurrentItem(chosen)
        self.links.blockSignals(False)
        self._enable()

    def _fill_sources(self) -> None:
        assert self.data is not None and self.claim is not None
        keep = self.current_source_id()
        grades = grade_labels()
        self.sources.clear()
        for source_id in self.claim.source_ids:
            src = self.data.sources.get(source_id)
            if src is None:
                continue
            #: A source linked to a claim: {0} its name, {1} its reliability grade and what it means.
            item = QListWidgetItem(
                self.tr("{0} ({1})").format(isolate(src.name), grades.get(src.reliability, src.reliability))
            )
            item.setData(Qt.ItemDataRole.UserRole, src.id)
            self.sources.addItem(item)
            if src.id == keep:
                self.sources.setCurrentItem(item)
        if self.sources.count() == 0:
            placeholder = QListWidgetItem(self.tr("No source linked yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sources.addItem(placeholder)
        elif self.sources.currentRow() < 0:
            self.sources.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        active = self.claim is not None and not self.claim.removed
        self.unlink_button.setEnabled(active and self.current_evidence_id() is not None)
        self.unlink_source_button.setEnabled(active and self.current_source_id() is not None)

    def current_evidence_id(self) -> str | None:
        item = self.links.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def current_source_id(self) -> str | None:
        item = self.sources.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _show_checklist(self) -> None:
        item = self.links.currentItem()
        evidence_id = self.current_evidence_id()
        self._enable()
        if self.data is None or item is None or evidence_id is None:
            self.check_title.setText(self.tr("Link evidence to see its verification checklist here."))
            if self._check_scope is not None:
                self.checklist.show_scope(None)
                self._check_scope = None
            return
        self.check_title.setText(self.tr("Checklist of {0}").format(isolate(item.text(0))))
        scope = (self.data.case_id, evidence_id)
        if scope != self._check_scope:  # the same checklist keeps its rows, editors and selection
            self._check_scope = scope
            self.checklist.show_scope(*scope)

    # -- writes ------------------------------------------------------------------------------------
    def _update(self, what: str, /, **values: Any) -> None:
        if self.claim is None:
            return
        svc, claim_id = self.svc, self.claim.id
        done = self.ops.run(
            self,
            what,
            lambda: svc.update_claim(claim_id, **values),
            undo=lambda ch: svc.update_claim(claim_id, **ch.before.get(claim_id, {})),
            redo=lambda _ch: svc.update_claim(claim_id, **values),
        )
        if done is None:
            self.show_claim(self.data, self.claim)  # refused: the fields show the stored values again

    def set_stance(self, evidence_id: str, old: str, new: str) -> None:
        if self.claim is None or old == new:
            return
        svc, claim_id = self.svc, self.claim.id
        self.ops.run(
            self,
            self.tr("Change the stance of the evidence"),
            lambda: svc.link_claim_evidence(claim_id, evidence_id, stance=new),
            undo=lambda _ch: svc.link_claim_evidence(claim_id, evidence_id, stance=old),
            redo=lambda _ch: svc.link_claim_evidence(claim_id, evidence_id, stance=new),
        )

    def link_evidence(self) -> None:
        if self.data is None or self.claim is None:
            return
        linked = {link.evidence_id for link in self.claim.evidence}
        dialog = LinkEvidenceDialog(self.svc, self.data.case_id, linked, self)
        chosen = dialog.evidence_ids() if dialog.exec() else []
        stance = dialog.stance_value()
        dialog.deleteLater()
        if not chosen:
            return
        svc, claim_id = self.svc, self.claim.id

        def unlink_all(_ch: Changes) -> Changes:
            changes = Changes()
            for evidence_id in chosen:
                changes = changes | svc.unlink_claim_evidence(claim_id, evidence_id, UNDONE)
            return changes

        self.ops.run(
            self,
            self.tr("Link evidence to the claim"),
            lambda: svc.link_claim_evidence(claim_id, *chosen, stance=stance),
            undo=unlink_all,
            redo=lambda _ch: svc.link_claim_evidence(claim_id, *chosen, stance=stance),
        )

    def unlink_evidence(self) -> None:
        evidence_id = self.current_evidence_id()
        if self.claim is None or evidence_id is None:
            return
        link = next((x for x in self.claim.evidence if x.evidence_id == evidence_id), None)
        if link is None:
            return
        svc, claim_id, stance = self.svc, self.claim.id, link.stance
        self.ops.run(
            self,
            self.tr("Unlink evidence from the claim"),
            lambda: svc.unlink_claim_evidence(claim_id, evidence_id),
            undo=lambda _ch: svc.link_claim_evidence(claim_id, evidence_id, stance=stance),
            redo=lambda _ch: svc.unlink_claim_evidence(claim_id, evidence_id),
        )

    def link_source(self) -> None:
        if self.data is None or self.claim is None:
            return
        linked = set(self.claim.source_ids)
        choices = [s for s in self.data.sources.values() if not s.removed and s.id not in linked]
        dialog = LinkSourceDialog(choices, self)
        source_id = dialog.source_id() if dialog.exec() else None
        dialog.deleteLater()
        if source_id is None:
            return
        svc, claim_id = self.svc, self.claim.id
        self.ops.run(
            self,
            self.tr("Link a source to the claim"),
            lambda: svc.link_claim_source(claim_id, source_id),
            undo=lambda _ch: svc.unlink_claim_source(claim_id, source_id, UNDONE),
            redo=lambda _ch: svc.link_claim_source(claim_id, source_id),
        )

    def unlink_source(self) -> None:
        source_id = self.current_source_id()
        if self.claim is None or source_id is None:
            return
        svc, claim_id = self.svc, self.claim.id
        self.ops.run(
            self,
            self.tr("Unlink a source from the claim"),
            lambda: svc.unlink_claim_source(claim_id, source_id),
            undo=lambda _ch: svc.link_claim_source(claim_id, source_id),
            redo=lambda _ch: svc.unlink_claim_source(claim_id, source_id),
        )
