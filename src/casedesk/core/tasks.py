"""How long-running core work reports progress and hears a cancel request, without knowing Qt.

A progress text is a :class:`~casedesk.i18n.Message`, which the GUI shows in its language, or plain
data such as the name of the file being read (shown as it is)."""

from __future__ import annotations

from dataclasses import dataclass, field
from threading import Event
from typing import Protocol

from casedesk.core.errors import Cancelled
from casedesk.i18n import Message

# What a step is doing: a message (``msg("Verifying {name}", name=...)``), or a file's name as data.
ProgressText = Message | str


class ProgressSink(Protocol):
    def __call__(self, done: int, total: int, message: ProgressText) -> None: ...


def _ignore(done: int, total: int, message: ProgressText) -> None:
    return None


@dataclass(slots=True)
class TaskControl:
    """Passed into long operations: ``report`` progress, ``check`` for cancellation between steps."""

    progress: ProgressSink = _ignore
    cancel_event: Event = field(default_factory=Event)

    def report(self, done: int, total: int, message: ProgressText = "") -> None:
        self.progress(done, total, message)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
