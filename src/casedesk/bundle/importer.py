"""Importing a bundle: verify everything (copying originals aside as they are read), then move the
originals into the store, then commit in one unit of work.

Until the commit nothing is visible in the workspace: a refusal at the verification stage leaves
it byte-for-byte unchanged (the copies were temporaries, removed again); a failure or cancel while
moving originals into place leaves at most complete originals that no row refers to yet
(harmless, and reused by the next attempt). The core runs the commit: it hands :func:`plan_import`
a view of the local records under the write lock, writes what the plan adds and appends the one
``bundle_import`` or ``bundle_merge`` entry. Derived files (thumbnails, previews, waveforms) do
not travel; the core regenerates them after the commit.

A fresh import also inserts the case's carried history verbatim, in the same unit of work, so the
case reads back as of any carried entry exactly as where it was exported; the versions the import
entry records itself come after every carried entry. A bundle without history (format 1 or 2)
starts the case's history at the import entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casedesk.bundle.limits import DEFAULT_LIMITS, BundleLimits
from casedesk.bundle.merge import IMPORTED, MERGED, UNCHANGED, Plan, plan_import
from casedesk.bundle.schema import ROW_TABLES, Record
from casedesk.bundle.signature import BundleSignature, SignatureState
from casedesk.bundle.verify import VerifiedBundle, open_verified
from casedesk.core import custody
from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.merged import CARRIED_FIELDS, MERGE_ACTION, Carried, header_of
from casedesk.core.service import CaseService, ImportPlan, LocalRecords
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import iso_utc
from casedesk.proof.keys import TrustStore

IMPORT_ACTION = "bundle_import"


@dataclass(frozen=True, slots=True)
class BundleImportResult:
    case_id: str
    status: str  # "imported" | "merged" | "unchanged"
    added_evidence: int
    added_entries: int
    conflicts: list[str] = field(default_factory=list)
    bundle_sha256: str = ""
    changes: Changes = NO_CHANGES  # what the commit changed, for views to refresh by
    signature: BundleSignature = field(default_factory=lambda: BundleSignature(SignatureState.UNSIGNED))

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "status": self.status,
            "added_evidence": self.added_evidence,
            "added_entries": self.added_entries,
            "conflicts": list(self.conflicts),
            "bundle_sha256": self.bundle_sha256,
            "signature": {
                "state": self.signature.state.value,
                "signer": self.signature.signer,
                "fingerprint": self.signature.fingerprint,
                "trusted_as": self.signature.trusted_name,
                "warning": self.signature.warning,
            },
        }


def import_bundle(
    svc: CaseService,
    path: Path,
    passphrase: str | None = None,
    control: TaskControl | None = None,
    *,
    limits: BundleLimits = DEFAULT_LIMITS,
    trust: TrustStore | None = None,
    details: Mapping[str, Any] | None = None,
) -> BundleImportResult:
    """Verify a bundle completely, then import (or merge) it; raise BundleError if it is refused.

    A bundle whose signature does not verify is refused; one signed by a key not in ``trust`` (by
    default the investigator's trusted keys) or not signed at all is imported, and the result's
    ``signature.warning`` says what the user must be told. ``details`` are added to the details of
    the import's entry (what a check-out or check-in records), never replacing the import's own."""
    control = control or TaskControl()
    trust = trust if trust is not None else TrustStore()
    with (
        svc.import_staging() as staging,
        open_verified(Path(path).expanduser(), passphrase, limits, control, staging, trust) as bundle,
    ):
        plan = svc.read_local(lambda local: plan_import(local, bundle.manifest))
        if plan.status == UNCHANGED:
            return _result(bundle, plan, NO_CHANGES)
        control.check()
        stored = staging.commit(plan.needed_shas)

        def decide(local: LocalRecords) -> tuple[Plan, ImportPlan | None]:
            # Decide again under the write lock: another import may have landed while we copied.
            final = plan_import(local, bundle.manifest)
            return final, None if final.status == UNCHANGED else _writes(bundle, final, details or {})

        plan, changes = svc.commit_import(decide)
    svc.regenerate_derivatives_of(stored)
    return _result(bundle, plan, changes)


def _result(bundle: VerifiedBundle, plan: Plan, changes: Changes) -> BundleImportResult:
    entries = len(plan.custody_verbatim) if plan.status == IMPORTED else len(plan.new_remote)
    return BundleImportResult(
        case_id=bundle.manifest.case_id,
        status=plan.status,
        added_evidence=len(plan.added_evidence),
        added_entries=entries,
        conflicts=list(plan.conflicts),
        bundle_sha256=bundle.sha256,
        changes=changes,
        signature=bundle.signature,
    )


def _writes(bundle: VerifiedBundle, plan: Plan, extra: Mapping[str, Any]) -> ImportPlan:
    """What the core is to write for this plan: the rows it adds and the details of its entry."""
    manifest = bundle.manifest
    case_id = manifest.case_id
    rows = {spec.table: [dict(r.values) for r in plan.additions.get(spec.key, [])] for spec in ROW_TABLES}
    common: dict[str, Any] = {
        **extra,
        "bundle_sha256": bundle.sha256,
        "file": bundle.path.name,
        "encrypted": bundle.encrypted,
        "exported_by": manifest.investigator,
        "exported_at": iso_utc(manifest.created_at),
        "exported_with": manifest.app,
        "remote_head": manifest.custody[-1].data["hash"],
        "remote_entries": len(manifest.custody),
        **bundle.signature.to_record(),
    }
    if plan.status == IMPORTED:
        return ImportPlan(
            case_id,
            IMPORT_ACTION,
            bundle.sha256,
            {**common, "evidence": len(plan.added_evidence), "history_versions": len(manifest.history)},
            new_case=dict(plan.case.values),
            rows=rows,
            custody=[dict(r.values) for r in plan.custody_verbatim],
            history=[dict(r.values) for r in manifest.history],
            history_start=manifest.history_start,
            carried=[_carried_row(r) for r in manifest.carried],
        )
    assert plan.status == MERGED
    details = {
        **common,
        "common_entries": plan.common_seq,
        "new_entries": [header_of(r.data) for r in plan.new_remote],
        "new_carried": [Carried(**_carried_row(r)).header() for r in plan.new_carried],
        "added": plan.added_counts(),
        "conflicts": plan.conflicts,
    }
    carried = [_remote_entry(r, case_id) for r in plan.new_remote] + [
        _carried_row(r) for r in plan.new_carried
    ]
    return ImportPlan(case_id, MERGE_ACTION, bundle.sha256, details, rows=rows, carried=carried)


def _carried_row(record: Record) -> dict[str, Any]:
    return {name: record.data[name] for name in CARRIED_FIELDS}


def _remote_entry(record: Record, case_id: str) -> dict[str, Any]:
    """A remote log entry as a carried entry: its payload as hashed, so that it proves itself."""
    values = record.values
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
        "seq": values["seq"],
        "hash": values["hash"],
        "prev_hash": values["prev_hash"],
        "payload": payload,
    }
