"""The viewer beside the evidence grid: the item itself (picture, footage, audio) above its tabs.

Pictures are decoded on the application's MEDIA pool (a 40-megapixel photo takes a moment), tagged
with a generation number so a slow load never lands on an item the user has already left. With
several items selected, the viewer says how many and offers the actions that apply to all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.errors import CaseDeskError
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceView
from casedesk.ui.evidence.analysis import AnalysisPanel
from casedesk.ui.evidence.audio import AudioPanel
from casedesk.ui.evidence.details import ChecklistPanel, DetailsEditor, SimilarPanel
from casedesk.ui.evidence.edits import EvidenceEdits
from casedesk.ui.evidence.footage import FootagePanel
from casedesk.ui.evidence.imageview import ImageView
from casedesk.ui.evidence.labels import decode_label, flag_labels, kind_label
from casedesk.ui.evidence.metadata import MetadataPanel
from casedesk.ui.evidence.provenance import ProvenancePanel
from casedesk.ui.evidence.thumbs import read_image
from casedesk.ui.formats import list_text
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.tasks import Pool, run_read

MAX_PICTURE_SIDE = 6000  # larger originals are shown scaled to this (the original is untouched)
DECODABLE = ("ok", "partial")


def picture_path(svc: CaseService, view: EvidenceView) -> Path | None:
    """The file to show for an item: the original picture if it decoded, else a derived preview."""
    if view.kind == "still" and view.decode_status in DECODABLE:
        return svc.original_path(view.id)
    if view.kind == "audio":
        return svc.derived_path(view.sha256, "waveform") or svc.derived_path(view.sha256, "thumb")
    return svc.derived_path(view.sha256, "preview") or svc.derived_path(view.sha256, "thumb")


class EvidenceViewer(QWidget):
    trashRequested = Signal(str)
    grabRequested = Signal(str, float)  # footage id, offset in seconds
    openRequested = Signal(str)  # show another item of this case
    revealRequested = Signal(str)

    MEDIA_NONE, MEDIA_PICTURE, MEDIA_FOOTAGE, MEDIA_AUDIO, MEDIA_MANY = range(5)

    def __init__(
        self,
        svc: CaseService,
        edits: EvidenceEdits,
        parent: QWidget | None = None,
        prefs: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.edits = edits
        self.view: EvidenceView | None = None
        self.selected_count = 0  # more than one: the "N items selected" page is shown
        self.hidden = False
        self.footage_view: EvidenceView | None = None  # the footage a shown still was taken from
        self._generation = 0
        self._shown_generation = -1
        self._closed = False
        self.chrono_dialog: QWidget | None = None  # the last "Chronolocate by shadow" dialog opened

        self.title = QLabel()  # aligned as the interface is; a file name in it reads in its own direction
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.subtitle = QLabel()
        palette = self.subtitle.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.subtitle.setPalette(palette)

        self.image_view = ImageView()
        self.footage = FootagePanel()
        self.audio = AudioPanel()
        self.empty = QLabel(self.tr("Select an item to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.media = QStackedWidget()
        for widget in (self.empty, self._picture_page(), self.footage, self.audio, self._many_page()):
            self.media.addWidget(widget)

        self.details = DetailsEditor(edits)
        self.metadata = MetadataPanel()
        self.checklist = ChecklistPanel(svc, edits)
        self.similar = SimilarPanel(svc)
        self.provenance = ProvenancePanel(svc, edits.ops)
        self.analysis = AnalysisPanel(svc, edits, self.image_view, prefs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.metadata, self.tr("Metadata"))
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.addTab(self.similar, self.tr("Similar"))
        self.tabs.addTab(self.provenance, self.tr("Provenance"))
        self.tabs.addTab(self.analysis, self.tr("Analysis"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.media)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(split, 1)

        self.image_view.revealRequested.connect(self._request_reveal)
        self.footage.revealRequested.connect(self._request_reveal)
        self.footage.grabRequested.connect(self.grabRequested)
        self.audio.transcriptEdited.connect(self._save_transcript)
        self.details.trashRequested.connect(self.trashRequested)
        self.similar.openRequested.connect(self.openRequested)
        self.provenance.evidenceRequested.connect(self.openRequested)
        self.show_evidence(None)

    def _picture_page(self) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        style = self.style()

        def tool(text: str, tip: str, slot: object, icon: QStyle.StandardPixmap | None = None) -> QToolButton:
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            if icon is not None:
                button.setIcon(style.standardIcon(icon))
            button.clicked.connect(slot)
            bar.addWidget(button)
            return button

        tool("+", self.tr("Zoom in (mouse wheel)"), self.image_view.zoom_in)  # symbols, as on any viewer
        tool("−", self.tr("Zoom out (mouse wheel)"), self.image_view.zoom_out)
        tool(self.tr("Fit"), self.tr("Fit the picture in the window"), self.image_view.fit)
        tool("1:1", self.tr("Actual pixels"), self.image_view.actual_size)
        tool(
            "⟲",
            self.tr("Rotate the view left (the evidence is not changed)"),
            lambda: self.image_view.rotate_by(-90),
        )
        tool(
            "⟳",
            self.tr("Rotate the view right (the evidence is not changed)"),
            lambda: self.image_view.rotate_by(90),
        )
        self.chrono_button = tool(
            self.tr("Chronolocate by shadow…"),
            self.tr("Draw a vertical object's shadow on the still and find the times of day that match"),
            self._chronolocate,
        )
        self.chrono_button.setEnabled(False)
        bar.addStretch(1)
        self.reveal_button = QPushButton(self.tr("Reveal graphic content"))
        self.reveal_button.clicked.connect(self._request_reveal)
        bar.addWidget(self.reveal_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.image_view, 1)
        return page

    def _many_page(self) -> QWidget:
        page = QWidget()
        self.many_label = QLabel()
        self.many_label.setObjectName("manySelected")
        self.many_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.many_label.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Tag, flag, link or trash them all at once: each item changed gets its own entry "
                "in the custody log, and the change can be undone."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.many_buttons = QHBoxLayout()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.many_label)
        layout.addWidget(hint)
        layout.addLayout(self.many_buttons)
        layout.addStretch(2)
        return page

    def set_bulk_actions(self, actions: Sequence[QAction]) -> None:
        """The pane's actions on the selection, offered as buttons on the "N items selected" page."""
        self.many_buttons.addStretch(1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.many_buttons.addWidget(button)
        self.many_buttons.addStretch(1)

    # -- showing an item -------------------------------------------------------------------------
    def show_selection(self, count: int, names: Sequence[str] = ()) -> None:
        """Several items are selected: say how many (and name the first few), instead of showing one."""
        self.show_evidence(None)
        self.selected_count = count
        self.title.setText(plural(self.tr("%Ln item(s) selected", "", count), count))
        shown = list_text([isolate(name) for name in names[:3]])
        more = count - len(names[:3])
        if names and more > 0:
            #: The first few names of the items selected ({0}, a list), then how many others.
            shown = plural(self.tr("{0} and %Ln more", "", more), more).format(shown)
        self.many_label.setText(shown)
        self.media.setCurrentIndex(self.MEDIA_MANY)

    def show_evidence(self, view: EvidenceView | None, hidden: bool = False) -> None:
        self.selected_count = 1 if view is not None else 0
        self.details.flush()
        self.audio.transcript.finish()
        self.footage.stop()
        self.audio.stop()
        self._generation += 1
        self.view = view
        self.hidden = hidden
        self.details.load(view)
        self.checklist.load(view.case_id if view else None, view.id if view else None)
        self.similar.load(view)
        self.provenance.show_view(view)
        self.analysis.load(view)
        # Text and forensics are read from pictures: the tab is there for stills only.
        still = view is None or view.kind == "still"
        self.tabs.setTabVisible(self.tabs.indexOf(self.analysis), still)
        self.tabs.setEnabled(view is not None)
        self.chrono_button.setEnabled(False)
        if view is None:
            self.title.setText("")
            self.subtitle.setText("")
            self.metadata.show_view(None)
            self.media.setCurrentIndex(self.MEDIA_NONE)
            return
        self.title.setText(isolate(view.original_name))
        self.subtitle.setText(" · ".join([kind_label(view.kind), *flag_labels(view)]))
        self.footage_view = self._footage_of(view)
        self.metadata.show_view(view, self.footage_view)
        if view.kind == "video":
            self.footage.load(view, self.svc.original_path(view.id), QImage(), hidden)
            self.media.setCurrentIndex(self.MEDIA_FOOTAGE)
        elif view.kind == "audio":
            self.audio.load(view, self.svc.original_path(view.id), QImage())
            self.media.setCurrentIndex(self.MEDIA_AUDIO)
        else:
            self.image_view.set_message(self.tr("Loading…"))
            self.reveal_button.setVisible(hidden)
            self.media.setCurrentIndex(self.MEDIA_PICTURE)
        self._load_picture(view)

    def update_view(self, view: EvidenceView, hidden: bool) -> None:
        """The same item changed (flags, description): refresh labels without reloading media."""
        if self.view is None or view.id != self.view.id:
            return
        self.view = view
        self.subtitle.setText(" · ".join([kind_label(view.kind), *flag_labels(view)]))
        self.metadata.show_view(view, self.footage_view)
        self.details.update_view(view)
        if hidden != self.hidden:
            self.show_evidence(view, hidden)

    def _footage_of(self, view: EvidenceView) -> EvidenceView | None:
        if view.parent is None:
            return None
        try:
            return self.svc.evidence_view(view.parent.evidence_id)
        except CaseDeskError:
            return None  # purged since: the still keeps the footage's id, offset and hash

    def close_workers(self) -> None:
        """Take no more pictures from the pool (``cancel_all`` waits for the pool itself)."""
        self._closed = True

    def picture_ready(self) -> bool:
        """The picture (or poster, or waveform) of the item shown has arrived."""
        return self.view is not None and self._shown_generation == self._generation

    def reveal(self) -> None:
        self.hidden = False
        self.reveal_button.setVisible(False)
        self.image_view.reveal()
        self.analysis.picture_shown()
        self._update_chrono()
        self.footage.reveal()
        if self.view is not None and self.view.kind == "video":
            self._generation += 1
            self._load_picture(self.view)  # the poster, now unblurred

    def _request_reveal(self) -> None:
        if self.view is not None and self.hidden:
            self.revealRequested.emit(self.view.id)

    def _load_picture(self, view: EvidenceView) -> None:
        generation = self._generation
        svc = self.svc

        def work() -> QImage:
            try:
                path = picture_path(svc, view)
                return read_image(path, MAX_PICTURE_SIDE) if path is not None else QImage()
            except (OSError, CaseDeskError):
                return QImage()

        run_read(self, work, lambda image: self._on_picture(generation, image), on=Pool.MEDIA)

    def _on_picture(self, generation: int, image: QImage) -> None:
        view = self.view
        if generation != self._generation or view is None or self._closed:
            return
        if view.kind == "video":
            self.footage.set_poster(image)
        elif view.kind == "audio":
            self.audio.load_waveform(image)
        elif image.isNull():
            self.image_view.set_message(self._no_picture_reason(view))
        else:
            self.image_view.set_image(image, self.hidden)
            self.analysis.picture_shown()
        self._shown_generation = generation
        self._update_chrono()

    def _update_chrono(self) -> None:
        """Shadows are drawn on a still the investigator can see (revealed, if graphic)."""
        view = self.view
        shown = view is not None and view.kind == "still" and self.image_view.has_image()
        self.chrono_button.setEnabled(shown and not self.hidden)

    def _chronolocate(self) -> None:
        from casedesk.ui.chrono import open_chrono_dialog  # the dialog and its search, when first asked

        if self.view is not None and self.chrono_button.isEnabled():
            self.chrono_dialog = open_chrono_dialog(
                self, self.svc, self.edits, self.view, self.image_view.shown_image()
            )

    def _no_picture_reason(self, view: EvidenceView) -> str:
        if view.decode_status not in DECODABLE:
            return self.tr("{0}: nothing to show.\nThe original is kept unchanged in the store.").format(
                decode_label(view.decode_status)
            )
        if view.kind in ("document", "other"):
            return self.tr("No preview for this kind of file.\nThe original is kept unchanged in the store.")
        return self.tr("The picture could not be read.")

    def _save_transcript(self, evidence_id: str, text: str) -> None:
        self.edits.update(self, evidence_id, self.tr("Edit the transcript"), transcript=text)
