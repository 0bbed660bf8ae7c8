"""Remote custody entries that merges took in, and the checks that they still prove themselves.

A ``bundle_merge`` entry lists, in its details, the header of each remote entry it took in (seq,
hash, prev_hash, action, object): ``new_entries`` for the remote log's entries after the common
prefix, ``new_carried`` for entries the remote side had itself carried in from a third workspace.
Their payloads are stored once each, apart from the log (:class:`~casedesk.core.models.CarriedEntry`,
keyed by hash), and travel in bundles the same way. So the log grows with the changes made, never
with how often a case went back and forth: a merge names only entries new here, and each payload is
kept once, however many merges elsewhere recorded it. The merge entry's own hash still covers every
payload it took in, since each header's hash is the chain hash of its payload.

Merges recorded before carried entries existed hold each remote entry whole (with its ``payload``)
inside their details, merges they carried included, at any depth; those are read as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from casedesk.core.custody import at_entry, chain_hash
from casedesk.i18n import Message, msg

MERGE_ACTION = "bundle_merge"
HEADER_FIELDS = ("seq", "hash", "prev_hash", "action", "object_type", "object_id")
_LISTS = ("new_entries", "new_carried")


@dataclass(frozen=True, slots=True)
class Carried:
    """One carried entry: its hash is the chain hash of ``prev_hash`` and ``payload``."""

    seq: int
    hash: str
    prev_hash: str
    payload: dict[str, Any]

    def header(self) -> dict[str, Any]:
        """The header a merge records for this entry."""
        p = self.payload
        return {
            "seq": self.seq,
            "hash": self.hash,
            "prev_hash": self.prev_hash,
            **{name: p.get(name) for name in ("action", "object_type", "object_id")},
        }

    def proves_itself(self, case_id: str) -> bool:
        p = self.payload
        return (
            isinstance(p, dict)
            and p.get("case_id") == case_id
            and p.get("seq") == self.seq
            and chain_hash(self.prev_hash, p) == self.hash
        )


CARRIED_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Carried))


@dataclass(frozen=True, slots=True)
class MergedItem:
    """An entry a merge recorded, with its payload where one is known (inline or carried)."""

    header: Mapping[str, Any]
    payload: dict[str, Any] | None

    @property
    def hash(self) -> Any:
        return self.header.get("hash")

    @property
    def action(self) -> Any:
        return self.header.get("action")


def carried_by_hash(rows: Iterable[Mapping[str, Any]]) -> dict[str, Carried]:
    """Carried entries given as rows of CARRIED_FIELDS, by hash (the lookup merges resolve with)."""
    return {str(row["hash"]): Carried(**{name: row[name] for name in CARRIED_FIELDS}) for row in rows}


def header_of(values: Mapping[str, Any]) -> dict[str, Any]:
    """The header a merge records for an entry of a log (given as its JSON fields)."""
    return {name: values[name] for name in HEADER_FIELDS}


def _headers(details: Any) -> Iterator[Mapping[str, Any]]:
    if not isinstance(details, dict):
        return
    for name in _LISTS:
        items = details.get(name)
        if isinstance(items, list):
            yield from (item for item in items if isinstance(item, dict))


def merged_entries(action: str, details: Any, carried: Mapping[str, Carried]) -> Iterator[MergedItem]:
    """Every entry a merge entry recorded, at any depth (depth-first, in recorded order); merges it
    took in are followed through their payloads, inline or ``carried``."""
    if action != MERGE_ACTION:
        return
    stack: list[Any] = [details]
    seen: set[str] = set()
    while stack:
        for header in _headers(stack.pop()):
            inline = header.get("payload")
            found = carried.get(header["hash"]) if isinstance(header.get("hash"), str) else None
            payload = inline if isinstance(inline, dict) else found.payload if found else None
            yield MergedItem(header, payload)
            key = header.get("hash")
            if payload is not None and payload.get("action") == MERGE_ACTION and key not in seen:
                seen.add(str(key))
                stack.append(payload.get("details"))


@dataclass(frozen=True, slots=True)
class MergeProblem:
    entry_seq: int | None  # the local merge entry, or None for a carried entry no merge names
    object_id: str  # the merge entry's id, or the carried entry's hash
    detail: str  # recorded in English, as verify reports are; shown translated


def recheck_merges(
    case_id: str, log: Sequence[Mapping[str, Any]], carried: Mapping[str, Carried]
) -> list[MergeProblem]:
    """Every entry the case's merges recorded, at any depth, checked against what proves it.

    ``log`` is the case's custody log (its entries' ``id``, ``seq``, ``action``, ``details``,
    ``hash``, ``prev_hash``). A header must name a carried entry that proves itself (or, nested in a
    remote merge, an entry of this log), with the same seq and prev_hash; an inline payload must
    hash to its header's hash; every carried entry must prove itself and be named by a merge of
    this log, so that none can be slipped in to make a later merge skip remote entries."""
    problems: list[MergeProblem] = []
    own = {str(e["hash"]): e for e in log}
    for item in carried.values():
        if not item.proves_itself(case_id):
            broken = msg("the carried entry {seq} does not match its hash", seq=item.seq)
            problems.append(MergeProblem(None, item.hash, str(broken)))
    named: set[str] = set()
    for entry in log:
        if entry["action"] != MERGE_ACTION:
            continue
        named.update(str(h.get("hash")) for h in _headers(entry["details"]))
        for merged in merged_entries(entry["action"], entry["details"], carried):
            why = _recheck_item(case_id, merged, own, carried)
            if why is not None:
                problems.append(
                    MergeProblem(entry["seq"], str(entry["id"]), str(at_entry(entry["seq"], why)))
                )
    for item in carried.values():
        if item.hash not in named:
            unnamed = msg("the carried entry {seq} is named by no merge entry", seq=item.seq)
            problems.append(MergeProblem(None, item.hash, str(unnamed)))
    return problems


def _recheck_item(
    case_id: str, item: MergedItem, own: Mapping[str, Mapping[str, Any]], carried: Mapping[str, Carried]
) -> Message | None:
    header, seq = item.header, item.header.get("seq")
    inline = header.get("payload")
    if inline is not None:
        ok = (
            isinstance(inline, dict)
            and inline.get("case_id") == case_id
            and isinstance(header.get("prev_hash"), str)
            and chain_hash(header["prev_hash"], inline) == header.get("hash")
        )
        return None if ok else msg("the recorded remote entry {seq} does not match its hash", seq=seq)
    key = header.get("hash")
    known: Carried | Mapping[str, Any] | None = carried.get(key) if isinstance(key, str) else None
    if known is None and isinstance(key, str):
        known = own.get(key)
    if known is None:
        return msg("the recorded remote entry {seq} is missing from the carried entries", seq=seq)
    if isinstance(known, Carried):
        found = (known.seq, known.prev_hash, known.payload.get("action"))
    else:
        found = (known["seq"], known["prev_hash"], known["action"])
    if found != (seq, header.get("prev_hash"), header.get("action")):
        return msg("the recorded remote entry {seq} does not match its hash", seq=seq)
    return None
