"""Identify a file's real type from its first bytes; the name is only used to flag disagreement."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from .api import EvidenceKind

HEAD_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Sniffed:
    family: str  # internal container/format family, e.g. "jpeg", "isobmff", "matroska"
    media_type: str  # best guess from magic alone; AV families are refined after reading streams
    kind: EvidenceKind  # best guess from magic alone
    pil_format: str | None = None  # Pillow format name, for images only


UNKNOWN = Sniffed("unknown", "application/octet-stream", EvidenceKind.OTHER)

_K = EvidenceKind

# Families whose content goes to Pillow, PyAV or pypdf respectively.
IMAGE_FAMILIES = frozenset({"jpeg", "png", "gif", "webp", "tiff", "bmp", "heif", "avif"})
AV_FAMILIES = frozenset(
    {"isobmff", "matroska", "avi", "ogg", "asf", "flv", "mpegts", "wav", "aiff", "flac", "mp3", "aac", "amr"}
)

# What each AV family is called once we know whether it carries video or only audio.
AV_MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "matroska": ("video/x-matroska", "audio/x-matroska"),
    "avi": ("video/x-msvideo", "video/x-msvideo"),
    "ogg": ("video/ogg", "audio/ogg"),
    "asf": ("video/x-ms-asf", "audio/x-ms-wma"),
    "flv": ("video/x-flv", "video/x-flv"),
    "mpegts": ("video/mp2t", "video/mp2t"),
    "wav": ("audio/wav", "audio/wav"),
    "aiff": ("audio/aiff", "audio/aiff"),
    "flac": ("audio/flac", "audio/flac"),
    "mp3": ("audio/mpeg", "audio/mpeg"),
    "aac": ("audio/aac", "audio/aac"),
    "amr": ("audio/amr", "audio/amr"),
}

DESCRIPTIONS: dict[str, str] = {
    "image/jpeg": "JPEG image data",
    "image/png": "PNG image data",
    "image/gif": "GIF image data",
    "image/webp": "WebP image data",
    "image/tiff": "TIFF image data",
    "image/bmp": "BMP image data",
    "image/heic": "HEIC image data",
    "image/heif": "HEIF image data",
    "image/avif": "AVIF image data",
    "video/mp4": "MP4 video data",
    "audio/mp4": "MPEG-4 audio data",
    "video/quicktime": "QuickTime video data",
    "video/3gpp": "3GPP video data",
    "audio/3gpp": "3GPP audio data",
    "video/x-matroska": "Matroska video data",
    "audio/x-matroska": "Matroska audio data",
    "video/webm": "WebM video data",
    "audio/webm": "WebM audio data",
    "video/x-msvideo": "AVI video data",
    "video/ogg": "Ogg video data",
    "audio/ogg": "Ogg audio data",
    "video/x-ms-asf": "Windows Media video data",
    "audio/x-ms-wma": "Windows Media audio data",
    "video/x-flv": "Flash video data",
    "video/mp2t": "MPEG transport stream data",
    "audio/wav": "WAV audio data",
    "audio/aiff": "AIFF audio data",
    "audio/flac": "FLAC audio data",
    "audio/mpeg": "MP3 audio data",
    "audio/aac": "AAC audio data",
    "audio/amr": "AMR audio data",
    "application/pdf": "PDF document data",
    "application/zip": "ZIP archive data",
    "application/gzip": "gzip archive data",
    "application/x-7z-compressed": "7-Zip archive data",
    "application/vnd.rar": "RAR archive data",
    "application/vnd.sqlite3": "SQLite database data",
    "text/plain": "plain text",
    "text/html": "HTML text",
    "application/rtf": "RTF document data",
    "image/svg+xml": "SVG image data",
    "application/octet-stream": "unrecognised binary data",
}

_ext_table: dict[str, frozenset[str]] = {}


def _ext(names: str, families: str) -> None:
    for name in names.split():
        _ext_table["." + name] = frozenset(families.split())


_ext("jpg jpeg jpe jfif", "jpeg")
_ext("png apng", "png")
_ext("gif", "gif")
_ext("webp", "webp")
_ext("tif tiff dng nef cr2 arw pef srw", "tiff")  # camera raws are TIFF containers
_ext("bmp dib", "bmp")
_ext("heic heif hif", "heif")
_ext("avif", "avif")
_ext("mp4 m4v mov qt 3gp 3g2 m4a m4b", "isobmff")
_ext("mkv mka webm", "matroska")
_ext("avi", "avi")
_ext("ogg oga ogv opus spx", "ogg")
_ext("wmv wma asf", "asf")
_ext("flv", "flv")
_ext("ts mts m2ts", "mpegts")
_ext("wav", "wav")
_ext("aif aiff aifc", "aiff")
_ext("flac", "flac")
_ext("mp3", "mp3")
_ext("aac", "aac")
_ext("amr", "amr")
_ext("pdf", "pdf")
_ext("zip", "zip ooxml odf epub")
_ext("docx xlsx pptx", "ooxml")
_ext("odt ods odp", "odf")
_ext("epub", "epub")
_ext("txt md csv log json", "text")
_ext("html htm", "html text")
_ext("rtf", "rtf")
_ext("svg", "svg")
_ext("gz", "gzip")
_ext("7z", "7z")
_ext("rar", "rar")
# Read-only from here on: lookups happen from many threads.
_EXT_FAMILIES: Mapping[str, frozenset[str]] = MappingProxyType(_ext_table)

# What a file name promises, for the "not recognisable as ..." wording.
_EXT_PROMISE: dict[str, str] = {
    "jpeg": "JPEG image data",
    "png": "PNG image data",
    "gif": "GIF image data",
    "webp": "WebP image data",
    "tiff": "TIFF image data",
    "bmp": "BMP image data",
    "heif": "HEIF image data",
    "avif": "AVIF image data",
    "isobmff": "MP4/QuickTime media data",
    "matroska": "Matroska/WebM media data",
    "avi": "AVI video data",
    "ogg": "Ogg media data",
    "asf": "Windows Media data",
    "flv": "Flash video data",
    "mpegts": "MPEG transport stream data",
    "wav": "WAV audio data",
    "aiff": "AIFF audio data",
    "flac": "FLAC audio data",
    "mp3": "MP3 audio data",
    "aac": "AAC audio data",
    "amr": "AMR audio data",
    "pdf": "PDF document data",
    "zip": "ZIP archive data",
    "ooxml": "Office document data",
    "odf": "OpenDocument data",
    "epub": "EPUB book data",
    "text": "text",
    "rtf": "RTF document data",
    "svg": "SVG image data",
    "gzip": "gzip archive data",
    "7z": "7-Zip archive data",
    "rar": "RAR archive data",
}

# Families whose content we try to decode; a name promising one of these over unknown bytes is a failure.
DECODABLE_FAMILIES = IMAGE_FAMILIES | AV_FAMILIES | {"pdf"}

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"})
_HEIF_GENERIC_BRANDS = frozenset({b"mif1", b"msf1", b"mif2"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_AUDIO_MP4_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A "})
# Classic QuickTime files may start with these atoms instead of "ftyp".
_QT_ATOMS = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})
# Valid BMP info-header sizes; "BM" alone is too weak a signature.
_BMP_DIB_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})


def describe(media_type: str) -> str:
    return DESCRIPTIONS.get(media_type, f"{media_type} data")


def extension_families(path: Path) -> frozenset[str] | None:
    return _EXT_FAMILIES.get(path.suffix.lower())


def name_implies_decodable(path: Path) -> bool:
    families = extension_families(path)
    return bool(families and families & DECODABLE_FAMILIES)


def extension_warning(path: Path, family: str, media_type: str) -> str | None:
    """A sentence when the file name promises something other than what the content is."""
    families = extension_families(path)
    if families is None or family in families:
        return None
    suffix = path.suffix
    if family == "unknown":
        promise = " or ".join(sorted({_EXT_PROMISE.get(f, f) for f in families}))
        return f"File name ends in {suffix} but the content is not recognisable as {promise}."
    return f"File name ends in {suffix} but the content is {describe(media_type)} ({media_type})."


def _isobmff(head: bytes) -> Sniffed | None:
    if len(head) < 12:
        return None
    box = head[4:8]
    if box != b"ftyp":
        if box in _QT_ATOMS:
            return Sniffed("isobmff", "video/quicktime", _K.VIDEO)
        return None
    (size,) = struct.unpack(">I", head[:4])
    major = head[8:12]
    end = min(len(head), size if 16 <= size <= 4096 else 64)
    brands = {major} | {head[i : i + 4] for i in range(16, end - 3, 4)}
    if brands & _AVIF_BRANDS:
        return Sniffed("avif", "image/avif", _K.STILL, "AVIF")
    if brands & _HEIF_BRANDS:
        return Sniffed("heif", "image/heic", _K.STILL, "HEIF")
    if major in _HEIF_GENERIC_BRANDS:
        return Sniffed("heif", "image/heif", _K.STILL, "HEIF")
    if major == b"crx ":
        return Sniffed("cr3", "image/x-canon-cr3", _K.OTHER)
    if major in _AUDIO_MP4_BRANDS:
        return Sniffed("isobmff", "audio/mp4", _K.AUDIO)
    if major == b"qt  ":
        return Sniffed("isobmff", "video/quicktime", _K.VIDEO)
    if major.startswith(b"3g"):
        return Sniffed("isobmff", "video/3gpp", _K.VIDEO)
    return Sniffed("isobmff", "video/mp4", _K.VIDEO)


def _mpeg_audio(head: bytes) -> Sniffed | None:
    """Raw MPEG audio / ADTS frame sync (files without an ID3 tag)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    layer = (head[1] >> 1) & 0x3
    if layer == 0:
        if head[1] & 0xF6 == 0xF0 and (head[2] >> 2) & 0xF < 13:
            return Sniffed("aac", "audio/aac", _K.AUDIO)
        return None
    version = (head[1] >> 3) & 0x3
    bitrate_index = head[2] >> 4
    rate_index = (head[2] >> 2) & 0x3
    if version == 1 or bitrate_index in (0, 0xF) or rate_index == 3:
        return None
    return Sniffed("mp3", "audio/mpeg", _K.AUDIO)


