"""An import is one unit of work: exactly one custody entry of its own, at the head of a chain that
verifies, and the changes it made, returned. Its decisions need only a view of the local records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import BundleError, BundleLimits, export_bundle, import_bundle
from casedesk.bundle.merge import IMPORTED, plan_import
from casedesk.bundle.verify import open_verified
from casedesk.core import custody
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.views import CustodyView
from casedesk.core.vocabulary import ObjectKind

from .conftest import Exported
from .helpers import small_case


def _proves_itself(entry: CustodyView, case_id: str) -> bool:
    payload = custody.entry_payload(
        case_id=case_id,
        seq=entry.seq,
        at=entry.at,
        investigator=entry.investigator,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        details=entry.details,
    )
    return custody.chain_hash(entry.prev_hash, payload) == entry.hash


def test_a_fresh_import_appends_one_entry_at_the_head(small_export: Exported, svc: CaseService) -> None:
    case_id = small_export.case_id

    result = import_bundle(svc, small_export.bundle)

    log = svc.custody_log(case_id)
    assert [e.hash for e in log[:-1]] == small_export.custody_at_export  # carried verbatim
    head = log[-1]
    assert [e.action for e in log].count("bundle_import") == 1
    assert (head.action, head.seq, head.prev_hash) == ("bundle_import", len(log), log[-2].hash)
    assert _proves_itself(head, case_id)
    assert result.changes.entries == (head.hash,)  # the only entry this write appended
    assert result.changes.created == (case_id,)
    assert result.changes.case_ids == {case_id}
    assert result.changes.touches(ObjectKind.EVIDENCE, ObjectKind.SOURCE, ObjectKind.CHECK)
    assert {e.id for e in svc.case_view(case_id).evidence} <= result.changes.ids
    assert svc.verify(case_id).ok


def test_a_merge_appends_one_entry_at_the_head(source: CaseService, svc: CaseService, tmp_path: Path) -> None:
    case_id = small_case(source, tmp_path / "files")
    import_bundle(svc, export_bundle(source, case_id, tmp_path / "first.casedesk").path)
    note = source.add_note(case_id, "Asked a second source.").id
    before = svc.custody_log(case_id)

    result = import_bundle(svc, export_bundle(source, case_id, tmp_path / "second.casedesk").path)

    log = svc.custody_log(case_id)
    assert log[:-1] == before
    head = log[-1]
    assert (head.action, head.prev_hash) == ("bundle_merge", before[-1].hash)
    assert _proves_itself(head, case_id)
    assert result.changes.entries == (head.hash,)
    assert result.changes.touches(ObjectKind.NOTE) and note in result.changes.ids
    assert result.changes.created == ()
    assert svc.verify(case_id).ok


def test_nothing_new_changes_nothing(small_export: Exported, svc: CaseService) -> None:
    import_bundle(svc, small_export.bundle)
    entries = len(svc.custody_log(small_export.case_id))

    again = import_bundle(svc, small_export.bundle)

    assert not again.changes
    assert len(svc.custody_log(small_export.case_id)) == entries


# -- the decisions, over a scripted view of the local records ---------------------------------


class FakeLocal:
    """LocalRecords with nothing but a few ids owned by other cases."""

    def __init__(self, owned: dict[str, str]) -> None:
        self.owned = owned

    def case(self, case_id: str) -> dict[str, Any] | None:
        return None

    def rows(self, table: str, case_id: str) -> list[dict[str, Any]]:
        return []

    def owners(self, table: str, ids: Any) -> dict[str, str]:
        return {i: self.owned[i] for i in ids if i in self.owned}

    def custody(self, case_id: str) -> list[dict[str, Any]]:
        return []


def test_planning_needs_only_a_view_of_the_local_records(small_export: Exported) -> None:
    with open_verified(small_export.bundle, None, BundleLimits(), TaskControl()) as bundle:
        manifest = bundle.manifest
    plan = plan_import(FakeLocal({}), manifest)
    assert plan.status == IMPORTED
    assert len(plan.custody_verbatim) == len(small_export.custody_at_export)

    claim = str(manifest.rows["claims"][0].data["id"])
    with pytest.raises(BundleError, match=f"claim {claim} already belongs to another case"):
        plan_import(FakeLocal({claim: "another-case"}), manifest)
