"""The viewer's Analysis tab for a still: the text recognised in it and its forensics findings.

Reading the text (Tesseract) and examining the still are long tasks with progress and Cancel; each is
recorded by the core with its custody entry, and the panel shows what is stored: the text, copyable,
with its word boxes over the picture on request; the findings in the words the report prints (one
module says both, :mod:`casedesk.report.finding_words`), none a verdict, and copyable into a checklist
step's note (an edit on the undo stack). The error level and noise residual views are computed again
from the original when first asked for (they are not stored: the numbers are what the custody entry
covers) and laid over the picture with an opacity; the magnifier shows the original's own pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QImage, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.changes import Changes
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.service.forensics import EvidenceFindingsView
from casedesk.core.service.text import EvidenceTextView
from casedesk.core.tasks import TaskControl
from casedesk.core.views import CheckView, EvidenceView
from casedesk.report.derived_words import method_name
from casedesk.report.finding_words import finding_lines, findings_note, method_line
from casedesk.report.i18n import language
from casedesk.ui.checklist import check_text
from casedesk.ui.evidence.edits import EvidenceEdits
from casedesk.ui.evidence.imageview import ImageView, WordBox
from casedesk.ui.evidence.magnifier import Magnifier
from casedesk.ui.formats import utc_text
from casedesk.ui.i18n import current_language, ltr, plural
from casedesk.ui.tasks import TaskHandle, run_read, run_task
from casedesk.ui.widgets import heading, hint, is_rtl

NO_OVERLAY, ELA, NOISE = "", "ela", "noise"
NOTE_STEP = "ev_metadata"  # the step findings are offered to first: "Metadata inspected"


@dataclass(frozen=True, slots=True)
class Analysis:
    """What is stored for one still: its text, its findings, its checklist steps."""

    text: EvidenceTextView | None
    findings: EvidenceFindingsView | None
    steps: list[CheckView]


@dataclass(frozen=True, slots=True)
class Views:
    """The error level and noise residual views of one original, as images to lay over it."""

    sha256: str
    ela: QImage
    noise: QImage


def _qimage(picture: object) -> QImage:
    """A Pillow image as a QImage (copied: the bytes are Pillow's)."""
    from PIL import Image

    assert isinstance(picture, Image.Image)
    rgb = picture.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


class AnalysisPanel(QWidget):
    def __init__(
        self,
        svc: CaseService,
        edits: EvidenceEdits,
        image_view: ImageView,
        prefs: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc, self.edits, self.image_view, self.prefs = svc, edits, image_view, prefs
        self.view: EvidenceView | None = None
        self.analysis: Analysis | None = None
        self.views: Views | None = None  # of the last still whose views were computed
        self.task: TaskHandle[Changes] | TaskHandle[Views] | None = None
        self._generation = 0
        self._stale = False  # an item is shown whose records have not been read yet
        self.magnifier = Magnifier(image_view)

        self.text_status = hint("")
        self.text_status.setObjectName("textStatus")
        self.recognise_button = QPushButton(self.tr("Recognise text"))
        self.recognise_button.setToolTip(
            self.tr("Read the text in the picture with Tesseract, offline (it replaces the last reading)")
        )
        self.copy_text_button = QPushButton(self.tr("Copy text"))
        self.boxes_check = QCheckBox(self.tr("Show word boxes"))
        self.boxes_check.setToolTip(self.tr("Outline each word recognised; hover one for its confidence"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("recognisedText")
        self.text.setReadOnly(True)
        option = self.text.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # Arabic lines read right to left
        self.text.document().setDefaultTextOption(option)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

        self.findings_status = hint("")
        self.findings_status.setObjectName("findingsStatus")
        self.examine_button = QPushButton(self.tr("Examine"))
        self.examine_button.setToolTip(
            self.tr("Error levels, JPEG tables, double compression, thumbnail, noise, edit history")
        )
        self.overlay_box = QComboBox()
        self.overlay_box.setObjectName("overlayBox")
        for label, key in (
            (self.tr("No overlay"), NO_OVERLAY),
            (self.tr("Error levels"), ELA),
            (self.tr("Noise residual"), NOISE),
        ):
            self.overlay_box.addItem(label, key)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(70)
        self.opacity.setMaximumWidth(120)
        self.opacity.setToolTip(self.tr("How much of the analysis view covers the picture"))
        self.magnifier_check = QCheckBox(self.tr("Magnifier"))
        self.magnifier_check.setToolTip(self.tr("Enlarge the original's pixels under the pointer"))
        self.findings = QTextBrowser()  # whole sentences, wrapped, selectable
        self.findings.setObjectName("findingsText")
        self.findings.setOpenLinks(False)
        self.methods: list[str] = []  # the methods shown, as named in the interface's language
        self.step_box = QComboBox()
        self.step_box.setObjectName("noteStep")
        self.copy_findings_button = QPushButton(self.tr("Copy to the step's note"))
        self.step_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_box.setMinimumContentsLength(12)
        self.copy_findings_button.setToolTip(
            self.tr("Add the findings to the note of the checklist step chosen (it can be undone)")
        )
        self._lay_out()

        self.recognise_button.clicked.connect(self.recognise)
        self.copy_text_button.clicked.connect(self.copy_text)
        self.boxes_check.toggled.connect(self._apply_boxes)
        self.examine_button.clicked.connect(self.examine)
        self.overlay_box.currentIndexChanged.connect(self._on_overlay)
        self.opacity.valueChanged.connect(lambda v: self.image_view.set_overlay_opacity(v / 100))
        self.magnifier_check.toggled.connect(self.magnifier.set_enabled)
        self.copy_findings_button.clicked.connect(self.copy_findings)
        edits.ops.changed.connect(self._on_changed)
        self.load(None)

    def _lay_out(self) -> None:
        text_page = QWidget()
        left = QVBoxLayout(text_page)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(heading(self.tr("Text in the picture")))
        left.addWidget(self.text_status)
        row = QHBoxLayout()
        for widget in (self.recognise_button, self.copy_text_button, self.boxes_check):
            row.addWidget(widget)
        row.addStretch(1)
        left.addLayout(row)
        left.addWidget(self.text, 1)

        forensics_page = QWidget()
        right = QVBoxLayout(forensics_page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(heading(self.tr("Image forensics")))
        right.addWidget(self.findings_status)
        row = QHBoxLayout()  # two short rows: the tab is often narrow, beside the grid
        row.addWidget(self.examine_button)
        row.addWidget(self.magnifier_check)
        row.addStretch(1)
        right.addLayout(row)
        looks = QHBoxLayout()
        looks.addWidget(self.overlay_box)
        looks.addWidget(self.opacity)
        looks.addStretch(1)
        right.addLayout(looks)
        right.addWidget(self.findings, 1)
        steps = QHBoxLayout()
        steps.addWidget(QLabel(self.tr("Step")))
        steps.addWidget(self.step_box, 1)
        steps.addWidget(self.copy_findings_button)
        right.addLayout(steps)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(text_page)
        split.addWidget(forensics_page)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split, 1)

    # -- the item ----------------------------------------------------------------------------------
    def load(self, view: EvidenceView | None) -> None:
        """Show what is stored for ``view`` (a still; anything else leaves the tab empty)."""
        self._generation += 1
        same = view is not None and self.view is not None and view.id == self.view.id
        self.view = view if view is not None and view.kind == "still" else None
        if not same:
            self.analysis = None
            if self.overlay_box.currentIndex() != 0:
                self.overlay_box.setCurrentIndex(0)  # another item starts plain
        self._show()
        self._stale = self.view is not None
        # Read when seen (as the Similar tab does: choosing an item asks nothing of the read pool),
        # or at once when the word boxes are to be drawn over the picture.
        if self.isVisible() or self.boxes_check.isChecked():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read()

    def _read(self) -> None:
        self._stale = False
        if self.view is None:
            return
        svc, view_id, case_id, generation = self.svc, self.view.id, self.view.case_id, self._generation

        def read() -> Analysis:
            return Analysis(
                svc.evidence_text(view_id), svc.evidence_findings(view_id), svc.checklist(case_id, view_id)
            )

        run_read(self, read, lambda found: self._loaded(generation, found))

    def _loaded(self, generation: int, found: Analysis) -> None:
        if generation == self._generation:
            self.analysis = found
            self._show()

    def picture_shown(self) -> None:
        """The viewer (re)drew the picture: lay the overlay and word boxes over it again."""
        self._apply_boxes()
        self._apply_overlay()

    def _show(self) -> None:
        found, busy = self.analysis, self.task is not None and not self.task.done
        still = self.view is not None
        text = found.text if found else None
        if not still:
            self.text_status.setText(self.tr("Text recognition and forensics apply to still images."))
        elif found is None:
            self.text_status.setText(self.tr("Loading…"))
        elif text is None:
            self.text_status.setText(self.tr("Not recognised yet."))
        elif text.error is not None:
            self.text_status.setText(self.tr("Could not be read: {0}").format(text.error))
        else:
            #: {0} Tesseract's language codes, {1} its version, {2} when (UTC); then the words' count.
            made = self.tr("Read in {0} by Tesseract {1}, {2}.").format(
                ltr(text.languages), ltr(text.engine_version), utc_text(text.created_at)
            )
            count = len(text.words)
            words = plural(self.tr("%Ln word(s)", "", count), count)
            self.text_status.setText(f"{made} {words}")
        shown = text.text if text and text.ok else ""
        self.text.setPlainText(shown)
        # A page read right to left is laid out so, whatever language the interface is in.
        rtl = is_rtl(shown)
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else self.layoutDirection())
        self.recognise_button.setEnabled(still and found is not None and not busy)
        self.copy_text_button.setEnabled(bool(self.text.toPlainText()))
        self.boxes_check.setEnabled(bool(text and text.words))
        self._apply_boxes()
        self._show_findings(found.findings if found else None, still, busy)
        self._show_steps(found.steps if found else [])

    def _show_findings(self, findings: EvidenceFindingsView | None, still: bool, busy: bool) -> None:
        self.findings.clear()
        self.examine_button.setEnabled(still and self.analysis is not None and not busy)
        self.overlay_box.setEnabled(still and not busy)
        self.magnifier_check.setEnabled(still)
        if not still:
            self.findings_status.setText("")
        elif findings is None:
            self.findings_status.setText(self.tr("Not examined yet."))
        elif findings.error is not None:
            self.findings_status.setText(self.tr("Could not be examined: {0}").format(findings.error))
        else:
            self.findings_status.setText(
                self.tr("Examined {0} ({1} {2}). Measurements, none a verdict.").format(
                    utc_text(findings.created_at), ltr(findings.engine), ltr(findings.engine_version)
                )
            )
        lang = language(current_language())
        self.methods = []
        parts = []
        for f in findings.findings if findings else ():
            name = method_name(lang, str(f.get("method", "")))
            self.methods.append(name)
            lines = "".join(f"<div>{escape(line)}</div>" for line in finding_lines(lang, f))
            muted = "".join(
                f'<div style="color: gray">{escape(x)}</div>' for x in method_line(lang, f).split("\n")
            )
            parts.append(f"<p><b>{escape(name)}</b>{lines}{muted}</p>")
        self.findings.setHtml("".join(parts))  # every value escaped: a file's XMP may hold markup
        self.copy_findings_button.setEnabled(bool(findings and findings.ok and self.step_box.count()))

    def _show_steps(self, steps: list[CheckView]) -> None:
        chosen = self.step_box.currentData() or NOTE_STEP
        self.step_box.clear()
        for step in steps:
            self.step_box.addItem(check_text(self.svc.template, step).title, step.key)
            self.step_box.setItemData(self.step_box.count() - 1, step.id, Qt.ItemDataRole.UserRole + 1)
        self.step_box.setCurrentIndex(max(0, self.step_box.findData(chosen)))
        findings = self.analysis.findings if self.analysis else None
        self.copy_findings_button.setEnabled(bool(findings and findings.ok and steps))

    # -- text --------------------------------------------------------------------------------------
    def recognise(self) -> TaskHandle[Changes] | None:
        """Read the text in the still, in the languages chosen for its case, else those of
        Preferences ▸ Text recognition."""
        if self.view is None:
            return None
        svc, ids = self.svc, [self.view.id]
        languages = self.prefs.ocr_languages if self.prefs else Preferences().ocr_languages

        def work(control: TaskControl) -> Changes:
            return svc.recognise_text(ids, fallback=languages, control=control)

        return self._run(self.tr("Recognising text"), work)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    @Slot()
    def _apply_boxes(self) -> None:
        text = self.analysis.text if self.analysis else None
        if not self.boxes_check.isChecked() or text is None or not text.words:
            self.image_view.set_word_boxes([], QSize())
            return
        boxes = [
            WordBox(w.x, w.y, w.w, w.h, f"{w.text} ({w.confidence:.0f}%)") for w in text.words if w.page == 0
        ]
        self.image_view.set_word_boxes(boxes, QSize(text.width, text.height))

    # -- forensics ---------------------------------------------------------------------------------
    def examine(self) -> TaskHandle[Changes] | None:
        """Examine the still and keep its findings (logged in the custody log)."""
        if self.view is None:
            return None
        svc, ids = self.svc, [self.view.id]
        return self._run(
            self.tr("Examining the still"), lambda control: svc.examine_evidence(ids, control=control)
        )

    def _run(self, title: str, work: object) -> TaskHandle[Changes]:
        assert callable(work)
        ops = self.edits.ops

        def done(changes: Changes) -> None:
            self.task = None
            ops.announce(changes)  # this panel reads the item again, as every view does
            self._show()

        def failed(_exc: BaseException) -> None:
            self.task = None  # the error has been shown in plain words
            self._show()

        handle = run_task(self, title, work, done, failed)
        self.task = handle
        self._show()
        return handle

    def overlay_key(self) -> str:
        return str(self.overlay_box.currentData() or NO_OVERLAY)

    @Slot()
    def _on_overlay(self) -> None:
        view = self.view
        if self.overlay_key() == NO_OVERLAY or view is None:
            self._apply_overlay()
            return
        if self.views is not None and self.views.sha256 == view.sha256:
            self._apply_overlay()
            return
        svc, view_id, sha = self.svc, view.id, view.sha256

        def work(control: TaskControl) -> Views:
            report = svc.forensic_report(view_id, control=control)
            return Views(sha, _qimage(report.ela_image), _qimage(report.noise_image))

        def done(views: Views) -> None:
            self.task = None
            self.views = views
            self._apply_overlay()
            self._show()

        def failed(_exc: BaseException) -> None:
            self.task = None
            self.overlay_box.setCurrentIndex(0)
            self._show()

        self.task = run_task(self, self.tr("Computing the analysis view"), work, done, failed)
        self._show()

    def _apply_overlay(self) -> None:
        key, views, view = self.overlay_key(), self.views, self.view
        if key == NO_OVERLAY or views is None or view is None or views.sha256 != view.sha256:
            self.image_view.set_overlay(None)
            return
        self.image_view.set_overlay(views.ela if key == ELA else views.noise, self.opacity.value() / 100)

    def copy_findings(self) -> Changes | None:
        """Add the findings, in the interface's language, to the chosen step's note."""
        findings = self.analysis.findings if self.analysis else None
        step_id = self.step_box.currentData(Qt.ItemDataRole.UserRole + 1)
        steps = self.analysis.steps if self.analysis else []
        step = next((s for s in steps if s.id == step_id), None)
        if findings is None or not findings.ok or step is None:
            return None
        block = findings_note(
            language(current_language()),
            findings.engine,
            findings.engine_version,
            findings.created_at,
            findings.findings,
        )
        kept = step.note.rstrip()
        return self.edits.set_check(self, step.id, note=f"{kept}\n\n{block}" if kept else block)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.view is not None and (
            self.view.id in changes.ids or changes.ids & {s.id for s in self._steps()}
        ):
            self.load(self.view)

    def _steps(self) -> list[CheckView]:
        return self.analysis.steps if self.analysis else []
