"""Every method on the corpus's real files: single vs double compression, tables, thumbnails, history."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from PIL import Image

from casedesk.forensics import examine, load_still
from casedesk.forensics.double import double_compression
from casedesk.forensics.quality import ANNEX_K_LUMINANCE, fit_tables, ijg_table
from casedesk.forensics.thumbnail import compare_thumbnail

from .conftest import corpus_file


def test_single_q40_shows_no_gaps_and_double_q40_q50_does() -> None:
    single = double_compression(load_still(corpus_file("forensics/comp40.jpg")))
    double = double_compression(load_still(corpus_file("forensics/comp4050.jpg")))
    assert single is not None and double is not None
    # Measured: comp40 0 gaps in 69 tested bins; comp4050 16 gaps in 77 bins at 6 of 9 coefficients.
    assert single.gap_bins == 0 and not single.indicated and single.primary_quality is None
    assert double.indicated and double.gap_bins >= 10 and double.coefficients_with_gaps >= 5
    assert double.gap_fraction > 0.15 > single.gap_fraction
    assert double.primary_quality == 40  # the first save's quality, from the gaps alone
    first = double.coefficients[0]  # (0, 1): step 11 now, 14 at quality 40: values 2, 7, 12 unreachable
    assert (first.row, first.col, first.step, first.primary_step) == (0, 1, 11, 14)
    assert {2, 7, 12} <= set(first.gaps)


@pytest.mark.parametrize(
    "name",
    ["camera/DSCN0042.jpg", "camera/22-canon_tags.jpg", "camera/nikon-e950.jpg", "camera/mongolels.jpg"],
)
def test_camera_jpegs_show_no_double_compression(name: str) -> None:
    finding = double_compression(load_still(corpus_file(name)))
    assert finding is not None and not finding.indicated and finding.tested_bins > 100


def test_quality_of_the_comp_files_and_a_camera_table() -> None:
    q40 = examine(corpus_file("forensics/comp40.jpg")).quantisation
    q50 = examine(corpus_file("forensics/comp4050.jpg")).quantisation
    assert q40 is not None and q40.standard and q40.estimated_quality == 40
    assert q50 is not None and q50.standard and q50.estimated_quality == 50
    assert [t.role for t in q50.tables] == ["luminance", "chrominance"]
    nikon = examine(corpus_file("camera/nikon-e950.jpg")).quantisation
    assert nikon is not None and not nikon.standard  # a camera's own tables: nearest Q given, with the error
    assert nikon.tables[0].max_abs_error > 0 and nikon.estimated_quality is not None


@pytest.mark.parametrize("quality", [1, 10, 25, 49, 50, 51, 75, 90, 95, 100])
def test_ijg_scaling_is_libjpegs(quality: int) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "grey").save(buffer, "JPEG", quality=quality)
    with Image.open(buffer) as im:
        tables = {k: tuple(v) for k, v in im.quantization.items()}
    assert tables[0] == ijg_table(ANNEX_K_LUMINANCE, quality)
    fit = fit_tables(tables, 0)
    assert fit.standard and fit.estimated_quality == quality


def test_letterboxed_thumbnail_frame_differs_but_its_content_matches() -> None:
    """45-gps_ifd.jpg: a 16:9 picture with a 4:3 (160x120) thumbnail.

    The manifest observed a mean grey difference of ~74 with the picture resized onto the whole
    thumbnail; the thumbnail carries 15-pixel black bars above and below, and inside them the same
    framing as the picture (checked: no crop or shift of the content matches better).
    """
    finding = compare_thumbnail(load_still(corpus_file("forensics/45-gps_ifd.jpg")))
    assert finding is not None and finding.source == "exif_ifd1"
    assert (finding.width, finding.height, finding.main_width, finding.main_height) == (160, 120, 1600, 900)
    assert not finding.frame_matches and finding.frame_mean_difference > 60
    assert finding.bars == (0, 15, 0, 15) and finding.content_aspect_matches
    assert finding.phash_distance <= 4 and finding.content_mean_difference < 8 and finding.content_matches


@pytest.mark.parametrize("name", ["camera/DSCN0042.jpg", "camera/22-canon_tags.jpg", "camera/mongolels.jpg"])
def test_camera_thumbnails_match(name: str) -> None:
    finding = compare_thumbnail(load_still(corpus_file(name)))
    assert finding is not None and finding.frame_matches and finding.content_matches
    assert finding.bars == (0, 0, 0, 0) and finding.phash_distance <= 4


def test_thumbnail_of_a_cropped_picture_is_found_different(tmp_path: Path) -> None:
    """What a careless editor does: crop the picture, keep the camera's EXIF (and so its thumbnail)."""
    original = corpus_file("camera/DSCN0042.jpg")
    with Image.open(original) as im:
        exif = im.info["exif"]
        cropped = im.crop((0, 0, 320, 240))
    edited = tmp_path / "cropped.jpg"
    cropped.save(edited, "JPEG", quality=90, exif=exif)
    finding = compare_thumbnail(load_still(edited))
    assert finding is not None and finding.frame_matches  # same 4:3 shape...
    assert not finding.content_matches and finding.phash_distance > 10  # ...not the same picture


