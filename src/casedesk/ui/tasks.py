"""The one way the GUI runs long work: a pool thread, a polite progress dialog, results on the main thread.

Modelled on Picard's ``run_task`` and Anki's ``CollectionOp``: callers hand over a plain function that
takes a :class:`TaskControl`, and get ``on_done`` / ``on_error`` back on the GUI thread. The work never
touches widgets; progress crosses threads through a queued Qt signal.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from enum import StrEnum
from threading import Event
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from casedesk.core.errors import Cancelled
from casedesk.core.tasks import ProgressText, TaskControl
from casedesk.ui.i18n import core_text
from casedesk.ui.messages import show_error

T = TypeVar("T")

SHOW_AFTER_MS = 600  # quick work never flashes a dialog
_PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress signals a second, however chatty the worker
_SCALE = 1000  # QProgressDialog takes int; byte counts overflow it, so we show per-mille

# Handles stay referenced until their result is delivered (only touched on the main thread).
_live: set[TaskHandle[Any]] = set()


class TaskHandle(QObject, Generic[T]):
    """A running task: ``cancel()`` it, or ``wait()`` for its result to be delivered (tests).

    The handle lives on the main thread; the worker only emits its signals, which Qt queues to the
    handle's slots, so every callback runs on the GUI thread.
    """

    _progressed = Signal(object, object, object)  # done, total, the core's message or a file's name
    _finished = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        # Owned by the application and deleted with deleteLater once delivered: the worker's closure
        # may drop the last Python reference on a pool thread, and a QObject must never be destroyed
        # there (it can deadlock with the GUI thread).
        super().__init__(QCoreApplication.instance())
        self.title = title
        self.widget = parent
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self._on_done = on_done
        self._on_error = on_error
        self._worker_done = Event()
        self._started = Event()  # a pool thread has taken the work
        self._last_emit = 0.0
        self._latest: tuple[int, int, str] = (0, 0, "")
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.control = TaskControl(progress=self._report)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    # -- worker side -------------------------------------------------------------------------------
    def _report(self, done: int, total: int, message: ProgressText) -> None:
        now = time.monotonic()
        if now - self._last_emit < _PROGRESS_INTERVAL_S and done < total:
            return
        self._last_emit = now
        self._progressed.emit(done, total, message)

    def _run(self, work: Callable[[TaskControl], T]) -> None:
        self._started.set()
        try:
            result = work(self.control)
        except BaseException as exc:  # every failure must reach the main thread
            self._failed.emit(exc)
        else:
            self._finished.emit(result)
        finally:
            self._worker_done.set()

    # -- main-thread side --------------------------------------------------------------------------
    def cancel(self) -> None:
        self.control.cancel()
        if self.dialog is not None and not self.done:
            self.dialog.setLabelText(QCoreApplication.translate("tasks", "Cancelling…"))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the result has been delivered; True if it was within the timeout."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.done:
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents()
            self._worker_done.wait(0.005)
        return True

    @Slot()
    def _show_dialog(self) -> None:
        if self.done:
            return
        parent = None if self._orphaned() else self.widget
        dlg = QProgressDialog(self.title, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
        dlg.setWindowTitle(self.title)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumWidth(420)
        dlg.canceled.connect(self.cancel)
        self.dialog = dlg
        self._apply_progress()
        dlg.show()

    def _apply_progress(self) -> None:
        if self.dialog is None:
            return
        done, total, message = self._latest
        if total > 0:
            self.dialog.setMaximum(_SCALE)
            self.dialog.setValue(min(_SCALE, done * _SCALE // total))  # a modal one processes events:
        else:
            self.dialog.setMaximum(0)  # busy indicator
        if self.dialog is None:  # the task finished meanwhile, and its dialog is gone
            return
        if message and not self.control.cancelled:
            self.dialog.setLabelText(message)

    @Slot(object, object, object)
    def _on_progress(self, done: int, total: int, message: ProgressText) -> None:
        # Translated here, on the GUI thread, in the language the interface is in.
        self._latest = (int(done), int(total), core_text(message) if message else "")
        self._apply_progress()

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _live.discard(self)
        self.deleteLater()

    def _orphaned(self) -> bool:
        """The widget the task works for was destroyed before the task finished: its callbacks would
        touch deleted widgets, so they are dropped (the work itself went on: a write is complete).
        Asked when the result arrives, not learnt from the widget's destroyed signal: a connection
        from each task to its widget makes every task's deletion take Qt's signal lock and then the
        GIL, which deadlocks against a worker holding the GIL inside a Qt call taking that lock."""
        return self.widget is not None and not shiboken6.isValid(self.widget)

    @Slot(object)
    def _on_finished(self, result: T) -> None:
        self.result = result
        orphaned = self._orphaned()
        self._finish()
        if not orphaned:
            self._on_done(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        orphaned = self._orphaned()
        if orphaned:
            self.widget = None
        self._finish()
        show_error(self.widget, exc, self.title)
        if self._on_error is not None and not orphaned:
            self._on_error(exc)


class Pool(StrEnum):
    """The application's named thread pools (as Picard has): no widget owns a private one."""

    WORK = "work"  # long tasks with a progress dialog: ingest, export, verify, import
    READ = "read"  # quick reads for views: pages of rows, the custody log, search, near-duplicates
    MEDIA = "media"  # decoding pictures: thumbnails, the viewer's full-size image


