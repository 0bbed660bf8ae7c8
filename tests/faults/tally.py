"""Counts of what the fault suite did, printed at the end of the run (see conftest.py).

Kill trials, injected faults and fuzzed inputs are easy to claim and hard to check; counting them
where they happen keeps the figures in the report honest.
"""

from __future__ import annotations

import threading
from collections import Counter

TALLY: Counter[str] = Counter()
_LOCK = threading.Lock()


def count(what: str, n: int = 1) -> None:
    with _LOCK:  # kill lanes and probe threads count concurrently
        TALLY[what] += n
