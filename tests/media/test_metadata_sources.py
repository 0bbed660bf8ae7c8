"""Where each capture fact comes from, and the findings when a file's groups disagree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from casedesk.media import probe_file
from casedesk.media.meta import Tag, Tags, choose, read_metadata

from .metadata_corpus import corpus_file, need_exiftool


def _read(relative: str):  # type: ignore[no-untyped-def]
    return read_metadata(corpus_file(relative), need_exiftool())


def test_xmp_only_capture_date_is_found_and_named() -> None:
    found = _read("camera/flower2.jpg")
    chosen = found.chosen
    assert chosen.captured_at is not None
    assert chosen.captured_at.value == datetime(2013, 7, 4, 17, 23, 10, tzinfo=timezone(-timedelta(hours=3)))
    assert chosen.captured_at.key == "XMP:XMP-xmp:CreateDate"
    assert any("XMP edit history (steps: 2; saved)" in f for f in chosen.findings)
    assert any("names editing software (Adobe Photoshop CS6" in f for f in chosen.findings)


def test_ingest_records_the_xmp_date_the_builtin_reader_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = need_exiftool()
    path = corpus_file("camera/flower2.jpg")
    info = probe_file(path)
    assert info.captured_at is not None and info.details["captured_at_source"] == "XMP CreateDate"
    assert info.details["captured_at_tag"] == "XMP:XMP-xmp:CreateDate"
    assert info.details["metadata_reader"] == f"exiftool {tool.version}"
    monkeypatch.setenv("CASEDESK_EXIFTOOL", "/nonexistent/exiftool")
    old = probe_file(path)
    assert old.captured_at is None
    assert "built-in EXIF reader (exiftool is not installed" in old.details["metadata_reader"]
    assert "exiftool" not in old.raw_metadata


def test_phone_offset_and_subseconds() -> None:
    chosen = _read("camera/iphone_13_pro_max.HEIC").chosen
    assert chosen.captured_at is not None
    assert chosen.captured_at.value.astimezone(UTC) == datetime(2022, 2, 16, 11, 55, 41, 762000, tzinfo=UTC)
    assert chosen.make is not None and chosen.make.value == "Apple"
    assert chosen.model is not None and chosen.model.value == "iPhone 13 Pro Max"


def test_offset_implied_by_gps_when_none_is_written() -> None:
    chosen = _read("camera/iphone_hdr_YES.jpg").chosen
    assert chosen.captured_at is not None and chosen.captured_at.value.tzinfo is None
    assert chosen.implied_offset == "+02:00"
    assert chosen.findings == []


def test_camera_clock_far_from_gps_clock_is_a_finding() -> None:
    chosen = _read("camera/DSCN0042.jpg").chosen
    assert any("camera clock and the GPS clock disagree by 22.0 h" in f for f in chosen.findings)


def test_heif_without_capture_tags_falls_back_to_gps_time() -> None:
    chosen = _read("camera/HMD_Nokia_8.3_5G_hdr.heif").chosen
    assert chosen.captured_at is not None
    assert chosen.captured_at.key == "Composite:Composite:GPSDateTime"
    assert chosen.captured_at.value == datetime(2022, 1, 12, 7, 30, 14, tzinfo=UTC)
    assert chosen.gps is not None and chosen.gps.value.alt == pytest.approx(940.3186)


def test_gopro_video_gps_and_quicktime_time() -> None:
    chosen = _read("camera/karma.mp4").chosen
    assert chosen.gps is not None and chosen.gps.key.startswith("GoPro:")
    assert (round(chosen.gps.value.lat, 5), round(chosen.gps.value.lon, 5)) == (33.12538, -117.33107)
    assert chosen.captured_at is not None and chosen.captured_at.key == "QuickTime:QuickTime:CreateDate"
    assert chosen.model is not None and chosen.model.value == "HERO5 Black"


def test_mac_movie_keys_creation_date_with_offset_agrees_with_utc_header() -> None:
    chosen = _read("camera/c.mov").chosen
    assert chosen.captured_at is not None and chosen.captured_at.key == "QuickTime:Keys:CreationDate"
    assert chosen.captured_at.value.utcoffset() == timedelta(hours=-7)
    assert chosen.findings == []  # the UTC movie header is the same instant
    assert chosen.software is not None and chosen.software.value.startswith("macOS 14.6.1")


def test_eleven_step_xmp_history_is_a_finding() -> None:
    chosen = _read("forensics/tanners_ridge.jpg").chosen
    assert any("(steps: 11;" in f and "Lightroom Classic" in f for f in chosen.findings)


def test_groups_are_exiftools() -> None:
    tree = _read("camera/mongolels.jpg").tags.tree()
    assert {"EXIF", "IPTC", "Photoshop", "XMP", "Composite"} <= set(tree)
    assert tree["XMP"]["XMP-xmp"]["Rating"] == 3
    assert tree["EXIF"]["IFD0"]["Make"] == "Canon"
    canon = _read("camera/22-canon_tags.jpg").tags
    assert canon.tree()["MakerNotes"]["Canon"]["MacroMode"] == "Normal"  # as exiftool shows it
    assert canon.numeric()["MakerNotes:Canon:MacroMode"] == 2  # as stored
    heic = _read("camera/iphone_13_pro_max.HEIC").tags.tree()
    assert {"QuickTime", "MakerNotes", "ICC_Profile"} <= set(heic)
    assert set(_read("c2pa/sample1_signed.wav").tags.tree()) >= {"RIFF", "ID3"}
    assert "System" not in tree.get("File", {})  # the stored copy's name and dates are not the file's


def test_iptc_keywords_and_city() -> None:
    tree = _read("camera/iptc.jpg").tags.tree()
    assert tree["IPTC"]["IPTC"]["City"] == "Budapest"
    assert "Budapest" in tree["IPTC"]["IPTC"]["Keywords"]


def _tags(*items: tuple[str, str, str, object]) -> Tags:
    return Tags([Tag(*item) for item in items])


def test_exif_and_xmp_times_that_disagree_are_a_finding() -> None:
    """Generated edge case: EXIF says one time, XMP another."""
    chosen = choose(
        _tags(
            ("EXIF", "ExifIFD", "DateTimeOriginal", "2024:03:01 10:00:00"),
            ("XMP", "XMP-exif", "DateTimeOriginal", "2024:03:02 18:30:00+01:00"),
        )
    )
    assert chosen.captured_at is not None and chosen.captured_at.key == "EXIF:ExifIFD:DateTimeOriginal"
    assert chosen.findings == [
        "Capture times disagree: EXIF DateTimeOriginal says 2024-03-01 10:00:00, "
        "XMP DateTimeOriginal says 2024-03-02 18:30:00+01:00."
    ]


def test_iptc_date_and_time_join_and_maker_note_fallback() -> None:
    iptc = choose(
        _tags(
            ("IPTC", "IPTC", "DateCreated", "2019:05:04"), ("IPTC", "IPTC", "TimeCreated", "12:01:02+03:00")
        )
    )
    assert iptc.captured_at is not None and iptc.captured_at.value.isoformat() == "2019-05-04T12:01:02+03:00"
    maker = choose(_tags(("MakerNotes", "Sony", "SonyDateTime", "2020:01:02 03:04:05")))
    assert maker.captured_at is not None and maker.captured_at.key == "MakerNotes:Sony:SonyDateTime"


@pytest.mark.parametrize("value", ["0000:00:00 00:00:00", "    :  :     :  :  ", "2024:13:45 99:00:00", 17])
def test_placeholder_and_broken_times_are_skipped(value: object) -> None:
    chosen = choose(
        _tags(
            ("EXIF", "ExifIFD", "DateTimeOriginal", value),
            ("XMP", "XMP-xmp", "CreateDate", "2021:01:01 00:00:00Z"),
        )
    )
    assert chosen.captured_at is not None and chosen.captured_at.key == "XMP:XMP-xmp:CreateDate"


def test_null_island_and_out_of_range_gps_are_ignored() -> None:
    chosen = choose(
        _tags(
            ("Composite", "Composite", "GPSLatitude", 0),
            ("Composite", "Composite", "GPSLongitude", 0),
            ("XMP", "XMP-exif", "GPSLatitude", 123.0),
            ("XMP", "XMP-exif", "GPSLongitude", 4.0),
            ("QuickTime", "Keys", "GPSCoordinates", "48.8583 2.2945 35"),
        )
    )
    assert chosen.gps is not None and chosen.gps.key == "QuickTime:Keys:GPSCoordinates"
    assert chosen.gps.value.alt == 35.0


def test_a_file_named_like_an_option_is_read_as_a_file(tmp_path: Path) -> None:
    tool = need_exiftool()
    odd = tmp_path / "-ver.jpg"
    odd.write_bytes(corpus_file("camera/iptc.jpg").read_bytes())
    found = read_metadata(odd, tool)
    assert found.chosen.make is not None and found.chosen.make.value == "Nokia"
