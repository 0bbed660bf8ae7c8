"""Filtering (kind, flag, tag, checklist state, text) and sorting in front of the evidence model."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.model import EvidenceModel

FLAGS = ("graphic", "personal", "decode")
CHECKS = ("pending", "failed", "passed", "inconclusive", "complete")


@dataclass(frozen=True, slots=True)
class EvidenceFilter:
    kind: str | None = None  # an EvidenceKind value
    flag: str | None = None  # one of FLAGS
    tag: str | None = None
    check: str | None = None  # one of CHECKS: "has an item in that state"; "complete": none pending
    text: str = ""  # in the name, description, transcript or tags

    @property
    def needs_check_states(self) -> bool:
        return self.check is not None


def _flagged(view: EvidenceView, flag: str) -> bool:
    if flag == "graphic":
        return view.graphic
    if flag == "personal":
        return view.personal_data
    return view.decode_status != "ok"


def _checks_match(states: frozenset[str], wanted: str) -> bool:
    if wanted == "complete":
        return "pending" not in states
    return wanted in states


class EvidenceProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = EvidenceFilter()
        # Per evidence id, the set of states of its checklist items (loaded by the pane when needed).
        self._check_states: Mapping[str, frozenset[str]] = {}

    def source(self) -> EvidenceModel:
        model = self.sourceModel()
        assert isinstance(model, EvidenceModel)
        return model

    def set_filter(self, criteria: EvidenceFilter) -> None:
        if criteria != self.criteria:
            self._begin()
            self.criteria = criteria
            self._end()

    def set_check_states(self, states: Mapping[str, frozenset[str]]) -> None:
        self._begin()
        self._check_states = states
        self._end()

    # Qt 6.9 replaced invalidateRowsFilter() by a begin/end pair; older PySide6 releases only have the former.
    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        view = self.source().view_at(source_row)
        c = self.criteria
        if c.kind is not None and view.kind != c.kind:
            return False
        if c.flag is not None and not _flagged(view, c.flag):
            return False
        if c.tag is not None and c.tag not in view.tags:
            return False
        if c.check is not None:
            # Items added since the states were read have every check still pending.
            states = self._check_states.get(view.id, frozenset({"pending"}))
            if not _checks_match(states, c.check):
                return False
        if c.text:
            needle = c.text.casefold()
            haystack = (view.original_name, view.description, view.transcript, *view.tags)
            if not any(needle in part.casefold() for part in haystack):
                return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts its own rows (fast); the proxy keeps source order and only filters.
        self.source().sort(column, order)
