"""Window state kept between runs (geometry, splitters, last case), beside the user's preferences.

QSettings is given an explicit INI file under ``config_dir()`` so that tests, which point
CASEDESK_CONFIG_DIR at a temporary folder, never read or write the real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from casedesk.core.preferences import config_dir

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LAST_CASE = "session/last_case"
LAST_FOLDER = "session/last_folder"


def gui_settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
