"""How evidence facts read on screen (kinds, flags, sizes, times), translatable in one place."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


KINDS = ("still", "video", "audio", "document", "other")


def kind_label(kind: str) -> str:
    labels = {
        "still": tr("Still image"),
        "video": tr("Footage"),
        "audio": tr("Audio"),
        "document": tr("Document"),
        "other": tr("Other file"),
    }
    return labels.get(kind, kind)


def decode_label(status: str) -> str:
    labels = {
        "ok": tr("Decoded fully"),
        "partial": tr("Partly decoded"),
        "failed": tr("Could not be decoded"),
        "refused": tr("Not decoded (over safety limits)"),
    }
    return labels.get(status, status)


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
        flags.append(tr("Graphic"))
    if view.personal_data:
        flags.append(tr("Personal data"))
    if view.decode_status != "ok":
        flags.append(decode_label(view.decode_status))
    return flags


def format_size(size: int) -> str:
    if size < 1024:
        return tr("{0} bytes").format(size)
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def format_time(value: datetime | None) -> str:
    """UTC, to the second: evidence times are compared across zones, so one zone is shown."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M:%S UTC")


def format_offset(seconds: float) -> str:
    """12.5 -> "0:12.500" (what an investigator reads off a player)."""
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes)}:{secs:06.3f}"
