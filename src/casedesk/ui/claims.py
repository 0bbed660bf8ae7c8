"""Claims: what is asserted, how far it is verified, and which evidence and sources bear on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService
from casedesk.core.views import CaseView, ChecklistProgress, ClaimView
from casedesk.ui.checklist import ChecklistView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.icons import dot
from casedesk.ui.labels import claim_statuses, credibility_choices, stances
from casedesk.ui.ops import CaseOps
from casedesk.ui.row_model import Index, RowTableModel
from casedesk.ui.widgets import (
    BidiDelegate,
    CommitComboBox,
    CommitTextEdit,
    heading,
    hint,
    select_id,
    select_row,
)


class ClaimsModel(RowTableModel):
    NUMBER, TEXT, STATUS, CREDIBILITY = range(4)

    def headers(self) -> list[str]:
        return ["#", self.tr("Claim"), self.tr("Status"), self.tr("Credibility")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return index.row() + 1
            if col == self.TEXT:
                return claim.text
            if col == self.STATUS:
                return claim_statuses().get(claim.status, claim.status)
            return str(claim.credibility)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return dot(claim.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return claim.credibility_label if col == self.CREDIBILITY else claim.text
        if role == Qt.ItemDataRole.UserRole:
            return claim.id
        return None


class LinkEvidenceDialog(FormDialog):
    def __init__(self, view: CaseView, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link evidence to the claim"), parent)
        self.evidence = combo([(e.original_name, e.id) for e in view.evidence if e.id not in exclude])
        self.stance = combo([(label, key) for key, label in stances().items()])
        self.form.addRow(self.tr("Evidence"), self.evidence)
        self.form.addRow(self.tr("Stance"), self.stance)
        self.ok_button_enabled(self.evidence.count() > 0)


class LinkSourceDialog(FormDialog):
    def __init__(self, view: CaseView, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link a source to the claim"), parent)
        self.source = combo(
            [(f"{s.name} ({s.reliability})", s.id) for s in view.sources if s.id not in exclude]
        )
        self.form.addRow(self.tr("Source"), self.source)
        self.ok_button_enabled(self.source.count() > 0)


class AddClaimDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New claim"), parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What is asserted, in one sentence"))
        self.status = combo([(label, key) for key, label in claim_statuses().items()])
        self.credibility = combo(credibility_choices(), 6)
        self.form.addRow(self.tr("Claim"), self.text)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Credibility"), self.credibility)


class ClaimDetail(QWidget):
    """Edit one claim; its linked evidence (with stance) and sources; the checklist of linked evidence."""

    edited = Signal()

    def __init__(self, svc: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.view: CaseView | None = None
        self.claim: ClaimView | None = None
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
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.source_button = QPushButton(self.tr("Link source…"))
        self.check_title = heading("")
        self.checklist = ChecklistView(svc, compact=True)

        form = QFormLayout()
        form.addRow(self.tr("Claim"), self.text)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Credibility"), self.credibility)
        form.addRow(self.tr("Notes"), self.notes)
        link_row = QHBoxLayout()
        link_row.addWidget(heading(self.tr("Evidence bearing on this claim")), 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        source_row = QHBoxLayout()
        source_row.addWidget(self.sources, 1)
        source_row.addWidget(self.source_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(link_row)
        layout.addWidget(self.links)
        layout.addLayout(source_row)
        layout.addWidget(self.check_title)
        layout.addWidget(self.checklist, 1)

        self.text.committed.connect(lambda v: self._update(text=v))
        self.notes.committed.connect(lambda v: self._update(notes=v))
        self.status.committed.connect(lambda v: self._update(status=v))
        self.credibility.committed.connect(lambda v: self._update(credibility=v))
        self.link_button.clicked.connect(self._link_evidence)
        self.unlink_button.clicked.connect(self._unlink)
        self.source_button.clicked.connect(self._link_source)
        self.links.currentItemChanged.connect(self._show_checklist)
        self.checklist.edited.connect(self._checklist_edited)
        self.show_claim(None, None)

    def show_claim(self, view: CaseView | None, claim: ClaimView | None) -> None:
        self.view, self.claim = view, claim
        self.setEnabled(claim is not None)
        if claim is None:
            self.text.set_saved_text("")
            self.notes.set_saved_text("")
            self.links.clear()
            self.sources.setText("")
            self.checklist.load(None)
            self.check_title.setText("")
            return
        self.text.set_saved_text(claim.text)
        self.notes.set_saved_text(claim.notes)
        self.status.set_value(claim.status)
        self.credibility.set_value(claim.credibility)
        self._fill_links()
        self._fill_sources()

    def _fill_links(self) -> None:
        assert self.view is not None and self.claim is not None
        keep = self.current_evidence_id()
        names = {e.id: e.original_name for e in self.view.evidence}
        self.links.clear()
        for link in sorted(self.claim.evidence, key=lambda x: names.get(x.evidence_id, "")):
            if link.evidence_id not in names:
                continue  # trashed evidence keeps its link but is not shown here
            progress = ChecklistProgress.of(self.svc.checklist(self.view.id, link.evidence_id))
            item = QTreeWidgetItem([names[link.evidence_id], "", progress.summary()])
            item.setData(0, Qt.ItemDataRole.UserRole, link.evidence_id)
            self.links.addTopLevelItem(item)
            stance = CommitComboBox([(label, key) for key, label in stances().items()])
            for i in range(stance.count()):
                stance.setItemIcon(i, dot(str(stance.itemData(i))))
            stance.set_value(link.stance)
            stance.committed.connect(lambda value, ev=link.evidence_id: self._set_stance(ev, value))
            self.links.setItemWidget(item, 1, stance)
        self.links.resizeColumnToContents(1)
        self.links.resizeColumnToContents(2)
        if self.links.topLevelItemCount():
            items = (self.links.topLevelItem(i) for i in range(self.links.topLevelItemCount()))
            rows = [r for r in items if r is not None]
            chosen = next((r for r in rows if r.data(0, Qt.ItemDataRole.UserRole) == keep), rows[0])
            self.links.setCurrentItem(chosen)
        else:
            self._show_checklist()
        self.unlink_button.setEnabled(self.links.topLevelItemCount() > 0)

    def _fill_sources(self) -> None:
        assert self.view is not None and self.claim is not None
        by_id = {s.id: s for s in self.view.sources}
        names = [f"{by_id[i].name} ({by_id[i].reliability})" for i in self.claim.source_ids if i in by_id]
        prefix = self.tr("Sources:")
        self.sources.setText(f"{prefix} {'; '.join(names)}" if names else self.tr("No source linked yet."))

    def current_evidence_id(self) -> str | None:
        item = self.links.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_checklist(self, *_args: object) -> None:
        item = self.links.currentItem()
        evidence_id = self.current_evidence_id()
        if self.view is None or item is None or evidence_id is None:
            self.check_title.setText(self.tr("Link evidence to see its verification checklist here."))
            self.checklist.load(None)
            return
        self.check_title.setText(self.tr("Checklist of {0}").format(item.text(0)))
        self.checklist.load(self.view.id, evidence_id)

    def _update(self, **changes: Any) -> None:
        if self.claim is not None:
            self.svc.update_claim(self.claim.id, **changes)
            self.edited.emit()

    def _set_stance(self, evidence_id: str, stance: str) -> None:
        if self.claim is not None:
            self.svc.link_claim_evidence(self.claim.id, evidence_id, stance=stance)
            self.edited.emit()

    def _checklist_edited(self) -> None:
        self.edited.emit()

    def _link_evidence(self) -> None:
        if self.view is None or self.claim is None:
            return
        dialog = LinkEvidenceDialog(self.view, {link.evidence_id for link in self.claim.evidence}, self)
        if dialog.exec() and dialog.evidence.currentData():
            self.svc.link_claim_evidence(
                self.claim.id, dialog.evidence.currentData(), stance=dialog.stance.currentData()
            )
            self.edited.emit()

    def _unlink(self) -> None:
        evidence_id = self.current_evidence_id()
        if self.claim is not None and evidence_id is not None:
            self.svc.unlink_claim_evidence(self.claim.id, evidence_id)
            self.edited.emit()

    def _link_source(self) -> None:
        if self.view is None or self.claim is None:
            return
        dialog = LinkSourceDialog(self.view, set(self.claim.source_ids), self)
        if dialog.exec() and dialog.source.currentData():
            self.svc.link_claim_source(self.claim.id, dialog.source.currentData())
            self.edited.emit()


class ClaimsTab(QWidget):
    edited = Signal()

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.view: CaseView | None = None
        self._pending: str | None = None
        self.model = ClaimsModel(self)
        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ClaimsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for col in (ClaimsModel.NUMBER, ClaimsModel.STATUS, ClaimsModel.CREDIBILITY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.add_button = QPushButton(self.tr("New claim…"))
        self.detail = ClaimDetail(svc)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(hint(self.tr("Credibility 1 (confirmed) to 6 (cannot be judged).")), 1)
        row.addWidget(self.add_button)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self._add_claim)
        self.detail.edited.connect(self.edited)

    def showEvent(self, event: QShowEvent) -> None:
        # Rows wrap to the column width, which is only known once the tab is on screen.
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def load(self, view: CaseView) -> None:
        keep = self._pending or self.current_claim_id()
        self._pending = None
        self.view = view
        self.model.set_rows(view.claims)
        self.table.resizeRowsToContents()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and view.claims:
            row = 0
        if row >= 0:
            select_row(self.table, row)
        self._row_changed()

    def current_claim_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index)

    def select_claim(self, claim_id: str) -> None:
        select_id(self.table, self.model, claim_id)

    def _row_changed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        claim = self.model.rows[index.row()] if index.isValid() else None
        self.detail.show_claim(self.view, claim)

    def _add_claim(self) -> None:
        if self.view is None:
            return
        dialog = AddClaimDialog(self)
        if dialog.exec() and dialog.text.toPlainText().strip():
            claim_id = self.svc.add_claim(
                self.view.id,
                dialog.text.toPlainText().strip(),
                status=dialog.status.currentData(),
                credibility=dialog.credibility.currentData(),
            ).id
            self._pending = claim_id  # selected once the refreshed case arrives
            self.edited.emit()