_TEXT_CONTROLS = frozenset({9, 10, 12, 13, 27})


def _text(head: bytes) -> Sniffed | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Sniffed("text", "text/plain", _K.DOCUMENT)
    if b"\x00" in head:
        return None
    sample = head.removeprefix(b"\xef\xbb\xbf")
    for cut in range(4):  # the read may have split a multi-byte character
        try:
            text = sample[: len(sample) - cut].decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    else:
        # Not UTF-8: accept legacy 8-bit text (Latin-1, Windows-1252): no control bytes, mostly ASCII.
        if any((b < 32 and b not in _TEXT_CONTROLS) or b == 127 for b in sample):
            return None
        ascii_text = sum(1 for b in sample if b < 127)
        if sample and ascii_text / len(sample) >= 0.7:
            return Sniffed("text", "text/plain", _K.DOCUMENT)
        return None
    if any(not (ch.isprintable() or ch in "\r\n\t\f\x1b") for ch in text):
        return None
    lead = text.lstrip()[:256].lower()
    if lead.startswith("{\\rtf"):
        return Sniffed("rtf", "application/rtf", _K.DOCUMENT)
    if lead.startswith(("<!doctype html", "<html")):
        return Sniffed("html", "text/html", _K.DOCUMENT)
    if lead.startswith(("<svg", "<?xml")) and "<svg" in text.lower():
        return Sniffed("svg", "image/svg+xml", _K.OTHER)
    return Sniffed("text", "text/plain", _K.DOCUMENT)


