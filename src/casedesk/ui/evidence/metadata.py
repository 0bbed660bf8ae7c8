"""What is known about one item: file facts, hashes, capture, GPS, provenance, decoding, and every tag
the file carries (exiftool's groups, as recorded at ingest), filterable and copyable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.views import PROOFMODE_BUNDLE, WEB_ARCHIVE, EvidenceView
from casedesk.ui.evidence.labels import (
    decode_label,
    detail_label,
    detail_value,
    format_offset,
    format_size,
    format_time,
    kind_label,
    source_labels,
)
from casedesk.ui.formats import decimal, number
from casedesk.ui.i18n import core_text, plural
from casedesk.ui.widgets import BidiDelegate

MAX_SHOWN = 400  # characters of one raw value shown in the tree (all of it in the tooltip)
MAX_CHILDREN = 200  # entries of one raw list or mapping shown
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a tag's full name ("EXIF:IFD0:Make"), for copying


def coordinates_text(view: EvidenceView) -> str:
    """ "21.330000, 0.950000": the form map tools and search boxes accept (latitude first), in the
    digits they accept whatever the interface language (as hashes are)."""
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
        # Each value reads in its own direction: paths, hashes and names whatever the interface's.
        self.tree.setItemDelegate(BidiDelegate(self.tree))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.copy_coordinates_button = QPushButton(self.tr("Copy coordinates"))
        self.copy_coordinates_button.setToolTip(self.tr("Copy the GPS position (latitude, longitude)"))
        self.copy_hash_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_rows_button = QPushButton(self.tr("Copy selected"))
        self.copy_rows_button.setToolTip(self.tr("Copy the selected fields and tags with their values"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter tags and values"))
        self.filter.setClearButtonEnabled(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_coordinates_button)
        buttons.addWidget(self.copy_hash_button)
        buttons.addWidget(self.copy_rows_button)
        buttons.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.copy_coordinates_button.clicked.connect(self.copy_coordinates)
        self.copy_hash_button.clicked.connect(self.copy_hash)
        self.copy_rows_button.clicked.connect(self.copy_selected)
        self.filter.textChanged.connect(self.apply_filter)
        QShortcut(QKeySequence.StandardKey.Copy, self.tree, self.copy_selected)
        self.show_view(None)

    def copy_coordinates(self) -> None:
        if self.view is not None and self.view.gps is not None:
            QGuiApplication.clipboard().setText(coordinates_text(self.view))

    def copy_hash(self) -> None:
        if self.view is not None:
            QGuiApplication.clipboard().setText(self.view.sha256)

    def copy_selected(self) -> None:
        """Selected rows as "name<TAB>value" lines; a selected group brings all its shown rows."""
        lines: list[str] = []
        seen: set[int] = set()
        for item in self.tree.selectedItems():
            for leaf in _leaves(item):
                if id(leaf) not in seen and not leaf.isHidden():
                    seen.add(id(leaf))
                    name = leaf.data(0, KEY_ROLE) or leaf.text(0)
                    lines.append(f"{name}\t{leaf.toolTip(1) or leaf.text(1)}")
        if lines:
            QGuiApplication.clipboard().setText("\n".join(lines))

    def apply_filter(self, text: str) -> None:
        """Show only rows whose name, tag or value holds ``text`` (and the groups above them)."""
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                _filter(top, needle)

    def show_view(self, view: EvidenceView | None, footage: EvidenceView | None = None) -> None:
        """Show ``view``; for a still, ``footage`` is the item it was taken from (if still there)."""
        self.view = view
        self.tree.clear()
        self.copy_coordinates_button.setEnabled(view is not None and view.gps is not None)
        self.copy_hash_button.setEnabled(view is not None)
        if view is None:
            return
        #: The exact size of a file, after its rounded size: "1.5 kB (1,536 bytes)".
        size = view.size
        exact_size = plural(self.tr("%Ln byte(s)", "", size), size)
        self._section(
            self.tr("File"),
            [
                (self.tr("Original name"), view.original_name),
                (self.tr("Kind"), kind_label(view.kind)),
                (self.tr("Media type"), view.media_type),
                (self.tr("Size"), self.tr("{0} ({1})").format(format_size(view.size), exact_size)),
                (self.tr("SHA-256"), view.sha256),
                (self.tr("Added"), format_time(view.added_at)),
                (self.tr("Original location"), view.original_path),
            ],
        )
        dimensions = (
            #: A picture's width × height, in pixels.
            self.tr("{0} × {1}").format(number(view.width), number(view.height))
            if view.width and view.height
            else ""
        )
        self._section(
            self.tr("Capture"),
            [
                (self.tr("Captured"), format_time(view.captured_at) or self.tr("not recorded in the file")),
                (self.tr("Acquired"), format_time(view.acquired_at)),
                (self.tr("Camera"), view.camera or ""),
                (self.tr("Dimensions"), dimensions),
                (self.tr("Duration"), format_offset(view.duration_s) if view.duration_s else ""),
            ],
        )
        if view.gps is not None:
            #: An altitude in metres.
            altitude = self.tr("{0} m").format(decimal(view.gps.alt, 1)) if view.gps.alt is not None else ""
            self._section(
                self.tr("Location (GPS)"),
                [
                    (self.tr("Latitude, longitude"), coordinates_text(view)),
                    (self.tr("Altitude"), altitude),
                ],
            )
        if view.parent is not None:
            self._section(self.tr("Provenance"), self._origin(view, footage))
        decoding = [(self.tr("Status"), decode_label(view.decode_status))]
        # Warnings are recorded in English, the record's language, and shown in the interface's.
        decoding += [(self.tr("Warning"), core_text(warning)) for warning in view.warnings]
        self._section(self.tr("Decoding"), decoding)
        sources = source_labels()
        chosen = [(label, view.details.get(key)) for key, label in sources.items()]
        if any(value for _, value in chosen):
            self._section(self.tr("Where each value was read"), chosen)
        if view.details:
            # The decoders' keys are English words: shown by name in the interface's language.
            rows = [
                (detail_label(str(k)), detail_value(v))
                for k, v in view.details.items()
                if k not in sources and k not in (WEB_ARCHIVE, PROOFMODE_BUNDLE)  # under Provenance
            ]
            self._section(self.tr("Details"), rows)
        tags = view.raw_metadata.get("exiftool")
        if isinstance(tags, dict) and tags:
            self._tags(tags)
        rest = {k: v for k, v in view.raw_metadata.items() if k != "exiftool"}
        if rest:
            raw = self._section(self.tr("Raw metadata"), [])
            self._fill(raw, rest)
            raw.setExpanded(False)
        if self.filter.text():
            self.apply_filter(self.filter.text())

    def _origin(self, view: EvidenceView, parent: EvidenceView | None) -> list[tuple[str, Any]]:
        """Where the item came from: the footage a still was taken from, or the web archive or
        ProofMode bundle that held it (and where in it)."""
        assert view.parent is not None
        name = parent.original_name if parent else view.parent.evidence_id
        sha = parent.sha256 if parent else view.parent.sha256
        offset = view.parent.offset_s
        if offset is not None:
            return [
                (self.tr("Still taken from"), name),
                #: Where in the footage a still was taken: {0} in seconds, {1} as minutes:seconds.
                (
                    self.tr("At offset"),
                    self.tr("{0} s ({1})").format(decimal(offset, 3), format_offset(offset)),
                ),
                (self.tr("Footage SHA-256"), sha),
            ]
        wacz, proof = view.held_in(WEB_ARCHIVE), view.held_in(PROOFMODE_BUNDLE)
        if wacz is not None:
            return [
                (self.tr("Taken from the web archive"), name),
                (self.tr("Web archive SHA-256"), sha),
                (self.tr("Web archive verified"), detail_value(bool(wacz.get("wacz_verified")))),
                (self.tr("Address captured"), wacz.get("warc_target_uri")),
                #: When the crawler fetched the resource, as its WARC record says (WARC-Date).
                (self.tr("Fetched (WARC-Date)"), wacz.get("warc_date")),
                (self.tr("WARC record"), wacz.get("warc_record_id")),
                (self.tr("WARC file"), wacz.get("warc_file")),
                (self.tr("Content type"), wacz.get("content_type")),
            ]
        if proof is not None:
            return [
                (self.tr("Taken from the ProofMode bundle"), name),
                (self.tr("Bundle SHA-256"), sha),
                (self.tr("Entry in the bundle"), proof.get("entry")),
            ]
        return [(self.tr("Taken from"), name), (self.tr("Parent SHA-256"), sha)]

    def _tags(self, groups: dict[str, Any]) -> None:
        """exiftool's grouping: group (EXIF, XMP, QuickTime ...) → sub-group (IFD0, XMP-xmp ...) → tag."""
        count = sum(
            len(t) for s in groups.values() if isinstance(s, dict) for t in s.values() if isinstance(t, dict)
        )
        #: Heading of every tag the file carries, as exiftool groups them; {0} is the number of tags.
        heading = self.tr("All tags ({0})").format(number(count))
        section = self._section(heading, [])
        for group, subgroups in groups.items():
            if not isinstance(subgroups, dict):
                continue
            node = QTreeWidgetItem(section, [str(group)])
            for subgroup, tags in subgroups.items():
                if not isinstance(tags, dict):
                    continue
                parent = node if subgroup == group else QTreeWidgetItem(node, [str(subgroup)])
                for name, value in tags.items():
                    shown = value if isinstance(value, str | int | float) else _compact(value)
                    leaf = self._leaf(parent, str(name), shown)
                    leaf.setData(0, KEY_ROLE, f"{group}:{subgroup}:{name}")
        section.setExpanded(True)

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
                left = len(value) - count
                QTreeWidgetItem(parent, ["…", plural(self.tr("%Ln more not shown", "", left), left)])
                break
            if isinstance(child, dict | list) and child:
                node = QTreeWidgetItem(parent, [str(key)])
                self._fill(node, child)
            else:
                self._leaf(parent, str(key), child)


def _compact(value: Any) -> str:
    """A list or structure on one line, as exiftool's JSON has it."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _leaves(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    if item.childCount() == 0:
        return [item] if item.text(1) or item.parent() is not None else []
    out: list[QTreeWidgetItem] = []
    for child in _children(item):
        out += _leaves(child)
    return out


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for i in range(item.childCount()) if (c := item.child(i)) is not None]


def _filter(item: QTreeWidgetItem, needle: str) -> bool:
    """Hide what does not match; True when ``item`` (or something under it) stays shown."""
    own = (
        not needle
        or needle in " ".join((item.text(0), item.text(1), str(item.data(0, KEY_ROLE) or ""))).casefold()
    )
    if item.childCount() == 0:
        item.setHidden(not own)
        return own
    shown = False
    for child in _children(item):
        shown = _filter(child, "" if own and item.parent() is not None else needle) or shown
    item.setHidden(not shown)
    if needle and shown:
        item.setExpanded(True)
    return shown
