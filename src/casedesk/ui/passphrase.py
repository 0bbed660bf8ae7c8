"""Asking for a bundle passphrase: twice when encrypting (a typo would lock the bundle for good)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from casedesk.ui.dialogs import FormDialog
from casedesk.ui.widgets import hint

MIN_LENGTH = 8


class PassphraseDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, confirm: bool = True) -> None:
        title = self.tr("Encrypt the bundle") if confirm else self.tr("Bundle passphrase")
        super().__init__(title, parent)
        self.confirm_needed = confirm
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"))
        self.first = QLineEdit()
        self.second = QLineEdit()
        for box in (self.first, self.second):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            self.encrypt.setChecked(True)
            self.form.addRow("", self.encrypt)
        self.form.addRow(self.tr("Passphrase"), self.first)
        if confirm:
            self.form.addRow(self.tr("Again"), self.second)
            self.form.addRow(
                "", hint(self.tr("Share it by another channel than the bundle. It cannot be recovered."))
            )
        self.encrypt.toggled.connect(self._check)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def passphrase(self) -> str | None:
        if self.confirm_needed and not self.encrypt.isChecked():
            return None
        return self.first.text() or None

    def _check(self) -> None:
        if self.confirm_needed:
            on = self.encrypt.isChecked()
            self.first.setEnabled(on)
            self.second.setEnabled(on)
            ok = not on or (len(self.first.text()) >= MIN_LENGTH and self.first.text() == self.second.text())
        else:
            ok = bool(self.first.text())
        self.ok_button_enabled(ok)
