"""What is known about one item: file facts, hashes, capture, GPS, provenance, decoding, raw metadata."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.labels import decode_label, format_offset, format_size, format_time, kind_label

MAX_SHOWN = 400  # characters of one raw value shown in the tree (all of it in the tooltip)
MAX_CHILDREN = 200  # entries of one raw list or mapping shown


def coordinates_text(view: EvidenceView) -> str:
    """ "21.330000, 0.950000": the form map tools and search boxes accept (latitude first)."""
    if view.gps is None:
        return ""
    return f"{view.gps.lat:.6f}, {view.gps.lon:.6f}"


class MetadataPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: EvidenceView | None = None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.copy_coordinates_button = QPushButton(self.tr("Copy coordinates"))
        self.copy_coordinates_button.setToolTip(self.tr("Copy the GPS position (latitude, longitude)"))
        self.copy_hash_button = QPushButton(self.tr("Copy SHA-256"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_coordinates_button)
        buttons.addWidget(self.copy_hash_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.copy_coordinates_button.clicked.connect(self.copy_coordinates)
        self.copy_hash_button.clicked.connect(self.copy_hash)
        self.show_view(None)

    def copy_coordinates(self) -> None:
        if self.view is not None and self.view.gps is not None:
            QGuiApplication.clipboard().setText(coordinates_text(self.view))

    def copy_hash(self) -> None:
        if self.view is not None:
            QGuiApplication.clipboard().setText(self.view.sha256)

    def show_view(self, view: EvidenceView | None, footage: EvidenceView | None = None) -> None:
        """Show ``view``; for a still, ``footage`` is the item it was taken from (if still there)."""
        self.view = view
        self.tree.clear()
        self.copy_coordinates_button.setEnabled(view is not None and view.gps is not None)
        self.copy_hash_button.setEnabled(view is not None)
        if view is None:
            return
        tr = self.tr
        self._section(
            tr("File"),
            [
                (tr("Original name"), view.original_name),
                (tr("Kind"), kind_label(view.kind)),
                (tr("Media type"), view.media_type),
                (tr("Size"), f"{format_size(view.size)} ({view.size:,} bytes)"),
                (tr("SHA-256"), view.sha256),
                (tr("Added"), format_time(view.added_at)),
                (tr("Original location"), view.original_path),
            ],
        )
        dimensions = f"{view.width} × {view.height}" if view.width and view.height else ""
        self._section(
            tr("Capture"),
            [
                (tr("Captured"), format_time(view.captured_at) or tr("not recorded in the file")),
                (tr("Acquired"), format_time(view.acquired_at)),
                (tr("Camera"), view.camera or ""),
                (tr("Dimensions"), dimensions),
                (tr("Duration"), format_offset(view.duration_s) if view.duration_s else ""),
            ],
        )
        if view.gps is not None:
            altitude = f"{view.gps.alt:.1f} m" if view.gps.alt is not None else ""
            self._section(
                tr("Location (GPS)"),
                [
                    (tr("Latitude, longitude"), coordinates_text(view)),
                    (tr("Altitude"), altitude),
                ],
            )
        if view.parent is not None:
            self._section(
                tr("Provenance"),
                [
                    (tr("Still taken from"), footage.original_name if footage else view.parent.evidence_id),
                    (
                        tr("At offset"),
                        f"{view.parent.offset_s:.3f} s ({format_offset(view.parent.offset_s)})",
                    ),
                    (tr("Footage SHA-256"), footage.sha256 if footage else view.parent.sha256),
                ],
            )
        decoding = [(tr("Status"), decode_label(view.decode_status))]
        decoding += [(tr("Warning"), warning) for warning in view.warnings]
        self._section(tr("Decoding"), decoding)
        if view.details:
            self._section(tr("Details"), [(str(k), v) for k, v in view.details.items()])
        if view.raw_metadata:
            raw = self._section(tr("Raw metadata"), [])
            self._fill(raw, view.raw_metadata)
            raw.setExpanded(False)

    def _section(self, title: str, rows: list[tuple[str, Any]]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        for name, value in rows:
            if value in ("", None):
                continue
            self._leaf(item, name, value)
        item.setExpanded(True)
        return item

    def _leaf(self, parent: QTreeWidgetItem, name: str, value: Any) -> QTreeWidgetItem:
        text = str(value)
        shown = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"
        leaf = QTreeWidgetItem(parent, [name, shown])
        leaf.setToolTip(1, text[:5000])
        leaf.setTextAlignment(1, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return leaf

    def _fill(self, parent: QTreeWidgetItem, value: Any) -> None:
        entries = value.items() if isinstance(value, dict) else enumerate(value)
        for count, (key, child) in enumerate(entries):
            if count >= MAX_CHILDREN:
                QTreeWidgetItem(parent, ["…", self.tr("{0} more not shown").format(len(value) - count)])
                break
            if isinstance(child, dict | list) and child:
                node = QTreeWidgetItem(parent, [str(key)])
                self._fill(node, child)
            else:
                self._leaf(parent, str(key), child)
