"""Still images: EXIF facts, bombs, damage, orientation, derivatives."""

from __future__ import annotations

import json
import resource
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from casedesk.media import DecodeStatus, EvidenceKind, GeoPoint, Limits, probe_and_derive, probe_file
from casedesk.media.exif import NO_EXIF_FINDING

from .factories import R, build_exif, dms, jpeg_bytes, png_bomb, scene, tiff_bomb

EXIF_DT_ORIGINAL, EXIF_OFFSET_ORIGINAL, EXIF_SUBSEC_ORIGINAL = 0x9003, 0x9011, 0x9291
MAKE, MODEL, SOFTWARE, ORIENTATION, MAKER_NOTE = 0x010F, 0x0110, 0x0131, 0x0112, 0x927C


def test_exif_time_with_offset_camera_and_southern_western_gps(save_image: Callable[..., Path]) -> None:
    exif = build_exif(
        base={MAKE: "Canon", MODEL: "EOS R6\x00\x00", SOFTWARE: "Firmware 1.8"},
        exif_ifd={
            EXIF_DT_ORIGINAL: "2024:05:01 14:30:15",
            EXIF_OFFSET_ORIGINAL: "-03:00",
            EXIF_SUBSEC_ORIGINAL: "25",
        },
        gps={1: "S", 2: dms(33, 51, 31.5), 3: "W", 4: dms(151, 12, 36), 5: b"\x01", 6: R(12, 1)},
    )
    path = save_image("ok.jpg", fmt="JPEG", exif=exif)

    info = probe_file(path)

    assert info.decode_status == DecodeStatus.OK, info.warnings
    assert info.captured_at == datetime(2024, 5, 1, 14, 30, 15, 250_000, tzinfo=timezone(timedelta(hours=-3)))
    assert info.captured_at.utcoffset() == timedelta(hours=-3)
    assert info.camera_make == "Canon" and info.camera_model == "EOS R6" and info.software == "Firmware 1.8"
    assert info.gps is not None
    assert info.gps.lat == pytest.approx(-(33 + 51 / 60 + 31.5 / 3600))
    assert info.gps.lon == pytest.approx(-(151 + 12 / 60 + 36 / 3600))
    assert info.gps.alt == pytest.approx(-12.0)  # altitude ref 1 = below sea level
    assert NO_EXIF_FINDING not in info.warnings
    assert info.raw_metadata["exif"]["Make"] == "Canon"
    assert info.details["captured_at_source"] == "EXIF DateTimeOriginal"


def test_exif_time_without_offset_is_naive(save_image: Callable[..., Path]) -> None:
    exif = build_exif(
        exif_ifd={EXIF_DT_ORIGINAL: "2023:12:31 23:59:59"},
        gps={1: "N", 2: dms(48, 51, 29.6), 3: "E", 4: dms(2, 17, 40.2)},
    )
    info = probe_file(save_image("naive.jpg", fmt="JPEG", exif=exif))
    assert info.captured_at == datetime(2023, 12, 31, 23, 59, 59)
    assert info.captured_at.tzinfo is None
    assert info.gps == GeoPoint(pytest.approx(48.858222), pytest.approx(2.2945), None)  # type: ignore[arg-type]


def test_gps_timestamp_is_kept_as_utc_detail(save_image: Callable[..., Path]) -> None:
    exif = build_exif(
        gps={
            1: "N",
            2: dms(10, 0, 0),
            3: "E",
            4: dms(20, 0, 0),
            7: (R(8, 1), R(5, 1), R(9, 1)),
            29: "2024:02:03",
        }
    )
    info = probe_file(save_image("gpst.jpg", fmt="JPEG", exif=exif))
    assert info.details["gps_time_utc"] == datetime(2024, 2, 3, 8, 5, 9, tzinfo=UTC).isoformat()


@pytest.mark.parametrize(
    ("gps", "expected_fragment"),
    [
        (
            {1: "N", 2: dms(123, 0, 0), 3: "E", 4: dms(10, 0, 0)},
            "latitude 123 is outside the valid range of ±90",
        ),
        (
            {1: "N", 2: dms(10, 0, 0), 3: "W", 4: dms(200, 0, 0)},
            "longitude -200 is outside the valid range of ±180",
        ),
        (
            {1: "N", 2: (R(10, 1), R(75, 1), R(0, 1)), 3: "E", 4: dms(1, 0, 0)},
            "impossible minutes or seconds",
        ),
        ({1: "N", 2: (R(10, 0), R(0, 1), R(0, 1)), 3: "E", 4: dms(1, 0, 0)}, "could not be read"),
        ({1: "N", 2: dms(0, 0, 0), 3: "E", 4: dms(0, 0, 0)}, "exactly 0°, 0°"),
        ({1: "N", 2: dms(10, 0, 0)}, "only one of latitude and longitude"),
    ],
    ids=["lat>90", "lon>180", "minutes>60", "zero-denominator", "null-island", "lat-only"],
)
def test_absurd_gps_values_warn_instead_of_crashing(
    save_image: Callable[..., Path], gps: dict[int, object], expected_fragment: str
) -> None:
    info = probe_file(save_image("bad_gps.jpg", fmt="JPEG", exif=build_exif(base={MAKE: "X"}, gps=gps)))
    assert info.gps is None
    assert info.decode_status == DecodeStatus.OK
    assert any(expected_fragment in w for w in info.warnings), info.warnings
    json.dumps(info.raw_metadata, allow_nan=False)


