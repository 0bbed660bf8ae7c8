"""Encrypted bundles end to end: a round trip, and a wrong passphrase or a flipped byte imports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from casedesk.bundle import BundleError, export_bundle, import_bundle
from casedesk.bundle.crypto import HEADER_SIZE, MAGIC
from casedesk.bundle.errors import WRONG_PASSPHRASE
from casedesk.core.service import CaseService

from .conftest import Exported
from .helpers import case_json, tree_state

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def sealed_demo(demo_export: Exported, tmp_path_factory: pytest.TempPathFactory) -> Path:
    svc = CaseService.open(demo_export.workspace, "Alice Exporter")
    try:
        out = tmp_path_factory.mktemp("sealed") / "demo-sealed.casedesk"
        result = export_bundle(svc, demo_export.case_id, out, passphrase=PASSPHRASE)
        assert result.path == out
    finally:
        svc.close()
    return out


def test_encrypted_round_trip(
    sealed_demo: Path, demo_export: Exported, svc: CaseService, workspace_dir: Path
) -> None:
    data = sealed_demo.read_bytes()
    assert data.startswith(MAGIC)
    assert tuple(data[len(MAGIC) : len(MAGIC) + 5]) == (1, 1, 17, 8, 1)  # format, scrypt, n=2**17, r, p
    assert len(data) > HEADER_SIZE
    for plaintext in (b"manifest.json", b"Bordj Badji", "المرصد".encode(), b"PK\x03\x04"):
        assert plaintext not in data

    result = import_bundle(svc, sealed_demo, PASSPHRASE)

    assert result.status == "imported"
    imported = case_json(svc.workspace.location, demo_export.case_id)
    original = case_json(demo_export.workspace, demo_export.case_id)
    assert [e["sha256"] for e in imported["evidence"]] == [e["sha256"] for e in original["evidence"]]
    assert imported["claims"] == original["claims"]
    assert svc.verify(demo_export.case_id).ok
    entry = svc.custody_log(demo_export.case_id)[-1]
    assert entry.details["encrypted"] is True
    assert entry.object_id == result.bundle_sha256


def test_encrypted_wrong_passphrase_imports_nothing(
    sealed_demo: Path, svc: CaseService, workspace_dir: Path
) -> None:
    svc.create_case("Something already here")
    before = tree_state(workspace_dir)
    with pytest.raises(BundleError) as caught:
        import_bundle(svc, sealed_demo, "Correct horse battery staple")
    assert str(caught.value) == WRONG_PASSPHRASE
    assert tree_state(workspace_dir) == before


@pytest.mark.parametrize("fraction", [0.01, 0.5, 0.999])
def test_encrypted_flipped_byte_imports_nothing(
    fraction: float, sealed_demo: Path, svc: CaseService, workspace_dir: Path, tmp_path: Path
) -> None:
    data = bytearray(sealed_demo.read_bytes())
    data[int(len(data) * fraction)] ^= 0x01
    flipped = tmp_path / "flipped.casedesk"
    flipped.write_bytes(bytes(data))
    before = tree_state(workspace_dir)
    with pytest.raises(BundleError, match="Wrong passphrase, or the bundle was modified"):
        import_bundle(svc, flipped, PASSPHRASE)
    assert tree_state(workspace_dir) == before


def test_encrypted_without_a_passphrase(sealed_demo: Path, svc: CaseService, workspace_dir: Path) -> None:
    before = tree_state(workspace_dir)
    with pytest.raises(BundleError, match="encrypted; its passphrase is needed"):
        import_bundle(svc, sealed_demo)
    assert tree_state(workspace_dir) == before
