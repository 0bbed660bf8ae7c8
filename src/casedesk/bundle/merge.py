"""Deciding what a verified bundle adds to this workspace: a fresh case, a merge, or nothing.

Pure decisions over the manifest and a read-only view of the local records
(:class:`~casedesk.core.service.exchange.LocalRecords`), which the core hands over inside the unit
of work that then writes the result; nothing here opens a transaction.

A fresh import takes every record as it is, custody entries included (same ids, seq and hashes),
so the imported log verifies and equals the exporter's. A merge never rewrites anything local:
records new to this workspace are added; a record whose fields differ here and in the bundle is
kept as it is here and reported as a conflict; remote custody entries this workspace has not seen
are named (by header) in the details of one ``bundle_merge`` entry and kept once each as carried
entries (:mod:`casedesk.core.merged`), so the local chain stays linear and grows with the changes
only. Entries the bundle itself carries from a third workspace are taken in the same way. What was
taken in counts as seen next time, so merging the same changes twice adds nothing.

Soft removal follows the same rule, compared as one fact (removed or not): a record removed on one
side only is kept as it is here and reported ("removed in the bundle ..., not here"), just as an
edit made on the other side is; a record removed on both sides is no conflict, whatever the times
and reasons each side gave. A record that arrives new and already removed is added, removed.

History: a merge inserts none of the bundle's record versions. The remote entries it takes in are
not entries of the local log (only named by the merge entry), so versions numbered
with them would have no place in this case's history; what those entries changed arrives instead
as the rows the merge adds, which the core records as versions of the ``bundle_merge`` entry, as
for any other change. Read as of an entry before the merge, the case is as it was here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from casedesk.bundle.annotation_records import ANNOTATIONS
from casedesk.bundle.errors import BundleError
from casedesk.bundle.manifest import Manifest
from casedesk.bundle.schema import (
    CASE,
    CHECKLIST,
    CLAIM_EVIDENCE,
    CLAIM_SOURCES,
    CLAIMS,
    CUSTODY,
    EVIDENCE,
    PLACES,
    REMOVAL_FIELDS,
    ROW_TABLES,
    SOURCES,
    TIMELINE,
    VOLATILE_FIELDS,
    Record,
    TableSpec,
    encode_row,
)
from casedesk.core.merged import carried_by_hash, merged_entries
from casedesk.core.service.exchange import LocalRecords
from casedesk.i18n import msg

IMPORTED, MERGED, UNCHANGED = "imported", "merged", "unchanged"

Rows = dict[tuple[Any, ...], dict[str, Any]]  # a table's local rows in JSON form, by identity


@dataclass(slots=True)
class Plan:
    status: str
    case: Record
    additions: dict[str, list[Record]] = field(default_factory=dict)  # by TableSpec.key, insert order
    custody_verbatim: list[Record] = field(default_factory=list)  # fresh import: the whole log
    new_remote: list[Record] = field(default_factory=list)  # merge: remote entries not seen here
    new_carried: list[Record] = field(default_factory=list)  # merge: the bundle's carried, not seen
    common_seq: int = 0  # merge: how many entries both logs share from the start
    conflicts: list[str] = field(default_factory=list)

    @property
    def added_evidence(self) -> list[Record]:
        return self.additions.get(EVIDENCE.key, [])

    @property
    def needed_shas(self) -> set[str]:
        return {str(r.data["sha256"]) for r in self.added_evidence}

    def added_counts(self) -> dict[str, int]:
        return {key: len(records) for key, records in self.additions.items() if records}


# -- reading the local side -------------------------------------------------------------------


def _refuse_foreign_ids(local: LocalRecords, manifest: Manifest) -> None:
    """Ids are UUIDs: one already used by another case means the bundle is forged or corrupt."""
    for spec in (*(t for t in ROW_TABLES if t.identity == ("id",)), CUSTODY):
        records = manifest.custody if spec is CUSTODY else manifest.table(spec)
        owners = local.owners(spec.table, [str(r.data["id"]) for r in records])
        for row_id, owner in owners.items():
            if owner != manifest.case_id:
                raise BundleError(
                    msg(
                        "The bundle's {table} {id} already belongs to another case in "
                        "this workspace; refusing to mix cases. Nothing was imported.",
                        table=spec.table,
                        id=row_id,
                    )
                )


def _local_rows(local: LocalRecords, spec: TableSpec, case_id: str) -> Rows:
    rows: Rows = {}
    for row in local.rows(spec.table, case_id):
        data = encode_row(spec, row)
        rows[tuple(data[name] for name in spec.identity)] = data
    return rows


@dataclass(frozen=True, slots=True)
class _LocalLog:
    hashes: list[str]
    seen: set[str]  # local hashes plus those recorded by earlier merges
    purged: set[str]  # evidence ids purged here
    # (claim id, evidence or source id) links unlinked here before removal was soft (rows deleted)
    unlinked: set[tuple[str, str]]


def _local_log(entries: Iterable[dict[str, Any]], carried: Iterable[dict[str, Any]]) -> _LocalLog:
    hashes: list[str] = []
    kept = carried_by_hash(carried)
    seen: set[str] = set(kept)
    purged: set[str] = set()
    unlinked: set[tuple[str, str]] = set()
    for entry in entries:
        action, details, object_id = entry["action"], entry["details"], entry["object_id"]
        hashes.append(entry["hash"])
        seen.add(entry["hash"])
        for item in merged_entries(action, details, kept):
            if isinstance(item.hash, str):
                seen.add(item.hash)
        if action == "evidence_purge":
            purged.add(object_id)
        elif action == "claim_unlink":
            target = details.get("evidence_id") or details.get("source_id")
            if isinstance(target, str):
                unlinked.add((object_id, target))
    return _LocalLog(hashes, seen, purged, unlinked)


# -- the plan ---------------------------------------------------------------------------------


def plan_import(local: LocalRecords, manifest: Manifest) -> Plan:
    _refuse_foreign_ids(local, manifest)
    case_id = manifest.case_id
    here = local.case(case_id)
    if here is None:
        return Plan(
            status=IMPORTED,
            case=manifest.case,
            additions={spec.key: list(manifest.table(spec)) for spec in ROW_TABLES},
            custody_verbatim=list(manifest.custody),
        )
    log = _local_log(local.custody(case_id), local.carried(case_id))
    remote = [str(r.data["hash"]) for r in manifest.custody]
    common = 0
    while common < min(len(remote), len(log.hashes)) and remote[common] == log.hashes[common]:
        common += 1
    if common == 0:
        raise BundleError(
            msg(
                "The bundle's custody log for this case shares no history with this workspace's log; "
                "it cannot be the same case. Nothing was imported."
            )
        )
    new_remote = [r for r in manifest.custody[common:] if r.data["hash"] not in log.seen]
    if not new_remote:
        return Plan(status=UNCHANGED, case=manifest.case, common_seq=common)
    taking = log.seen | {str(r.data["hash"]) for r in new_remote}
    plan = Plan(
        status=MERGED,
        case=manifest.case,
        new_remote=new_remote,
        new_carried=[r for r in manifest.carried if r.data["hash"] not in taking],
        common_seq=common,
    )
    plan.conflicts += _conflicts(manifest.case, encode_row(CASE, here))
    rows = {spec.key: _local_rows(local, spec, case_id) for spec in ROW_TABLES}
    for spec in ROW_TABLES:
        plan.additions[spec.key] = _merge_table(spec, manifest, rows[spec.key], log, plan.conflicts)
    _drop_dangling(plan, rows)
    return plan


def _merge_table(
    spec: TableSpec, manifest: Manifest, local: Rows, log: _LocalLog, conflicts: list[str]
) -> list[Record]:
    added: list[Record] = []
    for record in manifest.table(spec):
        here = local.get(record.key)
        if record.data.get("evidence_id") in log.purged:
            continue  # the checks and links of evidence purged here went with it (reported once)
        if here is not None:
            conflicts += _conflicts(record, here)
        elif spec is EVIDENCE and record.data["id"] in log.purged:
            conflicts.append(f"{_describe(record)}: purged in this workspace; not restored from the bundle.")
        elif spec in (CLAIM_EVIDENCE, CLAIM_SOURCES) and (record.key[0], record.key[1]) in log.unlinked:
            conflicts.append(f"{_describe(record)}: unlinked in this workspace; not linked again.")
        else:
            added.append(record)
    return added


def _drop_dangling(plan: Plan, local: dict[str, Rows]) -> None:
    """Additions that point at something this workspace removed (or a checklist step it already has)."""
    known: dict[str, set[str]] = {}
    for spec in (SOURCES, PLACES, EVIDENCE, CLAIMS):
        here = {str(k[0]) for k in local[spec.key]}
        known[spec.key] = here | {str(r.data["id"]) for r in plan.additions[spec.key]}
    refs = {
        EVIDENCE.key: (("parent_id", EVIDENCE.key), ("source_id", SOURCES.key)),
        TIMELINE.key: (("place_id", PLACES.key),),
        CLAIM_EVIDENCE.key: (("claim_id", CLAIMS.key), ("evidence_id", EVIDENCE.key)),
        CLAIM_SOURCES.key: (("claim_id", CLAIMS.key), ("source_id", SOURCES.key)),
        CHECKLIST.key: (("evidence_id", EVIDENCE.key),),
        ANNOTATIONS.key: (("evidence_id", EVIDENCE.key),),
    }
    scopes = {(item["evidence_id"], item["key"]) for item in local[CHECKLIST.key].values()}
    for key, fields in refs.items():
        kept: list[Record] = []
        dropped: set[str] = set()
        for record in plan.additions[key]:
            missing = [
                f"{name} {record.data[name]}"
                for name, target in fields
                if record.data[name] is not None and record.data[name] not in known[target]
            ]
            if key == CHECKLIST.key and (record.data["evidence_id"], record.data["key"]) in scopes:
                missing.append("a step with the same key already here")
            if missing:
                plan.conflicts.append(f"{_describe(record)}: not added; it needs {', '.join(missing)}.")
                dropped.add(str(record.data.get("id")))
            else:
                kept.append(record)
        plan.additions[key] = kept
        if key == EVIDENCE.key:  # what points at evidence dropped just now would dangle too
            known[EVIDENCE.key] -= dropped


# -- conflicts --------------------------------------------------------------------------------


def _clip(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(record: Record) -> str:
    hint = next(
        (
            record.data[name]
            for name in ("title", "name", "text", "original_name", "key")
            if name in record.data
        ),
        None,
    )
    ident = "/".join(str(k)[:8] for k in record.key)
    table = record.spec.table.replace("_", " ")
    return f"{table} {ident}" + (f" ({_clip(hint, 40)})" if hint else "")


def _removal(record: Record, here: dict[str, Any]) -> list[str]:
    """Removal as one fact: removed on one side only is a conflict; on both sides it is none."""
    if "removed_at" not in record.data:
        return []
    removed_here, removed_there = here.get("removed_at") is not None, record.data["removed_at"] is not None
    if removed_here == removed_there:
        return []
    side, other, data = (
        ("here", "in the bundle", here) if removed_here else ("in the bundle", "here", record.data)
    )
    reason = data.get("removed_reason")
    return [f"removed {side}{f' ({_clip(reason)})' if reason else ''}, not {other}"]


def _conflicts(record: Record, here: dict[str, Any]) -> list[str]:
    parts = [
        f"{name} here {_clip(here.get(name))}, in the bundle {_clip(record.data[name])}"
        for name in record.spec.names
        if name not in VOLATILE_FIELDS and name not in REMOVAL_FIELDS and here.get(name) != record.data[name]
    ]
    parts += _removal(record, here)
    if not parts:
        return []
    return [f"{_describe(record)}: {'; '.join(parts)}. Kept this workspace's value."]
