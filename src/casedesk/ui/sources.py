"""Sources with their Admiralty reliability grade, and what in the case rests on each of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.errors import Cancelled
from casedesk.core.service import CaseService, SourceInUseError
from casedesk.core.views import SourceView
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.case_loader import CaseLoader, current_id, keep_place
from casedesk.ui.formats import list_text, number
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.labels import reliability_choices
from casedesk.ui.ops import CaseOps
from casedesk.ui.records import UNDONE, ask_reason, removed_tip
from casedesk.ui.removed import removed_data
from casedesk.ui.row_model import Index, RowTableModel
from casedesk.ui.source_dialogs import AddSourceDialog, MergeSourcesDialog, SourceInUseDialog, grade_labels
from casedesk.ui.widgets import (
    BidiDelegate,
    BidiLabel,
    CommitComboBox,
    CommitLineEdit,
    CommitTextEdit,
    heading,
    hint,
    select_id,
)


@dataclass(frozen=True, slots=True)
class SourcesData:
    """One read of the tab: the sources, and what cites each of them (claims and evidence items)."""

    case_id: str
    sources: list[SourceView]
    claim_numbers: dict[str, int] = field(default_factory=dict)  # active claim id -> its number
    claims_citing: dict[str, list[str]] = field(default_factory=dict)  # source id -> claim ids
    items_citing: dict[str, list[str]] = field(default_factory=dict)  # source id -> item names


def read_sources(svc: CaseService, case_id: str, removed: bool) -> SourcesData:
    data = SourcesData(
        case_id, svc.list_sources(case_id, removed=removed), items_citing=svc.items_citing_sources(case_id)
    )
    active = 0
    for claim in svc.list_claims(case_id, removed=True):  # removed claims may still cite a source
        if not claim.removed:
            active += 1
            data.claim_numbers[claim.id] = active
        for source_id in claim.source_ids:
            data.claims_citing.setdefault(source_id, []).append(claim.id)
    return data


class SourcesModel(RowTableModel):
    NAME, HANDLE, PLATFORM, RELIABILITY = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Source"), self.tr("Handle"), self.tr("Platform"), self.tr("Reliability")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        src = self.rows[index.row()]
        shown = removed_data(src, role)
        if shown is not None:
            return shown
        if role == Qt.ItemDataRole.DisplayRole:
            grade = grade_labels().get(src.reliability, src.reliability)
            return [src.name, src.handle, src.platform, grade][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return src.notes or None
        if role == Qt.ItemDataRole.UserRole:
            return src.id
        return None


class SourcesTab(QWidget):
    """The case's sources. Reads its own data; every change goes through ``ops`` and can be undone."""

    loaded = Signal()  # the data of the shown case has arrived and is on screen

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.data: SourcesData | None = None
        self._prefer: str | None = None  # select this source once it is in the rows (new, search hit)
        self.model = SourcesModel(self)
        self.table = QTableView()
        self.table.setObjectName("sourcesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SourcesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self.show_removed.setObjectName("showRemovedSources")
        self.add_button = QPushButton(self.tr("New source…"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Merge another source of this case into the selected one"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.restore_button = QPushButton(self.tr("Restore"))

        self.name = CommitLineEdit()
        self.handle = CommitLineEdit()
        self.platform = CommitLineEdit()
        self.reliability = CommitComboBox(reliability_choices())
        self.notes = CommitTextEdit()
        self.notes.setMaximumHeight(90)
        self.usage = BidiLabel()
        self.removed_note = hint("")
        form_box = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Handle"), self.handle)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Reliability"), self.reliability)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(heading(self.tr("Bears on")), self.usage)
        box_layout = QVBoxLayout(form_box)
        box_layout.addWidget(self.removed_note)
        box_layout.addLayout(form)
        box_layout.addStretch(1)  # the fields stay at the top, whatever the note's height
        self.detail = form_box
        self.fields: list[QWidget] = [self.name, self.handle, self.platform, self.reliability, self.notes]

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_removed)
        row.addStretch(1)
        for button in (self.merge_button, self.remove_button, self.restore_button, self.add_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Claims and evidence are read too: the tab says what rests on each source.
        self.loader: CaseLoader[SourcesData] = CaseLoader(
            self, ops, (ObjectKind.SOURCE, ObjectKind.CLAIM, ObjectKind.EVIDENCE), self._read, self._show
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.show_removed.toggled.connect(self.loader.reload)
        self.add_button.clicked.connect(self.add_source)
        self.merge_button.clicked.connect(self.merge_source)
        self.remove_button.clicked.connect(self.remove_source)
        self.restore_button.clicked.connect(self.restore_source)
        for name, widget in (("name", self.name), ("handle", self.handle), ("platform", self.platform)):
            widget.committed.connect(lambda value, f=name: self._update(**{f: value}))
        self.reliability.committed.connect(lambda value: self._update(reliability=value))
        self.notes.committed.connect(lambda value: self._update(notes=value))
        self._row_changed()

    @property
    def case_id(self) -> str | None:
        return self.loader.case_id

    # -- data --------------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        """Show a case's sources (read off the GUI thread; shown when they arrive)."""
        if case_id != self.case_id:
            self._prefer = None
        self.loader.show_case(case_id)

    def _read(self, case_id: str, _since: Changes | None) -> Callable[[], SourcesData]:
        svc, removed = self.svc, self.show_removed.isChecked()
        return lambda: read_sources(svc, case_id, removed)

    def _show(self, data: SourcesData | None) -> None:
        self.data = data
        prefer, self._prefer = self._prefer, None
        rows = data.sources if data else []
        keep_place(self.table, self.model, lambda: self.model.set_rows(rows), prefer, self.loader.last_ids)
        self._row_changed()
        self.loaded.emit()

    def current_source_id(self) -> str | None:
        return current_id(self.table, self.model)

    def current_source(self) -> SourceView | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select_source(self, source_id: str) -> None:
        """Select a source now, or as soon as the tab's data arrives (a search hit)."""
        self._prefer = source_id if self.loader.loading or self.model.row_of(source_id) < 0 else None
        select_id(self.table, self.model, source_id)

    # -- the detail form ---------------------------------------------------------------------------
    def _row_changed(self, *_args: object) -> None:
        src = self.current_source()
        active = src is not None and not src.removed
        self.detail.setEnabled(src is not None)
        for widget in self.fields:
            widget.setEnabled(active)
        self.remove_button.setEnabled(active)
        self.restore_button.setVisible(self.show_removed.isChecked())
        self.restore_button.setEnabled(src is not None and src.removed)
        others = [s for s in self.model.rows if not s.removed and src is not None and s.id != src.id]
        self.merge_button.setEnabled(active and bool(others))
        self.add_button.setEnabled(self.case_id is not None)
        self.removed_note.setVisible(src is not None and src.removed)
        if src is None:
            self.usage.setText("")
            return
        self.removed_note.setText(removed_tip(src.removed_reason) if src.removed else "")
        self.name.set_saved_text(src.name)
        self.handle.set_saved_text(src.handle)
        self.platform.set_saved_text(src.platform)
        self.reliability.set_value(src.reliability)
        self.notes.set_saved_text(src.notes)
        self.usage.setText(self._usage_text(src.id))

    def _usage_text(self, source_id: str) -> str:
        if self.data is None:
            return ""
        numbers = self.data.claim_numbers
        claim_ids = self.data.claims_citing.get(source_id, [])
        shown = sorted(numbers[c] for c in claim_ids if c in numbers)
        removed = len(claim_ids) - len(shown)
        items = self.data.items_citing.get(source_id, [])
        parts = []
        if shown:
            #: Claims that cite a source, by number: {0} is a list such as "#1, #3".
            parts.append(self.tr("Claims {0}").format(list_text([f"#{number(n)}" for n in shown])))
        if removed:
            parts.append(plural(self.tr("%Ln removed claim(s)", "", removed), removed))
        if items:
            parts.append(self.tr("Evidence: {0}").format(list_text([isolate(name) for name in items])))
        return "\n".join(parts) if parts else self.tr("Nothing in this case cites it yet.")

    def cited_by(self, source_id: str) -> tuple[int, int]:
        """(claims, evidence items) citing a source, as last read."""
        if self.data is None:
            return (0, 0)
        return (
            len(self.data.claims_citing.get(source_id, [])),
            len(self.data.items_citing.get(source_id, [])),
        )

    # -- writes ------------------------------------------------------------------------------------
    def _update(self, **values: Any) -> None:
        source_id = self.current_source_id()
        if source_id is None:
            return
        svc = self.svc
        done = self.ops.run(
            self,
            self.tr("Edit source"),
            lambda: svc.update_source(source_id, **values),
            undo=lambda ch: svc.update_source(source_id, **ch.before.get(source_id, {})),
            redo=lambda _ch: svc.update_source(source_id, **values),
        )
        if done is None:
            self._row_changed()  # refused: the fields show the stored values again

    def add_source(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        dialog = AddSourceDialog(self)
        accepted = dialog.exec() and dialog.name.text().strip()
        name, handle = dialog.name.text().strip(), dialog.handle.text().strip()
        platform, grade = dialog.platform.text().strip(), str(dialog.reliability.currentData())
        dialog.deleteLater()
        if not accepted:
            return
        svc = self.svc
        made: list[str] = []  # the new id, for undo and redo (the id of a redo's Changes is not "created")

        def add() -> Changes:
            changes = svc.add_source(case_id, name, handle=handle, platform=platform, reliability=grade)
            made.append(changes.id)
            return changes

        done = self.ops.run(
            self,
            self.tr("Add source “{0}”").format(isolate(name)),
            add,
            undo=lambda _ch: svc.remove_source(made[0], UNDONE),
            redo=lambda _ch: svc.restore_source(made[0]),
        )
        if done:
            self._prefer = made[0]  # selected once the new rows arrive

    def remove_source(self) -> None:
        src = self.current_source()
        if src is None or src.removed:
            return
        reason = ask_reason(self, self.tr("Remove source"), src.name)
        if not reason:
            return
        svc, source_id, kept = self.svc, src.id, self.tr("The source was kept.")
        unlinked: dict[str, list[str]] = {"claims": [], "evidence": []}

        def remove(ask: bool) -> Changes:
            try:
                return svc.remove_source(source_id, reason)
            except SourceInUseError as exc:  # nothing was written; the error names what cites it
                if (
                    ask
                    and not SourceInUseDialog(src.name, len(exc.claim_ids), len(exc.evidence_ids), self).ask()
                ):
                    raise Cancelled(kept) from None
                unlinked["claims"], unlinked["evidence"] = exc.claim_ids, exc.evidence_ids
                return svc.remove_source(source_id, reason, unlink=True)

        def put_back(_ch: Changes) -> Changes:
            # The source comes back with the links that removing it cut, each its own custody entry.
            changes = svc.restore_source(source_id)
            for claim_id in unlinked["claims"]:
                changes = changes | svc.link_claim_source(claim_id, source_id)
            for evidence_id in unlinked["evidence"]:
                changes = changes | svc.update_evidence(evidence_id, source_id=source_id)
            return changes

        self.ops.run(
            self,
            self.tr("Remove source “{0}”").format(isolate(src.name)),
            lambda: remove(ask=True),
            undo=put_back,
            redo=lambda _ch: remove(ask=False),
        )

    def restore_source(self) -> None:
        src = self.current_source()
        if src is None or not src.removed:
            return
        svc, source_id, reason = self.svc, src.id, src.removed_reason
        self._prefer = source_id
        self.ops.run(
            self,
            self.tr("Restore source “{0}”").format(isolate(src.name)),
            lambda: svc.restore_source(source_id),
            undo=lambda _ch: svc.remove_source(source_id, reason),
            redo=lambda _ch: svc.restore_source(source_id),
        )

    def merge_source(self) -> None:
        keep = self.current_source()
        if keep is None or keep.removed:
            return
        others = [s for s in self.model.rows if not s.removed and s.id != keep.id]
        cited = {s.id: self.cited_by(s.id) for s in others}
        dialog = MergeSourcesDialog(keep, others, cited, self)
        other_id = dialog.other_id() if dialog.exec() else None
        dialog.deleteLater()
        if other_id is None:
            return
        other = next(s for s in others if s.id == other_id)
        svc, keep_id = self.svc, keep.id
        self._prefer = keep_id
        self.ops.run(
            self,
            self.tr("Merge “{0}” into “{1}”").format(isolate(other.name), isolate(keep.name)),
            lambda: svc.merge_sources(keep_id, other_id),
            undo=lambda _ch: svc.unmerge_sources(keep_id, other_id),
            redo=lambda _ch: svc.merge_sources(keep_id, other_id),
        )
