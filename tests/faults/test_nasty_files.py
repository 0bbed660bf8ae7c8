"""A corpus of nasty files, generated here, taken through the real `add`: polyglots, decompression
bombs by header, metadata loops, empty and 4 GiB files, hostile names, links and pipes."""

from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.ingest import IngestResult
from casedesk.core.service import CaseService

from .harness import IS_ROOT, bounded, cli, tiny_png, tmpfs
from .invariants import audit_workspace, sha256_of
from .sites import Sites
from .tally import count

BOUND_S = 20.0
GIB = 1 << 30
# SHA-256 of 4 GiB of zero bytes (computed independently with hashlib, 4096 × 1 MiB of zeros).
ZEROS_4GIB_SHA256 = "8479e43911dc45e89f934fe48d01297e16f51d17aa561d4d1c216b1ae0fcddca"


@pytest.fixture
def service(sites: Sites) -> Iterator[tuple[CaseService, str]]:
    """A case to add nasty files to, on either backend: what the store keeps must not depend on it."""
    svc = CaseService.open(sites.new("ws"), "Test Investigator")
    try:
        yield svc, svc.create_case("Nasty files").id
    finally:
        svc.close()


def add(service: tuple[CaseService, str], *paths: Path) -> list[IngestResult]:
    svc, case_id = service
    count("nasty files added", len(paths))
    return bounded(BOUND_S, lambda: svc.add_files(case_id, list(paths)))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- builders ----------------------------------------------------------------------------------------


def png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def huge_png(side: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 4096)
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )


