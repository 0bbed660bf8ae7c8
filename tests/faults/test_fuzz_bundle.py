"""Hostile bundles: a mutated archive or manifest is refused with BundleError — never another
exception — and a refused import writes nothing at all to the workspace, a folder or a team one."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backends import FOLDER, TEAM
from casedesk.bundle import BundleError, export_bundle, import_bundle
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService

from .harness import FUZZ, bounded, tiny_png
from .invariants import audit_workspace, workspace_state
from .sites import Sites
from .tally import count

PASSPHRASE = "correct horse battery staple"


class Target:
    """A workspace holding another case, replaced by a fresh copy after any import that was accepted."""

    def __init__(self, sites: Sites) -> None:
        self.sites = sites
        self.pristine = sites.new("pristine")
        svc = CaseService.open(self.pristine, "Receiver")
        svc.create_case("Unrelated case already here")
        svc.close()
        self.copies = 0
        self.live = self._copy()

    def _copy(self) -> WorkspaceLocation:
        self.copies += 1
        return self.sites.clone(self.pristine, f"live{self.copies}")

    def attempt(self, bundle: bytes, passphrase: str | None = None) -> str:
        """Import the bytes; return "refused" or "accepted" after checking the guarantees of each."""
        path = self.sites.root / "attempt.cdb"
        path.write_bytes(bundle)
        before = workspace_state(self.live)
        svc = CaseService.open(self.live, "Receiver")
        try:
            bounded(30, lambda: import_bundle(svc, path, passphrase))
        except BundleError as exc:
            assert str(exc).strip()
            return "refused"
        finally:
            svc.close()
            count("inputs fuzzed (bundles)")
        assert workspace_state(self.live) != before
        audit_workspace(self.live, run_cli_verify=False)
        self.live = self._copy()
        return "accepted"

    def refuses_without_writing(self, bundle: bytes, passphrase: str | None = None) -> str:
        before = workspace_state(self.live)
        outcome = self.attempt(bundle, passphrase)
        if outcome == "refused":
            assert workspace_state(self.live) == before, "a refused bundle wrote to the workspace"
        else:
            count("mutated bundles accepted (the change touched nothing verified)")
        return outcome


class Bundles(dict[str, bytes]):
    def __repr__(self) -> str:  # hypothesis prints fixtures of a failing example; keep it short
        return f"Bundles({', '.join(f'{k}: {len(v)} bytes' for k, v in self.items())})"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory, clip: Path) -> dict[str, bytes]:
    """A small case with stills, footage, a still taken from it, claims and links; plain and sealed."""
    root = tmp_path_factory.mktemp("bundle-fuzz")
    svc = CaseService.open(root / "ws", "Source")
    try:
        case_id = svc.create_case("Carried", "A case that travels").id
        files = [tiny_png(root / f"p{n}.png", seed=500 + n) for n in range(3)] + [clip]
        results = svc.add_files(case_id, files)
        footage = results[-1].evidence_id
        assert footage is not None
        [still] = svc.extract_stills(footage, at=[1.0])
        source_id = svc.add_source(case_id, "@DefenseAtlas009", reliability="F").id
        claim = svc.add_claim(case_id, "Drones struck two trucks.").id
        svc.link_claim_source(claim, source_id)
        assert still.evidence_id is not None
        svc.link_claim_evidence(claim, still.evidence_id)
        export_bundle(svc, case_id, root / "plain.cdb")
        export_bundle(svc, case_id, root / "sealed.cdb", passphrase=PASSPHRASE)
    finally:
        svc.close()
    return Bundles(plain=(root / "plain.cdb").read_bytes(), sealed=(root / "sealed.cdb").read_bytes())


@pytest.fixture(scope="module", params=[FOLDER, TEAM])
def target(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Target]:
    """The receiving workspace, on each backend: on a team one, "wrote nothing" covers every row of
    the database, every object under the prefix and the cache's files."""
    root = tmp_path_factory.mktemp("bundle-target")
    if request.param == FOLDER:
        yield Target(Sites(FOLDER, root, None))
        return
    servers = request.getfixturevalue("team_servers")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in servers.env.items():
            patch.setenv(name, value)
        yield Target(Sites(TEAM, root, servers))


def test_untouched_bundles_are_accepted(source: dict[str, bytes], target: Target) -> None:
    """The control: the fuzzing below starts from bundles that do import."""
    assert target.attempt(source["plain"]) == "accepted"
    assert target.attempt(source["sealed"], PASSPHRASE) == "accepted"


byte_edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "truncate", "insert", "delete", "splice"]),
        st.integers(min_value=0, max_value=1 << 30),
        st.integers(min_value=1, max_value=64),
        st.binary(min_size=1, max_size=16),
    ),
    min_size=1,
    max_size=4,
)


