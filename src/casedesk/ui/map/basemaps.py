"""Choosing the raster basemap drawn under the markers, from the workspace's list (Add…, Remove).

Reading the list, checking a file and opening it are file work, so they run on the read pool; a file
that cannot be drawn comes back as a message for the tab to show (``problem``), never as a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from casedesk.basemap import (
    BasemapError,
    BasemapLibrary,
    TileArchive,
    add_basemap,
    choose_basemap,
    load_library,
    open_archive,
    remove_basemap,
)
from casedesk.i18n import Message
from casedesk.ui.i18n import core_text
from casedesk.ui.messages import show_error
from casedesk.ui.tasks import Pool, run_task


@dataclass(frozen=True, slots=True)
class Chosen:
    library: BasemapLibrary
    archive: TileArchive | None  # the active file, opened; None for the built-in map alone
    problem: Message | None  # why the active file (or the one being added) cannot be drawn
    refused: bool = False  # the problem is a file the user just tried to add


def _open(root: Path, change: Callable[[Path], BasemapLibrary]) -> Chosen:
    """Apply a change to the list (or just read it), then open the file to draw (read pool)."""
    refused = False
    try:
        library = change(root)
    except BasemapError as exc:
        return Chosen(load_library(root), None, exc.message, refused=True)
    active = library.active_entry
    if active is None:
        return Chosen(library, None, None, refused)
    try:
        return Chosen(library, open_archive(Path(active.path)), None)
    except BasemapError as exc:
        return Chosen(library, None, exc.message)


class BasemapPicker(QWidget):
    """The basemap combo and its buttons; ``chosen`` gives the file to draw once it is open."""

    chosen = Signal(object)  # Chosen

    def __init__(self, workspace_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = workspace_root
        self.library = BasemapLibrary()
        self.combo = QComboBox()
        self.combo.setObjectName("mapBasemap")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(self.tr("The raster map drawn beneath the case's markers"))
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add basemap…"))
        self.add_button.setToolTip(
            self.tr("Add an offline raster basemap (MBTiles or PMTiles) to this workspace's list")
        )
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove from list"))
        self.remove_button.setToolTip(self.tr("Take this basemap off the list (the file itself is kept)"))
        label = QLabel(self.tr("Basemap:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.add_button)
        layout.addWidget(self.remove_button)
        self.busy = False
        self.combo.activated.connect(self._picked)
        self.add_button.clicked.connect(self._ask_file)
        self.remove_button.clicked.connect(self._remove)
        self._fill()

    def load(self) -> None:
        """Read the workspace's list and open its active file."""
        self._run(lambda root: load_library(root))

    def add_file(self, file: Path) -> None:
        self._run(lambda root: add_basemap(root, file))

    def choose(self, path: str) -> None:
        self._run(lambda root: choose_basemap(root, path))

    def _run(self, change: Callable[[Path], BasemapLibrary]) -> None:
        root = self.root
        self.busy = True
        self.setEnabled(False)
        # quiet: a progress dialog would take the window's focus for a read this short
        run_task(
            self,
            "",
            lambda _control: _open(root, change),
            self._arrived,
            self._lost,
            quiet=True,
            on=Pool.READ,
        )

    def _arrived(self, result: Chosen) -> None:
        self.busy = False
        self.setEnabled(True)
        self.library = result.library
        self._fill()
        if result.refused and result.problem is not None:
            show_error(self, BasemapError(result.problem), self.tr("Add basemap"))
        self.chosen.emit(result)

    def _lost(self, _exc: BaseException) -> None:
        self.busy = False
        self.setEnabled(True)

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Natural Earth borders only (built in)"), "")
        for entry in self.library.entries:
            self.combo.addItem(entry.name, entry.path)
            self.combo.setItemData(self.combo.count() - 1, entry.path, Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.library.active)))
        self.combo.blockSignals(False)
        self.remove_button.setEnabled(bool(self.library.active))

    def _picked(self, index: int) -> None:
        path = str(self.combo.itemData(index) or "")
        if path != self.library.active:
            self.choose(path)

    def _ask_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add basemap"),
            "",
            self.tr("Offline map tiles (*.mbtiles *.pmtiles);;All files (*)"),
        )
        if name:
            self.add_file(Path(name))

    def _remove(self) -> None:
        path = self.library.active
        if path:
            self._run(lambda root: remove_basemap(root, path))


def problem_text(problem: Message) -> str:
    return core_text(problem)
