"""The record verbs of the command line (source, claim, place, event, note), run as a user runs them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.service.lookup import AMBIGUOUS_SHOWN


def _case(cli: Any, title: str = "Bridge strike") -> str:
    result = cli("case", "new", title)
    assert result.code == 0, result.err
    return str(result.out.strip())


def _ok(result: Any) -> Any:
    assert result.code == 0, result.err
    assert result.err == ""
    return result


def _fails(result: Any, message: str) -> None:
    """Exit 2 with one plain line on stderr, naming the problem, and nothing on stdout."""
    assert result.code == 2, (result.out, result.err)
    assert message in result.err, result.err
    assert result.err.startswith("casedesk: ") and len(result.err.splitlines()) == 1
    assert result.out == ""


def _write(cli: Any, *args: str) -> dict[str, Any]:
    """A write with --json: its {"id", "entries"}."""
    shape = _ok(cli(*args, "--json")).json()
    assert set(shape) == {"id", "entries"}
    return dict(shape)


def _log(cli: Any, case_id: str) -> list[dict[str, Any]]:
    return list(_ok(cli("log", case_id, "--json")).json())


def _listed(cli: Any, word: str, case_id: str, *extra: str) -> list[dict[str, Any]]:
    return list(_ok(cli(word, "list", case_id, "--json", *extra)).json())


@contextmanager
def _service(location: WorkspaceLocation) -> Iterator[CaseService]:
    """The service, for what the command line does not offer (evidence citing a source, many objects)."""
    svc = CaseService.open(location, "Test Investigator")
    try:
        yield svc
    finally:
        svc.close()


def _evidence(cli: Any, case_id: str, tmp_path: Path, color: str = "red") -> dict[str, Any]:
    path = tmp_path / f"{color}.png"
    Image.new("RGB", (32, 24), color).save(path, "PNG")
    rows = _ok(cli("add", case_id, path, "--json")).json()
    return dict(rows[0])


# -- sources --------------------------------------------------------------------------------------


def test_source_add_edit_remove_restore_list(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    added = _ok(cli("source", "add", case_id, "Local témoin", "--handle", "@witness", "--reliability", "c"))
    source_id = added.out.strip()
    [view] = _listed(cli, "source", case_id)
    assert view["id"] == source_id
    assert (view["name"], view["handle"], view["platform"], view["reliability"]) == (
        "Local témoin",
        "@witness",
        "",
        "C",
    )

    edited = _ok(cli("source", "edit", case_id, source_id[:6], "--platform", "Telegram", "--notes", "met"))
    assert edited.out == f"source {source_id[:8]}: edited (1 custody entry).\n"
    [view] = _listed(cli, "source", case_id)
    assert (view["name"], view["platform"], view["notes"], view["reliability"]) == (
        "Local témoin",
        "Telegram",
        "met",
        "C",
    )  # only the fields given changed

    same = _ok(cli("source", "edit", case_id, source_id, "--platform", "Telegram"))
    assert same.out == f"source {source_id[:8]}: nothing changed.\n"
    assert _write(cli, "source", "edit", case_id, source_id) == {"id": source_id, "entries": []}

    assert len(_write(cli, "source", "remove", case_id, source_id, "--reason", "duplicate")["entries"]) == 1
    assert _listed(cli, "source", case_id) == []
    [removed] = _listed(cli, "source", case_id, "--removed")
    assert removed["removed"] is True and removed["removed_reason"] == "duplicate"
    table = _ok(cli("source", "list", case_id, "--removed")).out
    assert table == f"{source_id[:8]}  C  Local témoin  @witness (Telegram)  [removed: duplicate]\n"
    assert _ok(cli("source", "list", case_id)).out == "No sources.\n"

    restored = _ok(cli("source", "restore", case_id, source_id[:5]))
    assert restored.out == f"source {source_id[:8]}: restored (1 custody entry).\n"
    assert [v["id"] for v in _listed(cli, "source", case_id)] == [source_id]
    actions = [e["action"] for e in _log(cli, case_id)]
    assert actions == ["case_create", "source_create", "source_edit", "source_remove", "source_restore"]


def test_bad_source_fields_are_usage_errors(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    _fails(cli("source", "add", case_id, "X", "--reliability", "G"), "reliability grade")
    _fails(cli("source", "add", case_id, " "), "needs a name")
    source_id = _ok(cli("source", "add", case_id, "X")).out.strip()
    _fails(cli("source", "edit", case_id, source_id, "--name", ""), "needs a name")
    _fails(cli("source", "edit", case_id, source_id, "--reason", "x"), "unrecognized arguments")
    assert [e["action"] for e in _log(cli, case_id)] == ["case_create", "source_create"]


def test_removing_a_cited_source_needs_unlink(cli, location: WorkspaceLocation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    source_id = _ok(cli("source", "add", case_id, "Channel")).out.strip()
    claim_id = _ok(cli("claim", "add", case_id, "The bridge was hit")).out.strip()
    evidence = _evidence(cli, case_id, tmp_path)
    with _service(location) as svc:
        svc.link_claim_source(claim_id, source_id)
        svc.update_evidence(evidence["evidence_id"], source_id=source_id)
    before = _log(cli, case_id)

    refused = cli("source", "remove", case_id, source_id, "--reason", "fake account")
    _fails(refused, "still cited by 1 claim and 1 evidence item")
    assert _log(cli, case_id) == before  # nothing was written
    assert [v["id"] for v in _listed(cli, "source", case_id)] == [source_id]

    shape = _write(cli, "source", "remove", case_id, source_id, "--reason", "fake account", "--unlink")
    assert shape["id"] == source_id
    after = _log(cli, case_id)
    new = after[len(before) :]
    assert [e["hash"] for e in new] == shape["entries"]
    assert [e["action"] for e in new[1:]] == ["evidence_edit", "source_remove"]
    assert (new[0]["object_id"], new[0]["details"]["source_id"]) == (claim_id, source_id)  # the link
    assert [c["source_ids"] for c in _listed(cli, "claim", case_id)] == [[]]


def test_source_merge(cli, location: WorkspaceLocation) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    keep = _ok(cli("source", "add", case_id, "Channel", "--platform", "Telegram")).out.strip()
    other = _ok(cli("source", "add", case_id, "Channel (mirror)")).out.strip()
    claim_id = _ok(cli("claim", "add", case_id, "The bridge was hit")).out.strip()
    with _service(location) as svc:
        svc.link_claim_source(claim_id, other)

    shape = _write(cli, "source", "merge", case_id, keep[:6], other[:6])
    assert shape["id"] == keep and len(shape["entries"]) == 1
    assert [v["id"] for v in _listed(cli, "source", case_id)] == [keep]
    merged = next(v for v in _listed(cli, "source", case_id, "--removed") if v["id"] == other)
    assert merged["removed"] and keep in merged["removed_reason"]
    assert [c["source_ids"] for c in _listed(cli, "claim", case_id)] == [[keep]]
    [entry] = [e for e in _log(cli, case_id) if e["hash"] == shape["entries"][0]]
    assert entry["action"] == "source_merge" and entry["details"]["claims"] == [claim_id]

    _fails(cli("source", "merge", case_id, keep, keep), "merged with itself")
    _fails(cli("source", "merge", case_id, keep, other), "Restore a removed source")


# -- claims ---------------------------------------------------------------------------------------


def test_claim_add_edit_remove_restore_list(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    text = "القصف أصاب الجسر"
    claim_id = _write(
        cli, "claim", "add", case_id, text, "--status", "supported", "--credibility", "2", "--language", "ar"
    )["id"]
    [view] = _listed(cli, "claim", case_id)
    assert (view["text"], view["status"], view["credibility"], view["language"]) == (
        text,
        "supported",
        2,
        "ar",
    )

    assert len(_write(cli, "claim", "edit", case_id, claim_id[:4], "--status", "confirmed")["entries"]) == 1
    _ok(cli("claim", "edit", case_id, claim_id, "--notes", "two angles"))
    [view] = _listed(cli, "claim", case_id)
    assert (view["status"], view["credibility"], view["notes"]) == ("confirmed", 2, "two angles")
    log = _log(cli, case_id)
    assert [e["action"] for e in log[-3:]] == ["claim_create", "claim_status", "claim_edit"]

    _fails(cli("claim", "edit", case_id, claim_id, "--credibility", "7"), "use 1 to 6")
    _fails(cli("claim", "edit", case_id, claim_id, "--credibility", "two"), "invalid int value")
    _fails(cli("claim", "add", case_id, "x", "--status", "maybe"), "not a claim status")

    _ok(cli("claim", "remove", case_id, claim_id, "--reason", "out of scope"))
    assert _listed(cli, "claim", case_id) == []
    table = _ok(cli("claim", "list", case_id, "--removed")).out
    assert table.startswith(f"{claim_id[:8]}  confirmed  2  ") and "[removed: out of scope]" in table
    _ok(cli("claim", "restore", case_id, claim_id))
    assert [v["removed"] for v in _listed(cli, "claim", case_id, "--removed")] == [False]


def test_claim_link_and_unlink_with_stance(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    claim_id = _ok(cli("claim", "add", case_id, "The bridge was hit")).out.strip()
    red, blue = _evidence(cli, case_id, tmp_path), _evidence(cli, case_id, tmp_path, "blue")
    before = len(_log(cli, case_id))

    linked = _write(cli, "claim", "link", case_id, claim_id[:6], red["sha256"][:10], blue["evidence_id"][:8])
    assert linked["id"] == claim_id and len(linked["entries"]) == 2
    [view] = _listed(cli, "claim", case_id)
    assert {(x["evidence_id"], x["stance"]) for x in view["evidence"]} == {
        (red["evidence_id"], "supports"),
        (blue["evidence_id"], "supports"),
    }

    changed = _ok(cli("claim", "link", case_id, claim_id, red["evidence_id"], "--stance", "contradicts"))
    assert changed.out == f"claim {claim_id[:8]}: linked (1 custody entry).\n"
    again = _ok(cli("claim", "link", case_id, claim_id, red["evidence_id"], "--stance", "contradicts"))
    assert again.out == f"claim {claim_id[:8]}: nothing changed.\n"
    _ok(cli("claim", "link", case_id, claim_id, blue["evidence_id"], "--stance", "context"))
    _fails(cli("claim", "link", case_id, claim_id, blue["evidence_id"], "--stance", "maybe"), "not a stance")
    [view] = _listed(cli, "claim", case_id)
    assert {(x["evidence_id"], x["stance"]) for x in view["evidence"]} == {
        (red["evidence_id"], "contradicts"),
        (blue["evidence_id"], "context"),
    }

    unlinked = _write(cli, "claim", "unlink", case_id, claim_id, red["evidence_id"], "--reason", "wrong day")
    assert unlinked["id"] == claim_id and len(unlinked["entries"]) == 1
    [view] = _listed(cli, "claim", case_id)
    assert [x["evidence_id"] for x in view["evidence"]] == [blue["evidence_id"]]
    _fails(cli("claim", "unlink", case_id, claim_id, red["evidence_id"]), "not linked")

    log = _log(cli, case_id)[before:]
    assert [e["action"] for e in log] == ["claim_link"] * 4 + ["claim_unlink"]
    assert [e["details"]["stance"] for e in log] == [
        "supports",
        "supports",
        "contradicts",
        "context",
        "contradicts",
    ]
    assert log[-1]["details"]["reason"] == "wrong day"


# -- places, events, notes ------------------------------------------------------------------------


def test_place_add_edit_remove_restore_list(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    place_id = _write(cli, "place", "add", case_id, "Bridge", "-33.86", "-70.65", "--precision", "exact")[
        "id"
    ]
    [view] = _listed(cli, "place", case_id)
    assert (view["name"], view["lat"], view["lon"], view["precision"]) == ("Bridge", -33.86, -70.65, "exact")
    _ok(cli("place", "edit", case_id, place_id[:4], "--lat", "-33.5"))
    [view] = _listed(cli, "place", case_id)
    assert (view["lat"], view["lon"]) == (-33.5, -70.65)
    _fails(cli("place", "edit", case_id, place_id, "--lon", "200"), "outside -180..180")
    _fails(cli("place", "add", case_id, "Nowhere", "nan", "0"), "Latitude nan")
    _fails(cli("place", "add", case_id, "Nowhere", "north", "0"), "invalid float value")
    assert (
        _ok(cli("place", "list", case_id)).out == f"{place_id[:8]}  -33.50000, -70.65000   Bridge  (exact)\n"
    )

    _ok(cli("place", "remove", case_id, place_id, "--reason", "wrong town"))
    assert _listed(cli, "place", case_id) == []
    assert "[removed: wrong town]" in _ok(cli("place", "list", case_id, "--removed")).out
    _ok(cli("place", "restore", case_id, place_id))
    assert [v["id"] for v in _listed(cli, "place", case_id)] == [place_id]
    actions = [e["action"] for e in _log(cli, case_id)]
    assert actions == ["case_create", "place_add", "place_edit", "place_remove", "place_restore"]


def test_event_add_edit_remove_restore_list(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    place_id = _ok(cli("place", "add", case_id, "Bridge", "31.5", "34.46")).out.strip()
    late = _write(cli, "event", "add", case_id, "2025-03-16 15:05 America/Los_Angeles", "Strike filmed")["id"]
    early = _ok(cli("event", "add", case_id, "2025-03", "Convoy seen", "--place", place_id[:5])).out.strip()
    events = _listed(cli, "event", case_id)
    assert [e["id"] for e in events] == [early, late]  # in time order
    assert events[0]["when"]["precision"] == "month" and events[0]["place_id"] == place_id
    assert events[1]["when"]["display"] == "16 Mar 2025 15:05 PDT"
    table = _ok(cli("event", "list", case_id)).out.splitlines()
    assert table[0] == f"{early[:8]}  March 2025               Convoy seen  at place {place_id[:8]}"

    _ok(cli("event", "edit", case_id, early, "--when", "2025-03-14", "--place", ""))
    [first, _] = _listed(cli, "event", case_id)
    assert (first["when"]["text"], first["place_id"], first["title"]) == (
        "2025-03-14|day|",
        None,
        "Convoy seen",
    )
    _fails(cli("event", "edit", case_id, early, "--when", "yesterday"), "Not a date: 'yesterday'")
    _fails(cli("event", "add", case_id, "2025-13-01", "Bad month"), "Not a date")
    _fails(cli("event", "edit", case_id, early, "--place", "zzzz"), "No place in this case matches 'zzzz'")

    _ok(cli("event", "remove", case_id, late, "--reason", "duplicate"))
    assert [e["id"] for e in _listed(cli, "event", case_id)] == [early]
    assert [e["removed"] for e in _listed(cli, "event", case_id, "--removed")] == [False, True]
    _ok(cli("event", "restore", case_id, late))
    assert len(_listed(cli, "event", case_id)) == 2
    actions = [e["action"] for e in _log(cli, case_id)][2:]
    assert actions == ["event_add", "event_add", "event_edit", "event_remove", "event_restore"]


def test_note_add_edit_remove_restore_list(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    note_id = _ok(cli("note", "add", case_id, "Ask the desk\nabout the second video")).out.strip()
    [row] = _ok(cli("note", "list", case_id)).out.splitlines()  # one line, newline escaped
    assert row.startswith(f"{note_id[:8]}  ") and row.endswith("Ask the desk\\nabout the second video")
    assert len(_write(cli, "note", "edit", case_id, note_id[:3], "--text", "Asked.")["entries"]) == 1
    assert [n["text"] for n in _listed(cli, "note", case_id)] == ["Asked."]
    _ok(cli("note", "remove", case_id, note_id))
    assert _listed(cli, "note", case_id) == []
    assert _ok(cli("note", "list", case_id, "--removed")).out.endswith("Asked.  [removed]\n")
    _ok(cli("note", "restore", case_id, note_id))
    actions = [e["action"] for e in _log(cli, case_id)]
    assert actions == ["case_create", "note_add", "note_edit", "note_remove", "note_restore"]


@pytest.mark.parametrize(
    ("word", "add"),
    [
        ("source", ("Name",)),
        ("claim", ("Text",)),
        ("place", ("Name", "1", "2")),
        ("event", ("2024", "Title")),
        ("note", ("Text",)),
    ],
)
def test_removing_twice_or_restoring_unremoved_is_no_change(cli, word: str, add: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    object_id = _ok(cli(word, "add", case_id, *add)).out.strip()
    assert _ok(cli(word, "restore", case_id, object_id)).out == f"{word} {object_id[:8]}: nothing changed.\n"
    assert len(_write(cli, word, "remove", case_id, object_id)["entries"]) == 1
    assert _write(cli, word, "remove", case_id, object_id) == {"id": object_id, "entries": []}
    assert len(_write(cli, word, "restore", case_id, object_id)["entries"]) == 1
    assert len(_log(cli, case_id)) == 4


# -- naming objects -------------------------------------------------------------------------------


def test_every_write_returns_the_entries_the_log_gained(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(cli)
    evidence = _evidence(cli, case_id, tmp_path)
    source = _write(cli, "source", "add", case_id, "Channel")
    claim = _write(cli, "claim", "add", case_id, "Hit", "--credibility", "3")
    writes = [
        source,
        claim,
        _write(cli, "source", "edit", case_id, source["id"], "--reliability", "B", "--handle", "@c"),
        _write(cli, "claim", "link", case_id, claim["id"], evidence["evidence_id"]),
        _write(cli, "place", "add", case_id, "Bridge", "1.5", "2.5"),
        _write(cli, "event", "add", case_id, "2021", "Built"),
        _write(cli, "note", "add", case_id, "Check the shadows"),
        _write(cli, "claim", "remove", case_id, claim["id"], "--reason", "merged into another"),
    ]
    log = _log(cli, case_id)
    assert [e["hash"] for e in log[2:]] == [h for w in writes for h in w["entries"]]
    assert all(len(w["entries"]) == 1 for w in writes)
    assert [e["object_id"] for e in log[2:]] == [w["id"] for w in writes]
    assert _ok(cli("verify", case_id)).out.startswith("OK")


def test_ids_are_named_by_unique_prefix_within_the_case(cli, location: WorkspaceLocation) -> None:  # type: ignore[no-untyped-def]
    case_id, other_case = _case(cli, "First"), _case(cli, "Second")
    with _service(location) as svc:  # 17 ids: two of them must share their first hex digit
        notes = [svc.add_note(case_id, f"note {i}").id for i in range(17)]
        elsewhere = svc.add_note(other_case, "in the other case").id
    first, twice = Counter(n[0] for n in notes).most_common(1)[0]
    assert twice >= 2
    result = cli("note", "edit", case_id, first, "--text", "x")
    _fails(result, f"'{first}' matches several notes: ")
    matching = [n for n in notes if n.startswith(first)]  # named up to AMBIGUOUS_SHOWN, then "and more"
    assert sum(f"({n[:8]})" in result.err for n in matching) == min(len(matching), AMBIGUOUS_SHOWN)
    assert ("and more" in result.err) == (len(matching) > AMBIGUOUS_SHOWN)

    _fails(cli("note", "remove", case_id, "zzzz"), "No note in this case matches 'zzzz'")
    _fails(cli("note", "edit", case_id, elsewhere, "--text", "x"), "No note in this case matches")
    _fails(cli("note", "edit", case_id, "", "--text", "x"), "Name the note by its id")
    _fails(cli("source", "edit", case_id, notes[0]), "No source in this case matches")
    _fails(cli("note", "list", "no such case"), "No case matches")
    unique = next(n for n in notes if sum(m.startswith(n[:8]) for m in notes) == 1)
    _ok(cli("note", "edit", "first", unique[:8], "--text", "renamed"))  # case by title, note by prefix
    assert "renamed" in {n["text"] for n in _listed(cli, "note", case_id)}


@pytest.mark.parametrize("word", ["source", "claim", "place", "event", "note"])
def test_a_kind_without_a_verb_is_a_usage_error(cli, word: str) -> None:  # type: ignore[no-untyped-def]
    _fails(cli(word), f"{word} needs one of: add, edit, remove, restore")
    _fails(cli(word, "frobnicate", "x"), "invalid choice")
