"""The Claims tab's dialogs: a new claim, linking evidence (read page by page, filtered by name) and
linking a source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from casedesk.core.search import fold
from casedesk.core.service import CaseService
from casedesk.core.views import EvidenceRow, SourceView
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.evidence.labels import kind_label
from casedesk.ui.formats import number
from casedesk.ui.i18n import isolate, ltr, plural
from casedesk.ui.labels import claim_statuses, credibility_choices, stances
from casedesk.ui.tasks import run_read
from casedesk.ui.widgets import hint

PAGE = 500  # evidence rows per read: the list fills while the user types a filter


def evidence_rows(svc: CaseService, case_id: str, offset: int) -> list[EvidenceRow]:
    with svc.reader(case_id) as reader:
        return reader.evidence_rows(offset, PAGE)


def ok_text(dialog: FormDialog, text: str) -> None:
    """Name the OK button for what it does ("Link")."""
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    if button is not None:
        button.setText(text)


class AddClaimDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New claim"), parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What is asserted, in one sentence"))
        self.status = combo([(label, key) for key, label in claim_statuses().items()])
        self.credibility = combo(credibility_choices(), 6)
        self.form.addRow(self.tr("Claim"), self.text)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Credibility"), self.credibility)


class LinkEvidenceDialog(FormDialog):
    """Choose one or more items of the case (not yet linked) and the stance they take on the claim.

    Items are read a page at a time off the GUI thread, so the dialog opens at once on a large case;
    the filter narrows the list by name (accents, case and Arabic letter forms ignored).
    """

    def __init__(
        self, svc: CaseService, case_id: str, exclude: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Link evidence to the claim"), parent)
        self.setObjectName("linkEvidenceDialog")
        self.svc = svc
        self.case_id = case_id
        self.exclude = exclude
        self.done_loading = False
        self._closed = False
        self._offset = 0
        self.filter = QLineEdit()
        self.filter.setObjectName("evidenceFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.items = QListWidget()
        self.items.setObjectName("evidenceChoices")
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.setMinimumHeight(240)
        self.status = hint(self.tr("Reading the case’s evidence…"))
        self.stance = combo([(label, key) for key, label in stances().items()])
        self.form.addRow(self.tr("Find"), self.filter)
        self.form.addRow(self.tr("Evidence"), self.items)
        self.form.addRow("", self.status)
        self.form.addRow(self.tr("Stance"), self.stance)
        self.filter.textChanged.connect(self._apply_filter)
        self.items.itemSelectionChanged.connect(self._selection_changed)
        self.items.itemDoubleClicked.connect(lambda _item: self.accept())
        self.finished.connect(self._stop)
        ok_text(self, self.tr("Link"))
        self._selection_changed()
        self._read_page()

    def evidence_ids(self) -> list[str]:
        """The chosen items, in list order."""
        chosen = [self.items.item(i) for i in range(self.items.count())]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in chosen if i is not None and i.isSelected()]

    def stance_value(self) -> str:
        return str(self.stance.currentData())

    def _read_page(self) -> None:
        svc, case_id, offset = self.svc, self.case_id, self._offset
        # Errors are shown over the tab: this dialog may be gone by the time a page arrives.
        run_read(self.parentWidget(), lambda: evidence_rows(svc, case_id, offset), self._page_arrived)

    def _page_arrived(self, rows: list[EvidenceRow]) -> None:
        if self._closed:
            return
        needle = fold(self.filter.text().strip())
        for row in rows:
            if row.id in self.exclude:
                continue
            item = QListWidgetItem(row.original_name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            #: An item's tooltip in the Link evidence dialog: {0} its kind, {1} the start of its SHA-256.
            item.setToolTip(self.tr("{0} · SHA-256 {1}…").format(kind_label(row.kind), ltr(row.sha256[:16])))
            self.items.addItem(item)
            item.setHidden(bool(needle) and needle not in fold(row.original_name))
        if len(rows) == PAGE:
            self._offset += PAGE
            count = self.items.count()
            self.status.setText(
                plural(self.tr("Reading the case’s evidence… %Ln item(s) so far", "", count), count)
            )
            self._read_page()
            return
        self.done_loading = True
        self._show_count()

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item is not None:
                item.setHidden(bool(needle) and needle not in fold(item.text()))
        if self.done_loading:
            self._show_count()

    def _show_count(self) -> None:
        shown = sum(1 for i in range(self.items.count()) if not self.items.item(i).isHidden())
        if self.items.count() == 0:
            self.status.setText(self.tr("Every item of the case is already linked to this claim."))
        else:
            total = self.items.count()
            self.status.setText(
                plural(self.tr("{0} of %Ln item(s) shown", "", total), total).format(number(shown))
            )

    def _selection_changed(self) -> None:
        self.ok_button_enabled(bool(self.items.selectedItems()))

    def _stop(self, _result: int) -> None:
        self._closed = True  # pages still on their way are dropped


class LinkSourceDialog(FormDialog):
    def __init__(self, sources: list[SourceView], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link a source to the claim"), parent)
        self.setObjectName("linkSourceDialog")
        self.source = combo([(isolate(f"{s.name} ({s.reliability})"), s.id) for s in sources])
        self.form.addRow(self.tr("Source"), self.source)
        ok_text(self, self.tr("Link"))
        self.ok_button_enabled(self.source.count() > 0)

    def source_id(self) -> str | None:
        value = self.source.currentData()
        return str(value) if value else None