_CORES = max(2, os.cpu_count() or 1)
_POOL_THREADS = {Pool.WORK: _CORES, Pool.READ: 2, Pool.MEDIA: _CORES}
_pools: dict[Pool, QThreadPool] = {}


def pool(name: Pool) -> QThreadPool:
    if name not in _pools:
        created = QThreadPool()
        created.setMaxThreadCount(_POOL_THREADS[name])
        created.setObjectName(f"casedesk-{name.value}")
        _pools[name] = created
    return _pools[name]


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[TaskControl], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    quiet: bool = False,
    on: Pool = Pool.WORK,
) -> TaskHandle[T]:
    """Run ``work(control)`` on a pool thread; deliver ``on_done(result)`` on the main thread.

    The progress dialog (with Cancel) appears only if the work takes longer than ~600 ms, and never
    for ``quiet`` work (a view's read, as Anki's QueryOp). On failure the error is always shown in
    plain words (``Cancelled`` only as a status-bar note) and then ``on_error(exc)`` runs, so callers
    use it to tidy their own state, not to show the error again.
    """
    handle: TaskHandle[T] = TaskHandle(parent, title, on_done, on_error)
    _live.add(handle)
    if not quiet:
        handle._timer.start(SHOW_AFTER_MS)
    pool(on).start(lambda: handle._run(work))
    return handle


def run_read(
    parent: QWidget | None,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    *,
    on: Pool = Pool.READ,
) -> TaskHandle[T]:
    """A view's read off the GUI thread, with no dialog; the result arrives on the main thread."""
    return run_task(parent, "", lambda _control: work(), on_done, quiet=True, on=on)


def start_background(work: Callable[[], None], on: Pool) -> None:
    """Fire-and-forget work on a named pool (the worker reports back through its own queued signal)."""
    pool(on).start(work)


def wait_for_pools(timeout_ms: int = 30_000) -> None:
    """Until every pool thread has finished the work it was given (queued work included)."""
    deadline = time.monotonic() + timeout_ms / 1000
    for each in _pools.values():
        each.waitForDone(max(0, int((deadline - time.monotonic()) * 1000)))


def running_tasks() -> list[TaskHandle[Any]]:
    """Tasks whose results have not been delivered yet (the main window asks before quitting)."""
    return list(_live)


def cancel_all(timeout_ms: int = 10_000) -> None:
    """The one shutdown path: ask every task to stop, drop queued work that has not started, then wait
    for every pool to drain, so quitting leaves the workspace tidy and no worker outlives the window."""
    for handle in list(_live):
        handle.cancel()
    for each in _pools.values():
        each.clear()  # queued work that has not started never will
    deadline = time.monotonic() + timeout_ms / 1000
    for handle in list(_live):
        if handle._started.is_set():
            handle._worker_done.wait(max(0.0, deadline - time.monotonic()))
    for each in _pools.values():
        each.waitForDone(max(0, int((deadline - time.monotonic()) * 1000)))
    for handle in list(_live):
        if not handle._started.is_set():  # cleared from its queue: finished here, as cancelled
            handle._worker_done.set()
            handle._finish()


__all__ = [
    "Cancelled",
    "Pool",
    "TaskControl",
    "TaskHandle",
    "cancel_all",
    "pool",
    "run_read",
    "run_task",
    "running_tasks",
    "start_background",
]
