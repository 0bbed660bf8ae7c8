"""Reading a case's evidence for the model, off the GUI thread, through the named READ pool.

After the model has shown the first page (read at once, so the first screen never waits), the rest
comes in two stages, each a chain of quiet reads (:func:`casedesk.ui.tasks.run_task`) whose results
arrive on the GUI thread:

1. every item's light row, read in one snapshot of the workspace (100,000 rows in well under a
   second), so the model knows every item and the grid can be scrolled end to end;
2. each item's facts (times, tags, text), a small page of full views at a time: the pages the user
   is looking at first, then the rest in order, then any item a concurrent change made a page miss.
   A full view is costly (about 0.15 ms, most of it Python holding the GIL), so this pass is polite:
   a short pause between pages, and none read while the user is scrolling, so the window stays
   smooth; the pages on screen are read at once whatever happens.

Nothing here touches a widget; the model applies what arrives and ignores it if the case has
changed since (each load has a generation number).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QTimer

from casedesk.core.errors import NotFoundError
from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceRow, EvidenceView
from casedesk.ui.evidence.rows import Facts, Row, facts_of, row_of
from casedesk.ui.messages import plain_words
from casedesk.ui.tasks import Pool, TaskHandle, run_task

ROWS_CHUNK = 20_000  # light rows per query inside the one snapshot
FACTS_PAGE = 250  # full views per read: ~40 ms of a pool thread, then the GUI thread gets a turn
PAUSE_MS = 10  # between pages of the background pass
QUIET_S = 0.5  # no background page starts this long after the user last scrolled
SWEEP_CHUNK = 500  # items read one by one, at the end, that no page delivered


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Every active item of a case at one moment, as model rows (made on the pool thread, so the
    GUI thread only merges them in)."""

    rows: list[Row]  # in catalogue order; each row's rank is its place in it
    rank: dict[str, int]


class Target(Protocol):
    """What the loader needs from the model (kept narrow, so the loader can be read on its own)."""

    def rows_arrived(self, generation: int, snapshot: Snapshot) -> None: ...
    def facts_arrived(self, generation: int, facts: list[tuple[str, Facts]]) -> None: ...
    def facts_done(self, generation: int) -> None: ...
    def load_failed(self, generation: int, message: str) -> None: ...
    def ids_without_facts(self) -> list[str]: ...


def read_rows(svc: CaseService, case_id: str) -> list[EvidenceRow]:
    """Every active item's light row, from one moment of the workspace."""
    rows: list[EvidenceRow] = []
    with svc.reader(case_id) as reader:
        while True:
            chunk = reader.evidence_rows(len(rows), ROWS_CHUNK)
            rows += chunk
            if len(chunk) < ROWS_CHUNK:
                return rows


def read_snapshot(svc: CaseService, case_id: str) -> Snapshot:
    rows = [row_of(item, rank) for rank, item in enumerate(read_rows(svc, case_id))]
    return Snapshot(rows, {row.id: rank for rank, row in enumerate(rows)})


def read_facts_page(svc: CaseService, case_id: str, page: int) -> list[tuple[str, Facts]]:
    return [(v.id, facts_of(v)) for v in svc.evidence_page(case_id, page * FACTS_PAGE, FACTS_PAGE)]


def read_views(svc: CaseService, ids: Sequence[str]) -> dict[str, EvidenceView | None]:
    """Fresh full views of the given items; None for an id that is no evidence item (any more)."""
    found: dict[str, EvidenceView | None] = {}
    for evidence_id in ids:
        try:
            found[evidence_id] = svc.evidence_view(evidence_id)
        except NotFoundError:
            found[evidence_id] = None
    return found


