"""Checking a bundle as a stranger would: everything an import checks, with nothing written."""

from __future__ import annotations

from pathlib import Path

from casedesk.bundle import BundleError
from casedesk.bundle.limits import DEFAULT_LIMITS
from casedesk.bundle.signature import SignatureState
from casedesk.bundle.verify import VerifiedBundle, open_verified
from casedesk.checker.findings import CheckReport, Status
from casedesk.core.errors import CaseDeskError
from casedesk.core.tasks import TaskControl
from casedesk.proof.keys import TrustStore


def check_bundle(
    path: Path,
    passphrase: str | None = None,
    control: TaskControl | None = None,
    trust: TrustStore | None = None,
) -> CheckReport:
    """Check a bundle's structure, originals, custody chain, signature and timestamps."""
    report = CheckReport(str(path), "bundle")
    try:
        with open_verified(path, passphrase, DEFAULT_LIMITS, control or TaskControl(), None, trust) as bundle:
            _findings(report, bundle)
    except BundleError as exc:
        report.add("bundle", Status.FAILED, str(exc))
    except CaseDeskError as exc:
        report.add("bundle", Status.FAILED, str(exc))
    return report


def _findings(report: CheckReport, bundle: VerifiedBundle) -> None:
    manifest = bundle.manifest
    head = manifest.custody[-1].data
    report.facts.update(
        case=manifest.case_id,
        title=manifest.case.data.get("title", ""),
        bundle_sha256=bundle.sha256,
        exported_by=manifest.investigator,
        exported_with=manifest.app,
        custody_entries=len(manifest.custody),
        custody_head={"seq": head["seq"], "hash": head["hash"]},
        encrypted=bundle.encrypted,
    )
    report.add("structure", Status.OK, "a well-formed bundle: safe entry names, a manifest that parses")
    report.add(
        "originals",
        Status.OK,
        f"all {len(manifest.originals)} originals present, each matching its SHA-256 in the manifest",
    )
    report.add(
        "custody chain",
        Status.OK,
        f"{len(manifest.custody)} entries, each hash covering its content and the previous hash; "
        f"head {head['hash']}",
    )
    signature = bundle.signature
    report.facts["signature"] = {
        "state": signature.state.value,
        "signer": signature.signer,
        "fingerprint": signature.fingerprint,
        "trusted_as": signature.trusted_name,
    }
    if signature.state == SignatureState.TRUSTED:
        report.add("signature", Status.OK, signature.describe())
    else:
        report.add("signature", Status.WARNING, signature.warning or signature.describe())
