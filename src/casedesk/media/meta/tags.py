"""exiftool's flat ``family0:family1:Tag`` answer as a tree: group → sub-group → tag → value."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from casedesk.media.jsonsafe import clean_text

# Facts about the stored copy, not the file as received (its name is a hash, its dates the copy's).
_DROPPED_GROUPS = frozenset({"ExifTool", "SourceFile"})
_DROPPED_FILE_TAGS = frozenset({"FileName", "Directory", "FilePermissions"})
MAX_TAGS = 5000
MAX_VALUE_CHARS = 2_000  # one value kept on the record; `casedesk meta` reads the original again


@dataclass(frozen=True, slots=True)
class Tag:
    group: str  # family 0: EXIF, MakerNotes, IPTC, XMP, ICC_Profile, QuickTime, ID3, Vorbis, PDF ...
    subgroup: str  # family 1: IFD0, ExifIFD, GPS, Canon, XMP-xmp, Keys, Track1 ...
    name: str
    value: Any  # as stored (exiftool -n): numbers, signed degrees
    shown: Any = None  # exiftool's reading of it ("Off, Did not fire"), when it differs

    @property
    def key(self) -> str:
        return f"{self.group}:{self.subgroup}:{self.name}"


@dataclass(slots=True)
class Tags:
    """Every tag exiftool reported, in its order."""

    items: list[Tag] = field(default_factory=list)
    truncated: int = 0  # tags left out beyond MAX_TAGS

    def __iter__(self) -> Iterator[Tag]:
        return iter(self.items)

    def find(self, group: str | None, name: str, subgroup: str | None = None) -> Iterator[Tag]:
        for tag in self.items:
            if tag.name == name and group in (None, tag.group) and subgroup in (None, tag.subgroup):
                yield tag

    def first(self, group: str | None, name: str, subgroup: str | None = None) -> Tag | None:
        return next(self.find(group, name, subgroup), None)

    def tree(self) -> dict[str, dict[str, dict[str, Any]]]:
        """JSON-ready {group: {subgroup: {tag: value as exiftool shows it}}}, exiftool's grouping."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for tag in self.items:
            shown = tag.value if tag.shown is None else tag.shown
            out.setdefault(tag.group, {}).setdefault(tag.subgroup, {})[tag.name] = shown
        return out

    def numeric(self) -> dict[str, Any]:
        """{"EXIF:ExifIFD:Flash": 16}: the stored value of each tag whose shown value differs."""
        return {tag.key: tag.value for tag in self.items if tag.shown is not None}


def parse(answer: dict[str, Any]) -> Tags:
    tags = Tags()
    for key, value in answer.items():
        parts = key.split(":")
        if parts[0] in _DROPPED_GROUPS or len(parts) < 2:
            continue
        group, name = parts[0], parts[-1]
        subgroup = parts[1] if len(parts) > 2 else group
        if group == "File" and (subgroup == "System" or name in _DROPPED_FILE_TAGS):
            continue
        if len(tags.items) >= MAX_TAGS:
            tags.truncated += 1
            continue
        if isinstance(value, dict) and "val" in value:  # -l: {"desc", "val", "num"?}
            stored = value.get("num", value["val"])
            shown = value["val"] if "num" in value else None
            tags.items.append(Tag(group, subgroup, name, _safe(stored), _safe(shown)))
        else:
            tags.items.append(Tag(group, subgroup, name, _safe(value)))
    return tags


def _safe(value: Any) -> Any:
    """Values as exiftool gave them, with control characters removed and lengths bounded."""
    if isinstance(value, str):
        return clean_text(value, MAX_VALUE_CHARS)
    if isinstance(value, list):
        return [_safe(v) for v in value[:1000]]
    if isinstance(value, dict):
        return {clean_text(str(k), 200): _safe(v) for k, v in list(value.items())[:1000]}
    if isinstance(value, bool | int | float) or value is None:
        return value
    return clean_text(str(value), MAX_VALUE_CHARS)
