"""Offline maps without Qt: the built-in Natural Earth basemap, the user's MBTiles and PMTiles files,
Web Mercator maths, place precisions as distances, and the workspace's list of basemaps.

The GUI (``casedesk.ui.map``) draws what this package reads; the report can use it too.
"""

from __future__ import annotations

from casedesk.basemap.errors import BasemapError
from casedesk.basemap.library import (
    BasemapEntry,
    BasemapLibrary,
    add_basemap,
    choose_basemap,
    load_library,
    remove_basemap,
)
from casedesk.basemap.mercator import TileKey, from_world, to_world
from casedesk.basemap.precision import precision_radius_m
from casedesk.basemap.tiles import TileArchive, TileFormat, TileSetInfo, open_archive
from casedesk.basemap.topojson import Atlas, Country, world_atlas

__all__ = [
    "Atlas",
    "BasemapEntry",
    "BasemapError",
    "BasemapLibrary",
    "Country",
    "TileArchive",
    "TileFormat",
    "TileKey",
    "TileSetInfo",
    "add_basemap",
    "choose_basemap",
    "from_world",
    "load_library",
    "open_archive",
    "precision_radius_m",
    "remove_basemap",
    "to_world",
    "world_atlas",
]
