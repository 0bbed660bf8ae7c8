"""Complete editing with custody: every object can be removed and restored, sources merged, many
items changed at once; each write returns what it changed and is written to the custody log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from casedesk.core import custody
from casedesk.core.errors import NotFoundError, UsageError
from casedesk.core.models import CustodyEntry
from casedesk.core.service import CaseService, SourceInUseError
from casedesk.core.timeutil import PartialTime
from casedesk.core.vocabulary import ObjectKind
from casedesk.media import phash_distance


def _actions(svc: CaseService, case_id: str) -> list[str]:
    return [e.action for e in svc.custody_log(case_id)]


def _chain_ok(svc: CaseService, case_id: str) -> bool:
    with svc.workspace.db.read() as s:
        entries = list(
            s.query(CustodyEntry).filter(CustodyEntry.case_id == case_id).order_by(CustodyEntry.seq)
        )
        return custody.verify_chain(entries) == []


def _images(svc: CaseService, case_id: str, tmp_path: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        path = tmp_path / f"item{i}.png"
        Image.new("RGB", (40, 30), (i * 40 % 256, 90, 200 - i * 30 % 200)).save(path)
        paths.append(path)
    return [r.evidence_id for r in svc.add_files(case_id, paths) if r.evidence_id]


def test_a_write_returns_what_it_changed(svc: CaseService) -> None:
    created = svc.create_case("Changes")
    case_id = created.id
    assert created.case_ids == {case_id} and created.touches(ObjectKind.CASE)
    added = svc.add_source(case_id, "Agency", reliability="B")
    assert added.touches(ObjectKind.SOURCE) and not added.touches(ObjectKind.CLAIM)
    assert added.entries == (svc.custody_log(case_id)[-1].hash,)
    edited = svc.update_source(added.id, reliability="A", notes="wire service")
    assert edited.before == {added.id: {"reliability": "B", "notes": ""}}
    unchanged = svc.update_source(added.id, reliability="A")
    assert not unchanged and unchanged.entries == ()
    with pytest.raises(ValueError):
        _ = edited.id  # an edit created nothing


@pytest.mark.parametrize(
    ("kind", "make"),
    [
        (ObjectKind.PLACE, lambda svc, cid: svc.add_place(cid, "Tessalit", 20.2, 1.0).id),
        (
            ObjectKind.EVENT,
            lambda svc, cid: svc.add_event(cid, PartialTime.parse("2025-03-16"), "Strike").id,
        ),
        (ObjectKind.NOTE, lambda svc, cid: svc.add_note(cid, "call the agency back").id),
    ],
)
def test_places_events_and_notes_are_removed_softly_and_restored(svc: CaseService, kind, make) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Removal").id
    object_id = make(svc, case_id)
    lister = {
        ObjectKind.PLACE: svc.list_places,
        ObjectKind.EVENT: svc.list_events,
        ObjectKind.NOTE: svc.list_notes,
    }[kind]
    removed = svc.remove_record(kind, object_id, "added by mistake")
    assert removed.touches(kind) and object_id in removed.ids
    assert lister(case_id) == []
    [shown] = lister(case_id, removed=True)
    assert shown.removed and shown.removed_reason == "added by mistake"
    assert not svc.remove_record(kind, object_id, "again")  # already removed: nothing logged
    svc.restore_record(kind, object_id)
    [back] = lister(case_id)
    assert not back.removed and back.removed_reason == ""
    word = {ObjectKind.EVENT: "event"}.get(kind, kind.value)
    assert _actions(svc, case_id)[-2:] == [f"{word}_remove", f"{word}_restore"]
    assert _chain_ok(svc, case_id)


def test_removed_claims_leave_views_and_search_and_come_back(svc: CaseService) -> None:
    case_id = svc.create_case("Claims").id
    claim = svc.add_claim(case_id, "Twelve killed near the border").id
    svc.remove_claim(claim, "duplicate of another claim")
    assert svc.case_view(case_id).claims == []
    assert svc.search("twelve") == []
    assert svc.list_claims(case_id, removed=True)[0].removed_reason == "duplicate of another claim"
    svc.restore_claim(claim)
    assert [c.id for c in svc.case_view(case_id).claims] == [claim]
    assert svc.search("twelve")[0].object_id == claim


def test_removing_a_cited_source_needs_unlink(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Sources").id
    source = svc.add_source(case_id, "@watcher").id
    claim = svc.add_claim(case_id, "A convoy was hit").id
    svc.link_claim_source(claim, source)
    [item] = _images(svc, case_id, tmp_path, 1)
    svc.update_evidence(item, source_id=source)
    before = len(svc.custody_log(case_id))
    with pytest.raises(SourceInUseError) as refused:
        svc.remove_source(source, "fake account")
    assert refused.value.claim_ids == [claim] and refused.value.evidence_ids == [item]
    assert len(svc.custody_log(case_id)) == before  # refused: nothing written
    svc.remove_source(source, "fake account", unlink=True)
    assert svc.list_claims(case_id)[0].source_ids == []
    assert svc.evidence_view(item).source_id is None
    assert _actions(svc, case_id)[before:] == ["claim_unlink", "evidence_edit", "source_remove"]


def test_merging_two_sources_moves_links_in_one_entry_and_can_be_undone(
    svc: CaseService, tmp_path: Path
) -> None:
    case_id = svc.create_case("Merge").id
    keep = svc.add_source(case_id, "Agence X", platform="web").id
    other = svc.add_source(case_id, "agencex (Telegram)", platform="telegram").id
    both = svc.add_claim(case_id, "Expulsion reported").id
    only_other = svc.add_claim(case_id, "Plates from the town").id
    svc.link_claim_source(both, keep)
    svc.link_claim_source(both, other)
    svc.link_claim_source(only_other, other)
    [item] = _images(svc, case_id, tmp_path, 1)
    svc.update_evidence(item, source_id=other)
    before = len(svc.custody_log(case_id))

    merged = svc.merge_sources(keep, other)
    log = svc.custody_log(case_id)
    assert len(log) == before + 1
    entry = log[-1]
    assert entry.action == "source_merge"
    assert entry.details["kept"]["id"] == keep and entry.details["merged"]["id"] == other
    assert entry.details["claims"] == [only_other] and entry.details["evidence"] == [item]
    assert merged.touches(ObjectKind.SOURCE, ObjectKind.CLAIM, ObjectKind.EVIDENCE)
    claims = {c.id: c.source_ids for c in svc.list_claims(case_id)}
    assert claims == {both: [keep], only_other: [keep]}
    assert svc.evidence_view(item).source_id == keep
    assert [s.id for s in svc.list_sources(case_id)] == [keep]

    svc.unmerge_sources(keep, other)
    assert _actions(svc, case_id)[-1] == "source_unmerge"
    claims = {c.id: sorted(c.source_ids) for c in svc.list_claims(case_id)}
    assert claims == {both: sorted([keep, other]), only_other: [other]}
    assert svc.evidence_view(item).source_id == other
    assert {s.id for s in svc.list_sources(case_id)} == {keep, other}
    with pytest.raises(UsageError, match="not merged"):
        svc.unmerge_sources(keep, other)
    with pytest.raises(UsageError):
        svc.merge_sources(keep, keep)
    assert _chain_ok(svc, case_id)


def test_claim_links_are_removed_softly_and_relinked(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Links").id
    claim = svc.add_claim(case_id, "Two trucks burnt").id
    [a, b] = _images(svc, case_id, tmp_path, 2)
    linked = svc.link_claim_evidence(claim, a, b, stance="supports")
    assert len(linked.entries) == 2 and {a, b} <= linked.ids
    svc.unlink_claim_evidence(claim, a, "wrong still")
    assert [x.evidence_id for x in svc.list_claims(case_id)[0].evidence] == [b]
    with pytest.raises(NotFoundError):
        svc.unlink_claim_evidence(claim, a)
    svc.link_claim_evidence(claim, a, stance="contradicts")
    links = {x.evidence_id: x.stance for x in svc.list_claims(case_id)[0].evidence}
    assert links == {a: "contradicts", b: "supports"}


def test_many_items_change_in_one_transaction_with_an_entry_each(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Batch").id
    items = _images(svc, case_id, tmp_path, 4)
    before = len(svc.custody_log(case_id))
    tagged = svc.tag_evidence(*items[:3], add=["plates", "convoy"])
    assert len(tagged.entries) == 3
    assert [svc.evidence_view(i).tags for i in items] == [["plates", "convoy"]] * 3 + [[]]
    again = svc.tag_evidence(*items[:3], add=["plates"])
    assert not again  # nothing new: nothing logged
    svc.tag_evidence(items[0], remove=["convoy"])
    assert svc.evidence_view(items[0]).tags == ["plates"]
    flagged = svc.flag_evidence(*items, graphic=True)
    assert len(flagged.entries) == 4 and all(svc.evidence_view(i).graphic for i in items)
    trashed = svc.trash_evidence(*items[1:3], reason="duplicates")
    assert len(trashed.entries) == 2 and len(svc.case_view(case_id).trash) == 2
    svc.restore_evidence(*items[1:3])
    actions = _actions(svc, case_id)[before:]
    assert actions.count("evidence_edit") == 3 + 1 + 4
    assert actions[-4:] == ["evidence_trash"] * 2 + ["evidence_restore"] * 2


def test_a_failing_item_leaves_the_whole_batch_unwritten(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Atomic").id
    items = _images(svc, case_id, tmp_path, 2)
    before = len(svc.custody_log(case_id))
    with pytest.raises(NotFoundError):
        svc.tag_evidence(items[0], "no-such-item", items[1], add=["x"])
    assert len(svc.custody_log(case_id)) == before
    assert svc.evidence_view(items[0]).tags == []


def test_related_case_links_are_removed_and_restored(svc: CaseService) -> None:
    first = svc.create_case("First").id
    second = svc.create_case("Second").id
    svc.link_cases(first, second)
    svc.unlink_cases(first, second, "not related after all")
    assert svc.case_view(first).related_case_ids == []
    svc.link_cases(first, second)
    assert svc.case_view(first).related_case_ids == [second]
    assert _actions(svc, first)[-3:] == ["case_link", "case_remove", "case_restore"]


def test_near_duplicates_through_the_band_index_match_a_full_comparison(
    svc: CaseService, tmp_path: Path
) -> None:
    case_id = svc.create_case("Near").id
    paths = []
    base = Image.radial_gradient("L").resize((64, 64)).convert("RGB")
    for i in range(12):
        variant = base.rotate(i * 3) if i % 2 else base.point(lambda v, i=i: min(255, v + i * 4))
        path = tmp_path / f"v{i}.png"
        variant.save(path)
        paths.append(path)
    ids = [r.evidence_id for r in svc.add_files(case_id, paths) if r.evidence_id]
    views = {i: svc.evidence_view(i) for i in ids}
    for target in ids[:4]:
        found = {d.evidence_id: d.distance for d in svc.near_duplicates(target, max_distance=10)}
        expected = {
            other: phash_distance(views[target].phash or "", v.phash or "")
            for other, v in views.items()
            if other != target and v.phash and phash_distance(views[target].phash or "", v.phash or "") <= 10
        }
        assert found == expected


def test_claim_progress_counts_the_linked_items_checklists(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Progress").id
    claim = svc.add_claim(case_id, "Footage is from March").id
    [a, b] = _images(svc, case_id, tmp_path, 2)
    svc.link_claim_evidence(claim, a, b)
    checks = svc.checklist(case_id, a)
    svc.set_check(checks[0].id, "passed")
    svc.set_check(svc.checklist(case_id, b)[0].id, "passed")
    passed, total = svc.claim_progress(case_id)[claim]
    assert passed == 2 and total == len(checks) * 2
    svc.unlink_claim_evidence(claim, b)
    assert svc.claim_progress(case_id)[claim] == (1, len(checks))


def test_an_item_linked_to_a_claim_and_checked_can_be_purged(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Purge").id
    [item] = _images(svc, case_id, tmp_path, 1)
    claim = svc.add_claim(case_id, "Linked").id
    svc.link_claim_evidence(claim, item)
    svc.set_check(svc.checklist(case_id, item)[0].id, "passed")
    svc.trash_evidence(item, reason="wrong case")
    svc.purge_evidence(item, "belongs to another investigation")
    assert svc.list_claims(case_id)[0].evidence == []
    assert svc.custody_log(case_id)[-1].action == "evidence_purge"
    assert _chain_ok(svc, case_id)
