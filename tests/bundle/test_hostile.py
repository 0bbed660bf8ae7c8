"""Hostile and damaged bundles: each is refused with its own message, and the workspace is untouched.

The target workspace already holds a case, so "untouched" is a real claim about a real database.
Refusals at the verification stage happen before the database is even read, so the snapshot is
compared with nothing settled: the SQLite -shm file must be unchanged too.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import BundleError, BundleLimits, import_bundle
from casedesk.bundle.manifest import VERSION
from casedesk.core.service import CaseService

from .conftest import Exported
from .helpers import Entry, read_entries, repack, small_case, tree_state, write_zip


@pytest.fixture(scope="session")
def target_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("target-template")
    svc = CaseService.open(root / "workspace", "Test Investigator")
    try:
        small_case(svc, root / "files", title="A local case")
    finally:
        svc.close()
    return root / "workspace"


@pytest.fixture
def target(target_template: Path, tmp_path: Path) -> Iterator[CaseService]:
    """A workspace that already holds a case (a copy of one built once per session)."""
    workspace = tmp_path / "target"
    shutil.copytree(target_template, workspace)
    svc = CaseService.open(workspace, "Test Investigator")
    yield svc
    svc.close()


def _refused(svc: CaseService, bundle: Path, match: str, **kwargs: Any) -> None:
    before = tree_state(svc.workspace.root)
    with pytest.raises(BundleError, match=match):
        import_bundle(svc, bundle, **kwargs)
    assert tree_state(svc.workspace.root) == before


def _original_names(entries: list[Entry]) -> list[str]:
    return [str(n) for n, _ in entries if str(n).startswith("originals/")]


def _first_original(document: dict[str, Any]) -> dict[str, Any]:
    return document["originals"][0]  # type: ignore[no-any-return]


# -- names and entry types (zip-slip) ---------------------------------------------------------

EVIL_NAMES = {
    "../evil.txt": "climbs out of the bundle",
    "originals/../../evil": "climbs out of the bundle",
    "/etc/passwd": "absolute path",
    "C:/Windows/evil.dll": "drive letter",
    "originals\\evil": "backslash",
    "notes.txt": "not part of the bundle format",
    "originals/": "not a regular file",
}


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_unsafe_entry_names(name: str, small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    bundle = repack(small_export.bundle, tmp_path / "evil.zip", entries=lambda e: [*e, (name, b"boo")])
    _refused(target, bundle, EVIL_NAMES[name])
    assert not (tmp_path / "evil.txt").exists() and not (target.workspace.root.parent / "evil.txt").exists()


def test_symbolic_link_entry(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("originals/" + "0" * 64)
    link.create_system = 3
    link.external_attr = (0o120777) << 16  # S_IFLNK | rwxrwxrwx
    bundle = repack(
        small_export.bundle, tmp_path / "link.zip", entries=lambda e: [*e, (link, b"/etc/passwd")]
    )
    _refused(target, bundle, "is a symbolic link")


def test_duplicate_entry_names(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    def duplicate(entries: list[Entry]) -> list[Entry]:
        name = _original_names(entries)[0]
        return [*entries, (name, b"a different body")]

    bundle = repack(small_export.bundle, tmp_path / "dup.zip", entries=duplicate)
    _refused(target, bundle, "appears twice")


def test_extra_unlisted_original(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    body = b"smuggled"
    name = "originals/" + hashlib.sha256(body).hexdigest()
    bundle = repack(small_export.bundle, tmp_path / "extra.zip", entries=lambda e: [*e, (name, body)])
    _refused(target, bundle, "which the manifest does not list")


def test_missing_original(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    def drop(entries: list[Entry]) -> list[Entry]:
        gone = _original_names(entries)[-1]
        return [(n, d) for n, d in entries if n != gone]

    bundle = repack(small_export.bundle, tmp_path / "missing.zip", entries=drop)
    _refused(target, bundle, "missing from the archive")


def test_two_altered_originals_are_refused_for_the_first_in_the_archive(
    small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    """The originals are checked on all cores at once; the refusal still names the one a reading
    front to back meets first, whichever worker finished first."""
    names: list[str] = []

    def alter(entries: list[Entry]) -> list[Entry]:
        names.extend(_original_names(entries))
        bad = {names[0], names[-1]}
        return [(n, d[:-1] + bytes([d[-1] ^ 1]) if n in bad else d) for n, d in entries]

    bundle = repack(small_export.bundle, tmp_path / "two.zip", entries=alter)
    assert len(names) >= 2
    with zipfile.ZipFile(bundle) as archive:
        first = min((archive.getinfo(n) for n in (names[0], names[-1])), key=lambda i: i.header_offset)
    sha = first.filename.rsplit("/", 1)[-1]
    for _ in range(3):  # the workers' order changes from run to run; the answer may not
        _refused(target, bundle, f"the manifest records {sha}")


def test_no_manifest(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    bundle = repack(
        small_export.bundle,
        tmp_path / "nomanifest.zip",
        entries=lambda e: [x for x in e if x[0] != "manifest.json"],
    )
    _refused(target, bundle, "has no manifest.json")


# -- the manifest lies ------------------------------------------------------------------------


@pytest.mark.parametrize("which", [0, -1])  # the last: every other original was already copied aside
def test_original_content_does_not_match_its_hash(
    which: int, small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    def swap(entries: list[Entry]) -> list[Entry]:
        name = _original_names(entries)[which]
        # Same length, one byte changed; zipfile writes a matching CRC, so only the hash can tell.
        return [(n, d[:-1] + bytes([d[-1] ^ 1]) if n == name else d) for n, d in entries]

    bundle = repack(small_export.bundle, tmp_path / "swapped.zip", entries=swap)
    _refused(target, bundle, "does not match the manifest: its content hashes to")


def test_manifest_lies_about_a_size(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    def grow(document: dict[str, Any]) -> None:
        ref = _first_original(document)
        ref["size"] += 1
        for ev in document["evidence"]:
            if ev["sha256"] == ref["sha256"]:
                ev["size"] += 1

    bundle = repack(small_export.bundle, tmp_path / "size.zip", manifest=grow)
    _refused(target, bundle, r"The manifest lies: original .* bytes in the manifest")


def test_manifest_swaps_an_evidence_hash_its_custody_entry_recorded(
    small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    # Re-point evidence A at evidence B's original: every file verifies, but the log knows better.
    def repoint(document: dict[str, Any]) -> None:
        first, second = document["evidence"][:2]
        first["sha256"], first["size"] = second["sha256"], second["size"]
        document["originals"] = [o for o in document["originals"] if first["id"] not in o["evidence_ids"]]
        for ref in document["originals"]:
            if ref["sha256"] == second["sha256"]:
                ref["evidence_ids"].append(first["id"])

    def drop_unlisted(entries: list[Entry]) -> list[Entry]:
        return entries[:1] + entries[2:]  # the first original is no longer listed

    bundle = repack(small_export.bundle, tmp_path / "repoint.zip", manifest=repoint, entries=drop_unlisted)
    _refused(target, bundle, "its custody entry recorded")


def test_broken_custody_chain(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        document["custody"][2]["details"]["name"] = "Someone else"

    bundle = repack(small_export.bundle, tmp_path / "chain.zip", manifest=edit)
    _refused(target, bundle, "custody log is broken at entry 3: content does not match")


def test_custody_entry_removed(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    bundle = repack(small_export.bundle, tmp_path / "gap.zip", manifest=lambda d: d["custody"].pop(4))
    _refused(target, bundle, "custody log is broken at entry 6")


def test_newer_format_version(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    def future(document: dict[str, Any]) -> None:
        document["version"] = VERSION + 1
        document["evidence"] = "a new layout this version cannot know"

    bundle = repack(small_export.bundle, tmp_path / "future.zip", manifest=future)
    _refused(target, bundle, f"newer version of CaseDesk \\(bundle format {VERSION + 1}\\)")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return apply


BAD_FIELDS = {
    "case.title": (5, r"case\.title must be text"),
    "evidence.0.size": ("12", r"evidence\[0\]\.size must be a whole number of at least 0"),
    "evidence.0.graphic": ("yes", r"evidence\[0\]\.graphic must be true or false"),
    "evidence.0.sha256": ("ABC", r"evidence\[0\]\.sha256 must be a SHA-256"),
    "evidence.0.kind": ("weapon", r"evidence\[0\]\.kind must be one of still, video"),
    "evidence.0.tags": ([1, 2], r"evidence\[0\]\.tags must be a list of texts"),
    "evidence.0.added_at": ("yesterday", r"evidence\[0\]\.added_at must be an ISO 8601 time"),
    "claims.0.credibility": (9, r"claims\[0\]\.credibility must be a whole number from 1 to 6"),
    "places.0.lat": ("20.2", r"places\[0\]\.lat must be a number"),
    "timeline.0.when": ("soon", r"timeline\[0\]\.when must be a partial time"),
    "custody.0.seq": (1.5, r"custody\[0\]\.seq must be a whole number"),
    "custody.0.details": ([], r"custody\[0\]\.details must be a JSON object"),
    "sources": ({}, "sources must be a list"),
    "originals.0.size": (-1, r"originals\[0\]\.size must be a whole number"),
    "evidence.0.parent_id": ("0b1f0b1f-0000-0000-0000-000000000000", "which the bundle does not hold"),
}


@pytest.mark.parametrize("field", BAD_FIELDS)
def test_wrong_types_in_the_manifest(
    field: str, small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    value, message = BAD_FIELDS[field]
    bundle = repack(small_export.bundle, tmp_path / "types.zip", manifest=_set(field, value))
    _refused(target, bundle, message)


def test_unknown_and_missing_fields(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    extra = repack(small_export.bundle, tmp_path / "extra.zip", manifest=_set("claims.0.hidden", "x"))
    _refused(target, extra, r"claims\[0\] has unexpected field hidden")
    gone = repack(small_export.bundle, tmp_path / "gone.zip", manifest=lambda d: d["notes"][0].pop("text"))
    _refused(target, gone, r"notes\[0\] lacks text")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "must hold a JSON object"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"format": "casedesk-bundle", "format": "x"}', "appears twice in one object"),
        (b'{"format": "casedesk-bundle", "version": NaN}', "NaN is not a JSON number"),
        (b'{"format": "something-else", "version": 1}', "does not name the casedesk-bundle format"),
    ],
)
def test_invalid_json(
    body: bytes,
    message: str,
    small_export: Exported,
    target: CaseService,
    tmp_path: Path,
) -> None:
    def replace(entries: list[Entry]) -> list[Entry]:
        return [(n, body if n == "manifest.json" else d) for n, d in entries]

    bundle = repack(small_export.bundle, tmp_path / "json.zip", entries=replace)
    _refused(target, bundle, message)


# -- not a ZIP, truncated, bombs --------------------------------------------------------------


@pytest.mark.parametrize("body", [b"", b"%PDF-1.7 not a bundle", os.urandom(4096)])
def test_not_a_zip(body: bytes, target: CaseService, tmp_path: Path) -> None:
    junk = tmp_path / "junk.casedesk"
    junk.write_bytes(body)
    _refused(target, junk, "Not a CaseDesk bundle: the file is neither a ZIP")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_truncated_archive(keep: float, small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    data = small_export.bundle.read_bytes()
    cut = tmp_path / "cut.casedesk"
    cut.write_bytes(data[: int(len(data) * keep)])
    _refused(target, cut, "damaged or truncated")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("originals/", "does not match the manifest: its content hashes to"),  # found by SHA-256
        ("manifest.json", "damaged or truncated"),  # deflated: zlib or the CRC-32 notices
    ],
)
def test_flipped_byte_in_a_plain_bundle(
    entry: str, message: str, small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    entries = read_entries(small_export.bundle)
    data = bytearray(small_export.bundle.read_bytes())
    info = next(info for info, _ in entries if info.filename.startswith(entry))
    data[info.header_offset + 30 + len(info.filename) + 20] ^= 0x01  # inside the entry's data
    flipped = tmp_path / "flipped.casedesk"
    flipped.write_bytes(bytes(data))
    _refused(target, flipped, message)


def test_missing_file_and_folder(target: CaseService, tmp_path: Path) -> None:
    _refused(target, tmp_path / "nowhere.casedesk", "No bundle at")
    _refused(target, tmp_path, "is a folder")


def test_zip_bomb_by_ratio(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    # A 40 MB original of zeros deflates to ~40 kB; the manifest is otherwise perfectly honest.
    body = bytes(40 << 20)
    sha = hashlib.sha256(body).hexdigest()

    def add(document: dict[str, Any]) -> None:
        evidence = dict(document["evidence"][0], id="bomb-0000", sha256=sha, size=len(body), parent_id=None)
        document["evidence"].append(evidence)
        document["originals"].append(
            {"sha256": sha, "size": len(body), "name": "zeros", "evidence_ids": ["bomb-0000"]}
        )

    plain = repack(small_export.bundle, tmp_path / "plain.zip", manifest=add)
    packed = [(info.filename, data) for info, data in read_entries(plain)]
    bomb = write_zip(tmp_path / "bomb.zip", [*packed, ("originals/" + sha, body)], zipfile.ZIP_DEFLATED)
    _refused(target, bomb, "expands more than 200 times \\(a zip bomb\\)")


def test_total_size_and_manifest_limits(small_export: Exported, target: CaseService) -> None:
    _refused(
        target,
        small_export.bundle,
        "declares .* bytes of content, more than the limit",
        limits=BundleLimits(max_total_bytes=1000),
    )
    _refused(
        target,
        small_export.bundle,
        "manifest.json is larger than the limit of 100 bytes",
        limits=BundleLimits(max_manifest_bytes=100),
    )
    _refused(
        target,
        small_export.bundle,
        "entries, more than the limit",
        limits=BundleLimits(max_entries=2),
    )


# -- refusals that need the database ----------------------------------------------------------


def test_ids_that_belong_to_another_case(small_export: Exported, target: CaseService, tmp_path: Path) -> None:
    local_case = target.list_cases()[0].id
    local_claim = target.case_view(local_case).claims[0].id

    def steal(document: dict[str, Any]) -> None:
        old = document["claims"][0]["id"]
        document["claims"][0]["id"] = local_claim
        for link in document["claim_evidence"] + document["claim_sources"]:
            if link["claim_id"] == old:
                link["claim_id"] = local_claim

    bundle = repack(small_export.bundle, tmp_path / "steal.zip", manifest=steal)
    target.list_cases()  # reading settles SQLite's -shm index; the import below only reads too
    _refused(target, bundle, "already belongs to another case")


def test_same_case_id_with_an_unrelated_history(
    small_export: Exported, target: CaseService, tmp_path: Path
) -> None:
    local_case = target.list_cases()[0].id
    forged = repack(
        small_export.bundle, tmp_path / "forged.zip", manifest=lambda d: _rename_case(d, local_case)
    )
    target.list_cases()
    _refused(target, forged, "shares no history")


def _rename_case(document: dict[str, Any], case_id: str) -> None:
    """Give the bundle's case another id, re-hashing its custody chain so that it stays valid."""
    from casedesk.core import custody
    from casedesk.core.timeutil import parse_iso

    document["case"]["id"] = case_id
    prev = custody.GENESIS
    for entry in document["custody"]:
        payload = custody.entry_payload(
            case_id=case_id,
            seq=entry["seq"],
            at=parse_iso(entry["at"]),
            investigator=entry["investigator"],
            action=entry["action"],
            object_type=entry["object_type"],
            object_id=case_id if entry["object_type"] == "case" else entry["object_id"],
            details=entry["details"],
        )
        entry["object_id"] = payload["object_id"]
        entry["prev_hash"] = prev
        entry["hash"] = prev = custody.chain_hash(prev, payload)
    for version in document["history"]:  # the history names the case too
        data = version["data"]
        if version["table"] == "case":
            version["row_key"] = data["id"] = case_id
        elif data is not None and "case_id" in data:
            data["case_id"] = case_id
    json.dumps(document)  # still plain JSON


