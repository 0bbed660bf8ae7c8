"""Media facts reach the case: CLI output, JSON fields, stills with provenance, near-duplicates."""

import io
import shutil
from pathlib import Path

import av
import pytest
from PIL import Image, ImageDraw

import casedesk.core.ingest as ingest
from casedesk.core.service import CaseService
from casedesk.core.store import sha256_file


def _scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    img = Image.new("RGB", size, (200, 170, 110))
    draw = ImageDraw.Draw(img)
    for n in range(12):
        x, y = (seed * 97 + n * 53) % size[0], (seed * 31 + n * 71) % size[1]
        draw.rectangle([x, y, x + 80 + n * 5, y + 40 + n * 3], fill=((seed * 40 + n * 20) % 256, n * 20, 90))
    return img


def _gps_jpeg(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Cam", "One"
    exif.get_ifd(0x8769).update({0x9003: "2025:03:14 10:42:00", 0x9011: "+01:00"})
    exif[0x8825] = {1: "N", 2: (21.0, 19.0, 48.0), 3: "E", 4: (0.0, 57.0, 0.0)}
    _scene(1).save(path, "JPEG", exif=exif)
    return path


def _video(path: Path, seconds: int = 2, fps: int = 10) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for i in range(seconds * fps):
            frame = av.VideoFrame.from_image(_scene(i, (320, 240)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def test_add_prints_kind_type_and_key_metadata(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Media").out.strip()
    result = cli("add", case_id, _gps_jpeg(tmp_path / "gps.jpg"), _video(tmp_path / "clip.mp4"))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    photo = next(line for line in lines if "gps.jpg" in line)
    assert "still" in photo and "image/jpeg" in photo and "640×480" in photo
    assert "2025-03-14T10:42:00+01:00" in photo and "GPS 21.33000, 0.95000" in photo
    clip = next(line for line in lines if "clip.mp4" in line)
    assert "video" in clip and "2.00 s" in clip


def test_case_show_json_carries_media_fields(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Media").out.strip()
    cli("add", case_id, _gps_jpeg(tmp_path / "gps.jpg"))
    item = cli("case", "show", case_id, "--json").json()["evidence"][0]
    assert (item["width"], item["height"]) == (640, 480)
    assert item["captured_at"] == "2025-03-14T09:42:00.000000Z"  # 10:42 at +01:00
    assert item["gps"]["lat"] == 21.33 and round(item["gps"]["lon"], 4) == 0.95
    assert len(item["phash"]) == 16
    assert item["parent"] is None and item["camera"] == "Cam One"


def test_still_extraction_records_provenance(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Footage").out.strip()
    video = cli("add", case_id, _video(tmp_path / "clip.mp4"), "--json").json()[0]
    result = cli("still", case_id, video["evidence_id"][:8], "--at", "1.25", "--json")
    assert result.code == 0, result.err
    still = result.json()[0]
    assert still["status"] == "added" and still["kind"] == "still" and still["media_type"] == "image/png"
    shown = {e["id"]: e for e in cli("case", "show", case_id, "--json").json()["evidence"]}
    parent = shown[still["evidence_id"]]["parent"]
    assert parent["evidence_id"] == video["evidence_id"] and parent["sha256"] == video["sha256"]
    assert abs(parent["offset_s"] - 1.25) <= 0.1
    entry = cli("log", case_id, "--json").json()[-1]
    assert entry["action"] == "still_extract"
    assert entry["details"]["parent_sha256"] == video["sha256"]
    every = cli("still", case_id, video["evidence_id"], "--every", "0.5", "--json").json()
    assert len(every) == 4
    bad = cli("still", case_id, video["evidence_id"], "--at", "99")
    assert bad.code == 2 and "Traceback" not in bad.err


def test_near_duplicates_find_reposts_not_strangers(svc: CaseService, tmp_path: Path) -> None:
    original = tmp_path / "frame.png"
    _scene(3, (800, 600)).save(original)
    reposted = tmp_path / "repost.jpg"
    buffer = io.BytesIO()
    _scene(3, (800, 600)).resize((400, 300)).save(buffer, "JPEG", quality=55)
    reposted.write_bytes(buffer.getvalue())
    stranger = tmp_path / "other.png"
    _scene(11, (800, 600)).transpose(Image.Transpose.FLIP_TOP_BOTTOM).save(stranger)

    first = svc.create_case("First").id
    second = svc.create_case("Second").id
    [a] = svc.add_files(first, [original])
    [b, c] = svc.add_files(second, [reposted, stranger])
    assert a.evidence_id and b.evidence_id and c.evidence_id
    found = svc.near_duplicates(a.evidence_id)
    assert [(d.evidence_id, d.case_id) for d in found] == [(b.evidence_id, second)]


def test_derivatives_can_be_regenerated(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case("Thumbs").id
    [result] = svc.add_files(case_id, [_gps_jpeg(tmp_path / "a.jpg")])
    assert result.sha256
    thumb = svc.derived_path(result.sha256, "thumb")
    assert thumb is not None
    shutil.rmtree(thumb.parent)
    assert svc.derived_path(result.sha256, "thumb") is None
    assert svc.regenerate_derivatives(case_id) == 1
    regenerated = svc.derived_path(result.sha256, "thumb")
    assert regenerated is not None and Image.open(regenerated).size == (256, 192)


def test_ingest_releases_each_original_from_the_page_cache_once_probed(
    svc: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[tuple[Path, str, bool]] = []

    def record(path: Path) -> None:
        # At release time the original must be complete and final; its thumbnail already made.
        thumb = svc.workspace.store.derived_dir(path.name) / "thumb.jpg"
        released.append((path, sha256_file(path), thumb.is_file()))

    monkeypatch.setattr(ingest, "release_cache", record)
    files = []
    for n in range(3):
        files.append(tmp_path / f"p{n}.jpg")
        _scene(n).save(files[-1], "JPEG")
    case_id = svc.create_case("Cache").id
    results = svc.add_files(case_id, files)
    assert sorted(p.name for p, _, _ in released) == sorted(r.sha256 for r in results if r.sha256)
    assert all(path.name == digest and thumbed for path, digest, thumbed in released)
