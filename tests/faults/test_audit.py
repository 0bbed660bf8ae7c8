"""The audit every fault test relies on notices what it is there to notice, on both backends: an
evidence row whose original is gone, and an original whose bytes are not its name's."""

from __future__ import annotations

from pathlib import Path

import boto3
import pytest

from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.store.s3 import parse_url

from .harness import tiny_png
from .invariants import audit_workspace
from .sites import Sites


def one_item(sites: Sites) -> tuple[WorkspaceLocation, str]:
    where = sites.new("ws")
    svc = CaseService.open(where, "Test Investigator")
    try:
        case_id = svc.create_case("Audited").id
        [result] = svc.add_files(case_id, [tiny_png(sites.root / "a.png", seed=3)])
        assert result.status == "added" and result.sha256 is not None
    finally:
        svc.close()
    return where, result.sha256


def original_key(where: WorkspaceLocation, sha: str) -> tuple[str, str]:
    assert where.store_url is not None
    bucket, prefix = parse_url(where.store_url)
    return bucket, f"{prefix}/originals/{sha[:2]}/{sha[2:4]}/{sha}"


def cached_original(where: WorkspaceLocation, sha: str) -> Path:
    return where.folder / "originals" / sha[:2] / sha[2:4] / sha


def test_an_intact_workspace_passes(sites: Sites) -> None:
    where, _ = one_item(sites)
    facts = audit_workspace(where)
    assert facts.originals == 1 and sum(facts.evidence_by_case.values()) == 1


def test_an_evidence_row_without_its_original_fails_the_audit(sites: Sites) -> None:
    where, sha = one_item(sites)
    cached = cached_original(where, sha)
    cached.chmod(0o600)
    cached.unlink()  # the folder's store, or a team workspace's cache
    if sites.team:
        bucket, key = original_key(where, sha)
        boto3.client("s3").delete_object(Bucket=bucket, Key=key)
    with pytest.raises(AssertionError, match="missing"):
        audit_workspace(where, run_cli_verify=False)


def test_an_original_whose_bytes_changed_fails_the_audit(sites: Sites) -> None:
    where, sha = one_item(sites)
    if sites.team:  # the store's copy altered; the cache's copy left whole
        bucket, key = original_key(where, sha)
        boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=b"not the original")
    else:
        cached = cached_original(where, sha)
        cached.chmod(0o600)
        cached.write_bytes(b"not the original")
    with pytest.raises(AssertionError, match="altered"):
        audit_workspace(where, run_cli_verify=False)
