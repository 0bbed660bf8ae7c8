"""The GUI's one door for changing a case: run a service write, offer it for undo, announce what changed.

As Anki's ``CollectionOp`` and ``operation_did_execute``: a widget calls ``ops.run(...)`` with the write
and, for an undoable edit, its compensating write; every view listens to ``ops.changed`` and redraws
only when the :class:`~casedesk.core.changes.Changes` touch what it shows. An undo is a new change
with its own custody entry (the log never shrinks), made through the same service methods.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from casedesk.core.changes import Changes
from casedesk.core.errors import CaseDeskError
from casedesk.core.service import CaseService
from casedesk.ui.messages import show_error

Write = Callable[[], Changes]
Compensate = Callable[[Changes], Changes]


class _Edit(QUndoCommand):
    """One edit on the undo stack. It has already been done when pushed; redo after undo does it again."""

    def __init__(
        self, ops: CaseOps, text: str, done: Changes, undo: Compensate, redo: Compensate | None
    ) -> None:
        super().__init__(text)
        self._ops = ops
        self._done = done  # what the last do (or redo) changed: the undo compensates for exactly that
        self._undo = undo
        self._redo = redo
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the write was made before the push
            self._pushed = True
            return
        assert self._redo is not None
        self._done = self._ops._call(self._redo, self._done) or self._done

    def undo(self) -> None:
        self._ops._call(self._undo, self._done)


class CaseOps(QObject):
    """Owns the session's undo stack and broadcasts every change made through it (or reported to it)."""

    changed = Signal(object)  # Changes

    def __init__(self, svc: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.undo_stack = QUndoStack(self)
        self._widget: QWidget | None = None

    def set_error_parent(self, widget: QWidget) -> None:
        """Where errors of undo and redo are shown (the main window)."""
        self._widget = widget

    def run(
        self,
        parent: QWidget | None,
        text: str,
        write: Write,
        undo: Compensate | None = None,
        redo: Compensate | None = None,
    ) -> Changes | None:
        """Make a write now and announce it; with ``undo`` (and ``redo``), offer it on the undo stack.

        ``undo(changes)`` gets what the write changed (created ids, values before an edit) and makes the
        compensating change; ``redo(changes)`` makes it again after an undo (default: ``write`` again).
        Returns what changed, or None after showing the error in plain words.
        """
        try:
            changes = write()
        except CaseDeskError as exc:
            show_error(parent, exc)
            return None
        self.announce(changes)
        if undo is not None and changes:
            self.undo_stack.push(_Edit(self, text, changes, undo, redo or (lambda _done: write())))
        return changes

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (also for writes made by long tasks, such as an ingest)."""
        if changes:
            self.changed.emit(changes)

    def _call(self, step: Compensate, done: Changes) -> Changes | None:
        try:
            changes = step(done)
        except CaseDeskError as exc:
            show_error(self._widget, exc)
            return None
        self.announce(changes)
        return changes