class RowLoader:
    """One case's background reads, for one model; :meth:`start` again for the next case."""

    def __init__(self, svc: CaseService, target: Target) -> None:
        self.svc = svc
        self.target = target
        self.case_id = ""
        self.generation = -1
        self.closed = False
        self._handle: TaskHandle[Any] | None = None
        self._pages = 0
        self._done: set[int] = set()
        self._wanted: list[int] = []  # pages asked for by what is on screen, most recent last
        self._next = 0
        self._quiet_until = 0.0
        self._timer_pending = False
        self._want_pending = False

    def start(self, case_id: str, generation: int, first_page: int) -> None:
        """Read the rest of a case whose first ``first_page`` items the model already holds."""
        self.case_id, self.generation = case_id, generation
        self._pages, self._next = 0, 0
        self._done = {page for page in range(first_page // FACTS_PAGE)}  # facts read with the first page
        self._wanted = []
        case, svc = case_id, self.svc
        self._run(lambda: read_snapshot(svc, case), self._on_rows)

    def stop(self) -> None:
        """Forget the current load: whatever is still in flight is dropped when it arrives."""
        self.generation = -1
        self._handle = None

    def want(self, rank: float) -> None:
        """The item of this catalogue rank is on screen without its facts: read its page next."""
        page = int(rank) // FACTS_PAGE
        if page in self._done or page >= self._pages or (self._wanted and self._wanted[-1] == page):
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        del self._wanted[:-8]  # only what was on screen lately
        if self._handle is None and not self._want_pending and self._pages:
            # On the next turn of the event loop (not inside the view's data() call), even if the
            # background pass is pausing.
            self._want_pending = True
            QTimer.singleShot(0, self._tick_wanted)

    def nudge(self) -> None:
        """The user is scrolling: hold the background pass back for a moment."""
        self._quiet_until = time.monotonic() + QUIET_S

    def _kick(self, delay_ms: int) -> None:
        """Go on with the background pass after a pause (one pause timer at a time)."""
        if self._handle is None and not self._timer_pending and self._pages:
            self._timer_pending = True
            QTimer.singleShot(delay_ms, self._paused)

    def _paused(self) -> None:
        self._timer_pending = False
        self._tick()

    def _tick_wanted(self) -> None:
        self._want_pending = False
        self._tick()

    def _tick(self) -> None:
        if not self.closed and self.generation >= 0 and self._handle is None and self._pages:
            self._read_next_page()

    # -- the chain ------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        generation = self.generation
        mine: list[TaskHandle[Any]] = []

        def current() -> bool:
            return not self.closed and generation == self.generation

        def arrived(result: Any) -> None:
            if not current():
                return  # a new case, or the pane closed: the chain ends here
            self._handle = None
            if mine[0].control.cancelled:  # cancel_all(): the chain ends here, for good
                self.generation = -1
            else:
                then(result)

        def failed(exc: BaseException) -> None:
            if current():
                self._handle = None
                self.target.load_failed(generation, plain_words(exc))

        # Quiet: no progress dialog for a view's read (a failure is still shown, in plain words).
        mine.append(run_task(None, "", lambda _control: work(), arrived, failed, quiet=True, on=Pool.READ))
        self._handle = mine[0]

    def _on_rows(self, snapshot: Snapshot) -> None:
        self._pages = -(-len(snapshot.rows) // FACTS_PAGE)
        self.target.rows_arrived(self.generation, snapshot)
        self._read_next_page()

    def _read_next_page(self) -> None:
        while self._wanted and self._wanted[-1] in self._done:
            self._wanted.pop()
        if self._wanted:
            page = self._wanted.pop()
        else:
            quiet = self._quiet_until - time.monotonic()
            if quiet > 0:
                self._kick(int(quiet * 1000) + 1)
                return
            while self._next in self._done:
                self._next += 1
            page = self._next
        if page >= self._pages:
            self._sweep()
            return
        self._done.add(page)
        case, svc = self.case_id, self.svc
        self._run(lambda: read_facts_page(svc, case, page), self._on_facts)

    def _on_facts(self, facts: list[tuple[str, Facts]]) -> None:
        self.target.facts_arrived(self.generation, facts)
        if self._wanted:
            self._read_next_page()
        else:
            self._kick(PAUSE_MS)

    def _sweep(self) -> None:
        """Items no page delivered (the catalogue shifted under a concurrent change): read by id."""
        missing = self.target.ids_without_facts()[:SWEEP_CHUNK]
        if not missing:
            self.target.facts_done(self.generation)
            return
        svc = self.svc

        def work() -> list[tuple[str, Facts]]:
            return [(i, facts_of(v)) for i, v in read_views(svc, missing).items() if v is not None]

        def then(facts: list[tuple[str, Facts]]) -> None:
            self.target.facts_arrived(self.generation, facts)
            if len(facts) < len(missing):  # some are gone: the change that removed them will say so
                self.target.facts_done(self.generation)
            else:
                self._sweep()

        self._run(work, then)
