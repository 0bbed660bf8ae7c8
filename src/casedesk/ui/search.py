"""Workspace-wide search: type, and the hits across every case appear below; activate one to open it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casedesk.core.search import SearchHit
from casedesk.core.service import CaseService
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.labels import object_types, search_fields
from casedesk.ui.widgets import BidiDelegate

DEBOUNCE_MS = 250


class SearchPanel(QWidget):
    hitActivated = Signal(object)  # SearchHit

    def __init__(self, svc: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.hits: list[SearchHit] = []
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search all cases (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.count = QLabel()
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(BidiDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self._show_results(False)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        self.hits = self.svc.search(query) if query else []
        self.results.clear()
        kinds, fields = object_types(), search_fields()
        for hit in self.hits:
            # Excerpt first: its own script decides the line's direction (Arabic hits read right to left).
            kind = kinds.get(hit.object_type, hit.object_type)
            #: A search hit's second line: {0} what was found (a claim, a note…), {1} its case's title.
            where = self.tr("{0} · {1}").format(kind, isolate(hit.case_title))
            item = QListWidgetItem(f"{hit.excerpt}\n{where}")
            #: A search hit's tooltip: {0} the case, {1} the field that matched, {2} the matching text.
            item.setToolTip(
                self.tr("{0}\n{1}: {2}").format(
                    isolate(hit.case_title), fields.get(hit.field, hit.field), isolate(hit.excerpt)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if query:
            found = len(self.hits)
            self.count.setText(
                plural(self.tr("%Ln hit(s)", "", found), found) if found else self.tr("No hits.")
            )
        self._show_results(bool(query))

    def _show_results(self, visible: bool) -> None:
        self.count.setVisible(visible)
        self.results.setVisible(visible)

    def _open_first(self) -> None:
        self.run_search()
        if self.hits:
            self.results.setCurrentRow(0)
            self.hitActivated.emit(self.hits[0])

    def _activated(self, item: QListWidgetItem) -> None:
        self.hitActivated.emit(item.data(Qt.ItemDataRole.UserRole))
