"""Custody entries carried inside ``bundle_merge`` entries.

A merge records, in its details' ``new_entries``, each remote entry it had not seen: its seq, hash,
prev_hash, action, object and whole payload, so that ``verify`` recomputes its hash. A remote entry
that is itself a merge carries the entries *it* recorded, at any depth. (Recorded whole, a case sent
back and forth carries earlier payloads again inside each new merge; keeping each payload once needs
the remote entries stored apart from the merge entry's hashed details, which is not done yet.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casedesk.core.custody import chain_hash
from casedesk.core.models import CustodyEntry

MERGE_ACTION = "bundle_merge"


def merged_entries(action: str, details: Any) -> Iterator[dict[str, Any]]:
    """Every entry recorded by a merge entry, at any depth (depth-first, in recorded order)."""
    if action != MERGE_ACTION or not isinstance(details, dict):
        return
    stack = [details.get("new_entries")]
    while stack:
        items = stack.pop()
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict):
                continue
            yield item
            payload = item.get("payload")
            if isinstance(payload, dict) and payload.get("action") == MERGE_ACTION:
                nested = payload.get("details")
                if isinstance(nested, dict):
                    stack.append(nested.get("new_entries"))


def recheck_merges(case_id: str, entries: list[CustodyEntry]) -> list[tuple[CustodyEntry, str]]:
    """Every entry the case's merges recorded (at any depth), its hash recomputed from the payload
    recorded with it; (merge entry, why) for each that does not hold."""
    problems = []
    for entry in entries:
        for item in merged_entries(entry.action, entry.details):
            whole = item.get("payload")
            ok = (
                isinstance(whole, dict)
                and whole.get("case_id") == case_id
                and isinstance(item.get("prev_hash"), str)
                and chain_hash(item["prev_hash"], whole) == item.get("hash")
            )
            if not ok:
                problems.append(
                    (entry, f"the recorded remote entry {item.get('seq')} does not match its hash")
                )
    return problems