def test_manifest_swaps_the_hash_a_web_archive_child_was_logged_with(
    target: CaseService, tmp_path: Path
) -> None:
    # Media taken from a web archive are logged as wacz_extract entries: the log knows their hashes too.
    from casedesk.bundle import export_bundle

    archive = Path(__file__).parents[2].parent / "shared" / "corpus" / "wacz" / "example.wacz"
    svc = CaseService.open(tmp_path / "source", "Alice Exporter")
    try:
        case_id = svc.create_case("Captured posts").id
        results = svc.add_files(case_id, [archive])
        children = [r for r in results if r.status == "added" and r.path != str(archive)]
        assert len(children) >= 2, [r.status for r in results]
        bundle = tmp_path / "wacz.casedesk"
        export_bundle(svc, case_id, bundle)
        child_ids = {r.evidence_id for r in children}
    finally:
        svc.close()

    def repoint(document: dict[str, Any]) -> None:
        first, second = [ev for ev in document["evidence"] if ev["id"] in child_ids][:2]
        first["sha256"], first["size"] = second["sha256"], second["size"]
        document["originals"] = [o for o in document["originals"] if first["id"] not in o["evidence_ids"]]
        for ref in document["originals"]:
            if ref["sha256"] == second["sha256"]:
                ref["evidence_ids"].append(first["id"])
        kept.update(ref["sha256"] for ref in document["originals"])

    kept: set[str] = set()

    def drop_unlisted(entries: list[Entry]) -> list[Entry]:
        def listed(entry: Entry) -> bool:
            name = str(entry[0])
            return not name.startswith("originals/") or name.removeprefix("originals/") in kept

        return [e for e in entries if listed(e)]

    repacked = repack(bundle, tmp_path / "repoint.zip", manifest=repoint, entries=drop_unlisted)
    _refused(target, repacked, "its custody entry recorded")
