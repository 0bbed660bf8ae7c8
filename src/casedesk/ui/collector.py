"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a generation fills up:
most often a pool thread building a basemap, thumbnails or a report. Whatever cycles it frees are then
destroyed on that thread, and a cycle holding a widget, a pixmap or a graphics item destroys a Qt
object outside the GUI thread, which can crash the process at any later moment. So, as Anki and
Spyder do, the GUI turns automatic collection off and a timer on the main thread collects the
generations that are due, by the same thresholds Python itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # often enough that garbage never piles up, rare enough to cost nothing measurable


class MainThreadCollector(QObject):
    """Owned by the application; installed once per process with :func:`collect_on_gui_thread`."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("MainThreadCollector")
        self.threshold = gc.get_threshold()
        self.runs = 0  # collections made (tests)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation that is due, as Python's own trigger would; the number of
        unreachable objects found. Must be called on the GUI thread."""
        young, middle, old = gc.get_count()
        if young <= self.threshold[0]:
            return 0
        generation = 0
        if middle > self.threshold[1]:
            generation = 2 if old > self.threshold[2] else 1
        self.runs += 1
        return gc.collect(generation)


def collect_on_gui_thread(app: QCoreApplication) -> MainThreadCollector:
    """Turn automatic collection off for this process and collect on ``app``'s thread instead (the
    same collector when called again)."""
    found = app.findChild(MainThreadCollector, "MainThreadCollector")
    if isinstance(found, MainThreadCollector):
        gc.disable()  # in case something turned it back on meanwhile
        return found
    return MainThreadCollector(app)
