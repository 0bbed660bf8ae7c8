"""How long-running core work reports progress and hears a cancel request, without knowing Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from threading import Event
from typing import Protocol

from casedesk.core.errors import Cancelled


class ProgressSink(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


def _ignore(done: int, total: int, message: str) -> None:
    return None


@dataclass(slots=True)
class TaskControl:
    """Passed into long operations: ``report`` progress, ``check`` for cancellation between steps."""

    progress: ProgressSink = _ignore
    cancel_event: Event = field(default_factory=Event)

    def report(self, done: int, total: int, message: str = "") -> None:
        self.progress(done, total, message)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
