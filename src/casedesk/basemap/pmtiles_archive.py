"""PMTiles version 3 through the ``pmtiles`` package (Protomaps' reference reader), fenced here.

The package is untyped, so its calls are wrapped in this one module; a failure of any kind inside it
(bad magic, an old version, a truncated directory) becomes the same plain :class:`BasemapError`.
"""

from __future__ import annotations

import gzip
import mmap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casedesk.basemap.errors import BasemapError
from casedesk.basemap.mercator import TileKey
from casedesk.basemap.tiles import TileFormat, TileSetInfo, damaged, missing, unsupported_format
from casedesk.i18n import msg

_TILE_TYPES = {2: TileFormat.PNG, 3: TileFormat.JPEG, 4: TileFormat.WEBP}
_TYPE_NAMES = {0: "unknown", 1: "vector (MVT)", 5: "AVIF", 6: "vector (MLT)"}
_NONE, _GZIP = 1, 2  # PMTiles' compression codes that CaseDesk can undo (unknown 0 is taken as none)


@dataclass(frozen=True, slots=True)
class PMTilesArchive:
    info: TileSetInfo
    compression: int

    @classmethod
    def open(cls, path: Path) -> PMTilesArchive:
        from pmtiles.tile import MagicNumberNotFound, SpecVersionUnsupported

        try:
            header, metadata = _read(path, lambda reader: (reader.header(), _metadata(reader)))
        except SpecVersionUnsupported as exc:
            raise BasemapError(
                msg("{file} is an old PMTiles file (before version 3); convert it with pmtiles.", file=path)
            ) from exc
        except MagicNumberNotFound as exc:
            raise damaged(path, "PMTiles header") from exc
        tile_type = int(header["tile_type"].value)
        tile_format = _TILE_TYPES.get(tile_type)
        if tile_format is None:
            raise unsupported_format(path, _TYPE_NAMES.get(tile_type, str(tile_type)))
        compression = int(header["tile_compression"].value)
        if compression not in (0, _NONE, _GZIP):
            raise unsupported_format(path, header["tile_compression"].name)
        bounds = tuple(header[k] / 1e7 for k in ("min_lon_e7", "min_lat_e7", "max_lon_e7", "max_lat_e7"))
        info = TileSetInfo(
            path=path,
            kind="pmtiles",
            name=str(metadata.get("name") or path.stem),
            format=tile_format,
            min_zoom=int(header["min_zoom"]),
            max_zoom=int(header["max_zoom"]),
            bounds=(bounds[0], bounds[1], bounds[2], bounds[3]) if bounds[0] < bounds[2] else None,
            attribution=str(metadata.get("attribution", "")),
        )
        return cls(info, compression)

    def read(self, keys: Sequence[TileKey]) -> dict[TileKey, bytes]:
        def each(reader: Any) -> dict[TileKey, bytes]:
            found = {}
            for key in keys:
                data = reader.get(key.z, key.x, key.y)
                if data:
                    found[key] = gzip.decompress(data) if self.compression == _GZIP else bytes(data)
            return found

        result: dict[TileKey, bytes] = _read(self.info.path, each)
        return result


def _metadata(reader: Any) -> dict[str, Any]:
    try:
        data = reader.metadata()
    except ValueError:  # metadata is optional; a name and attribution are nice to have
        return {}
    return data if isinstance(data, dict) else {}


def _read(path: Path, use: Any) -> Any:
    """Run ``use(reader)`` over the file mapped read-only; any failure is a plain BasemapError."""
    from pmtiles.reader import Reader
    from pmtiles.tile import MagicNumberNotFound, SpecVersionUnsupported

    try:
        with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapping:
            return use(Reader(lambda offset, length: mapping[offset : offset + length]))  # type: ignore[no-untyped-call]
    except FileNotFoundError as exc:
        raise missing(path) from exc
    except (MagicNumberNotFound, SpecVersionUnsupported):
        raise
    except (OSError, ValueError, EOFError, IndexError, KeyError, gzip.BadGzipFile) as exc:
        raise damaged(path, exc) from exc