def apply_bytes(data: bytes, edits: list[tuple[str, int, int, bytes]], other: bytes) -> bytes:
    for op, at, length, payload in edits:
        at %= max(1, len(data))
        if op == "flip":
            data = data[:at] + bytes([data[at] ^ (payload[0] or 1)]) + data[at + 1 :]
        elif op == "truncate":
            data = data[:at]
        elif op == "insert":
            data = data[:at] + payload + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + length :]
        else:  # splice: the head of this bundle, the tail of the other one
            data = data[:at] + other[at % max(1, len(other)) :]
    return data


@settings(FUZZ, max_examples=60)
@given(byte_edits)
def test_byte_mutated_plain_bundle(source: dict[str, bytes], target: Target, edits: Any) -> None:
    target.refuses_without_writing(apply_bytes(source["plain"], edits, source["sealed"]))


@settings(FUZZ, max_examples=25)  # each costs a scrypt derivation (~0.3 s)
@given(byte_edits)
def test_byte_mutated_sealed_bundle(source: dict[str, bytes], target: Target, edits: Any) -> None:
    mutated = apply_bytes(source["sealed"], edits, source["plain"])
    outcome = target.refuses_without_writing(mutated, PASSPHRASE)
    # Authenticated encryption: any change to an encrypted bundle is refused. (A splice at offset 0
    # turns it into the plain bundle, which is judged as such.)
    assert outcome == "refused" or not mutated.startswith(source["sealed"][:8]) or mutated == source["sealed"]


# -- structure-aware: the manifest and the archive's entries ------------------------------------

json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False), st.text(max_size=20),
        st.sampled_from(["../../etc/passwd", "/etc/passwd", "originals/../x", "0" * 64, "", "\u202e"]),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip

manifest_edits = st.lists(
    st.tuples(
        st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=5),
        st.sampled_from(["replace", "delete", "duplicate"]),
        json_values,
    ),
    min_size=1,
    max_size=3,
)


def edit_json(document: Any, path: list[int], op: str, value: Any) -> None:
    """Walk `path` (indices taken modulo each container's size) and edit what it reaches."""
    parent: Any = None
    key: Any = None
    node = document
    for step in path:
        if isinstance(node, dict) and node:
            parent, key = node, sorted(node)[step % len(node)]
        elif isinstance(node, list) and node:
            parent, key = node, step % len(node)
        else:
            break
        node = parent[key]
    if parent is None:
        return
    if op == "replace":
        parent[key] = value
    elif op == "delete":
        del parent[key]
    elif isinstance(parent, list):
        parent.insert(key, json.loads(json.dumps(parent[key])))


def rezip(plain: bytes, manifest: bytes | None = None, renames: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = manifest if manifest is not None and info.filename == "manifest.json" else src.read(info)
            name = (renames or {}).get(info.filename, info.filename)
            dst.writestr(zipfile.ZipInfo(name, info.date_time), data, compress_type=info.compress_type)
    return out.getvalue()


@settings(FUZZ, max_examples=80)
@given(manifest_edits)
def test_mutated_manifest(source: dict[str, bytes], target: Target, edits: Any) -> None:
    with zipfile.ZipFile(io.BytesIO(source["plain"])) as archive:
        document = json.loads(archive.read("manifest.json"))
    for path, op, value in edits:
        edit_json(document, path, op, value)
    target.refuses_without_writing(rezip(source["plain"], json.dumps(document).encode()))


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(FUZZ, max_examples=30)
@given(
    st.sampled_from(["../evil", "/abs/evil", "originals/../../evil", "originals/" + "f" * 64, "manifest.json",
                     "originals/", "C:\\evil", "originals/\u202eexe.png", "dir/../manifest.json"]),
    st.integers(min_value=0, max_value=100),
)  # fmt: skip
def test_hostile_entry_names(source: dict[str, bytes], target: Target, name: str, which: int) -> None:
    with zipfile.ZipFile(io.BytesIO(source["plain"])) as archive:
        names = archive.namelist()
    victim = names[which % len(names)]
    target.refuses_without_writing(rezip(source["plain"], renames={victim: name}))


def test_polyglot_bundle_behind_a_jpeg(source: dict[str, bytes], target: Target) -> None:
    """A JPEG with the bundle appended is still a readable ZIP: refused or accepted, never a crash."""
    jpeg = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (8, 8), "red").save(jpeg, "JPEG")
    target.refuses_without_writing(jpeg.getvalue() + source["plain"])


def test_damaged_zip_offsets_are_a_bundle_error(tmp_path: Path, source: dict[str, bytes]) -> None:
    damaged = source["plain"][:4] + source["plain"][5:]
    (tmp_path / "damaged.cdb").write_bytes(damaged)
    svc = CaseService.open(tmp_path / "ws", "Receiver")
    try:
        with pytest.raises(BundleError):
            import_bundle(svc, tmp_path / "damaged.cdb")
    finally:
        svc.close()
