"""run_task: results on the main thread, polite progress, Cancel, and errors in plain words."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QMainWindow

from casedesk.core.errors import UsageError
from casedesk.core.tasks import TaskControl
from casedesk.ui.tasks import SHOW_AFTER_MS, run_task, running_tasks

from .conftest import message_boxes


def test_result_arrives_on_main_thread_without_a_dialog_for_quick_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    seen: dict[str, int] = {}

    def work(control: TaskControl) -> int:
        control.report(1, 2, "half")
        return threading.get_ident()

    def done(worker_thread: int) -> None:
        seen["worker"] = worker_thread
        seen["callback"] = threading.get_ident()

    handle = run_task(window, "Quick", work, done)
    assert handle.wait(5000)
    assert seen["callback"] == threading.get_ident()
    assert seen["worker"] != threading.get_ident()
    assert handle.dialog is None  # finished well before the dialog would show
    assert handle not in running_tasks()


def test_slow_work_shows_progress_and_cancel_reports_in_status_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    errors: list[BaseException] = []

    def work(control: TaskControl) -> None:
        for i in range(2000):
            control.check()
            control.report(i, 2000, f"item {i}")
            time.sleep(0.005)

    handle = run_task(window, "Slow", work, lambda _r: None, errors.append)
    qtbot.waitUntil(
        lambda: handle.dialog is not None and handle.dialog.isVisible(), timeout=SHOW_AFTER_MS + 3000
    )
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.value() > 0, timeout=3000)
    handle.dialog.canceled.emit()  # what the Cancel button does
    assert handle.wait(5000)
    assert len(errors) == 1 and type(errors[0]).__name__ == "Cancelled"
    assert window.statusBar().currentMessage() == "Cancelled"
    assert not message_boxes()  # cancelling is not an error


def test_errors_become_plain_dialogs(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)

    def refuse(control: TaskControl) -> None:
        raise UsageError("That case has no evidence to verify.")

    handle = run_task(window, "Refuse", refuse, lambda _r: None)
    assert handle.wait(5000)
    boxes = message_boxes()
    assert [b.text() for b in boxes] == ["That case has no evidence to verify."]
    assert boxes[0].detailedText() == ""  # core errors speak for themselves
    boxes[0].close()

    def crash(control: TaskControl) -> None:
        raise KeyError("internal")

    handle = run_task(window, "Crash", crash, lambda _r: None)
    assert handle.wait(5000)
    assert isinstance(handle.error, KeyError)
    boxes = message_boxes()
    assert len(boxes) == 1
    assert "Traceback" not in boxes[0].text() and "KeyError" not in boxes[0].text()
    assert "KeyError" in boxes[0].detailedText()  # details are there, one click away
    boxes[0].close()


def test_cancel_all_finishes_work_still_queued_and_waits_for_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.tasks import Pool, cancel_all, pool, run_read

    window = QMainWindow()
    qtbot.addWidget(window)
    release = threading.Event()
    started: list[int] = []

    def busy() -> int:
        started.append(1)
        release.wait(5)
        return 1

    threads = pool(Pool.READ).maxThreadCount()
    running = [run_read(window, busy, lambda _r: None) for _ in range(threads)]
    qtbot.waitUntil(lambda: len(started) == threads)
    queued = run_read(window, lambda: started.append(99) or 2, lambda _r: None)
    threading.Timer(0.2, release.set).start()
    cancel_all(timeout_ms=5000)
    assert 99 not in started  # the queued read never ran ...
    assert queued.done and queued not in running_tasks()  # ... and is not left "running" forever
    assert all(h._worker_done.is_set() for h in running)
    assert pool(Pool.READ).activeThreadCount() == 0


def test_a_view_closed_while_its_read_runs_gets_no_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from casedesk.ui.tasks import run_read

    label = QLabel()
    release = threading.Event()
    delivered: list[str] = []

    def read() -> str:
        release.wait(5)
        return "rows"

    def show(rows: str) -> None:
        delivered.append(rows)
        label.setText(rows)  # would raise: the label's C++ object is gone

    import shiboken6

    handle = run_read(label, read, show)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=5000)
    release.set()
    assert handle.wait(5000)
    assert handle.result == "rows" and delivered == []  # the work finished; nothing touched the label
