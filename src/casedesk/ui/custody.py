"""The custody log, read-only and a page at a time, and the Verify action that re-hashes originals and
re-checks the chain."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import shiboken6
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

from casedesk.core.changes import Changes
from casedesk.core.service import CaseService, VerifyReport
from casedesk.core.views import CustodyView
from casedesk.ui.i18n import core_text, current_language, isolate, ltr, plural
from casedesk.ui.labels import action_label, object_types, problem_kinds
from casedesk.ui.loads import release, run_released
from casedesk.ui.messages import show_info, show_status
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import Pool, TaskHandle, run_task
from casedesk.ui.widgets import BidiDelegate, hint

PAGE = 200  # entries read at a time, as the table scrolls towards its end
_NAME_FIELDS = ("title", "name", "original_name", "text")


def _utc(at: datetime) -> str:
    """The log's own time, as ISO 8601 in UTC: the log is evidence, and reads the same everywhere."""
    return f"{at:%Y-%m-%d %H:%M:%S} UTC"


def _first_line(text: object, limit: int = 100) -> str:
    lines = str(text).splitlines()
    line = lines[0] if lines else ""
    return line if len(line) <= limit else line[:limit] + "…"


def learn_names(entry: CustodyView, names: dict[str, str], checks: dict[str, str]) -> None:
    """Readable names for the objects entries point at, as the log itself recorded them.

    The log is read in order, so an object's creating entry (which names it) comes before the
    entries that refer to it; renames are picked up from edits. A check is named by its title in
    the checklist template (``checks``: key to title) and, on an item, that item's name. Nothing else
    is read for names.
    """
    details = entry.details
    key = details.get("key")
    if entry.object_type == "checklist_item" and isinstance(key, str):
        item = names.get(str(details.get("evidence_id") or ""))
        title = checks.get(key, key)
        names[entry.object_id] = f"{title} ({item})" if item else title
        return
    changed = details.get("changes")
    if isinstance(changed, dict):
        for field in ("title", "name", "text"):
            step = changed.get(field)
            if isinstance(step, dict) and step.get("to"):
                names[entry.object_id] = _first_line(step["to"])
                return
    if entry.object_id in names:
        return
    for field in _NAME_FIELDS:
        if details.get(field):
            names[entry.object_id] = _first_line(details[field])
            return


