"""Preferences: who is investigating, where the workspace lives, how evidence is shown."""

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
    QWidget,
)

from casedesk.core.preferences import Preferences, default_workspace
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.i18n import language_choices, ltr
from casedesk.ui.signing import own_fingerprint
from casedesk.ui.widgets import hint


class PreferencesDialog(FormDialog):
    """Edits a copy of the preferences; ``apply_to`` writes the accepted values back."""

    def __init__(self, prefs: Preferences, current_workspace: Path, parent: QWidget | None = None) -> None:
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
        self.form.addRow(self.tr("Workspace folder"), row)
        self.form.addRow(
            "",
            hint(
                self.tr("Now using {0}. A new location takes effect at the next start.").format(
                    ltr(current_workspace)
                )
            ),
        )
        self.form.addRow(self.tr("Thumbnail size"), self.thumbnail_size)
        self.form.addRow("", self.blur_graphic)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow("", hint(self.tr("CaseDesk offers to restart when the language is changed.")))
        fingerprint = own_fingerprint()
        self.fingerprint = QLabel(
            ltr(fingerprint) if fingerprint else self.tr("Made at the first signed export")
        )
        self.fingerprint.setObjectName("keyFingerprint")
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

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Workspace folder"), self.workspace.text())
        if folder:
            self.workspace.setText(folder)

    def apply_to(self, prefs: Preferences) -> None:
        prefs.investigator = self.investigator.text().strip()
        prefs.workspace = self.workspace.text().strip()
        prefs.thumbnail_size = self.thumbnail_size.value()
        prefs.blur_graphic = self.blur_graphic.isChecked()
        prefs.language = str(self.language.currentData() or "")
