"""Export a case, import it elsewhere: the same case, the same hashes, the log plus one entry."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from casedesk.bundle import BundleError, export_bundle, import_bundle
from casedesk.bundle.manifest import VERSION
from casedesk.cli import run
from casedesk.core.errors import Cancelled
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl

from .conftest import Exported
from .helpers import case_json, png, small_case, tree_state

# Fields of `case show --json` that an import is expected to change: the import entry moves them.
MOVED_BY_IMPORT = {"updated_at", "custody_head", "custody_count"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_round_trip_matches_the_original(
    demo_export: Exported, svc: CaseService, workspace_dir: Path
) -> None:
    result = import_bundle(svc, demo_export.bundle)

    assert result.status == "imported"
    assert result.case_id == demo_export.case_id
    assert result.bundle_sha256 == _sha256(demo_export.bundle)
    original = case_json(demo_export.workspace, demo_export.case_id)
    imported = case_json(svc.workspace.location, demo_export.case_id)
    for key in MOVED_BY_IMPORT:
        original.pop(key), imported.pop(key)
    assert imported == original  # same evidence hashes, claims, checklist, timeline, places, notes
    assert len(imported["evidence"]) == result.added_evidence == 7
    report = svc.verify(demo_export.case_id)
    assert report.ok, report.problems
    assert report.files_checked == 7


def test_imported_log_is_the_original_plus_one_import_entry(demo_export: Exported, svc: CaseService) -> None:
    result = import_bundle(svc, demo_export.bundle)

    log = svc.custody_log(demo_export.case_id)
    assert [e.hash for e in log[:-1]] == demo_export.custody_at_export
    assert result.added_entries == len(demo_export.custody_at_export)
    last = log[-1]
    assert (last.action, last.object_type, last.object_id) == (
        "bundle_import",
        "bundle",
        result.bundle_sha256,
    )
    assert last.investigator == "Test Investigator"
    assert last.details["exported_by"] == "Alice Exporter"
    assert last.prev_hash == demo_export.custody_at_export[-1]


def test_export_logs_the_bundle_hash_in_the_source_log(demo_export: Exported) -> None:
    svc = CaseService.open(demo_export.workspace, "Reader")
    try:
        log = svc.custody_log(demo_export.case_id)
    finally:
        svc.close()
    exports = [e for e in log if e.action == "bundle_export"]
    assert exports, "the export was not logged"
    assert exports[0].details["sha256"] == _sha256(demo_export.bundle)
    assert exports[0].details["size"] == demo_export.bundle.stat().st_size
    assert exports[0].details["custody_head"] == demo_export.custody_at_export[-1]


def test_bundle_layout_stores_originals_by_hash_uncompressed(demo_export: Exported) -> None:
    with zipfile.ZipFile(demo_export.bundle) as archive:
        infos = archive.infolist()
        manifest = json.loads(archive.read("manifest.json"))
    assert infos[0].filename == "manifest.json"
    originals = [i for i in infos if i.filename.startswith("originals/")]
    assert {i.compress_type for i in originals} == {zipfile.ZIP_STORED}
    with zipfile.ZipFile(demo_export.bundle) as archive:
        for info in originals:
            assert hashlib.sha256(archive.read(info)).hexdigest() == info.filename.removeprefix("originals/")
    assert manifest["format"] == "casedesk-bundle"
    assert manifest["version"] == VERSION == 7
    assert {o["sha256"] for o in manifest["originals"]} == {i.filename[10:] for i in originals}
    for ref in manifest["originals"]:
        assert ref["name"] and ref["evidence_ids"] and ref["size"] > 0


def test_import_makes_the_case_searchable_and_regenerates_derivatives(
    demo_export: Exported, svc: CaseService
) -> None:
    import_bundle(svc, demo_export.bundle)

    hits = svc.search("Bordj Badji")
    assert {h.case_id for h in hits} == {demo_export.case_id}
    stills = [e for e in svc.case_view(demo_export.case_id).evidence if e.kind == "still"]
    assert stills
    for still in stills:
        thumb = svc.derived_path(still.sha256, "thumb")
        assert thumb is not None and thumb.stat().st_size > 0


def test_reimport_is_a_no_op(small_export: Exported, svc: CaseService, workspace_dir: Path) -> None:
    import_bundle(svc, small_export.bundle)
    svc.list_cases()  # a first read after a write settles SQLite's shared-memory index (-shm)
    before = tree_state(workspace_dir)

    again = import_bundle(svc, small_export.bundle)

    assert again.status == "unchanged"
    assert (again.added_evidence, again.added_entries, again.conflicts) == (0, 0, [])
    assert tree_state(workspace_dir) == before


def test_originals_already_in_the_store_are_not_copied_again(
    small_export: Exported, svc: CaseService, tmp_path: Path
) -> None:
    # The same red image, added to an unrelated case here first.
    other = svc.create_case("Unrelated").id
    svc.add_files(other, [png(tmp_path / "same.png", "red")])
    present = {e.sha256 for e in svc.case_view(other).evidence}
    store = svc.workspace.store
    before = {sha: store.local_path(sha).stat() for sha in present}

    import_bundle(svc, small_export.bundle)

    bundle_shas = {e.sha256 for e in svc.case_view(small_export.case_id).evidence}
    assert present < bundle_shas
    for sha, stat_before in before.items():  # the very same file, not replaced by a copy
        after = store.local_path(sha).stat()
        assert (after.st_ino, after.st_mtime_ns) == (stat_before.st_ino, stat_before.st_mtime_ns)
    assert len(list(store.iter_originals())) == len(bundle_shas)
    assert all(store.local_path(sha).stat().st_mode & 0o222 == 0 for sha in bundle_shas)  # read-only
    assert list(store.tmp.iterdir()) == []  # no temporary copy left behind
    assert svc.verify().ok


def test_export_refuses_a_damaged_store_and_leaves_no_file(source: CaseService, tmp_path: Path) -> None:
    case_id = small_case(source, tmp_path / "files")
    entries_before = len(source.custody_log(case_id))
    sha = source.case_view(case_id).evidence[0].sha256
    path = source.workspace.store.local_path(sha)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    out = tmp_path / "out" / "case.casedesk"
    out.parent.mkdir()

    with pytest.raises(BundleError, match="no longer matches its recorded hash"):
        export_bundle(source, case_id, out)

    assert list(out.parent.iterdir()) == []  # neither the bundle nor its temporary file
    assert len(source.custody_log(case_id)) == entries_before


def test_cancelling_while_verifying_imports_nothing(
    demo_export: Exported, svc: CaseService, workspace_dir: Path
) -> None:
    before = tree_state(workspace_dir)
    control = TaskControl()
    control.progress = lambda done, total, message: control.cancel()

    with pytest.raises(Cancelled):
        import_bundle(svc, demo_export.bundle, control=control)

    assert tree_state(workspace_dir) == before
    assert svc.list_cases() == []


# -- the command line -------------------------------------------------------------------------


def _cli(workspace: Path, *args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--workspace", str(workspace), *map(str, args)], out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_export_and_import(small_export: Exported, tmp_path: Path) -> None:
    out = tmp_path / "again.casedesk"
    code, text, err = _cli(small_export.workspace, "bundle", "export", "Convoy", out, "--json")
    assert code == 0, err
    exported = json.loads(text)
    assert exported["sha256"] == _sha256(out)
    assert exported["encrypted"] is False

    code, text, err = _cli(tmp_path / "ws", "bundle", "import", out, "--json")
    assert code == 0, err
    imported = json.loads(text)
    assert imported["status"] == "imported"
    assert imported["case_id"] == small_export.case_id
    assert imported["bundle_sha256"] == exported["sha256"]

    code, text, err = _cli(tmp_path / "ws", "bundle", "import", out)
    assert code == 0, err
    assert text.startswith("Already up to date: case 'Convoy near Tessalit'")
    assert _cli(tmp_path / "ws", "verify")[0] == 0


def test_cli_encrypted_needs_a_passphrase_file_without_a_terminal(
    small_export: Exported, tmp_path: Path
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", "utf-8")
    out = tmp_path / "sealed.casedesk"
    code, text, err = _cli(
        small_export.workspace, "bundle", "export", "Convoy", out, "--encrypt", "--passphrase-file", secret
    )
    assert code == 0, err
    assert "encrypted" in text

    code, text, err = _cli(tmp_path / "ws", "bundle", "import", out)  # stdin is not a terminal under pytest
    assert code == 2
    assert "--passphrase-file" in err

    code, text, err = _cli(tmp_path / "ws", "bundle", "import", out, "--passphrase-file", secret)
    assert code == 0, err
    assert text.startswith("Imported case 'Convoy near Tessalit'")


def test_cli_refusal_is_one_line_with_exit_1(tmp_path: Path) -> None:
    junk = tmp_path / "junk.casedesk"
    junk.write_bytes(b"this is not a bundle at all")
    code, _, err = _cli(tmp_path / "ws", "bundle", "import", junk)
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("casedesk: Not a CaseDesk bundle")


def test_cli_rejects_a_short_passphrase_and_a_stray_passphrase_file(
    small_export: Exported, tmp_path: Path
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("short\n", "utf-8")
    out = tmp_path / "x.casedesk"
    code, _, err = _cli(
        small_export.workspace, "bundle", "export", "Convoy", out, "--encrypt", "--passphrase-file", secret
    )
    assert code == 2 and "at least 8 characters" in err
    code, _, err = _cli(
        small_export.workspace, "bundle", "export", "Convoy", out, "--passphrase-file", secret
    )
    assert code == 2 and "--encrypt" in err
    assert not out.exists()


def test_a_case_without_evidence_travels_too(source: CaseService, svc: CaseService, tmp_path: Path) -> None:
    case_id = source.create_case("Only a title so far").id
    bundle = export_bundle(source, case_id, tmp_path / "empty.casedesk")
    assert bundle.evidence_count == 0

    result = import_bundle(svc, bundle.path)

    assert (result.status, result.added_evidence, result.added_entries) == ("imported", 0, 1)
    assert svc.case_view(case_id).title == "Only a title so far"
    assert svc.verify(case_id).ok
