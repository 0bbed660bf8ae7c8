"""The words of the derived-records blocks (OCR, transcript, forensics) that name stored values:
forensic methods, OCR and speech languages. A value this version does not know is printed as stored.
"""

from __future__ import annotations

from casedesk.report.i18n import Language


def method_name(lang: Language, method: str) -> str:
    """A forensic method as its finding names it ("error_level_analysis")."""
    return {
        "error_level_analysis": lang.tr("Error level analysis", "image forensics method"),
        "jpeg_quantisation": lang.tr("JPEG quantisation tables", "image forensics method"),
        "double_jpeg_compression": lang.tr("Double JPEG compression", "image forensics method"),
        "thumbnail_comparison": lang.tr("Embedded thumbnail", "image forensics method"),
        "noise_residual": lang.tr("Noise residual", "image forensics method"),
        "xmp_edit_history": lang.tr("XMP edit history", "image forensics method"),
    }.get(method, method)


def ocr_language(lang: Language, code: str) -> str:
    """A Tesseract language ("ara")."""
    return {
        "ara": lang.tr("Arabic", "language"),
        "fra": lang.tr("French", "language"),
        "eng": lang.tr("English", "language"),
    }.get(code, code)


def speech_language(lang: Language, code: str) -> str:
    """A Whisper language code ("ar")."""
    return {
        "ar": lang.tr("Arabic", "language"),
        "fr": lang.tr("French", "language"),
        "en": lang.tr("English", "language"),
        "es": lang.tr("Spanish", "language"),
    }.get(code, code)


def matches(lang: Language, same: bool) -> str:
    """Whether a thumbnail's frame or content agrees with the main picture."""
    return (
        lang.tr("matches", "thumbnail against picture")
        if same
        else lang.tr("differs", "thumbnail against picture")
    )


def table_role(lang: Language, role: str) -> str:
    return {
        "luminance": lang.tr("luminance", "JPEG quantisation table"),
        "chrominance": lang.tr("chrominance", "JPEG quantisation table"),
    }.get(role, role)


def thumbnail_source(lang: Language, source: str) -> str:
    return {
        "exif_ifd1": lang.tr("EXIF preview", "where a thumbnail is stored"),
        "heif_thumbnail": lang.tr("HEIF thumbnail", "where a thumbnail is stored"),
    }.get(source, source)
