"""Claims: what is asserted, how far it is verified, and which evidence and sources bear on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.service import CaseService
from casedesk.core.views import ChecklistProgress, ClaimView
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.case_loader import CaseLoader, current_id, keep_place
from casedesk.ui.claim_detail import ClaimDetail, ClaimsData, LinkedItem
from casedesk.ui.claim_dialogs import AddClaimDialog
from casedesk.ui.formats import number
from casedesk.ui.i18n import plural
from casedesk.ui.icons import dot
from casedesk.ui.labels import claim_statuses, credibility_labels
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import UNDONE, ask_reason
from casedesk.ui.removed import removed_data
from casedesk.ui.row_model import Index, RowTableModel
from casedesk.ui.widgets import BidiDelegate, hint, select_id


def read_claims(svc: CaseService, case_id: str, removed: bool) -> ClaimsData:
    """Claims, their progress (one grouped query), the case's sources, and the linked items' names and
    checklists, read from one snapshot of the case; never the whole evidence list."""
    claims = svc.list_claims(case_id, removed=removed)
    sources = {s.id: s for s in svc.list_sources(case_id, removed=True)}
    data = ClaimsData(case_id, claims, svc.claim_progress(case_id), sources)
    linked = sorted({link.evidence_id for claim in claims for link in claim.evidence})
    if linked:
        with svc.reader(case_id) as reader:
            checks = reader.checks(linked)
            for evidence_id in linked:
                row = reader.evidence_row(evidence_id)  # None once the item is in the trash
                if row is not None:
                    progress = ChecklistProgress.of(checks.get(evidence_id, []))
                    data.items[evidence_id] = LinkedItem(row.original_name, progress)
    return data


def reread_claims(svc: CaseService, base: ClaimsData, since: Changes, removed: bool) -> ClaimsData | None:
    """``base`` brought up to date by re-reading only the claims ``since`` edited; None when those
    changes reach further (other kinds, new claims, claims not shown) and everything must be read."""
    ids = since.ids
    shown = {c.id for c in base.claims}
    if since.kinds - {ObjectKind.CLAIM} or since.created or not ids <= shown:
        return None
    fresh = {c.id: c for c in svc.list_claims(base.case_id, removed=True, ids=ids)}
    claims = [fresh.get(c.id, c) for c in base.claims]
    progress = {k: v for k, v in base.progress.items() if k not in ids}
    progress.update(svc.claim_progress(base.case_id, ids))
    return ClaimsData(
        base.case_id,
        [c for c in claims if removed or not c.removed],
        progress,
        base.sources,
        base.items,
    )


class ClaimsModel(RowTableModel):
    NUMBER, TEXT, STATUS, CREDIBILITY, CHECKS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.numbers: dict[str, int] = {}  # active claims are numbered 1, 2, … as in the report
        self.progress: dict[str, tuple[int, int]] = {}

    def load(self, claims: list[ClaimView], progress: dict[str, tuple[int, int]]) -> list[int] | None:
        """Show the claims; the rows that changed in place, or None when the list was reset."""
        changed_progress = {c.id for c in claims if progress.get(c.id) != self.progress.get(c.id)}
        self.progress = progress
        active = [c for c in claims if not c.removed]
        self.numbers = {c.id: n for n, c in enumerate(active, 1)}
        changed = self.set_rows(claims)
        if changed is None:
            return None
        extra = [i for i, c in enumerate(claims) if c.id in changed_progress and i not in changed]
        last = self.columnCount() - 1
        for i in extra:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return sorted([*changed, *extra])

    def headers(self) -> list[str]:
        return ["#", self.tr("Claim"), self.tr("Status"), self.tr("Credibility"), self.tr("Checks")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self.rows[index.row()]
        col = index.column()
        shown = removed_data(claim, role)
        if shown is not None:
            return shown
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return self.numbers.get(claim.id, "–")
            if col == self.TEXT:
                return claim.text
            if col == self.STATUS:
                return claim_statuses().get(claim.status, claim.status)
            if col == self.CHECKS:
                passed, total = self.progress.get(claim.id, (0, 0))
                return f"{number(passed)}/{number(total)}" if total else "–"
            return str(claim.credibility)  # an Admiralty code, like the source grades A to F
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return dot(claim.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CREDIBILITY:
                return credibility_labels().get(claim.credibility, claim.credibility_label)
            if col == self.CHECKS:
                passed, total = self.progress.get(claim.id, (0, 0))
                return plural(
                    self.tr("{0} of %Ln check(s) passed on the linked evidence", "", total), total
                ).format(number(passed))
            return claim.text
        if role == Qt.ItemDataRole.UserRole:
            return claim.id
        return None


class ClaimsTab(QWidget):
    """The case's claims. Reads its own data; every change goes through ``ops`` and can be undone."""

    loaded = Signal()  # the data of the shown case has arrived and is on screen

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.data: ClaimsData | None = None
        self._prefer: str | None = None  # select this claim once it is in the rows (new, search hit)
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
        for col in (ClaimsModel.NUMBER, ClaimsModel.CHECKS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Status and credibility take their widest possible label, so a status change never resizes
        # the columns (and with them the wrapped height of every row).
        metrics = self.table.fontMetrics()
        headers = self.model.headers()
        icon = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)  # the status dot
        for col, texts, extra in (
            (ClaimsModel.STATUS, [*claim_statuses().values(), headers[ClaimsModel.STATUS]], icon),
            (ClaimsModel.CREDIBILITY, ["6", headers[ClaimsModel.CREDIBILITY]], 0),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(metrics.horizontalAdvance(t) for t in texts) + extra + 24)
        # Rows wrap to the claim column: when its width changes, heights are redone once per turn.
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(0)
        self._rewrap.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(
            lambda col, old, new: self._rewrap.start() if col == ClaimsModel.TEXT and old != new else None
        )
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self.show_removed.setObjectName("showRemovedClaims")
        self.add_button = QPushButton(self.tr("New claim…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.detail = ClaimDetail(svc, ops)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(hint(self.tr("Credibility 1 (confirmed) to 6 (cannot be judged).")))
        row = QHBoxLayout()
        row.addWidget(self.show_removed)
        row.addStretch(1)
        for button in (self.remove_button, self.restore_button, self.add_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        kinds = (ObjectKind.CLAIM, ObjectKind.SOURCE, ObjectKind.EVIDENCE, ObjectKind.CHECK)
        self.loader: CaseLoader[ClaimsData] = CaseLoader(self, ops, kinds, self._read, self._show)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.show_removed.toggled.connect(self.loader.reload)
        self.add_button.clicked.connect(self.add_claim)
        self.remove_button.clicked.connect(self.remove_claim)
        self.restore_button.clicked.connect(self.restore_claim)
        self._row_changed()

    @property
    def case_id(self) -> str | None:
        return self.loader.case_id

    def showEvent(self, event: QShowEvent) -> None:
        # Rows wrap to the column width, which is only known once the tab is on screen.
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    # -- data --------------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        """Show a case's claims (read off the GUI thread; shown when they arrive)."""
        if case_id != self.case_id:
            self._prefer = None
        self.loader.show_case(case_id)

    def _read(self, case_id: str, since: Changes | None) -> Callable[[], ClaimsData]:
        svc, removed, base = self.svc, self.show_removed.isChecked(), self.data
        if since is None or base is None or base.case_id != case_id:
            return lambda: read_claims(svc, case_id, removed)
        return lambda: reread_claims(svc, base, since, removed) or read_claims(svc, case_id, removed)

    def _show(self, data: ClaimsData | None) -> None:
        self.data = data
        prefer, self._prefer = self._prefer, None

        def reset() -> None:
            changed = self.model.load(data.claims if data else [], data.progress if data else {})
            if changed is None:
                self.table.resizeRowsToContents()  # before the scroll position is put back
            for row in changed or ():
                self.table.resizeRowToContents(row)  # an edit: only its rows can change height

        keep_place(self.table, self.model, reset, prefer, self.loader.last_ids)
        self._row_changed()
        self.loaded.emit()

    def current_claim_id(self) -> str | None:
        return current_id(self.table, self.model)

    def current_claim(self) -> ClaimView | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select_claim(self, claim_id: str) -> None:
        """Select a claim now, or as soon as the tab's data arrives (a search hit)."""
        self._prefer = claim_id if self.loader.loading or self.model.row_of(claim_id) < 0 else None
        select_id(self.table, self.model, claim_id)

    def _row_changed(self) -> None:
        claim = self.current_claim()
        self.detail.show_claim(self.data, claim)
        self.add_button.setEnabled(self.case_id is not None)
        self.remove_button.setEnabled(claim is not None and not claim.removed)
        self.restore_button.setVisible(self.show_removed.isChecked())
        self.restore_button.setEnabled(claim is not None and claim.removed)

    # -- writes ------------------------------------------------------------------------------------
    def add_claim(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        dialog = AddClaimDialog(self)
        accepted = dialog.exec()
        text = dialog.text.toPlainText().strip()
        status, credibility = str(dialog.status.currentData()), int(dialog.credibility.currentData())
        dialog.deleteLater()
        if not accepted or not text:
            return
        svc = self.svc
        made: list[str] = []  # the new id, for undo and redo

        def add() -> Changes:
            changes = svc.add_claim(case_id, text, status=status, credibility=credibility)
            made.append(changes.id)
            return changes

        done = self.ops.run(
            self,
            self.tr("Add a claim"),
            add,
            undo=lambda _ch: svc.remove_claim(made[0], UNDONE),
            redo=lambda _ch: svc.restore_claim(made[0]),
        )
        if done:
            self._prefer = made[0]

    def remove_claim(self) -> None:
        claim = self.current_claim()
        if claim is None or claim.removed:
            return
        what = claim.text if len(claim.text) <= 80 else claim.text[:80] + "…"
        reason = ask_reason(self, self.tr("Remove claim"), what)
        if not reason:
            return
        svc, claim_id = self.svc, claim.id
        self.ops.run(
            self,
            self.tr("Remove a claim"),
            lambda: svc.remove_claim(claim_id, reason),
            undo=lambda _ch: svc.restore_claim(claim_id),
            redo=lambda _ch: svc.remove_claim(claim_id, reason),
        )

    def restore_claim(self) -> None:
        claim = self.current_claim()
        if claim is None or not claim.removed:
            return
        svc, claim_id, reason = self.svc, claim.id, claim.removed_reason
        self._prefer = claim_id
        self.ops.run(
            self,
            self.tr("Restore a claim"),
            lambda: svc.restore_claim(claim_id),
            undo=lambda _ch: svc.remove_claim(claim_id, reason),
            redo=lambda _ch: svc.restore_claim(claim_id),
        )
