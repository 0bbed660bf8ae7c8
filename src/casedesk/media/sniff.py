"""Identify a file's real type from its first bytes; the name is only used to flag disagreement."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from casedesk.i18n import Message, msg

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

DESCRIPTIONS: dict[str, Message] = {
    "image/jpeg": msg("JPEG image data", "fragment: file content"),
    "image/png": msg("PNG image data", "fragment: file content"),
    "image/gif": msg("GIF image data", "fragment: file content"),
    "image/webp": msg("WebP image data", "fragment: file content"),
    "image/tiff": msg("TIFF image data", "fragment: file content"),
    "image/bmp": msg("BMP image data", "fragment: file content"),
    "image/heic": msg("HEIC image data", "fragment: file content"),
    "image/heif": msg("HEIF image data", "fragment: file content"),
    "image/avif": msg("AVIF image data", "fragment: file content"),
    "video/mp4": msg("MP4 video data", "fragment: file content"),
    "audio/mp4": msg("MPEG-4 audio data", "fragment: file content"),
    "video/quicktime": msg("QuickTime video data", "fragment: file content"),
    "video/3gpp": msg("3GPP video data", "fragment: file content"),
    "audio/3gpp": msg("3GPP audio data", "fragment: file content"),
    "video/x-matroska": msg("Matroska video data", "fragment: file content"),
    "audio/x-matroska": msg("Matroska audio data", "fragment: file content"),
    "video/webm": msg("WebM video data", "fragment: file content"),
    "audio/webm": msg("WebM audio data", "fragment: file content"),
    "video/x-msvideo": msg("AVI video data", "fragment: file content"),
    "video/ogg": msg("Ogg video data", "fragment: file content"),
    "audio/ogg": msg("Ogg audio data", "fragment: file content"),
    "video/x-ms-asf": msg("Windows Media video data", "fragment: file content"),
    "audio/x-ms-wma": msg("Windows Media audio data", "fragment: file content"),
    "video/x-flv": msg("Flash video data", "fragment: file content"),
    "video/mp2t": msg("MPEG transport stream data", "fragment: file content"),
    "audio/wav": msg("WAV audio data", "fragment: file content"),
    "audio/aiff": msg("AIFF audio data", "fragment: file content"),
    "audio/flac": msg("FLAC audio data", "fragment: file content"),
    "audio/mpeg": msg("MP3 audio data", "fragment: file content"),
    "audio/aac": msg("AAC audio data", "fragment: file content"),
    "audio/amr": msg("AMR audio data", "fragment: file content"),
    "application/pdf": msg("PDF document data", "fragment: file content"),
    "application/zip": msg("ZIP archive data", "fragment: file content"),
    "application/gzip": msg("gzip archive data", "fragment: file content"),
    "application/x-7z-compressed": msg("7-Zip archive data", "fragment: file content"),
    "application/vnd.rar": msg("RAR archive data", "fragment: file content"),
    "application/vnd.sqlite3": msg("SQLite database data", "fragment: file content"),
    "text/plain": msg("plain text", "fragment: file content"),
    "text/html": msg("HTML text", "fragment: file content"),
    "application/rtf": msg("RTF document data", "fragment: file content"),
    "image/svg+xml": msg("SVG image data", "fragment: file content"),
    "application/octet-stream": msg("unrecognised binary data", "fragment: file content"),
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
_EXT_PROMISE: dict[str, Message] = {
    "jpeg": msg("JPEG image data", "fragment: file content"),
    "png": msg("PNG image data", "fragment: file content"),
    "gif": msg("GIF image data", "fragment: file content"),
    "webp": msg("WebP image data", "fragment: file content"),
    "tiff": msg("TIFF image data", "fragment: file content"),
    "bmp": msg("BMP image data", "fragment: file content"),
    "heif": msg("HEIF image data", "fragment: file content"),
    "avif": msg("AVIF image data", "fragment: file content"),
    "isobmff": msg("MP4/QuickTime media data", "fragment: file content"),
    "matroska": msg("Matroska/WebM media data", "fragment: file content"),
    "avi": msg("AVI video data", "fragment: file content"),
    "ogg": msg("Ogg media data", "fragment: file content"),
    "asf": msg("Windows Media data", "fragment: file content"),
    "flv": msg("Flash video data", "fragment: file content"),
    "mpegts": msg("MPEG transport stream data", "fragment: file content"),
    "wav": msg("WAV audio data", "fragment: file content"),
    "aiff": msg("AIFF audio data", "fragment: file content"),
    "flac": msg("FLAC audio data", "fragment: file content"),
    "mp3": msg("MP3 audio data", "fragment: file content"),
    "aac": msg("AAC audio data", "fragment: file content"),
    "amr": msg("AMR audio data", "fragment: file content"),
    "pdf": msg("PDF document data", "fragment: file content"),
    "zip": msg("ZIP archive data", "fragment: file content"),
    "ooxml": msg("Office document data", "fragment: file content"),
    "odf": msg("OpenDocument data", "fragment: file content"),
    "epub": msg("EPUB book data", "fragment: file content"),
    "text": msg("text", "fragment: file content"),
    "rtf": msg("RTF document data", "fragment: file content"),
    "svg": msg("SVG image data", "fragment: file content"),
    "gzip": msg("gzip archive data", "fragment: file content"),
    "7z": msg("7-Zip archive data", "fragment: file content"),
    "rar": msg("RAR archive data", "fragment: file content"),
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


def describe(media_type: str) -> Message:
    """What content of ``media_type`` is, in words ("JPEG image data"), to put in a sentence."""
    return DESCRIPTIONS.get(media_type) or msg(
        "{media_type} data", "fragment: file content", media_type=media_type
    )


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
        promises = {str(p): p for p in (_EXT_PROMISE.get(f) or f for f in families)}
        return str(
            msg(
                "File name ends in {suffix} but the content is not recognisable as {promise}.",
                suffix=suffix,
                promise=_either([promises[name] for name in sorted(promises)]),
            )
        )
    return str(
        msg(
            "File name ends in {suffix} but the content is {content} ({media_type}).",
            suffix=suffix,
            content=describe(media_type),
            media_type=media_type,
        )
    )


def _either(choices: list[Message | str]) -> Message | str:
    """ "A or B or C", as a message whose parts are translated with it."""
    if len(choices) == 1:
        return choices[0]
    rest = _either(choices[1:])
    return msg("{first} or {rest}", "fragment: one file content or another", first=choices[0], rest=rest)


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
