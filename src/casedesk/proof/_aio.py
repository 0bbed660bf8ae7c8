"""Run pyHanko's coroutines to completion without opening a socket, even a local one.

pyHanko (signing, validation) and pyhanko-certvalidator are asynchronous. ``asyncio.run`` would
do, but every stdlib event loop opens a socket pair for cross-thread wake-ups, and CaseDesk
promises (and tests with an audit hook on ``socket.__new__``) that no code path opens a socket.
The coroutines run here only compute, on this thread, so the loop below drops the wake-up pipe.
It overrides private asyncio methods: that is fenced here, checked at import, and fails loudly if
a future Python renames them.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_SELF_PIPE = ("_make_self_pipe", "_close_self_pipe", "_write_to_self")
if not all(hasattr(asyncio.SelectorEventLoop, name) for name in _SELF_PIPE):  # pragma: no cover
    raise ImportError("this Python's asyncio has no self-pipe hooks: update casedesk/proof/_aio.py")


class _SocketlessLoop(asyncio.SelectorEventLoop):
    """A selector loop without its self-pipe: no thread or signal may wake it, and none needs to."""

    def _make_self_pipe(self) -> None:
        pass

    def _close_self_pipe(self) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def run(coro: Coroutine[Any, Any, T]) -> T:
    loop = _SocketlessLoop(selectors.SelectSelector())
    try:
        return loop.run_until_complete(coro)
    finally:
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
