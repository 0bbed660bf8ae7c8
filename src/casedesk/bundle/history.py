"""Custody entries carried inside ``bundle_merge`` entries: a merge records the remote entries it
had not seen (with their full payloads) in its details, and those may be merges themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
