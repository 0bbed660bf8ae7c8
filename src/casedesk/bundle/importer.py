"""Importing a bundle: verify everything (copying originals aside as they are read), then move the
originals into the store, then commit in one transaction.

Until the commit nothing is visible in the workspace: a refusal at the verification stage leaves
it byte-for-byte unchanged (the copies were temporaries, removed again); a failure or cancel while
moving originals into place leaves at most complete originals that no row refers to yet
(harmless, and reused by the next attempt). Derived files (thumbnails, previews, waveforms) do
not travel; they are regenerated after the commit.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from casedesk.bundle.errors import BundleError
from casedesk.bundle.history import MERGE_ACTION
from casedesk.bundle.limits import DEFAULT_LIMITS, BundleLimits
from casedesk.bundle.merge import IMPORTED, MERGED, UNCHANGED, Plan, plan_import
from casedesk.bundle.schema import EVIDENCE, ROW_TABLES, Record
from casedesk.bundle.staging import Staging
from casedesk.bundle.verify import VerifiedBundle, open_verified
from casedesk.core import custody
from casedesk.core.models import Blob, Case, CustodyEntry
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import iso_utc

IMPORT_ACTION = "bundle_import"


@dataclass(frozen=True, slots=True)
class BundleImportResult:
    case_id: str
    status: str  # "imported" | "merged" | "unchanged"
    added_evidence: int
    added_entries: int
    conflicts: list[str] = field(default_factory=list)
    bundle_sha256: str = ""


def import_bundle(
    svc: CaseService,
    path: Path,
    passphrase: str | None = None,
    control: TaskControl | None = None,
    *,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> BundleImportResult:
    """Verify a bundle completely, then import (or merge) it; raise BundleError if it is refused."""
    control = control or TaskControl()
    store = svc.workspace.store
    with (
        Staging(store) as staging,
        open_verified(Path(path).expanduser(), passphrase, limits, control, staging) as bundle,
    ):
        with svc.workspace.db.read() as s:
            plan = plan_import(s, bundle.manifest)
        if plan.status == UNCHANGED:
            return _result(bundle, plan)
        control.check()
        stored = staging.commit(set(plan.needed_shas))
        with svc.workspace.db.write() as s:
            # Decide again under the write lock: another import may have landed while we copied.
            plan = plan_import(s, bundle.manifest)
            if any(not store.has(sha) for sha in plan.needed_shas):
                raise BundleError(
                    "The workspace changed while the bundle was being imported; import it again."
                )
            if plan.status != UNCHANGED:
                _commit(s, svc, bundle, plan)
    _regenerate_derivatives(svc, stored)
    return _result(bundle, plan)


def _result(bundle: VerifiedBundle, plan: Plan) -> BundleImportResult:
    entries = len(plan.custody_verbatim) if plan.status == IMPORTED else len(plan.new_remote)
    return BundleImportResult(
        case_id=bundle.manifest.case_id,
        status=plan.status,
        added_evidence=len(plan.added_evidence),
        added_entries=entries,
        conflicts=list(plan.conflicts),
        bundle_sha256=bundle.sha256,
    )


# -- originals --------------------------------------------------------------------------------


def _regenerate_derivatives(svc: CaseService, shas: list[str]) -> None:
    """Thumbnails and previews for originals new to this workspace; they are optional, so a file
    that cannot be decoded simply gets none (the import is already committed)."""
    from casedesk.media import probe_and_derive

    store = svc.workspace.store

    def derive(sha: str) -> None:
        try:
            probe_and_derive(store.path_for(sha), store.derived_dir(sha), svc.limits)
        except Exception:  # regenerable: never turn a committed import into an error
            return

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="bundle-derive") as pool:
        list(pool.map(derive, shas))


# -- the commit -------------------------------------------------------------------------------


def _parents_first(records: list[Record]) -> list[Record]:
    """Evidence in an order where every still follows the footage it came from (foreign keys)."""
    pending = {str(r.data["id"]): r for r in records}
    ordered: list[Record] = []
    while pending:
        ready = [r for r in pending.values() if r.data["parent_id"] not in pending]
        if not ready:
            raise BundleError("Invalid manifest: evidence parents form a loop. Nothing was imported.")
        for record in ready:
            del pending[str(record.data["id"])]
        ordered += ready
    return ordered


def _row(record: Record, case_id: str) -> Any:
    values = dict(record.values)
    if "case_id" in record.spec.omitted:
        values["case_id"] = case_id
    return record.spec.model(**values)


def _commit(s: Session, svc: CaseService, bundle: VerifiedBundle, plan: Plan) -> None:
    manifest = bundle.manifest
    case_id = manifest.case_id
    if plan.status == IMPORTED:
        s.add(Case(**plan.case.values))
        s.flush()
    sizes = {ref.sha256: ref.size for ref in manifest.originals}
    for sha in sorted(plan.needed_shas):
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=sizes[sha]))
    for spec in ROW_TABLES:
        records = plan.additions.get(spec.key, [])
        if spec is EVIDENCE:
            records = _parents_first(records)
        s.add_all([_row(r, case_id) for r in records])
        s.flush()  # table by table, in foreign-key order
    common: dict[str, Any] = {
        "bundle_sha256": bundle.sha256,
        "file": bundle.path.name,
        "encrypted": bundle.encrypted,
        "exported_by": manifest.investigator,
        "exported_at": iso_utc(manifest.created_at),
        "exported_with": manifest.app,
        "remote_head": manifest.custody[-1].data["hash"],
        "remote_entries": len(manifest.custody),
    }
    if plan.status == IMPORTED:
        s.add_all([CustodyEntry(case_id=case_id, **r.values) for r in plan.custody_verbatim])
        s.flush()
        action, details = IMPORT_ACTION, {**common, "evidence": len(plan.added_evidence)}
    else:
        assert plan.status == MERGED
        action, details = (
            MERGE_ACTION,
            {
                **common,
                "common_entries": plan.common_seq,
                "new_entries": [_remote_entry(r, case_id) for r in plan.new_remote],
                "added": plan.added_counts(),
                "conflicts": plan.conflicts,
            },
        )
    entry = custody.append(
        s,
        case_id=case_id,
        investigator=svc.investigator,
        action=action,
        object_type="bundle",
        object_id=bundle.sha256,
        details=details,
    )
    case = s.get(Case, case_id)
    assert case is not None
    case.updated_at = entry.at


def _remote_entry(record: Record, case_id: str) -> dict[str, Any]:
    """A remote custody entry, kept whole so that it can be re-verified from the merge entry."""
    data, values = record.data, record.values
    payload = custody.entry_payload(
        case_id=case_id,
        seq=values["seq"],
        at=values["at"],
        investigator=values["investigator"],
        action=values["action"],
        object_type=values["object_type"],
        object_id=values["object_id"],
        details=values["details"],
    )
    return {
        "seq": data["seq"],
        "hash": data["hash"],
        "prev_hash": data["prev_hash"],
        "action": data["action"],
        "object_type": data["object_type"],
        "object_id": data["object_id"],
        "payload": payload,
    }
