"""Every tag a file carries, read by exiftool, and the capture facts chosen from them.

``read_metadata(path)`` is the one entry point: the ingest path (through ``casedesk.media.exif``),
``casedesk meta`` and the viewer's Metadata tab all use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .choose import Chosen, Sourced, choose, parse_time, same_moment
from .tags import Tag, Tags, parse
from .tool import (
    ExifTool,
    ExifToolFailed,
    ExifToolMissing,
    find_exiftool,
    install_hint,
    require_exiftool,
    run_command,
    run_json,
)


@dataclass(slots=True)
class FileMetadata:
    tags: Tags
    chosen: Chosen
    reader: str  # "exiftool 12.57"


def read_metadata(path: Path, tool: ExifTool | None = None) -> FileMetadata:
    """All of ``path``'s tags through exiftool. Raises ExifToolMissing or ExifToolFailed."""
    tool = tool or require_exiftool()
    (answer,) = run_json(tool, [Path(path)])
    tags = parse(answer)
    return FileMetadata(tags, choose(tags), f"exiftool {tool.version}")


__all__ = [
    "Chosen",
    "ExifTool",
    "ExifToolFailed",
    "ExifToolMissing",
    "FileMetadata",
    "Sourced",
    "Tag",
    "Tags",
    "choose",
    "find_exiftool",
    "install_hint",
    "parse",
    "parse_time",
    "read_metadata",
    "require_exiftool",
    "run_command",
    "run_json",
    "same_moment",
]
