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
