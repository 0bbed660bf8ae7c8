"""The small dialogs of the Evidence pane's actions on one or many items.

All open with ``open()`` (never ``exec()``), so nothing blocks the event loop and tests find them by
object name; each says what it will do to how many items before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.views import ClaimView
from casedesk.ui.evidence.details import parse_tags
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.labels import stances


class TrashDialog(QInputDialog):
    """Asks for confirmation, and one reason (written to the custody log for every item)."""

    def __init__(self, parent: QWidget, names: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Move to trash"))
        n = len(names)
        if n == 1:
            question = self.tr("Move “{0}” to the trash?").format(isolate(names[0]))
        else:
            question = plural(self.tr("Move %Ln item(s) to the trash?", "", n), n)
        explain = self.tr(
            "They stay in the workspace and can be restored. Reason (written to the custody log):"
        )
        self.setLabelText(f"{question}\n{explain}")
        self.setOkButtonText(self.tr("Move to trash"))


def trash_dialog(parent: QWidget, names: Sequence[str]) -> QInputDialog:
    """Ask for confirmation, and one reason (written to the custody log for every item)."""
    return TrashDialog(parent, names)


class TagDialog(QDialog):
    """Tags to add to, and tags to take off, every selected item."""

    chosen = Signal(list, list)  # tags to add, tags to remove

    def __init__(self, count: int, known_tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(plural(self.tr("Tag %Ln item(s)", "", count), count))
        self.add = QLineEdit()
        self.add.setPlaceholderText(self.tr("comma, separated, tags"))
        self.remove = QLineEdit()
        self.remove.setPlaceholderText(self.tr("tags to take off"))
        for field in (self.add, self.remove):
            completer = QCompleter(list(known_tags), field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
        form = QFormLayout()
        form.addRow(self.tr("Add"), self.add)
        form.addRow(self.tr("Remove"), self.remove)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each item changed gets its own entry in the custody log.")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        add, remove = parse_tags(self.add.text()), parse_tags(self.remove.text())
        super().accept()
        if add or remove:
            self.chosen.emit(add, remove)


class LinkClaimDialog(QDialog):
    """Which claim the selected items bear on, and how (supports, contradicts, context)."""

    chosen = Signal(str, str)  # claim id, stance

    def __init__(self, count: int, claims: Sequence[ClaimView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkClaimDialog")
        self.setWindowTitle(plural(self.tr("Link %Ln item(s) to a claim", "", count), count))
        self.claim = QComboBox()
        self.claim.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.claim.setMinimumContentsLength(40)
        for claim in claims:
            text = claim.text if len(claim.text) <= 90 else claim.text[:89] + "…"
            self.claim.addItem(text, claim.id)
        self.stance = QComboBox()
        for stance, label in stances().items():
            self.stance.addItem(label, stance)
        form = QFormLayout()
        form.addRow(self.tr("Claim"), self.claim)
        form.addRow(self.tr("Stance"), self.stance)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(claims))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not claims:
            layout.addWidget(QLabel(self.tr("This case has no claims yet: add one in the Claims tab.")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        claim_id, stance = self.claim.currentData(), self.stance.currentData()
        super().accept()
        if claim_id:
            self.chosen.emit(str(claim_id), str(stance))
