"""Small builders for bundle tests: a quick case, and re-packing a bundle with a twist."""

from __future__ import annotations

import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from casedesk.bundle.signature import SIGNATURE_NAME, sign_manifest
from casedesk.core.location import WorkspaceLocation
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime
from casedesk.proof.keys import KeyStore

Entry = tuple[str | zipfile.ZipInfo, bytes]


def tree_state(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and mtime (the sqlite file, -wal and -shm included)."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def png(path: Path, color: str, size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, color).save(path, "PNG")
    return path


def small_case(svc: CaseService, folder: Path, title: str = "Convoy near Tessalit") -> str:
    """A case with a little of everything: sources, places, events, claims, links, checks, notes."""
    folder.mkdir(parents=True, exist_ok=True)
    case_id = svc.create_case(title, "Two trucks, one video.", tags=["Mali"]).id
    source = svc.add_source(case_id, "Defense Atlas", handle="@DefenseAtlas009", reliability="F").id
    place = svc.add_place(case_id, "Tessalit", 20.2, 1.01, "approximate").id
    svc.add_event(case_id, PartialTime.day(2025, 3, 14), "Alleged strike", place_id=place)
    results = svc.add_files(case_id, [png(folder / "one.png", "red"), png(folder / "two.png", "blue")])
    first, second = (r.evidence_id for r in results)
    assert first and second
    svc.update_evidence(first, description="Burnt truck", source_id=source)
    claim = svc.add_claim(case_id, "Drones struck two trucks.").id
    svc.link_claim_evidence(claim, first)
    svc.link_claim_source(claim, source)
    svc.set_check(svc.checklist(case_id)[0].id, "passed", "found")
    svc.add_note(case_id, "Need a second source.")
    return case_id


def read_entries(bundle: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(bundle) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def write_zip(path: Path, entries: list[Entry], compression: int = zipfile.ZIP_STORED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which we want
        with zipfile.ZipFile(path, "w", compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return path


def repack(
    bundle: Path,
    out: Path,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    entries: Callable[[list[Entry]], list[Entry]] | None = None,
) -> Path:
    """A copy of a bundle with its manifest edited and/or its entry list changed.

    An edited manifest is signed again, as a forger would, with a key of their own: the checks
    after the signature's are then the ones that must catch the edit."""
    packed: list[Entry] = []
    edited: bytes | None = None
    for info, data in read_entries(bundle):
        if info.filename == "manifest.json" and manifest is not None:
            document = json.loads(data)
            manifest(document)
            data = edited = json.dumps(document, ensure_ascii=False).encode("utf-8")
        packed.append((info.filename, data))
    if edited is not None:
        forger = KeyStore(out.parent / f".forger-key-{out.name}").load_or_create()
        resigned = sign_manifest(edited, forger, "A forger")
        packed = [(n, resigned if n == SIGNATURE_NAME else d) for n, d in packed]
    if entries is not None:
        packed = entries(packed)
    return write_zip(out, packed)


def case_json(workspace: Path | WorkspaceLocation, case_id: str) -> dict[str, Any]:
    """What ``casedesk case show --json`` prints for a case."""
    import io

    from backends import where_args
    from casedesk.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run([*where_args(workspace), "case", "show", case_id, "--json"], out, err)
    assert code == 0, err.getvalue()
    result: dict[str, Any] = json.loads(out.getvalue())
    return result
