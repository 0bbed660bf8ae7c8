"""Python's cyclic garbage collector held off while a report is made.

Laying out a report keeps many small objects alive for a while (a page of set lines, flowables,
PDF objects waiting for their page to end), so the collector runs hundreds of times per export and,
every second or so, a full collection that walks every object of the process: the fonts, the case
service, the interface. Measured on a 1,000-item report: about a sixth of the export's time, for
almost nothing to free (reference counting frees nearly all of it; what is cyclic, well under
a megabyte, waits for the next collection after the export). Paused here, for the export only.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # exports running now (a GUI may run two at once, in worker threads)
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block; on again when the last export running ends, if it was on."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
