"""How evidence facts read on screen (kinds, flags, sizes, times), translatable in one place."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from casedesk.ui.formats import offset_text, size_text, utc_text

KINDS = ("still", "video", "audio", "document", "other")


def kind_labels() -> dict[str, str]:
    return {
        "still": QCoreApplication.translate("evidence", "Still image"),
        "video": QCoreApplication.translate("evidence", "Footage"),
        "audio": QCoreApplication.translate("evidence", "Audio"),
        "document": QCoreApplication.translate("evidence", "Document"),
        "other": QCoreApplication.translate("evidence", "Other file"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


def decode_labels() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("evidence", "Decoded fully"),
        "partial": QCoreApplication.translate("evidence", "Partly decoded"),
        "failed": QCoreApplication.translate("evidence", "Could not be decoded"),
        "refused": QCoreApplication.translate("evidence", "Not decoded (over safety limits)"),
    }


def decode_label(status: str) -> str:
    return decode_labels().get(status, status)


class Flagged(Protocol):
    """A full view or a model row: anything that says its flags and decode status."""

    @property
    def graphic(self) -> bool: ...
    @property
    def personal_data(self) -> bool: ...
    @property
    def decode_status(self) -> str: ...


def flag_labels(view: Flagged) -> list[str]:
    flags = []
    if view.graphic:
        flags.append(QCoreApplication.translate("evidence", "Graphic"))
    if view.personal_data:
        flags.append(QCoreApplication.translate("evidence", "Personal data"))
    if view.decode_status != "ok":
        flags.append(decode_label(view.decode_status))
    return flags


def format_size(size: int) -> str:
    """A file size in the interface locale ("1.5 kB", "1,5 ko", "512 bytes")."""
    return size_text(size)


def format_time(value: datetime | None) -> str:
    """UTC, to the second: evidence times are compared across zones, so one zone is shown."""
    return utc_text(value, seconds=True) if value is not None else ""


def format_offset(seconds: float) -> str:
    """12.5 -> "0:12.500" (what an investigator reads off a player), in the locale's digits."""
    return offset_text(seconds)


def detail_labels() -> dict[str, str]:
    """The names of the facts the decoders record in an item's details (media/ keys, in English)."""
    return {
        "format": QCoreApplication.translate("evidence", "File format"),
        "mode": QCoreApplication.translate("evidence", "Pixel mode"),
        "frame_count": QCoreApplication.translate("evidence", "Frames"),
        "animated": QCoreApplication.translate("evidence", "Animated"),
        "container": QCoreApplication.translate("evidence", "Container"),
        "bit_rate": QCoreApplication.translate("evidence", "Bit rate (bit/s)"),
        "captured_at_source": QCoreApplication.translate("evidence", "Capture time read from"),
        "gps_time_utc": QCoreApplication.translate("evidence", "GPS time (UTC)"),
        "codec": QCoreApplication.translate("evidence", "Codec"),
        "profile": QCoreApplication.translate("evidence", "Codec profile"),
        "pixel_format": QCoreApplication.translate("evidence", "Pixel format"),
        "frame_rate": QCoreApplication.translate("evidence", "Frame rate (frames/s)"),
        "rotation": QCoreApplication.translate("evidence", "Rotation (degrees)"),
        "poster_offset_s": QCoreApplication.translate("evidence", "Poster frame at (seconds)"),
        "integrity_checked": QCoreApplication.translate("evidence", "Integrity checked"),
        "sample_rate": QCoreApplication.translate("evidence", "Sample rate (Hz)"),
        "channels": QCoreApplication.translate("evidence", "Channels"),
        "audio_codec": QCoreApplication.translate("evidence", "Audio codec"),
        "audio_sample_rate": QCoreApplication.translate("evidence", "Audio sample rate (Hz)"),
        "audio_channels": QCoreApplication.translate("evidence", "Audio channels"),
        "pdf_version": QCoreApplication.translate("evidence", "PDF version"),
        "encrypted": QCoreApplication.translate("evidence", "Encrypted"),
        "page_count": QCoreApplication.translate("evidence", "Pages"),
        "title": QCoreApplication.translate("evidence", "Title (in the file)"),
        "author": QCoreApplication.translate("evidence", "Author (in the file)"),
        "creator": QCoreApplication.translate("evidence", "Created with"),
        "producer": QCoreApplication.translate("evidence", "Produced with"),
        "created": QCoreApplication.translate("evidence", "Created (in the file)"),
        "modified": QCoreApplication.translate("evidence", "Modified (in the file)"),
    }


def source_labels() -> dict[str, str]:
    """The details that say where a chosen value was read (media/meta keys) and by which reader."""
    known = detail_labels()
    return {
        "metadata_reader": QCoreApplication.translate("evidence", "Metadata read by"),
        "captured_at_source": known["captured_at_source"],
        "captured_at_tag": QCoreApplication.translate("evidence", "Capture time: tag"),
        "offset_implied_by_gps": QCoreApplication.translate("evidence", "UTC offset implied by GPS time"),
        "gps_source": QCoreApplication.translate("evidence", "Location: tag"),
        "gps_time_utc": known["gps_time_utc"],
        "make_source": QCoreApplication.translate("evidence", "Camera make: tag"),
        "model_source": QCoreApplication.translate("evidence", "Camera model: tag"),
        "software_source": QCoreApplication.translate("evidence", "Software: tag"),
    }


def detail_label(key: str) -> str:
    """A detail's name in the interface's language; a key no decoder is known to write, as it is."""
    return detail_labels().get(key, key)


def detail_value(value: object) -> object:
    """Yes and No for the decoders' flags; every other value as recorded (names, versions, numbers)."""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("evidence", "Yes")
            if value
            else QCoreApplication.translate("evidence", "No")
        )
    return value
