"""Checking a report: its signature, what it says it covers, and (with its bundle) that it is what the
case as of that entry gives, regenerated in a throwaway workspace."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from casedesk.bundle import BundleError, import_bundle
from casedesk.checker.bundle import check_bundle
from casedesk.checker.findings import CheckReport, Status
from casedesk.core.errors import CaseDeskError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.proof.errors import PdfFailure, PdfSignatureError
from casedesk.proof.keys import TrustStore
from casedesk.proof.pdfsign import verify_pdf
from casedesk.report import ReportOptions, export_pdf
from casedesk.report.software import describe, versions

CHECKER = "casedesk check"


def check_report(
    path: Path,
    bundle: Path | None = None,
    passphrase: str | None = None,
    control: TaskControl | None = None,
    trust: TrustStore | None = None,
) -> CheckReport:
    report = CheckReport(str(path), "report")
    try:
        meta = _metadata(path)
    except (PyPdfError, OSError, ValueError) as exc:
        report.add("report", Status.FAILED, f"not a readable PDF ({exc})")
        return report
    if meta.get("/CaseDeskAsOfEntry") is None:
        report.add("report", Status.FAILED, "not a CaseDesk report: it names no covered custody entry")
        return report
    report.facts.update(
        case=meta.get("/CaseDeskCase"),
        as_of={"seq": int(meta["/CaseDeskAsOfEntry"]), "hash": meta.get("/CaseDeskAsOfHash")},
        manifest_digest=meta.get("/CaseDeskManifestDigest"),
        options=json.loads(meta.get("/CaseDeskOptions") or "null"),
        software=meta.get("/Producer"),
    )
    _cover(report, path)
    trust = trust or TrustStore()
    signed = _signature(report, path, trust)
    if bundle is not None:
        _regenerates(report, path, bundle, passphrase, control or TaskControl(), signed, trust)
    return report


def _cover(report: CheckReport, path: Path) -> None:
    """The cover shows the entry and digest the metadata names (a reader sees what a checker reads)."""
    as_of, digest = report.facts["as_of"], report.facts["manifest_digest"]
    try:
        with path.open("rb") as handle:
            text = re.sub(r"\s+", "", PdfReader(handle).pages[0].extract_text())
    except (PyPdfError, ValueError, KeyError, IndexError) as exc:
        report.add("cover", Status.FAILED, f"the cover cannot be read ({exc}): the file is damaged")
        return
    missing = [
        what
        for what, value in (("entry hash", as_of["hash"]), ("manifest digest", digest))
        if value not in text
    ]
    if missing:
        report.add(
            "cover", Status.FAILED, f"the cover does not show the {' and the '.join(missing)} it names"
        )
        return
    report.add(
        "cover",
        Status.OK,
        f"case {report.facts['case']} as of custody entry {as_of['seq']} ({as_of['hash']}); "
        f"manifest digest {digest}",
    )


def _metadata(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        info = PdfReader(handle).metadata
        return {str(k): str(v) for k, v in (info or {}).items()}


def _signature(report: CheckReport, path: Path, trust: TrustStore) -> bool:
    """Check the PDF signature; True when the file is signed (and the signature holds)."""
    try:
        with path.open("rb") as handle:
            signature = verify_pdf(handle)
    except PdfSignatureError as exc:
        if exc.reason == PdfFailure.NOT_SIGNED:
            report.add("signature", Status.WARNING, "the report is not signed: nothing shows who made it")
            return False
        report.add("signature", Status.FAILED, str(exc))
        return False
    trusted = trust.find(signature.key)
    report.facts["signer"] = {
        "name": signature.signer_name,
        "fingerprint": signature.key.fingerprint,
        "trusted_as": trusted.name if trusted else "",
    }
    said = f"a valid PAdES signature over the whole file by key {signature.key.grouped_fingerprint}"
    if trusted:
        report.add("signature", Status.OK, f"{said}, which you trust as {trusted.name!r}")
    else:
        report.add(
            "signature",
            Status.WARNING,
            f"{said} ({signature.signer_name!r}), which you do not trust yet: compare the fingerprint "
            "with its owner out of band",
        )
    return True


def _regenerates(
    report: CheckReport,
    path: Path,
    bundle: Path,
    passphrase: str | None,
    control: TaskControl,
    signed: bool,
    trust: TrustStore,
) -> None:
    carried = check_bundle(bundle, passphrase, control, trust)
    report.findings += [f.__class__(f"bundle: {f.check}", f.status, f.detail) for f in carried.findings]
    _same_signer(report, carried)
    if not carried.ok:
        report.add("regenerated", Status.FAILED, "the bundle does not hold, so nothing can be regenerated")
        return
    case_id, as_of = report.facts["case"], report.facts["as_of"]
    if carried.facts.get("case") != case_id:
        report.add(
            "regenerated", Status.FAILED, f"the bundle holds another case ({carried.facts.get('case')})"
        )
        return
    options = report.facts["options"]
    if options is None:
        report.add("regenerated", Status.FAILED, "the report does not say which options made it")
        return
    with tempfile.TemporaryDirectory(prefix="casedesk-check-") as scratch:
        svc = CaseService.open(Path(scratch) / "workspace", CHECKER)
        try:
            import_bundle(svc, bundle, passphrase, control, trust=TrustStore(Path(scratch) / "keys"))
            log = svc.custody_entries(case_id, after_seq=as_of["seq"] - 1, limit=1)
            if not log or log[0].hash != as_of["hash"]:
                report.add(
                    "covered entry",
                    Status.FAILED,
                    f"the bundle's log has no entry {as_of['seq']} with the hash {as_of['hash']}",
                )
                return
            report.add("covered entry", Status.OK, f"entry {as_of['seq']} is in the bundle's log, same hash")
            again = Path(scratch) / "regenerated.pdf"
            result = export_pdf(
                svc,
                case_id,
                again,
                ReportOptions.from_record(options),
                control,
                as_of=as_of["seq"],
                sign=False,
            )
            regenerated = again.read_bytes()
        except (BundleError, CaseDeskError) as exc:
            report.add("regenerated", Status.FAILED, f"could not regenerate the report ({exc})")
            return
        finally:
            svc.close()
    _compare(report, path, regenerated, result.sha256, signed)


def _same_signer(report: CheckReport, carried: CheckReport) -> None:
    """Whether one key signed both (another investigator may have exported either: not a failure)."""
    mine = (report.facts.get("signer") or {}).get("fingerprint")
    theirs = (carried.facts.get("signature") or {}).get("fingerprint")
    if mine and theirs:
        if mine == theirs:
            report.add("same signer", Status.OK, "one key signed the report and the bundle")
        else:
            report.add(
                "same signer",
                Status.WARNING,
                f"the report and the bundle were signed by different keys ({mine[:16]}… and {theirs[:16]}…)",
            )


def _compare(report: CheckReport, path: Path, regenerated: bytes, sha256: str, signed: bool) -> None:
    mine = describe(versions())
    if signed:
        try:
            with path.open("rb") as handle:
                verify_pdf(handle, unsigned=regenerated)
        except PdfSignatureError as exc:
            report.add("regenerated", Status.FAILED, f"{exc}{_versions_note(report, mine)}")
            return
        report.add(
            "regenerated",
            Status.OK,
            f"the bundle regenerates exactly the signed document ({len(regenerated)} bytes, "
            f"SHA-256 {sha256})",
        )
        return
    if path.read_bytes() != regenerated:
        report.add(
            "regenerated", Status.FAILED, f"the bundle regenerates another file{_versions_note(report, mine)}"
        )
        return
    report.add("regenerated", Status.OK, f"the bundle regenerates this very file (SHA-256 {sha256})")


def _versions_note(report: CheckReport, mine: str) -> str:
    theirs = str(report.facts.get("software") or "")
    if theirs and not theirs.startswith(mine):
        return f"; note the report was made with {theirs}, this checker runs {mine}"
    return ""
