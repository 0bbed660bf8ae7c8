"""Cycles are collected on the GUI thread, never on the pool thread that happened to allocate: a
cycle holding a Qt object must not be destroyed outside the GUI thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication

from casedesk.report.collector import paused
from casedesk.ui.collector import MainThreadCollector, collect_on_gui_thread
from casedesk.ui.tasks import run_task


class Cycle:
    """An object in a reference cycle (as a widget and its slots are) that says on which thread it
    was freed."""

    freed_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.get_ident())


def test_a_cycle_dropped_on_a_pool_thread_is_freed_on_the_gui_thread(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    Cycle.freed_on.clear()

    def work(_control: object) -> int:
        Cycle()  # unreachable at once, freed only by the cycle collector
        held = [[i] for i in range(50 * collector.threshold[0])]  # would trigger a collection here
        return threading.get_ident() + 0 * len(held)

    handle = run_task(None, "", work, lambda _ident: None, quiet=True)
    assert handle.wait()
    assert isinstance(handle.result, int) and handle.result != threading.get_ident()
    held = [[i] for i in range(2 * collector.threshold[0])]  # the GUI's own allocations make it due
    qtbot.waitUntil(lambda: Cycle.freed_on != [], timeout=5000)  # the timer, on the GUI thread
    del held
    assert Cycle.freed_on == [threading.get_ident()]  # never on the pool thread that allocated
    assert collector.runs > 0


def test_installing_again_gives_the_same_collector_and_keeps_collection_manual(qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    first = collect_on_gui_thread(qapp)
    gc.enable()  # something turned it on
    assert collect_on_gui_thread(qapp) is first
    assert not gc.isenabled()
    assert len(qapp.findChildren(MainThreadCollector)) == 1


def test_an_export_s_pause_leaves_collection_manual(qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    collect_on_gui_thread(qapp)
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the export must not turn automatic collection back on