def test_invalid_exif_date_and_orientation_warn(save_image: Callable[..., Path]) -> None:
    exif = build_exif(
        base={ORIENTATION: 9},
        exif_ifd={EXIF_DT_ORIGINAL: "2024:13:45 99:00:00", EXIF_OFFSET_ORIGINAL: "+02:00"},
    )
    info = probe_file(save_image("bad_date.jpg", fmt="JPEG", exif=exif))
    assert info.captured_at is None and info.orientation is None
    assert (
        "EXIF DateTimeOriginal '2024:13:45 99:00:00' is not a valid date and time; capture time left empty."
        in info.warnings
    )
    assert any("Orientation value 9 is not valid" in w for w in info.warnings)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_absent_exif_is_a_finding(save_image: Callable[..., Path], fmt: str) -> None:
    info = probe_file(save_image(f"stripped.{fmt.lower()}", fmt=fmt))
    assert NO_EXIF_FINDING in info.warnings
    assert info.decode_status == DecodeStatus.OK
    assert info.captured_at is None and info.gps is None and info.camera_make is None


def test_absent_exif_is_not_a_finding_for_gif(save_image: Callable[..., Path]) -> None:
    info = probe_file(save_image("anim.gif", fmt="GIF"))
    assert NO_EXIF_FINDING not in info.warnings


def test_png_exif_and_text_chunks(save_image: Callable[..., Path]) -> None:
    text = PngImagePlugin.PngInfo()
    text.add_text("Software", "Screenshot tool")
    text.add_text("Comment", "exported by source", zip=True)
    exif = build_exif(base={MAKE: "Pixel"}, exif_ifd={EXIF_DT_ORIGINAL: "2022:01:02 03:04:05"})
    info = probe_file(save_image("shot.png", fmt="PNG", pnginfo=text, exif=exif))
    assert info.raw_metadata["png_text"] == {"Software": "Screenshot tool", "Comment": "exported by source"}
    assert info.camera_make == "Pixel"
    assert info.captured_at == datetime(2022, 1, 2, 3, 4, 5)
    assert NO_EXIF_FINDING not in info.warnings


def test_raw_metadata_is_json_serialisable_and_maker_note_truncated(save_image: Callable[..., Path]) -> None:
    exif = build_exif(
        base={MAKE: b"Bytes\xffMake", 0x010E: "caption " * 2000},
        exif_ifd={
            MAKER_NOTE: bytes(range(256)) * 40,
            0x9286: b"ASCII\x00\x00\x00hello there",
            0x829A: R(1, 0),
        },
    )
    info = probe_file(save_image("rich.jpg", fmt="JPEG", exif=exif))
    text = json.dumps(info.raw_metadata, allow_nan=False)
    assert len(text) < 20_000
    assert info.raw_metadata["exif"]["MakerNote"] == "<10240 bytes, vendor-specific, not decoded>"
    assert info.raw_metadata["exif"]["UserComment"] == "hello there"
    assert info.raw_metadata["exif"]["ExposureTime"] == "nan"


def test_truncated_jpeg_is_partial_and_still_previewed(tmp_path: Path) -> None:
    data = jpeg_bytes(scene(5, (800, 600)), quality=90)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) * 2 // 3])

    info, derivs = probe_and_derive(path, tmp_path / "out")

    assert info.decode_status == DecodeStatus.PARTIAL
    assert any("ends early" in w for w in info.warnings)
    assert (info.width, info.height) == (800, 600)
    assert {d.role for d in derivs} == {"thumb", "preview"}


def test_jpeg_cut_inside_header_fails(tmp_path: Path) -> None:
    data = jpeg_bytes(scene(5, (80, 60)))
    path = tmp_path / "stub.jpg"
    path.write_bytes(data[:40])
    info, derivs = probe_and_derive(path, tmp_path / "out")
    assert info.decode_status == DecodeStatus.FAILED
    assert info.warnings and info.kind == EvidenceKind.STILL
    assert derivs == []


def _maxrss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def test_png_decompression_bomb_is_refused_without_allocating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(png_bomb(100_000, 100_000))
    before = _maxrss_bytes()

    info, derivs = probe_and_derive(path, tmp_path / "out")

    assert _maxrss_bytes() - before < 100 * 1024 * 1024
    assert info.decode_status == DecodeStatus.REFUSED
    assert (info.width, info.height) == (100_000, 100_000)
    assert info.warnings == [
        "Image claims 100000x100000 pixels (10 gigapixels), above the 200 megapixel limit; not decoded."
    ]
    assert derivs == [] and not (tmp_path / "out").exists()


