"""Check a case out of a team workspace to work on it offline, and check the offline work back in.

Both are a bundle carried from one open workspace to the other, with no file for the user to
handle: the case is exported to a private temporary file, imported (or merged) on the other side
by :func:`~casedesk.bundle.importer.import_bundle`, and the file is removed. So a check-in is a
bundle merge and follows its rules (:mod:`casedesk.bundle.merge`): records new to the team land;
a record that differs on the two sides keeps the team's value and is reported as a conflict (the
offline value stays on the laptop, and in the offline custody entries the team takes in); nothing
is overwritten.

What is recorded is what a bundle export and import record: ``bundle_export`` on the side the case
leaves, ``bundle_import`` or ``bundle_merge`` on the side it reaches, their details naming the
same bundle SHA-256, and ``sync`` ("checkout" or "checkin") and ``peer`` (the other workspace)
besides. The export is logged only once the other side has committed: a refused or cancelled
check-out or check-in records nothing on either side.

Entries that only record such a trip (their details name a ``sync``) are no news to the other
side: when the case holds nothing else the other side has not seen, nothing is carried and
nothing recorded, so checking in (or out) twice changes nothing the second time.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casedesk.bundle.importer import BundleImportResult, import_bundle
from casedesk.bundle.merge import UNCHANGED
from casedesk.bundle.writer import BundleExportResult, export_bundle
from casedesk.core.errors import UsageError
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService, LocalRecords
from casedesk.core.tasks import TaskControl
from casedesk.core.transfer import same_workspace
from casedesk.i18n import msg
from casedesk.proof.keys import KeyStore, SigningKey, TrustStore

CHECKOUT, CHECKIN = "checkout", "checkin"
SYNC_KEY = "sync"  # the custody detail that marks an entry as recording a check-out or check-in


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a check-out or check-in did."""

    direction: str  # CHECKOUT | CHECKIN
    case_id: str
    status: str  # "imported" | "merged" | "unchanged"
    source: str  # the workspace the case left, as shown to the user
    target: str  # the workspace it reached
    added_evidence: int = 0
    added_entries: int = 0
    conflicts: list[str] = field(default_factory=list)
    bundle_sha256: str = ""  # named by the entries on both sides ("" when nothing was carried)
    signature_warning: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "case_id": self.case_id,
            "status": self.status,
            "source": self.source,
            "target": self.target,
            "added_evidence": self.added_evidence,
            "added_entries": self.added_entries,
            "conflicts": list(self.conflicts),
            "bundle_sha256": self.bundle_sha256,
            "signature_warning": self.signature_warning,
        }


def checkout(
    team: CaseService,
    laptop: CaseService,
    case_id: str,
    control: TaskControl | None = None,
    *,
    key: SigningKey | None = None,
    trust: TrustStore | None = None,
) -> SyncResult:
    """Copy the case from ``team`` into ``laptop`` (merged there if it holds the case already)."""
    return carry(team, laptop, case_id, CHECKOUT, control, key=key, trust=trust)


def checkin(
    laptop: CaseService,
    team: CaseService,
    case_id: str,
    control: TaskControl | None = None,
    *,
    key: SigningKey | None = None,
    trust: TrustStore | None = None,
) -> SyncResult:
    """Merge the case's offline work from ``laptop`` into ``team`` (imported if the team lacks it)."""
    return carry(laptop, team, case_id, CHECKIN, control, key=key, trust=trust)


def carry(
    source: CaseService,
    target: CaseService,
    case_id: str,
    direction: str,
    control: TaskControl | None = None,
    *,
    key: SigningKey | None = None,
    trust: TrustStore | None = None,
) -> SyncResult:
    """Carry one case from ``source`` to ``target`` as a bundle, recording it as ``direction``."""
    if direction not in (CHECKOUT, CHECKIN):
        raise ValueError(f"unknown direction {direction!r}")
    control = control or TaskControl()
    here, there = source.workspace.location, target.workspace.location
    if same_workspace(here, there):
        raise UsageError(msg("The case would be carried to the workspace it is in; name another with --to."))
    source.case_header(case_id)  # NotFoundError, said plainly, if the case is not there
    shown = SyncResult(direction, case_id, UNCHANGED, here.describe(), there.describe())
    if not _news_for(source, target, case_id):
        return shown
    key = key or KeyStore().load_or_create()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-sync-"))  # owner-only (0700)
    imported: list[BundleImportResult] = []

    def deliver(exported: BundleExportResult) -> Mapping[str, Any] | None:
        result = import_bundle(
            target,
            exported.path,
            control=control,
            trust=trust,
            details={SYNC_KEY: direction, "peer": _peer(here)},
        )
        imported.append(result)
        if result.status == UNCHANGED:
            return None  # the other side had it all: the trip is not worth an entry here
        return {SYNC_KEY: direction, "peer": _peer(there)}

    try:
        bundle = folder / f"{direction}-{case_id[:8]}.casedesk"
        export_bundle(source, case_id, bundle, None, control, key=key, delivered=deliver)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result = imported[0]
    # Signed by this investigator's own key: no stranger to warn about, whatever the trusted keys.
    own = result.signature.fingerprint == key.public.fingerprint
    return SyncResult(
        direction,
        case_id,
        result.status,
        shown.source,
        shown.target,
        result.added_evidence,
        result.added_entries,
        list(result.conflicts),
        result.bundle_sha256 if result.status != UNCHANGED else "",
        None if own else result.signature.warning,
    )


def _peer(location: WorkspaceLocation) -> str:
    """The other workspace as an entry records it: a team workspace by its URLs (no password), a
    laptop workspace only as such (a folder on someone's computer is no fact of the case)."""
    return location.describe() if location.is_team else "local workspace"


def _news_for(source: CaseService, target: CaseService, case_id: str) -> bool:
    """Whether ``source`` holds entries of the case that ``target`` has not seen, besides those
    that only record a check-out or check-in (True when the target lacks the case).

    Its own log's entries, and the carried entries its merges took in: a colleague's check-in
    reaches the team as one merge entry (a trip) and the colleague's entries it carried, which are
    news to a laptop that checked the case out before."""

    def seen(local: LocalRecords) -> set[str] | None:
        if local.case(case_id) is None:
            return None
        hashes = {str(entry["hash"]) for entry in local.custody(case_id)}
        return hashes | {str(entry["hash"]) for entry in local.carried(case_id)}

    def held(local: LocalRecords) -> list[tuple[str, Mapping[str, Any]]]:
        entries = [(str(e["hash"]), _details(e.get("details"))) for e in local.custody(case_id)]
        for carried in local.carried(case_id):
            payload = carried.get("payload")
            details = payload.get("details") if isinstance(payload, Mapping) else None
            entries.append((str(carried["hash"]), _details(details)))
        return entries

    known = target.read_local(seen)
    if known is None:
        return True
    return any(digest not in known and SYNC_KEY not in details for digest, details in source.read_local(held))


def _details(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}
