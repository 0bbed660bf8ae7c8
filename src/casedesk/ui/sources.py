"""Sources with their Admiralty reliability grade, and what in the case rests on each of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService
from casedesk.core.views import CaseView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.labels import reliability_choices
from casedesk.ui.ops import CaseOps
from casedesk.ui.row_model import Index, RowTableModel
from casedesk.ui.widgets import (
    BidiDelegate,
    BidiLabel,
    CommitComboBox,
    CommitLineEdit,
    CommitTextEdit,
    heading,
    select_id,
    select_row,
)


class SourcesModel(RowTableModel):
    NAME, HANDLE, PLATFORM, RELIABILITY = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Source"), self.tr("Handle"), self.tr("Platform"), self.tr("Reliability")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        src = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [src.name, src.handle, src.platform, f"{src.reliability} — {src.reliability_label}"][
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return src.notes or None
        if role == Qt.ItemDataRole.UserRole:
            return src.id
        return None


class AddSourceDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New source"), parent)
        self.name = QLineEdit()
        self.handle = QLineEdit()
        self.platform = QLineEdit()
        self.reliability = combo(reliability_choices(), "F")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Handle"), self.handle)
        self.form.addRow(self.tr("Platform"), self.platform)
        self.form.addRow(self.tr("Reliability"), self.reliability)


class SourcesTab(QWidget):
    edited = Signal()

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.view: CaseView | None = None
        self._pending: str | None = None
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
        self.add_button = QPushButton(self.tr("New source…"))

        self.name = CommitLineEdit()
        self.handle = CommitLineEdit()
        self.platform = CommitLineEdit()
        self.reliability = CommitComboBox(reliability_choices())
        self.notes = CommitTextEdit()
        self.notes.setMaximumHeight(90)
        self.usage = BidiLabel()
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Handle"), self.handle)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Reliability"), self.reliability)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(heading(self.tr("Bears on")), self.usage)
        self.detail = form_box

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self._add_source)
        for field, widget in (("name", self.name), ("handle", self.handle), ("platform", self.platform)):
            widget.committed.connect(lambda value, f=field: self._update(**{f: value}))
        self.reliability.committed.connect(lambda value: self._update(reliability=value))
        self.notes.committed.connect(lambda value: self._update(notes=value))

    def load(self, view: CaseView) -> None:
        keep = self._pending or self.current_source_id()
        self._pending = None
        self.view = view
        self.model.set_rows(view.sources)
        row = self.model.row_of(keep) if keep else (0 if view.sources else -1)
        if row >= 0:
            select_row(self.table, row)
        self._row_changed()

    def current_source_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index)

    def select_source(self, source_id: str) -> None:
        select_id(self.table, self.model, source_id)

    def _row_changed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        src = self.model.rows[index.row()] if index.isValid() else None
        self.detail.setEnabled(src is not None)
        if src is None or self.view is None:
            return
        self.name.set_saved_text(src.name)
        self.handle.set_saved_text(src.handle)
        self.platform.set_saved_text(src.platform)
        self.reliability.set_value(src.reliability)
        self.notes.set_saved_text(src.notes)
        claims = [i + 1 for i, c in enumerate(self.view.claims) if src.id in c.source_ids]
        evidence = [e.original_name for e in self.view.evidence if e.source_id == src.id]
        parts = []
        if claims:
            parts.append(self.tr("Claims {0}").format(", ".join(f"#{n}" for n in claims)))
        if evidence:
            parts.append(self.tr("Evidence: {0}").format(", ".join(evidence)))
        self.usage.setText("\n".join(parts) if parts else self.tr("Nothing in this case cites it yet."))

    def _update(self, **changes: Any) -> None:
        source_id = self.current_source_id()
        if source_id is not None:
            self.svc.update_source(source_id, **changes)
            self.edited.emit()

    def _add_source(self) -> None:
        if self.view is None:
            return
        dialog = AddSourceDialog(self)
        if dialog.exec() and dialog.name.text().strip():
            source_id = self.svc.add_source(
                self.view.id,
                dialog.name.text().strip(),
                handle=dialog.handle.text().strip(),
                platform=dialog.platform.text().strip(),
                reliability=dialog.reliability.currentData(),
            ).id
            self._pending = source_id  # selected once the refreshed case arrives
            self.edited.emit()