def _zip(path: Path, head: bytes) -> Sniffed:
    # OpenDocument and EPUB put an uncompressed "mimetype" member first.
    if head[30:38] == b"mimetype":
        mime = head[38:120].split(b"PK", 1)[0].decode("ascii", "replace").strip()
        if mime == "application/epub+zip":
            return Sniffed("epub", mime, _K.DOCUMENT)
        if mime.startswith("application/vnd.oasis.opendocument"):
            return Sniffed("odf", mime, _K.DOCUMENT)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()[:10_000]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        names = []
    if "[Content_Types].xml" in names:
        for prefix, mime in (
            ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ):
            if any(n.startswith(prefix) for n in names):
                return Sniffed("ooxml", mime, _K.DOCUMENT)
    return Sniffed("zip", "application/zip", _K.OTHER)


def sniff(path: Path, head: bytes) -> Sniffed:
    """Classify content by magic bytes. `head` is the first HEAD_BYTES of the file."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("jpeg", "image/jpeg", _K.STILL, "JPEG")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("png", "image/png", _K.STILL, "PNG")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Sniffed("gif", "image/gif", _K.STILL, "GIF")
    if head[:4] in (b"RIFF", b"RF64") and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return Sniffed("webp", "image/webp", _K.STILL, "WEBP")
        if form == b"WAVE":
            return Sniffed("wav", "audio/wav", _K.AUDIO)
        if form == b"AVI ":
            return Sniffed("avi", "video/x-msvideo", _K.VIDEO)
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return Sniffed("tiff", "image/tiff", _K.STILL, "TIFF")
    if head.startswith(b"BM") and len(head) >= 26 and struct.unpack("<I", head[14:18])[0] in _BMP_DIB_SIZES:
        return Sniffed("bmp", "image/bmp", _K.STILL, "BMP")
    bmff = _isobmff(head)
    if bmff is not None:
        return bmff
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        if b"webm" in head[:64]:
            return Sniffed("matroska", "video/webm", _K.VIDEO)
        return Sniffed("matroska", "video/x-matroska", _K.VIDEO)
    if head.startswith(b"OggS"):
        first_page = head[:512]
        if b"OpusHead" in first_page or b"\x01vorbis" in first_page or b"\x7fFLAC" in first_page:
            return Sniffed("ogg", "audio/ogg", _K.AUDIO)
        return Sniffed("ogg", "video/ogg", _K.VIDEO)
    if head.startswith(b"fLaC"):
        return Sniffed("flac", "audio/flac", _K.AUDIO)
    if head.startswith(b"ID3"):
        return Sniffed("mp3", "audio/mpeg", _K.AUDIO)
    if head.startswith(b"FORM") and head[8:12] in (b"AIFF", b"AIFC"):
        return Sniffed("aiff", "audio/aiff", _K.AUDIO)
    if head.startswith(b"#!AMR"):
        return Sniffed("amr", "audio/amr", _K.AUDIO)
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return Sniffed("asf", "video/x-ms-asf", _K.VIDEO)
    if head.startswith(b"FLV\x01"):
        return Sniffed("flv", "video/x-flv", _K.VIDEO)
    if len(head) > 376 and head[0] == head[188] == head[376] == 0x47:
        return Sniffed("mpegts", "video/mp2t", _K.VIDEO)
    if b"%PDF-" in head[:1024]:
        return Sniffed("pdf", "application/pdf", _K.DOCUMENT)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(path, head)
    for magic, family, mime in (
        (b"\x1f\x8b", "gzip", "application/gzip"),
        (b"7z\xbc\xaf\x27\x1c", "7z", "application/x-7z-compressed"),
        (b"Rar!\x1a\x07", "rar", "application/vnd.rar"),
        (b"SQLite format 3\x00", "sqlite", "application/vnd.sqlite3"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole", "application/x-ole-storage"),
        (b"\x7fELF", "elf", "application/x-executable"),
        (b"%!PS", "postscript", "application/postscript"),
    ):
        if head.startswith(magic):
            return Sniffed(family, mime, _K.OTHER)
    mpeg = _mpeg_audio(head)
    if mpeg is not None:
        return mpeg
    text = _text(head)
    if text is not None:
        return text
    return UNKNOWN
