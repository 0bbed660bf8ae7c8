"""The Metadata tab: every tag in exiftool's groups, filterable and copyable, and where values came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem

from casedesk.core.service import CaseService
from casedesk.media.meta import find_exiftool
from casedesk.ui.evidence.metadata import MetadataPanel

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def _top(panel: MetadataPanel, prefix: str) -> QTreeWidgetItem:
    tree = panel.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    [found] = [item for item in items if item is not None and item.text(0).startswith(prefix)]
    return found


def _shown_leaves(item: QTreeWidgetItem) -> list[str]:
    out: list[str] = []
    for i in range(item.childCount()):
        child = item.child(i)
        if child is None or child.isHidden():
            continue
        out += [child.text(0)] if child.childCount() == 0 else _shown_leaves(child)
    return out


@pytest.fixture
def panel_with(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    if find_exiftool() is None:
        pytest.skip("exiftool is not installed")
    svc = CaseService.open(tmp_path / "ws", "Tester")
    case_id = svc.create_case("Tags").id

    def show(relative: str) -> MetadataPanel:
        path = CORPUS / relative
        assert path.is_file(), f"corpus file missing: {path}"
        [result] = svc.add_files(case_id, [path])
        panel = MetadataPanel()
        qtbot.addWidget(panel)
        panel.resize(900, 900)
        panel.show_view(svc.evidence_view(result.evidence_id or ""))
        return panel

    yield show
    svc.close()


def test_all_tags_grouped_as_exiftool_groups_them(panel_with) -> None:  # type: ignore[no-untyped-def]
    panel = panel_with("camera/Google.jpg")
    tags = _top(panel, "All tags")
    groups = {tags.child(i).text(0) for i in range(tags.childCount())}
    assert {"EXIF", "XMP", "Composite"} <= groups
    sources = _top(panel, "Where each value was read")
    rows = {sources.child(i).text(0): sources.child(i).text(1) for i in range(sources.childCount())}
    assert rows["Capture time: tag"] == "EXIF:ExifIFD:DateTimeOriginal"
    assert rows["Location: tag"] == "Composite:Composite:GPSLatitude"
    assert rows["Metadata read by"].startswith("exiftool ")


def test_filter_and_copy(panel_with) -> None:  # type: ignore[no-untyped-def]
    panel = panel_with("forensics/tanners_ridge.jpg")
    panel.filter.setText("gpslat")
    assert _shown_leaves(_top(panel, "All tags")) == []
    panel.filter.setText("lensinfo")
    shown = _shown_leaves(_top(panel, "All tags"))
    assert shown == ["LensInfo"]
    tags = _top(panel, "All tags")
    xmp = next(tags.child(i) for i in range(tags.childCount()) if tags.child(i).text(0) == "XMP")
    panel.tree.clearSelection()
    xmp.setSelected(True)
    panel.copy_selected()
    assert QGuiApplication.clipboard().text() == "XMP:XMP-aux:LensInfo\t17-35mm f/2.8"
    panel.filter.setText("")
    assert len(_shown_leaves(_top(panel, "All tags"))) > 100
