"""What proves the entries a merge took in: carried entries named by headers, and merges recorded
before carried entries existed, which hold each remote entry inline."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from casedesk.core.custody import chain_hash, entry_payload
from casedesk.core.merged import MERGE_ACTION, Carried, header_of, merged_entries, recheck_merges

CASE = "case-1"
AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _entry(seq: int, prev: str, action: str, details: dict[str, Any]) -> dict[str, Any]:
    payload = entry_payload(
        case_id=CASE,
        seq=seq,
        at=AT,
        investigator="Alice",
        action=action,
        object_type="note",
        object_id=f"n{seq}",
        details=details,
    )
    return {
        "id": f"e{seq}",
        "seq": seq,
        "action": action,
        "object_type": "note",
        "object_id": f"n{seq}",
        "details": details,
        "prev_hash": prev,
        "hash": chain_hash(prev, payload),
        "payload": payload,
    }


def _remote() -> dict[str, Any]:
    return _entry(2, "a" * 64, "note_add", {"text": "theirs"})


def test_a_legacy_merge_with_inline_payloads_still_checks_and_a_tampered_one_does_not() -> None:
    remote = _remote()
    inline = {**header_of(remote), "payload": remote["payload"]}
    merge = _entry(2, "b" * 64, MERGE_ACTION, {"new_entries": [inline]})
    assert [i.hash for i in merged_entries(MERGE_ACTION, merge["details"], {})] == [remote["hash"]]
    assert recheck_merges(CASE, [merge], {}) == []

    inline["payload"] = {**remote["payload"], "details": {"text": "forged"}}
    [problem] = recheck_merges(CASE, [merge], {})
    assert "remote entry 2 does not match its hash" in problem.detail


def test_a_header_resolves_to_its_carried_entry_and_each_carried_entry_must_be_named() -> None:
    remote = _remote()
    kept = Carried(remote["seq"], remote["hash"], remote["prev_hash"], remote["payload"])
    merge = _entry(2, "b" * 64, MERGE_ACTION, {"new_entries": [kept.header()], "new_carried": []})
    assert kept.header() == header_of(remote)
    [item] = merged_entries(MERGE_ACTION, merge["details"], {kept.hash: kept})
    assert item.payload == remote["payload"]
    assert recheck_merges(CASE, [merge], {kept.hash: kept}) == []
    # Missing, or kept without a merge naming it, or kept for another case: each is found.
    assert "missing from the carried entries" in recheck_merges(CASE, [merge], {})[0].detail
    plain = _entry(2, "b" * 64, "note_add", {"text": "ours"})
    assert "named by no merge entry" in recheck_merges(CASE, [plain], {kept.hash: kept})[0].detail
    assert not kept.proves_itself("another-case")
