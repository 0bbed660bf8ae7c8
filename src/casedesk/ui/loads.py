"""A view's reads off the GUI thread: one in flight at a time, the latest request wins, stale results dropped.

Each tab owns one :class:`Reader` per thing it shows (a list, a header). ``read(case_id, work)`` runs
``work`` on the read pool; if a read is already running, the new work waits and replaces any other
waiting work (it reads the newer state, so nothing is lost). A result is shown only if it belongs to
the case the view shows now and no newer read is waiting; results for a case no longer shown, or
for a widget already deleted, are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from casedesk.core.tasks import TaskControl
from casedesk.ui.tasks import Pool, TaskHandle, run_task

T = TypeVar("T")


def release(handle: TaskHandle[Any]) -> None:
    """Destroy a delivered task's QObject soon, on the GUI thread.

    A handle sits in a reference cycle (its TaskControl holds one of its bound methods), so left alone
    it is freed by Python's cycle collector on whichever thread next allocates, a read-pool thread
    too; a QObject destroyed there takes Qt's connection locks while waiting for the GIL the GUI
    thread holds, and both stop. Once Qt has deleted it, freeing the wrapper touches no Qt object.
    """
    handle.deleteLater()


def run_released(
    parent: QWidget | None,
    title: str,
    work: Callable[[TaskControl], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[T]:
    """``run_task`` whose handle is released once its result (or error) has been delivered."""
    box: list[TaskHandle[T]] = []

    def done(result: T) -> None:
        try:
            on_done(result)
        finally:
            release(box[0])

    def failed(exc: BaseException) -> None:
        try:
            if on_error is not None:
                on_error(exc)
        finally:
            release(box[0])

    box.append(run_task(parent, title, work, done, failed))
    return box[0]


class Reader(Generic[T]):
    def __init__(self, owner: QWidget, show: Callable[[T], None]) -> None:
        self._owner = owner
        self._show = show
        self._case_id: str | None = None
        self._running: TaskHandle[T] | None = None
        self._waiting: Callable[[], T] | None = None
        self.reads = 0  # reads started, for tests that check a view did not reload

    @property
    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def read(self, case_id: str | None, work: Callable[[], T]) -> None:
        """Read for ``case_id`` (None: show nothing and forget any waiting read)."""
        self._case_id = case_id
        if case_id is None:
            self._waiting = None
            return
        if self._running is not None:
            self._waiting = work
            return
        self._start(case_id, work)

    def _start(self, case_id: str, work: Callable[[], T]) -> None:
        self.reads += 1
        self._running = run_task(
            self._owner,
            "",
            lambda _control: work(),
            lambda result: self._arrived(case_id, result),
            lambda _exc: self._failed(),
            quiet=True,
            on=Pool.READ,
        )

    def _arrived(self, case_id: str, result: T) -> None:
        if self._next() and case_id == self._case_id:
            self._show(result)

    def _failed(self) -> None:
        self._next()  # the error has been shown; a waiting read may still succeed

    def _next(self) -> bool:
        """Start the waiting read, if any; True if the result just in is the one to show."""
        if self._running is not None and shiboken6.isValid(self._running):
            release(self._running)
        self._running = None
        if not shiboken6.isValid(self._owner):
            return False  # the view was closed while its read ran
        if self._waiting is not None and self._case_id is not None:
            work, self._waiting = self._waiting, None
            self._start(self._case_id, work)
            return False
        return True
