"""Actions on the selected items (one or many): tag, flag, link to a claim, move to the trash.

The same actions sit in the pane's toolbar, in the grid's and list's context menu and on the viewer's
"N items selected" page. Each opens its small dialog and then makes one service call for all the
items (see :mod:`casedesk.ui.evidence.edits`), undoable through the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QStyle, QWidget

from casedesk.ui.evidence.dialogs import LinkClaimDialog, TagDialog, trash_dialog
from casedesk.ui.evidence.edits import EvidenceEdits


class SelectionActions(QObject):
    """Owns the actions; asks the pane (through the callables) what is selected and for which case."""

    def __init__(
        self,
        pane: QWidget,
        edits: EvidenceEdits,
        selected_ids: Callable[[], list[str]],
        names_of: Callable[[Sequence[str]], list[str]],
        case_id: Callable[[], str | None],
        known_tags: Callable[[], list[str]],
        current_view: Callable[[], QAbstractItemView],
    ) -> None:
        super().__init__(pane)
        self.pane = pane
        self.edits = edits
        self.svc = edits.svc
        self._selected_ids = selected_ids
        self._names_of = names_of
        self._case_id = case_id
        self._known_tags = known_tags
        self._current_view = current_view
        self.last_menu: QMenu | None = None
        self.extra_menus: list[QMenu] = []  # other features' menus on the selection (Analyse)
        self.last_dialog: QWidget | None = None
        style = pane.style()

        def action(text: str, slot: Callable[[], object], tip: str = "") -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip or text)
            made.triggered.connect(slot)
            return made

        self.tag = action(
            self.tr("Tag…"), self.tag_selected, self.tr("Add or remove tags on the selected items")
        )
        self.link = action(
            self.tr("Link to claim…"), self.link_selected, self.tr("Link the selected items to a claim")
        )
        self.trash = action(
            self.tr("Move to trash…"), self.trash_selected, self.tr("Move the selected items to the trash")
        )
        self.trash.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.trash.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.select_all = action(self.tr("Select all"), self._select_all)
        self.select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        self.mark_graphic = action(self.tr("Mark as graphic"), lambda: self.flag_selected(graphic=True))
        self.clear_graphic = action(
            self.tr("Clear the graphic flag"), lambda: self.flag_selected(graphic=False)
        )
        self.mark_personal = action(
            self.tr("Mark as personal data"), lambda: self.flag_selected(personal_data=True)
        )
        self.clear_personal = action(
            self.tr("Clear the personal-data flag"), lambda: self.flag_selected(personal_data=False)
        )
        self.flag_menu = QMenu(self.tr("Flag"), pane)
        self.flag_menu.addActions([self.mark_graphic, self.clear_graphic])
        self.flag_menu.addSeparator()
        self.flag_menu.addActions([self.mark_personal, self.clear_personal])
        self.flag = self.flag_menu.menuAction()
        self.flag.setToolTip(self.tr("Flag the selected items as graphic or as personal data"))
        self.on_selection = [self.tag, self.flag, self.link, self.trash]
        self.update_enabled(0)

    def attach(self, view: QAbstractItemView) -> None:
        """Give a view the context menu and the keyboard shortcuts (only while it has the focus)."""
        for each in (self.trash, self.select_all):
            each.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(each)
        view.customContextMenuRequested.connect(lambda pos, v=view: self.context_menu(v, pos))

    def update_enabled(self, count: int) -> None:
        for each in self.on_selection:
            each.setEnabled(count > 0 and self._case_id() is not None)

    def context_menu(self, view: QAbstractItemView, pos: QPoint) -> QMenu:
        """As in a file manager: right-clicking an item outside the selection selects it alone first."""
        index = view.indexAt(pos)
        selection = view.selectionModel()
        if index.isValid() and not selection.isSelected(index):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
        menu = QMenu(view)
        menu.setObjectName("evidenceMenu")
        menu.addAction(self.tag)
        menu.addMenu(self.flag_menu)
        menu.addAction(self.link)
        for extra in self.extra_menus:
            menu.addMenu(extra)
        menu.addSeparator()
        menu.addAction(self.trash)
        menu.addSeparator()
        menu.addAction(self.select_all)
        self.last_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    # -- the actions --------------------------------------------------------------------------------
    @Slot()
    def tag_selected(self) -> TagDialog | None:
        ids = self._selected_ids()
        if not ids:
            return None
        dialog = TagDialog(len(ids), self._known_tags(), self.pane)
        dialog.chosen.connect(lambda add, remove: self.edits.tag(self.pane, ids, add, remove))
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def flag_selected(self, *, graphic: bool | None = None, personal_data: bool | None = None) -> None:
        ids = self._selected_ids()
        if ids:
            self.edits.flag(self.pane, ids, graphic=graphic, personal_data=personal_data)

    @Slot()
    def link_selected(self) -> LinkClaimDialog | None:
        ids, case_id = self._selected_ids(), self._case_id()
        if not ids or case_id is None:
            return None
        dialog = LinkClaimDialog(len(ids), self.svc.list_claims(case_id), self.pane)
        dialog.chosen.connect(
            lambda claim_id, stance: self.edits.link(self.pane, case_id, claim_id, ids, stance)
        )
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot()
    def trash_selected(self) -> QInputDialog | None:
        return self.ask_trash(self._selected_ids())

    def ask_trash(self, ids: list[str]) -> QInputDialog | None:
        """Ask for confirmation and one reason for the custody log, then move the items to the trash."""
        if not ids:
            return None
        dialog = trash_dialog(self.pane, self._names_of(ids))
        dialog.textValueSelected.connect(lambda reason: self.edits.trash(self.pane, ids, reason))
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot()
    def _select_all(self) -> None:
        self._current_view().selectAll()