def test_tiff_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    path = tmp_path / "bomb.tif"
    path.write_bytes(tiff_bomb(50_000, 50_000))
    info = probe_file(path)
    assert info.decode_status == DecodeStatus.REFUSED
    assert info.warnings == [
        "Image claims 50000x50000 pixels (2.5 gigapixels), above the 200 megapixel limit; not decoded."
    ]


def test_pillow_bomb_guard_is_caught_too(tmp_path: Path) -> None:
    # 15000x15000 = 225 MP passes a raised limit of ours but trips Pillow's own guard (~179 MP).
    path = tmp_path / "wide.tif"
    path.write_bytes(tiff_bomb(15_000, 15_000))
    info = probe_file(path, Limits(max_pixels=10**12))
    assert info.decode_status == DecodeStatus.REFUSED
    assert info.warnings == [
        "Image claims 15000x15000 pixels (225 megapixels), above the image decoder's safety limit; "
        "not decoded."
    ]


def test_custom_pixel_limit(save_image: Callable[..., Path]) -> None:
    path = save_image("big.png", scene(1, (2000, 1000)), fmt="PNG")
    info = probe_file(path, Limits(max_pixels=1_000_000))
    assert info.decode_status == DecodeStatus.REFUSED
    assert info.warnings == [
        "Image claims 2000x1000 pixels (2 megapixels), above the 1 megapixel limit; not decoded."
    ]
    assert probe_file(path).decode_status == DecodeStatus.OK


def _half_red_half_blue(size: tuple[int, int]) -> Image.Image:
    img = Image.new("RGB", size, (0, 0, 255))
    img.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    return img


def test_orientation_is_applied_to_thumbnails(save_image: Callable[..., Path], tmp_path: Path) -> None:
    # Stored landscape 200x100 (left red, right blue); orientation 6 = rotate 90° clockwise to view.
    path = save_image(
        "rot.jpg", _half_red_half_blue((200, 100)), fmt="JPEG", exif=build_exif(base={ORIENTATION: 6})
    )

    info, derivs = probe_and_derive(path, tmp_path / "d")

    assert (info.width, info.height, info.orientation) == (200, 100, 6)
    by_role = {d.role: d for d in derivs}
    thumb = Image.open(tmp_path / "d" / by_role["thumb"].path)
    assert thumb.format == "JPEG" and thumb.height > thumb.width
    assert (by_role["thumb"].width, by_role["thumb"].height) == thumb.size == (100, 200)
    top, bottom = thumb.convert("RGB").getpixel((50, 20)), thumb.convert("RGB").getpixel((50, 180))
    assert top[0] > 200 and top[2] < 60  # old left edge (red) is now on top
    assert bottom[2] > 200 and bottom[0] < 60


def test_heic_orientation_is_not_applied_twice(tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = tmp_path / "phone.heic"
    _half_red_half_blue((200, 100)).save(
        path, format="HEIF", exif=build_exif(base={ORIENTATION: 6}).tobytes()
    )

    info, derivs = probe_and_derive(path, tmp_path / "d")

    assert info.media_type == "image/heic" and info.orientation == 6
    thumb = next(d for d in derivs if d.role == "thumb")
    assert (thumb.width, thumb.height) == (100, 200)


def test_large_jpeg_is_decoded_at_reduced_scale(save_image: Callable[..., Path], tmp_path: Path) -> None:
    path = save_image("large.jpg", scene(9, (4000, 3000)), fmt="JPEG", quality=80)
    info, derivs = probe_and_derive(path, tmp_path / "d")
    assert (info.width, info.height) == (4000, 3000)
    sizes = {d.role: (d.width, d.height) for d in derivs}
    assert sizes["thumb"] == (256, 192)
    # Decoded once at 1/8 scale (500×375), which feeds the preview without upscaling.
    assert sizes["preview"] == (500, 375)
    for d in derivs:
        assert Image.open(tmp_path / "d" / d.path).size == (d.width, d.height)


def test_transparent_png_is_flattened_on_white(save_image: Callable[..., Path], tmp_path: Path) -> None:
    img = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    info, derivs = probe_and_derive(save_image("clear.png", img, fmt="PNG"), tmp_path / "d")
    assert info.decode_status == DecodeStatus.OK
    thumb = Image.open(tmp_path / "d" / derivs[0].path).convert("RGB")
    assert min(thumb.getpixel((20, 20))) > 245


def test_animated_gif_reports_frames(tmp_path: Path) -> None:
    frames = [scene(i, (64, 48)) for i in range(3)]
    path = tmp_path / "a.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100)
    info = probe_file(path)
    assert info.details["frame_count"] == 3 and info.details["animated"] is True
