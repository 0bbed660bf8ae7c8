"""The workspace's list of the user's raster basemaps (MBTiles, PMTiles), kept beside its database.

The tile files are large and often on an external drive, so they are listed by path, never copied.
The list belongs to the workspace (every investigator opening it sees the same basemaps) and is not
evidence, so it is a small JSON file in the workspace folder rather than a table in the case
database: written whole and atomically (``casedesk.fsutil.write_atomic``); an unreadable one reads as
an empty list, as unreadable preferences do. Nothing here touches the network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from casedesk.basemap.errors import BasemapError
from casedesk.basemap.tiles import open_archive
from casedesk.fsutil import write_atomic
from casedesk.i18n import msg

LIBRARY_FILE = "basemaps.json"
VERSION = 1


@dataclass(frozen=True, slots=True)
class BasemapEntry:
    path: str  # absolute
    name: str  # the tile set's own name, or the file's


@dataclass(frozen=True, slots=True)
class BasemapLibrary:
    entries: tuple[BasemapEntry, ...] = ()
    active: str = ""  # the path of the basemap drawn beneath the markers; "" for the built-in map only

    def entry(self, path: str) -> BasemapEntry | None:
        return next((e for e in self.entries if e.path == path), None)

    @property
    def active_entry(self) -> BasemapEntry | None:
        return self.entry(self.active) if self.active else None


def library_path(workspace_root: Path) -> Path:
    return workspace_root / LIBRARY_FILE


def load_library(workspace_root: Path) -> BasemapLibrary:
    try:
        data = json.loads(library_path(workspace_root).read_text("utf-8"))
        entries = tuple(
            BasemapEntry(str(item["path"]), str(item.get("name") or Path(str(item["path"])).stem))
            for item in data.get("basemaps", [])
        )
        active = str(data.get("active", ""))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return BasemapLibrary()
    return BasemapLibrary(entries, active if any(e.path == active for e in entries) else "")


def save_library(workspace_root: Path, library: BasemapLibrary) -> None:
    data = {
        "version": VERSION,
        "basemaps": [{"path": e.path, "name": e.name} for e in library.entries],
        "active": library.active,
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomic(library_path(workspace_root), text.encode("utf-8"))
    except OSError as exc:
        raise BasemapError(
            msg(
                "Cannot save the list of basemaps in {folder}: {reason}.",
                folder=workspace_root,
                reason=exc.strerror or exc,
            )
        ) from exc


def add_basemap(workspace_root: Path, file: Path) -> BasemapLibrary:
    """Check a tile file (a damaged or vector one is refused with its reason), list it and draw it."""
    path = file.expanduser().resolve()
    info = open_archive(path).info
    library = load_library(workspace_root)
    kept = tuple(e for e in library.entries if e.path != str(path))
    library = BasemapLibrary((*kept, BasemapEntry(str(path), info.name)), str(path))
    save_library(workspace_root, library)
    return library


def remove_basemap(workspace_root: Path, path: str) -> BasemapLibrary:
    """Take a file off the list (the file itself is left alone)."""
    library = load_library(workspace_root)
    entries = tuple(e for e in library.entries if e.path != path)
    library = BasemapLibrary(entries, "" if library.active == path else library.active)
    save_library(workspace_root, library)
    return library


def choose_basemap(workspace_root: Path, path: str) -> BasemapLibrary:
    """Draw another listed basemap ("" for the built-in map alone)."""
    library = load_library(workspace_root)
    if path and library.entry(path) is None:
        raise BasemapError(msg("{file} is not in the workspace's list of basemaps.", file=path))
    library = replace(library, active=path)
    save_library(workspace_root, library)
    return library
