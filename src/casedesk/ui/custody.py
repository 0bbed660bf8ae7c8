"""The custody log, read-only, and the Verify action that re-hashes originals and re-checks the chain."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.service import CaseService, VerifyReport
from casedesk.core.views import CaseView, CustodyView
from casedesk.ui.labels import object_types
from casedesk.ui.messages import show_info, show_status
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import TaskHandle, run_task
from casedesk.ui.widgets import hint


def object_names(view: CaseView) -> dict[str, str]:
    """Readable names for the objects a custody entry can point at (ids mean nothing to a reader)."""
    names = {view.id: view.title}
    names.update({e.id: e.original_name for e in [*view.evidence, *view.trash]})
    names.update({c.id: c.text for c in view.claims})
    names.update({s.id: s.name for s in view.sources})
    names.update({e.id: e.title for e in view.timeline})
    names.update({p.id: p.name for p in view.places})
    names.update({n.id: n.text.splitlines()[0] if n.text else "" for n in view.notes})
    names.update({c.id: c.title for c in view.checklist})
    return names


def _utc(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S} UTC"


class CustodyModel(QAbstractTableModel):
    SEQ, TIME, INVESTIGATOR, ACTION, OBJECT, HASH = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[CustodyView] = []
        self.names: dict[str, str] = {}

    def load(self, entries: list[CustodyView], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.names = dict(names or {})
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = ["#", self.tr("Time"), self.tr("Investigator"), self.tr("Action"), self.tr("Object")]
            return [*names, self.tr("Hash")][section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.SEQ:
                return entry.seq
            if col == self.TIME:
                return _utc(entry.at)
            if col == self.INVESTIGATOR:
                return entry.investigator
            if col == self.ACTION:
                return entry.action.replace("_", " ")
            if col == self.OBJECT:
                kind = object_types().get(entry.object_type, entry.object_type)
                return f"{kind}: {self.names.get(entry.object_id) or entry.object_id[:8]}"
            return entry.hash[:12]
        if role == Qt.ItemDataRole.ToolTipRole:
            details = json.dumps(entry.details, ensure_ascii=False, indent=2)
            return f"{details}\n\nhash {entry.hash}\nprevious {entry.prev_hash}"
        if role == Qt.ItemDataRole.FontRole and col == self.HASH:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CustodyTab(QWidget):
    """Every change to the case, in order, chained by hash; nothing here can be edited."""

    verified = Signal(object)  # VerifyReport, after a verification finished

    def __init__(self, svc: CaseService, ops: CaseOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.svc = svc
        self.case_id: str | None = None
        self.task: TaskHandle[VerifyReport] | None = None
        self.model = CustodyModel(self)
        self.table = QTableView()
        self.table.setObjectName("custodyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CustodyModel.OBJECT, QHeaderView.ResizeMode.Stretch)
        self.result = QLabel()
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify case"))
        self.verify_button.setToolTip(
            self.tr("Re-hash every original and re-check the chain of custody entries")
        )
        row = QHBoxLayout()
        row.addWidget(hint(self.tr("Hover over an entry for its details and full hash.")), 1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(row)
        self.verify_button.clicked.connect(self.verify)

    def load(self, view: CaseView) -> None:
        if view.id != self.case_id:
            self.result.setText("")
        self.case_id = view.id
        self.model.load(self.svc.custody_log(view.id), object_names(view))
        self.table.scrollToBottom()

    def verify(self) -> TaskHandle[VerifyReport] | None:
        if self.case_id is None:
            return None
        case_id = self.case_id
        self.verify_button.setEnabled(False)
        self.task = run_task(
            self,
            self.tr("Verifying the case"),
            lambda control: self.svc.verify(case_id, control),
            self._verified,
            lambda _exc: self.verify_button.setEnabled(True),
        )
        return self.task

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        counts = self.tr("{0} original files and {1} log entries checked").format(
            report.files_checked, report.log_entries_checked
        )
        if report.ok:
            text = self.tr("Verified: everything matches. {0}.").format(counts)
            self.result.setText("✔ " + text)
            show_status(self, text)
        else:
            lines = [f"{p.kind} {p.object[:8]}: {p.detail}" for p in report.problems]
            text = self.tr("{0} problem(s) found. {1}.").format(len(report.problems), counts)
            self.result.setText("✘ " + text + "\n" + "\n".join(lines[:10]))
            show_info(self, self.tr("Verification found problems"), text, "\n".join(lines))
        self.verified.emit(report)