class CustodyModel(QAbstractTableModel):
    """The log of one case, read a page at a time (``canFetchMore``/``fetchMore``) off the GUI thread."""

    SEQ, TIME, INVESTIGATOR, ACTION, OBJECT, HASH = range(6)

    def __init__(self, svc: CaseService, owner: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self._owner = owner  # where a failed read is reported
        language = current_language()
        self._check_titles = {item.key: item.text(language).title for item in svc.template.items}
        self.case_id: str | None = None
        self.entries: list[CustodyView] = []
        self.names: dict[str, str] = {}
        self.pages_read = 0
        self._more = False  # there may be entries after the last one read
        self._running: TaskHandle[list[CustodyView]] | None = None
        self._dropped: list[TaskHandle[list[CustodyView]]] = []
        self._again = False  # new entries were announced while a page was being read
        self._generation = 0  # a page read for an earlier case is dropped

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def complete(self) -> bool:
        """Every entry of the log up to now is in the table."""
        return not self._more and self._running is None

    def show_case(self, case_id: str | None) -> None:
        self.beginResetModel()
        self.case_id = case_id
        self.entries, self.names = [], {}
        self._more, self._again = case_id is not None, False
        self._generation += 1
        if self._running is not None:
            self._dropped.append(self._running)  # its page is for the case shown before
        self._running = None
        self.endResetModel()
        self._fetch()

    def follow(self) -> None:
        """New entries were appended to the log: read them, if the table already reached its end."""
        if self._running is not None:
            self._again = True
        elif not self._more:
            self._more = True
            self._fetch()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._running is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        if self.case_id is None or not self._more or self._running is not None:
            return
        case_id, after, generation, svc = self.case_id, self.last_seq(), self._generation, self.svc
        self._running = run_task(
            self._owner,
            "",
            lambda _control: svc.custody_entries(case_id, after, PAGE),
            lambda page: self._arrived(generation, page),
            lambda _exc: self._failed(generation),
            quiet=True,
            on=Pool.READ,
        )

    def last_seq(self) -> int:
        return self.entries[-1].seq if self.entries else 0

    def _arrived(self, generation: int, page: list[CustodyView]) -> None:
        if not shiboken6.isValid(self):
            return
        if generation != self._generation:
            self._release_dropped()
            return
        self._release()
        self.pages_read += 1
        self._more = len(page) >= PAGE
        page = [e for e in page if e.seq > self.last_seq()]
        if page:
            for entry in page:
                learn_names(entry, self.names, self._check_titles)
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.entries.extend(page)
            self.endInsertRows()
        if self._again:  # entries were appended while this page was read: if it was the last, read on
            self._again = False
            if not self._more:
                self._more = True
                self._fetch()

    def _failed(self, generation: int) -> None:
        if not shiboken6.isValid(self):
            return
        if generation != self._generation:
            self._release_dropped()
            return
        self._release()
        self._more = False

    def _release(self) -> None:
        if self._running is not None:
            release(self._running)
        self._running = None

    def _release_dropped(self) -> None:
        for handle in [h for h in self._dropped if h.done]:
            self._dropped.remove(handle)
            release(handle)

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
                return action_label(entry.action)
            if col == self.OBJECT:
                kind = object_types().get(entry.object_type, entry.object_type)
                #: The Object column of the custody log: {0} the kind of object, {1} its name or id.
                return self.tr("{0}: {1}").format(
                    kind, isolate(self.names.get(entry.object_id) or entry.object_id[:8])
                )
            return entry.hash[:12]
        if role == Qt.ItemDataRole.ToolTipRole:
            details = json.dumps(entry.details, ensure_ascii=False, indent=2)
            #: Tooltip of a custody entry: {0} the action as recorded, {1} its details as recorded (JSON),
            #: {2} the entry's hash, {3} the previous entry's hash.
            return self.tr("{0}\n{1}\n\nhash {2}\nprevious {3}").format(
                ltr(entry.action), details, ltr(entry.hash), ltr(entry.prev_hash)
            )
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
        self.model = CustodyModel(svc, self, self)
        self.table = QTableView()
        self.table.setObjectName("custodyTable")
        self.table.setModel(self.model)
        # Each cell reads in its own direction: ISO times and hashes left to right in any interface.
        self.table.setItemDelegate(BidiDelegate(self.table))
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
        self._follow_end = False
        self.model.rowsInserted.connect(lambda *_args: self._rows_added())
        ops.changed.connect(self._on_changed)

    def show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.result.setText("")
        self.case_id = case_id
        self.verify_button.setEnabled(case_id is not None)
        self.model.show_case(case_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches_case(self.case_id):
            # A reader at the end of the log keeps seeing its newest entries; one scrolled up stays put.
            bar = self.table.verticalScrollBar()
            self._follow_end = self.model.complete and bar.value() >= bar.maximum()
            self.model.follow()

    def _rows_added(self) -> None:
        if self._follow_end:
            self._follow_end = False
            self.table.scrollToBottom()

    def verify(self) -> TaskHandle[VerifyReport] | None:
        if self.case_id is None:
            return None
        case_id = self.case_id
        self.verify_button.setEnabled(False)
        self.task = run_released(
            self,
            self.tr("Verifying the case"),
            lambda control: self.svc.verify(case_id, control),
            self._verified,
            lambda _exc: self.verify_button.setEnabled(True),
        )
        return self.task

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        files, entries = report.files_checked, report.log_entries_checked
        counts = " ".join(
            [
                plural(self.tr("%Ln original file(s) re-hashed.", "", files), files),
                plural(self.tr("%Ln log entry(ies) checked.", "", entries), entries),
            ]
        )
        if report.ok:
            text = self.tr("Verified: everything matches. {0}").format(counts)
            self.result.setText("✔ " + text)
            show_status(self, text)
        else:
            kinds = problem_kinds()
            #: One problem Verify found: {0} what is wrong (log or file), {1} the object's id, {2} details.
            line = self.tr("{0} {1}: {2}")
            lines = [
                line.format(kinds.get(p.kind, p.kind), ltr(p.object[:8]), core_text(p.detail))
                for p in report.problems
            ]
            found = len(report.problems)
            text = plural(self.tr("%Ln problem(s) found. {0}", "", found), found).format(counts)
            self.result.setText("✘ " + text + "\n" + "\n".join(lines[:10]))
            show_info(self, self.tr("Verification found problems"), text, "\n".join(lines))
        self.verified.emit(report)