def test_heic_thumbnail_matches_and_heic_has_no_jpeg_findings() -> None:
    report = examine(corpus_file("camera/iphone_13_pro_max.HEIC"))
    assert report.thumbnail is not None and report.thumbnail.source == "heif_thumbnail"
    assert report.thumbnail.content_matches
    assert report.quantisation is None and report.double_compression is None
    assert report.ela_image.size == (3024, 4032) == report.noise_image.size
    assert [f.method for f in report.findings] == [
        "error_level_analysis",
        "thumbnail_comparison",
        "noise_residual",
    ]


def test_png_still(tmp_path: Path) -> None:
    """A PNG (here the corpus's q40 JPEG decoded and stored losslessly): ELA and noise, no JPEG tables."""
    png = tmp_path / "still.png"
    with Image.open(corpus_file("forensics/comp40.jpg")) as im:
        im.save(png, "PNG")
    report = examine(png)
    assert report.media_type == "image/png" and report.quantisation is None and report.thumbnail is None
    assert report.ela.levels.mean > 0 and report.noise.levels.mean > 0
    assert report.ela_image.mode == "RGB" and report.ela_image.size == (512, 384)


def test_ela_and_noise_numbers_and_views() -> None:
    report = examine(corpus_file("forensics/comp4050.jpg"))
    ela, noise = report.ela, report.noise
    assert ela.quality == 90 and ela.scale == 20 and ela.method == "error_level_analysis"
    assert 0 < ela.levels.mean < ela.levels.p99 <= ela.levels.max <= 255
    assert ela.levels.tiles == (512 // 16) * (384 // 16)
    assert noise.median_size == 3 and 0 < noise.levels.mean < noise.levels.p99
    # The views are the differences amplified: their mean is about scale x the levels' mean.
    ela_mean = sum(i * c for i, c in enumerate(report.ela_image.convert("L").histogram())) / (512 * 384)
    assert ela_mean > ela.levels.mean
    assert not math.isclose(ela_mean, 0)


def test_orientation_is_applied_to_the_views(tmp_path: Path) -> None:
    with Image.open(corpus_file("forensics/comp40.jpg")) as im:
        exif = Image.Exif()
        exif[0x0112] = 6  # rotate 90° clockwise for display
        rotated = tmp_path / "rotated.jpg"
        im.save(rotated, "JPEG", quality=80, exif=exif.tobytes())
    report = examine(rotated)
    assert (report.width, report.height) == (512, 384)  # as stored
    assert report.ela_image.size == (384, 512) == report.noise_image.size  # as shown


def test_xmp_edit_history_of_tanners_ridge() -> None:
    history = examine(corpus_file("forensics/tanners_ridge.jpg")).history
    assert history is not None and len(history.steps) == 11
    assert [s.action for s in history.steps] == [
        "derived", "saved", "saved", "converted", "derived", "saved",
        "saved", "converted", "derived", "saved", "saved",
    ]  # fmt: skip
    assert history.steps[1].software == "Adobe Photoshop Lightroom Classic 12.5 (Windows)"
    assert history.steps[1].when == "2023-09-26T13:54:07-04:00"
    assert history.steps[-1].when == "2023-09-26T15:53:49-04:00"
    assert history.steps[3].parameters == "from image/tiff to application/vnd.adobe.photoshop"
    assert history.software == (
        "Adobe Photoshop Lightroom Classic 12.5 (Windows)",
        "Adobe Photoshop 25.0 (Windows)",
    )
    assert len(history.log) == 8 and history.log[0].text == "File _DSC5548_AuroraHDR-edit.tif opened"
    assert history.preserved_file_name == "_DSC5548_AuroraHDR-edit.tif"
    assert history.metadata_date == "2023-09-27T14:30:43+02:00"
    assert history.derived_from_document == "adobe:docid:photoshop:0a991550-48f0-674c-bb6c-2166854016a1"


def test_camera_original_has_no_history() -> None:
    assert examine(corpus_file("camera/DSCN0042.jpg")).history is None
