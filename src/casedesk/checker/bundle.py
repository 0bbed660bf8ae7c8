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
from casedesk.core.timeutil import iso_utc
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
    _timestamps(report, [record.data for record in manifest.custody])


def _timestamps(report: CheckReport, log: list[dict[str, object]]) -> None:
    """Every trusted timestamp the log carries, checked again from the log alone."""
    from casedesk.proof.stamp_recheck import recheck_timestamps, stamped_entries  # pyHanko: on demand

    problems = recheck_timestamps(log)
    for problem in problems:
        report.add("timestamp", Status.FAILED, f"entry {problem.seq}: {problem.text}")
    stamps = stamped_entries(log)
    report.facts["timestamps"] = [
        {"entry": s.covered_seq, "hash": s.covered_hash, "gen_time": iso_utc(s.gen_time), "tsa": s.tsa_name}
        for s in stamps
    ]
    if not problems:
        if stamps:
            said = "; ".join(
                f"entry {s.covered_seq} existed no later than {iso_utc(s.gen_time)} according to {s.tsa_name}"
                for s in stamps
            )
            report.add("timestamps", Status.OK, said)
            _anchors(report, log)
        else:
            report.add(
                "timestamps", Status.WARNING, "no trusted timestamp: every time in the log is the laptop's"
            )


def _anchors(report: CheckReport, log: list[dict[str, object]]) -> None:
    """The tokens chain to TSA certificates the log itself carries: say whether the reader trusts them."""
    from casedesk.proof.tsa_trust import TsaTrustStore

    trusted = TsaTrustStore()
    for entry in log:
        details = entry.get("details")
        if entry.get("action") != "timestamp_import" or not isinstance(details, dict):
            continue
        sha, name = str(details.get("anchor_sha256", "")), str(details.get("anchor", ""))
        if trusted.find(sha) is not None:
            report.add("timestamp authority", Status.OK, f"entry {entry.get('seq')}: {name}, which you trust")
        else:
            report.add(
                "timestamp authority",
                Status.WARNING,
                f"entry {entry.get('seq')}: the token chains to {name} (certificate SHA-256 {sha}), "
                "which the bundle carries and you do not trust yet: compare it with the TSA's published "
                "certificate, then casedesk timestamp trust FILE",
            )
