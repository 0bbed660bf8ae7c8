"""Preferences: who is investigating, where the workspace lives, how evidence is shown, what is
recognised in it (text in stills at ingest), and the workspace's speech models (Preferences ▸ Models)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.errors import CaseDeskError
from casedesk.core.location import locate
from casedesk.core.preferences import Preferences, default_workspace
from casedesk.core.service import CaseService
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.i18n import language_choices, ltr
from casedesk.ui.messages import plain_words
from casedesk.ui.ocr_languages import OCR_LANGUAGES, OcrLanguagesField
from casedesk.ui.preferences_models import ModelsPage
from casedesk.ui.signing import own_fingerprint
from casedesk.ui.widgets import hint


class PreferencesDialog(FormDialog):
    """Edits a copy of the preferences; ``apply_to`` writes the accepted values back."""

    GENERAL, RECOGNITION, MODELS = range(3)

    def __init__(
        self,
        prefs: Preferences,
        current_workspace: Path | str,
        parent: QWidget | None = None,
        svc: CaseService | None = None,
    ) -> None:
        super().__init__(self.tr("Preferences"), parent)
        self.investigator = QLineEdit(prefs.investigator)
        self.investigator.setPlaceholderText(prefs.investigator_name())
        self.workspace = QLineEdit(prefs.workspace)
        self.workspace.setPlaceholderText(str(default_workspace()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.workspace, 1)
        row.addWidget(browse)
        self.store = QLineEdit(prefs.store)
        self.store.setPlaceholderText(self.tr("s3://BUCKET/PREFIX"))
        self.location_problem = hint("")
        self.location_problem.setVisible(False)
        self.workspace.textChanged.connect(self._check_location)
        self.store.textChanged.connect(self._check_location)
        self.thumbnail_size = QSpinBox()
        self.thumbnail_size.setRange(64, 512)
        self.thumbnail_size.setSingleStep(16)
        #: Unit after the thumbnail size in pixels (keep the leading space if your language uses one).
        self.thumbnail_size.setSuffix(self.tr(" px"))
        self.thumbnail_size.setValue(prefs.thumbnail_size)
        self.blur_graphic = QCheckBox(self.tr("Blur evidence marked graphic until I click it"))
        self.blur_graphic.setChecked(prefs.blur_graphic)
        self.language = combo(language_choices())
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.form.addRow(self.tr("Investigator name"), self.investigator)
        self.form.addRow("", hint(self.tr("Written to the custody log and printed in reports.")))
        self.form.addRow(self.tr("Workspace"), row)
        self.form.addRow(self.tr("Team evidence store"), self.store)
        self.form.addRow(
            "",
            hint(
                self.tr(
                    "A folder, or a team workspace: its PostgreSQL URL (postgresql://USER@HOST/DATABASE) "
                    "above and its S3 store here. Passwords come from PGPASSWORD or ~/.pgpass, keys "
                    "from the AWS settings. Now using {0}. A new location takes effect at the next start."
                ).format(ltr(str(current_workspace)))
            ),
        )
        self.form.addRow("", self.location_problem)
        self.form.addRow(self.tr("Thumbnail size"), self.thumbnail_size)
        self.form.addRow("", self.blur_graphic)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow("", hint(self.tr("CaseDesk offers to restart when the language is changed.")))
        fingerprint = own_fingerprint()
        self.fingerprint = QLabel(
            ltr(fingerprint) if fingerprint else self.tr("Made at the first signed export")
        )
        self.fingerprint.setObjectName("keyFingerprint")
        self.fingerprint.setWordWrap(True)  # 16 groups of 4: on two lines where one does not fit
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Your signing key"), self.fingerprint)
        self.form.addRow(
            "",
            hint(
                self.tr(
                    "Reports and bundles are signed with it. Read this fingerprint to whoever checks "
                    "them, by another channel: no authority vouches for it."
                )
            ),
        )

        self._tabs(prefs, svc)

    def _tabs(self, prefs: Preferences, svc: CaseService | None) -> None:
        """The general form becomes the first tab; text recognition and the models follow."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeItem(self.form)
        general = QWidget()
        general.setLayout(self.form)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._recognition_page(prefs), self.tr("Text recognition"))
        self.models = ModelsPage(svc, prefs.speech_model)
        self.tabs.addTab(self.models, self.tr("Models"))
        layout.insertWidget(0, self.tabs, 1)
        self.setMinimumWidth(640)

    def _recognition_page(self, prefs: Preferences) -> QWidget:
        page = QWidget()
        self.ocr_at_ingest = QCheckBox(self.tr("Recognise text in stills when they are added"))
        self.ocr_at_ingest.setObjectName("ocrAtIngest")
        self.ocr_at_ingest.setChecked(prefs.ocr_at_ingest)
        self.ocr_languages = OcrLanguagesField()
        self.ocr_languages.set_value(prefs.ocr_languages.strip() or "+".join(OCR_LANGUAGES))
        self.ocr_languages.committed.connect(lambda _codes: self._update_recognition())
        form = QVBoxLayout(page)
        form.addWidget(self.ocr_at_ingest)
        form.addWidget(
            hint(
                self.tr(
                    "After files are added or a still is taken from footage, CaseDesk reads the text in "
                    "the new stills with Tesseract, in the background (it can be cancelled). The text is "
                    "kept beside the original, searchable, and logged in the custody log."
                )
            )
        )
        form.addWidget(QLabel(self.tr("Languages to recognise")))
        form.addWidget(self.ocr_languages)
        form.addWidget(
            hint(
                self.tr(
                    "Each language needs Tesseract's language data installed (the Debian packages "
                    "tesseract-ocr-ara, tesseract-ocr-fra, tesseract-ocr-eng)."
                )
            )
        )
        form.addStretch(1)
        self.ocr_at_ingest.toggled.connect(self._update_recognition)
        self._update_recognition()
        return page

    def _update_recognition(self) -> None:
        on = self.ocr_at_ingest.isChecked()
        self.ocr_languages.setEnabled(on)
        self.ok_button_enabled(not on or bool(self.ocr_languages.value()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Workspace folder"), self.workspace.text())
        if folder:
            self.workspace.setText(folder)

    def location_error(self) -> str:
        """Why the workspace and store typed cannot be used, or "" (nothing is connected to)."""
        workspace, store = self.workspace.text().strip(), self.store.text().strip()
        if not workspace and not store:
            return ""
        try:
            locate(workspace or None, store or None)
        except CaseDeskError as exc:
            return plain_words(exc)
        return ""

    def _check_location(self) -> None:
        problem = self.location_error()
        self.location_problem.setText(problem)
        self.location_problem.setVisible(bool(problem))

    def apply_to(self, prefs: Preferences) -> None:
        prefs.investigator = self.investigator.text().strip()
        prefs.workspace = self.workspace.text().strip()
        prefs.store = self.store.text().strip()
        prefs.thumbnail_size = self.thumbnail_size.value()
        prefs.blur_graphic = self.blur_graphic.isChecked()
        prefs.language = str(self.language.currentData() or "")
        prefs.ocr_at_ingest = self.ocr_at_ingest.isChecked()
        prefs.ocr_languages = self.ocr_languages.value() or prefs.ocr_languages
        prefs.speech_model = self.models.default_sha
