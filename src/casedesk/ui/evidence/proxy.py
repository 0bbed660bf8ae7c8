"""Filtering (kind, flag, tag, checklist state, text) and sorting in front of the evidence model.

Kind and the graphic / personal-data flags are known for every row at once; tags, text and decode
problems come with each row's facts, so while a big case's facts are still being read those filters
match only the rows read so far (the pane says so), and fill in as the rest arrives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from casedesk.ui.evidence.model import EvidenceModel
from casedesk.ui.evidence.rows import Row

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

    @property
    def needs_facts(self) -> bool:
        return bool(self.tag is not None or self.text or self.flag == "decode")


NO_FILTER = EvidenceFilter()


def _flagged(row: Row, flag: str) -> bool:
    if flag == "graphic":
        return row.graphic
    if flag == "personal":
        return row.personal_data
    return row.facts is not None and row.facts.decode_status != "ok"


def _checks_match(states: frozenset[str], wanted: str) -> bool:
    if wanted == "complete":
        return "pending" not in states
    return wanted in states


class EvidenceProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = EvidenceFilter()
        self._needle = ""
        self._filtering = False
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
            self._filtering = criteria != NO_FILTER
            self._needle = criteria.text.casefold()
            self._end()

    def set_check_states(self, states: Mapping[str, frozenset[str]]) -> None:
        if self.criteria.check is None:  # not filtering on them: nothing to redo
            self._check_states = states
            return
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

    def refilter(self) -> None:
        """Apply the same criteria again (the facts or checklist states they need have arrived)."""
        self._begin()
        self._end()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._filtering:  # 100,000 calls when a big case opens: answer before anything else
            return True
        c = self.criteria
        row = self.source().row_at(source_row)
        if c.kind is not None and row.kind != c.kind:
            return False
        if c.flag is not None and not _flagged(row, c.flag):
            return False
        if c.tag is not None and (row.facts is None or c.tag not in row.facts.tags):
            return False
        if c.check is not None:
            # Items added since the states were read have every check still pending.
            states = self._check_states.get(row.id, frozenset({"pending"}))
            if not _checks_match(states, c.check):
                return False
        if c.text:
            # The needle is casefolded once per filter, the haystack once per read: 100,000 rows filter
            # in a blink. Before its facts arrive, a row is matched on its name.
            haystack = row.facts.haystack if row.facts is not None else row.original_name.casefold()
            if self._needle not in haystack:
                return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts its own rows (fast); the proxy keeps source order and only filters.
        self.source().sort(column, order)
