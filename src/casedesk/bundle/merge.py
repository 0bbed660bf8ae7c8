"""Deciding what a verified bundle adds to this workspace: a fresh case, a merge, or nothing.

A fresh import takes every record as it is, custody entries included (same ids, seq and hashes),
so the imported log verifies and equals the exporter's. A merge never rewrites anything local:
records new to this workspace are added; a record whose fields differ here and in the bundle is
kept as it is here and reported as a conflict; remote custody entries this workspace has not seen
are recorded in the details of one ``bundle_merge`` entry, so the local chain stays linear. Those
recorded entries count as seen next time, so merging the same changes twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.bundle.errors import BundleError
from casedesk.bundle.history import merged_entries
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
    ROW_TABLES,
    SOURCES,
    TIMELINE,
    VOLATILE_FIELDS,
    Record,
    TableSpec,
    encode_row,
)
from casedesk.core.models import Case, ChecklistItem, Claim, CustodyEntry

IMPORTED, MERGED, UNCHANGED = "imported", "merged", "unchanged"
_QUERY_CHUNK = 500


@dataclass(slots=True)
class Plan:
    status: str
    case: Record
    additions: dict[str, list[Record]] = field(default_factory=dict)  # by TableSpec.key, insert order
    custody_verbatim: list[Record] = field(default_factory=list)  # fresh import: the whole log
    new_remote: list[Record] = field(default_factory=list)  # merge: remote entries not seen here
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


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), _QUERY_CHUNK):
        yield values[start : start + _QUERY_CHUNK]


def _owners(session: Session, spec: TableSpec, ids: list[str]) -> dict[str, str]:
    """Which of these ids exist here, and in which case."""
    model: Any = spec.model
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        for row_id, case_id in session.execute(select(model.id, model.case_id).where(model.id.in_(chunk))):
            found[row_id] = case_id
    return found


def _refuse_foreign_ids(session: Session, manifest: Manifest) -> None:
    """Ids are UUIDs: one already used by another case means the bundle is forged or corrupt."""
    for spec in (*(t for t in ROW_TABLES if t.identity == ("id",)), CUSTODY):
        records = manifest.custody if spec is CUSTODY else manifest.table(spec)
        owners = _owners(session, spec, [str(r.data["id"]) for r in records])
        for row_id, owner in owners.items():
            if owner != manifest.case_id:
                raise BundleError(
                    f"The bundle's {spec.model.__tablename__} {row_id} already belongs to another case in "
                    "this workspace; refusing to mix cases. Nothing was imported."
                )


def _local_rows(session: Session, spec: TableSpec, case_id: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    model: Any = spec.model
    if spec is CLAIM_EVIDENCE or spec is CLAIM_SOURCES:
        query = select(model).join(Claim, Claim.id == model.claim_id).where(Claim.case_id == case_id)
    else:
        query = select(model).where(model.case_id == case_id)
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in session.scalars(query):
        data = encode_row(spec, row)
        rows[tuple(data[name] for name in spec.identity)] = data
    return rows


@dataclass(frozen=True, slots=True)
class _LocalLog:
    hashes: list[str]
    seen: set[str]  # local hashes plus those recorded by earlier merges
    purged: set[str]  # evidence ids purged here
    unlinked: set[tuple[str, str]]  # (claim id, evidence or source id) links removed here


def _local_log(session: Session, case_id: str) -> _LocalLog:
    entries = session.scalars(
        select(CustodyEntry).where(CustodyEntry.case_id == case_id).order_by(CustodyEntry.seq)
    ).all()
    hashes = [e.hash for e in entries]
    seen = set(hashes)
    purged: set[str] = set()
    unlinked: set[tuple[str, str]] = set()
    for entry in entries:
        for item in merged_entries(entry.action, entry.details):
            if isinstance(item.get("hash"), str):
                seen.add(item["hash"])
        if entry.action == "evidence_purge":
            purged.add(entry.object_id)
        elif entry.action == "claim_unlink":
            target = entry.details.get("evidence_id") or entry.details.get("source_id")
            if isinstance(target, str):
                unlinked.add((entry.object_id, target))
    return _LocalLog(hashes, seen, purged, unlinked)


# -- the plan ---------------------------------------------------------------------------------


def plan_import(session: Session, manifest: Manifest) -> Plan:
    _refuse_foreign_ids(session, manifest)
    case_id = manifest.case_id
    if session.get(Case, case_id) is None:
        return Plan(
            status=IMPORTED,
            case=manifest.case,
            additions={spec.key: list(manifest.table(spec)) for spec in ROW_TABLES},
            custody_verbatim=list(manifest.custody),
        )
    log = _local_log(session, case_id)
    remote = [str(r.data["hash"]) for r in manifest.custody]
    common = 0
    while common < min(len(remote), len(log.hashes)) and remote[common] == log.hashes[common]:
        common += 1
    if common == 0:
        raise BundleError(
            "The bundle's custody log for this case shares no history with this workspace's log; "
            "it cannot be the same case. Nothing was imported."
        )
    new_remote = [r for r in manifest.custody[common:] if r.data["hash"] not in log.seen]
    if not new_remote:
        return Plan(status=UNCHANGED, case=manifest.case, common_seq=common)
    plan = Plan(status=MERGED, case=manifest.case, new_remote=new_remote, common_seq=common)
    plan.conflicts += _conflicts(manifest.case, encode_row(CASE, session.get(Case, case_id)))
    for spec in ROW_TABLES:
        plan.additions[spec.key] = _merge_table(session, spec, manifest, log, plan.conflicts)
    _drop_dangling(session, plan, case_id)
    return plan


def _merge_table(
    session: Session, spec: TableSpec, manifest: Manifest, log: _LocalLog, conflicts: list[str]
) -> list[Record]:
    local = _local_rows(session, spec, manifest.case_id)
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


def _drop_dangling(session: Session, plan: Plan, case_id: str) -> None:
    """Additions that point at something this workspace removed (or a checklist step it already has)."""
    known: dict[str, set[str]] = {}
    for spec in (SOURCES, PLACES, EVIDENCE, CLAIMS):
        local = {str(k[0]) for k in _local_rows(session, spec, case_id)}
        known[spec.key] = local | {str(r.data["id"]) for r in plan.additions[spec.key]}
    refs = {
        EVIDENCE.key: (("parent_id", EVIDENCE.key), ("source_id", SOURCES.key)),
        TIMELINE.key: (("place_id", PLACES.key),),
        CLAIM_EVIDENCE.key: (("claim_id", CLAIMS.key), ("evidence_id", EVIDENCE.key)),
        CLAIM_SOURCES.key: (("claim_id", CLAIMS.key), ("source_id", SOURCES.key)),
        CHECKLIST.key: (("evidence_id", EVIDENCE.key),),
    }
    scopes = {
        (item.evidence_id, item.key)
        for item in session.scalars(select(ChecklistItem).where(ChecklistItem.case_id == case_id))
    }
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
    table = record.spec.model.__tablename__.replace("_", " ")
    return f"{table} {ident}" + (f" ({_clip(hint, 40)})" if hint else "")


def _conflicts(record: Record, here: dict[str, Any]) -> list[str]:
    differing = [
        name
        for name in record.spec.names
        if name not in VOLATILE_FIELDS and here.get(name) != record.data[name]
    ]
    if not differing:
        return []
    parts = [
        f"{name} here {_clip(here.get(name))}, in the bundle {_clip(record.data[name])}" for name in differing
    ]
    return [f"{_describe(record)}: {'; '.join(parts)}. Kept this workspace's value."]
