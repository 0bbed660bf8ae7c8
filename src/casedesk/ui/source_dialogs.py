"""The Sources tab's dialogs: a new source, merging two sources, and removing one that is still cited."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from casedesk.core.views import SourceView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.i18n import isolate, plural
from casedesk.ui.labels import reliability_choices


class CitedBy(QObject):
    """What cites a source, in words (a QObject for its numerus messages: see ``ProgressText``)."""

    def text(self, claims: int, items: int) -> str:
        claims_text = plural(self.tr("%Ln claim(s)", "", claims), claims)
        items_text = plural(self.tr("%Ln evidence item(s)", "", items), items)
        if claims and items:
            #: What cites a source: {0} is "1 claim" or "3 claims", {1} is "1 evidence item" or "2 items".
            return self.tr("{0} and {1}").format(claims_text, items_text)
        return claims_text if claims else items_text if items else ""


def cited_by_text(claims: int, items: int) -> str:
    """ "1 claim and 2 evidence items", "3 claims", "1 evidence item" (empty when nothing cites it)."""
    return CitedBy().text(claims, items)


def grade_labels() -> dict[str, str]:
    """Each Admiralty grade as shown, translated: "B" -> "B — Usually reliable"."""
    return {grade: label for label, grade in reliability_choices()}


class AddSourceDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New source"), parent)
        self.name = QLineEdit()
        self.handle = QLineEdit()
        self.platform = QLineEdit()
        self.reliability = combo(reliability_choices(), "F")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Handle"), self.handle)
        self.form.addRow(self.tr("Platform"), self.platform)
        self.form.addRow(self.tr("Reliability"), self.reliability)


class MergeSourcesDialog(FormDialog):
    """Pick the source that is the same account as ``keep``; the dialog says what the merge will do."""

    def __init__(
        self,
        keep: SourceView,
        others: list[SourceView],
        cited_by: dict[str, tuple[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Merge sources"),
            parent,
            self.tr("Choose the source that is the same account as “{0}”.").format(isolate(keep.name)),
        )
        self.setObjectName("mergeSourcesDialog")
        self.keep = keep
        self._cited_by = cited_by
        self.other: QComboBox = combo([(_label(s), s.id) for s in others])
        self.other.setObjectName("mergeOther")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.form.addRow(self.tr("Merge"), self.other)
        self.form.addRow(self.outcome)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Merge"))
        self.other.currentIndexChanged.connect(self._describe)
        self.ok_button_enabled(self.other.count() > 0)
        self._describe()

    def other_id(self) -> str | None:
        value = self.other.currentData()
        return str(value) if value else None

    def _describe(self) -> None:
        other = self.other.currentText()
        if not other:
            self.outcome.setText(self.tr("This case has no other source to merge."))
            return
        claims, items = self._cited_by.get(self.other_id() or "", (0, 0))
        name, keep = other, isolate(self.keep.name)  # the choice's label is isolated already
        if claims or items:
            #: {0} the source merged away, {1} what cites it ("1 claim and 2 evidence items"), {2} the kept.
            outcome = self.tr(
                "What cites {0} ({1}) will cite “{2}” instead, and {0} will be removed. The custody log "
                "records the merge in one entry; Undo separates them again."
            ).format(name, cited_by_text(claims, items), keep)
        else:
            outcome = self.tr(
                "Nothing cites {0}; it will be removed in favour of “{1}”. The custody log records the "
                "merge in one entry; Undo separates them again."
            ).format(name, keep)
        self.outcome.setText(outcome)


class SourceInUseDialog(QMessageBox):
    """Removing a source that is still cited: unlink it from what cites it and remove it, or keep it."""

    def __init__(self, name: str, claims: int, items: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceInUseDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Source still cited"))
        #: {0} the source's name, {1} what cites it ("1 claim and 2 evidence items").
        self.setText(
            self.tr("“{0}” is still cited by {1}.").format(isolate(name), cited_by_text(claims, items))
        )
        self.setInformativeText(
            self.tr("Unlink it from them and remove it? Undo puts the source and its links back.")
        )
        self.unlink_button = self.addButton(self.tr("Unlink and remove"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)

    def ask(self) -> bool:
        """True if the user chose to unlink and remove."""
        self.exec()
        return self.clickedButton() is self.unlink_button


def _label(src: SourceView) -> str:
    """ "Sahel Watch @sahelwatch (B)": user data and a grade code, read as one unit in any direction."""
    handle = f" {src.handle}" if src.handle else ""
    return isolate(f"{src.name}{handle} ({src.reliability})")