def huge_jpeg(side: int) -> bytes:
    """A real 8×8 JPEG whose frame header (SOF0) is rewritten to claim side × side."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", side, side)
    return bytes(data)


def huge_gif(side: int) -> bytes:
    out = io.BytesIO()
    Image.new("P", (1, 1)).save(out, "GIF")
    data = bytearray(out.getvalue())
    data[6:10] = struct.pack("<HH", side, side)  # logical screen
    descriptor = data.index(b"\x2c")
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", side, side)  # the image itself
    return bytes(data)


def tiff(entries: list[tuple[int, int, int, int]], next_ifd: int | None = None, extra: bytes = b"") -> bytes:
    """Little-endian TIFF with one IFD at offset 8; next_ifd may point anywhere (a loop, say)."""
    ifd = struct.pack("<H", len(entries))
    for tag, typ, n, value in sorted(entries):
        packed = struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, typ, n) + packed
    end = 8 + len(ifd) + 4
    ifd += struct.pack("<I", end if next_ifd is None else next_ifd)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + (extra or b"\x00" * 16)


def tiff_image(side: int, next_ifd: int = 0, exif_at: int | None = None) -> bytes:
    entries = [
        (256, 4, 1, side), (257, 4, 1, side), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
        (273, 4, 1, 8 + 2 + 12 * 10 + 4), (277, 3, 1, 1), (278, 4, 1, side), (279, 4, 1, 16),
    ]  # fmt: skip
    entries.append((0x8769, 4, 1, exif_at if exif_at is not None else 8))  # Exif IFD: here, a loop
    return tiff(entries, next_ifd)


def nested_exif_jpeg(depth: int) -> bytes:
    """A JPEG whose EXIF chains `depth` IFDs, each pointing to the next as its Exif and GPS IFD."""
    body = b""
    base = 8
    size = 2 + 2 * 12 + 4
    for level in range(depth):
        child = base + size * (level + 1) if level < depth - 1 else base  # the last one loops back
        body += struct.pack("<H", 2)
        body += struct.pack("<HHII", 0x8769, 4, 1, child) + struct.pack("<HHII", 0x8825, 4, 1, child)
        body += struct.pack("<I", child)
    tiff_bytes = b"II*\x00" + struct.pack("<I", base) + body
    app1 = b"Exif\x00\x00" + tiff_bytes
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(out, "JPEG")
    jpeg = out.getvalue()
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]


# -- the corpus ---------------------------------------------------------------------------------------


def test_polyglot_jpeg_and_zip_is_kept_whole(tmp_path: Path, service: tuple[CaseService, str]) -> None:
    jpeg = io.BytesIO()
    Image.new("RGB", (32, 32), "red").save(jpeg, "JPEG")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("payload.txt", "hidden")
    path = tmp_path / "both.jpg"
    path.write_bytes(jpeg.getvalue() + archive.getvalue())
    assert zipfile.is_zipfile(path)
    [result] = add(service, path)
    assert result.status in ("added", "flagged") and result.media_type == "image/jpeg"
    svc, _ = service
    assert result.evidence_id is not None
    stored = svc.original_path(result.evidence_id)
    assert stored.read_bytes() == path.read_bytes()  # the evidence is the whole file, payload and all


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("huge.png", lambda: huge_png(100_000)),
        ("huge.tif", lambda: tiff_image(100_000)),
        ("huge.jpg", lambda: huge_jpeg(65_500)),
        ("huge.gif", lambda: huge_gif(65_535)),
    ],
)
def test_huge_dimensions_are_refused_without_decoding(
    tmp_path: Path, service: tuple[CaseService, str], name: str, make: object
) -> None:
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    before = rss_mb()
    [result] = add(service, path)
    assert rss_mb() - before < 300, "a header's claim made the probe allocate the picture"
    assert result.status == "flagged", result  # stored as evidence, with the refusal noted
    svc, _ = service
    assert result.evidence_id is not None
    assert svc.evidence_view(result.evidence_id).decode_status in ("refused", "failed")


def test_tiff_ifd_loops_and_deep_exif_chains_end(tmp_path: Path, service: tuple[CaseService, str]) -> None:
    files = {
        "self-loop.tif": tiff_image(16, next_ifd=8),  # IFD0's next IFD is IFD0
        "exif-loop.tif": tiff_image(16, exif_at=8),  # its Exif IFD is itself
        "deep-exif.jpg": nested_exif_jpeg(2000),  # 2,000 nested IFDs, the last looping to the first
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    results = add(service, *paths)
    assert [r.status in ("added", "flagged") for r in results] == [True] * 3, results
    audit_workspace(service[0].workspace.location, run_cli_verify=False)


def test_empty_file_is_kept_and_flagged(tmp_path: Path, service: tuple[CaseService, str]) -> None:
    path = tmp_path / "empty.jpg"
    path.touch()
    [result] = add(service, path)
    assert result.status == "flagged" and result.sha256 == sha256_of(path)
    assert any("Empty" in w or "0 bytes" in w for w in result.warnings)


def test_4_gib_sparse_file_is_streamed_and_hashed(tmp_path: Path) -> None:
    """Hashing and copying 4 GiB takes seconds; memory must stay flat (streamed, never whole)."""
    # The store's copy is real (4 GiB): a tmpfs holds it in memory when we can mount one, which is
    # several times faster than disk; holes also read much faster from tmpfs than from overlay disks.
    with contextlib.ExitStack() as stack:
        fast = IS_ROOT and _available_ram() > 10 * GIB
        root = stack.enter_context(tmpfs(tmp_path / "mnt", "5g")) if fast else tmp_path
        stack.callback(shutil.rmtree, root / "ws", ignore_errors=True)  # 4 GiB: do not leave it behind
        sparse = root / "sparse.bin"
        with sparse.open("wb") as handle:
            handle.truncate(4 * GIB)  # a hole: costs no space
        assert sparse.stat().st_blocks == 0
        svc = CaseService.open(root / "ws", "Test Investigator")
        try:
            case_id = svc.create_case("Big file").id
            before = rss_mb()
            [result] = bounded(300, lambda: svc.add_files(case_id, [sparse]))
            count("nasty files added")
            assert rss_mb() - before < 200
            assert result.status == "added" and result.sha256 == ZEROS_4GIB_SHA256
            assert result.evidence_id is not None
            view = svc.evidence_view(result.evidence_id)
            assert view.size == 4 * GIB and svc.original_path(view.id).stat().st_size == 4 * GIB
        finally:
            svc.close()


def _available_ram() -> int:
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


NASTY_NAMES = [
    "invoice\u202efdp.exe",  # right-to-left override: shows as "invoiceexe.pdf"
    "tab\there.png",
    "new\nline.png",
    "bell\x07and\x01soh.png",
    "esc\x1b[31mred.png",
    "del\x7f.png",
    "zero\u200bwidth.png",
    "شاحنة.png",
    "-dash-first.png",
    " leading space.png",
]


def test_hostile_file_names_are_kept_exactly_and_shown_safely(sites: Sites) -> None:
    folder = sites.root / "names"
    folder.mkdir()
    for n, name in enumerate(NASTY_NAMES):
        tiny_png(folder / name, seed=900 + n)
    workspace = sites.new("ws")
    case = CaseService.open(workspace, "Test Investigator")
    case_id = case.create_case("Names").id
    case.close()
    count("nasty files added", len(NASTY_NAMES))
    code, out, err = cli(workspace, "add", case_id, folder, "--recursive")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) >= len(NASTY_NAMES)
    assert all(line.isprintable() for line in lines), [line for line in lines if not line.isprintable()]
    svc = CaseService.open(workspace, "auditor")
    try:
        names = sorted(e.original_name for e in svc.case_view(case_id).evidence)
    finally:
        svc.close()
    assert names == sorted(NASTY_NAMES)  # stored exactly as the file system named them


def test_links_and_pipes(tmp_path: Path, service: tuple[CaseService, str]) -> None:
    target = tiny_png(tmp_path / "real.png", seed=77)
    (tmp_path / "link.png").symlink_to(target)
    (tmp_path / "broken.png").symlink_to(tmp_path / "gone.png")
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "link-to-pipe.png").symlink_to(tmp_path / "pipe.png")
    names = ["link.png", "broken.png", "loop-a", "pipe.png", "link-to-pipe.png"]
    # A FIFO opened for reading would block this call forever: bounded() fails instead of hanging.
    results = add(service, *(tmp_path / n for n in names))
    by_name = dict(zip(names, results, strict=True))
    assert by_name["link.png"].status == "added"
    assert by_name["link.png"].sha256 == sha256_of(target)
    assert any("symbolic link" in w for w in by_name["link.png"].warnings)
    assert by_name["broken.png"].status == "error" and "broken symbolic link" in str(
        by_name["broken.png"].error
    )
    for refused in ("loop-a", "pipe.png", "link-to-pipe.png"):
        assert by_name[refused].status == "error", by_name[refused]
    assert "not a regular file" in str(by_name["pipe.png"].error)


def test_linked_folders_are_not_followed(tmp_path: Path, service: tuple[CaseService, str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    tiny_png(folder / "inside.png", seed=78)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    tiny_png(elsewhere / "outside.png", seed=79)
    (folder / "escape").symlink_to(elsewhere, target_is_directory=True)
    (folder / "cycle").symlink_to(folder, target_is_directory=True)
    svc, case_id = service
    count("nasty files added", 3)
    results = bounded(BOUND_S, lambda: svc.add_files(case_id, [folder], recursive=True))
    assert [Path(r.path).name for r in results if r.status == "added"] == ["inside.png"]
