"""The pane's background work runs on the application's named pools, and cancel_all() stops it all;
a big case's rows come in a snapshot and their facts page by page, what is on screen first."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

from casedesk.core.service import CaseService
from casedesk.ui import tasks
from casedesk.ui.evidence import loader as loader_module
from casedesk.ui.evidence import model as model_module
from casedesk.ui.evidence.model import Column, ThumbStateRole
from casedesk.ui.evidence.proxy import EvidenceFilter
from casedesk.ui.i18n import strip_isolates
from casedesk.ui.tasks import Pool, cancel_all, pool, running_tasks

from .helpers import ingest, write_jpeg

SOURCES = Path(model_module.__file__).parent


@pytest.fixture
def pools_used(monkeypatch: pytest.MonkeyPatch) -> list[Pool]:
    """Which named pool each piece of background work was started on."""
    used: list[Pool] = []
    real = tasks.pool

    def recording(name: Pool) -> QThreadPool:
        used.append(name)
        return real(name)

    monkeypatch.setattr(tasks, "pool", recording)
    return used


@pytest.fixture
def big_case(svc: CaseService, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Twelve items, read as if the case were huge: a first page of 3, facts two at a time."""
    files = [write_jpeg(tmp_path / f"b{i:02d}.jpg", (20 * i, 100, 120)) for i in range(12)]
    results = svc.add_files(case_id, files)
    for i, result in enumerate(results):
        if i % 4 == 1:
            svc.update_evidence(result.evidence_id, tags=["convoy"], description=f"Convoy seen {i}")
    monkeypatch.setattr(model_module, "FIRST_PAGE", 3)
    monkeypatch.setattr(loader_module, "FACTS_PAGE", 2)
    monkeypatch.setattr(loader_module, "PAUSE_MS", 0)
    monkeypatch.setattr(loader_module, "QUIET_S", 0.0)
    return [r.evidence_id for r in results]


def test_no_widget_of_the_pane_owns_a_pool_or_a_signal_carrier(pane) -> None:  # type: ignore[no-untyped-def]
    assert pane.findChildren(QThreadPool) == []
    for source in SOURCES.glob("*.py"):  # nor does any module of the pane make one
        assert "QThreadPool" not in source.read_text(encoding="utf-8"), source.name


def test_thumbnails_pictures_pages_and_near_duplicates_use_the_named_pools(  # type: ignore[no-untyped-def]
    make_pane, svc, case_id, media, tmp_path: Path, qtbot, pools_used, big_case
) -> None:
    pane = make_pane(None)
    pools_used.clear()
    with qtbot.waitSignal(pane.model.factsLoaded, timeout=10_000):
        pane.show_case(case_id)
    assert Pool.READ in pools_used  # the snapshot of rows, then pages of facts (and MEDIA: thumbnails)
    assert Pool.WORK not in pools_used
    assert pane.model.rowCount() == 12 and not pane.model.ids_without_facts()

    pools_used.clear()
    pane.select_evidence(big_case[0])
    qtbot.waitUntil(pane.viewer.picture_ready, timeout=10_000)
    index = pane.model.index(0, 0)
    index.data(Qt.ItemDataRole.DecorationRole)  # what painting the cell asks for
    qtbot.waitUntil(lambda: index.data(ThumbStateRole) == "loaded", timeout=10_000)
    assert Pool.MEDIA in pools_used and Pool.READ not in pools_used  # the viewer's picture, the thumbnail

    pools_used.clear()
    # The same picture in another file (its EXIF differs, so its bytes and hash do).
    copy = write_jpeg(tmp_path / "b00 again.jpg", (0, 100, 120), exif_time="2025:01:01 10:00:00")
    ingest(pane, [copy])
    pane.select_evidence(big_case[0])
    viewer = pane.viewer
    viewer.tabs.setCurrentWidget(viewer.similar)
    qtbot.waitUntil(lambda: viewer.similar.handle is None, timeout=10_000)
    assert strip_isolates(viewer.similar.list.item(0).text()).startswith("b00 again.jpg — distance 0")
    assert Pool.READ in pools_used and Pool.WORK in pools_used  # the lookup; the ingest


def test_cancel_all_leaves_no_running_worker(make_pane, case_id, big_case, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    slow = loader_module.read_facts_page

    def slower(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.05)
        return slow(*args)

    monkeypatch.setattr(loader_module, "read_facts_page", slower)
    pane = make_pane(case_id)
    qtbot.waitUntil(lambda: not pane.model.loading, timeout=10_000)
    for row in range(pane.model.rowCount()):
        pane.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)  # thumbnails in flight too
    assert pane.model.facts_loading and running_tasks()

    cancel_all()
    assert all(pool(name).activeThreadCount() == 0 for name in Pool)
    left = set(running_tasks())  # work cleared from the queues before it started is never delivered
    for _ in range(20):  # deliveries still queued arrive, and start nothing new
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert set(running_tasks()) <= left
    assert all(pool(name).activeThreadCount() == 0 for name in Pool)
    assert pane.model.facts_loading  # the facts pass ended where it was cancelled


def test_facts_on_screen_are_read_before_the_rest(make_pane, case_id, big_case, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(loader_module, "PAUSE_MS", 60_000)  # the background pass stops after a page
    pane = make_pane(case_id)
    pane.hide()  # nothing painted: no row asks for its facts
    qtbot.waitUntil(lambda: not pane.model.loading and pane.model.row_at(3).facts is not None, timeout=10_000)
    model = pane.model
    assert model.row_at(9).facts is None and model.index(9, Column.CAPTURED).data() == ""
    model.index(9, Column.ADDED).data()  # row 9 is painted: its page is read next
    qtbot.waitUntil(lambda: model.row_at(9).facts is not None, timeout=10_000)
    assert model.index(9, Column.ADDED).data().endswith("UTC")
    assert model.row_at(6).facts is None  # the pass itself is still waiting


def test_filters_and_sorts_on_facts_fill_in_as_they_arrive(make_pane, svc, case_id, big_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(None)
    pane.show_case(case_id)
    pane.filters.text.setText("convoy")  # before the facts are in: matched so far, then all
    pane.filters.sort.setCurrentIndex(4)  # by name, known for every row at once
    qtbot.waitUntil(lambda: not pane.model.facts_loading, timeout=10_000)
    assert pane.proxy.criteria == EvidenceFilter(text="convoy")
    shown = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    assert shown == ["b01.jpg", "b05.jpg", "b09.jpg"]
    assert pane.count_label.text() == "3 of 12 items match the filters"
    assert [pane.filters.tag.itemText(i) for i in range(pane.filters.tag.count())] == ["Any tag", "convoy"]
