"""Colleagues' work shown as it lands: on a team workspace the window looks at the custody log every
few seconds (a read off the GUI thread) and announces what others changed, so each view refreshes
just as after an edit of its own. Entries this window wrote itself are not announced twice."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from casedesk.core.changes import Changes
from casedesk.core.errors import CaseDeskError
from casedesk.core.service import CaseService
from casedesk.core.service.activity import Activity
from casedesk.ui.ops import CaseOps
from casedesk.ui.tasks import run_read

INTERVAL_MS = 3000
_REMEMBERED = 10_000  # own entries remembered, far more than a few seconds of writing makes


class TeamWatcher(QObject):
    """Polls ``svc`` for entries past the last marks while started; ``trouble`` says why it could
    not look (the server gone, say), once per outage, and an empty text once it can again."""

    trouble = Signal(str)

    def __init__(
        self, svc: CaseService, ops: CaseOps, parent: QWidget, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self._svc, self._ops, self._owner = svc, ops, parent
        self._marks: dict[str, int] | None = None
        self._own: dict[str, None] = {}  # insertion-ordered set of this window's entry hashes
        self._busy = False
        self._failing = False
        self.looks = 0  # reads done, for tests
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.look)
        ops.changed.connect(self._remember)

    def start(self) -> None:
        self.look()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def look(self) -> None:
        if self._busy:
            return
        self._busy = True
        svc, marks = self._svc, self._marks

        def work() -> Activity | CaseDeskError:
            try:
                return svc.activity_since(marks)
            except CaseDeskError as exc:  # said in the status bar, not in a dialog every few seconds
                return exc

        run_read(self._owner, work, self._arrived)

    def _arrived(self, result: Activity | CaseDeskError) -> None:
        self._busy = False
        self.looks += 1
        if isinstance(result, CaseDeskError):
            if not self._failing:
                self._failing = True
                self.trouble.emit(str(result))
            return
        if self._failing:
            self._failing = False
            self.trouble.emit("")
        self._marks = result.marks
        theirs = tuple(h for h in result.changes.entries if h not in self._own)
        if theirs:
            changes = result.changes
            self._ops.announce(Changes(changes.case_ids, changes.kinds, changes.ids, theirs))

    def _remember(self, changes: Changes) -> None:
        for entry in changes.entries:
            self._own[entry] = None
        while len(self._own) > _REMEMBERED:
            del self._own[next(iter(self._own))]
