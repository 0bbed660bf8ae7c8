"""Per-user preferences, kept outside any workspace (a workspace may be shared or carried)."""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CaseDesk"


def config_dir() -> Path:
    override = os.environ.get("CASEDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_workspace() -> Path:
    """The per-user workspace folder (or the folder CASEDESK_WORKSPACE names, if not a URL)."""
    override = os.environ.get("CASEDESK_WORKSPACE", "")
    if override and "://" not in override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "investigator"


@dataclass(slots=True)
class Preferences:
    investigator: str = ""
    workspace: str = ""  # a folder or a postgresql:// URL; empty: the platform default
    store: str = ""  # s3://BUCKET[/PREFIX] of a team workspace; empty: the store in the folder
    thumbnail_size: int = 160
    blur_graphic: bool = True
    language: str = ""  # UI language code; empty: the system's
    ocr_at_ingest: bool = False  # recognise the text in stills as they are added (in the background)
    ocr_languages: str = "ara+fra+eng"  # Tesseract's codes, the first sets the reading order
    speech_model: str = ""  # content hash of the speech model the GUI offers first; empty: the only one

    def investigator_name(self) -> str:
        return os.environ.get("CASEDESK_INVESTIGATOR") or self.investigator or os_user()

    @classmethod
    def load(cls) -> Preferences:
        path = config_dir() / "preferences.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        prefs = cls()
        for key, value in data.items() if isinstance(data, dict) else ():
            if key in known and isinstance(value, type(getattr(prefs, key))):
                setattr(prefs, key, value)
        return prefs

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = folder / "preferences.json.tmp"
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False), "utf-8")
        os.replace(tmp, folder / "preferences.json")
