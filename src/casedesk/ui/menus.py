"""The window's actions and menus, declared in one place with the shortcuts desktop users expect."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStyle

from casedesk.ui.icons import standard


@dataclass
class Actions:
    new_case: QAction
    add_evidence: QAction
    find: QAction
    export_pdf: QAction
    export_bundle: QAction
    import_bundle: QAction
    verify: QAction
    preferences: QAction
    quit: QAction
    demo: QAction
    about: QAction
    undo: QAction
    redo: QAction

    def case_actions(self) -> list[QAction]:
        """Actions that need an open case."""
        return [self.add_evidence, self.export_pdf, self.export_bundle, self.verify]


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(standard(icon))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _undo_actions(window: QMainWindow, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo and Redo, named after the edit they would undo or redo ("Undo Remove place “Gao”")."""
    undo = stack.createUndoAction(window, QCoreApplication.translate("menus", "&Undo"))
    redo = stack.createRedoAction(window, QCoreApplication.translate("menus", "&Redo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    # The platform's Redo keys (Ctrl+Y on Windows), and Ctrl+Shift+Z first wherever it is missing.
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_shift_z = QKeySequence("Ctrl+Shift+Z")
    redo.setShortcuts([ctrl_shift_z, *(k for k in keys if k != ctrl_shift_z)])
    undo.setIcon(standard(QStyle.StandardPixmap.SP_ArrowBack))
    redo.setIcon(standard(QStyle.StandardPixmap.SP_ArrowForward))
    return undo, redo


def build_menus(
    window: QMainWindow, handlers: dict[str, Callable[[], object]], undo_stack: QUndoStack
) -> Actions:
    """Create the actions, wire them to ``handlers`` (by action name) and fill the menu bar."""
    sp = QStyle.StandardPixmap
    undo, redo = _undo_actions(window, undo_stack)
    a = Actions(
        new_case=_action(
            window,
            QCoreApplication.translate("menus", "&New case…"),
            handlers["new_case"],
            "Ctrl+N",
            sp.SP_FileDialogNewFolder,
        ),
        add_evidence=_action(
            window,
            QCoreApplication.translate("menus", "&Add evidence…"),
            handlers["add_evidence"],
            "Ctrl+O",
            sp.SP_DialogOpenButton,
        ),
        find=_action(
            window,
            QCoreApplication.translate("menus", "&Find…"),
            handlers["find"],
            "Ctrl+F",
            sp.SP_FileDialogContentsView,
        ),
        export_pdf=_action(
            window,
            QCoreApplication.translate("menus", "Export &report (PDF)…"),
            handlers["export_pdf"],
            "Ctrl+E",
        ),
        export_bundle=_action(
            window, QCoreApplication.translate("menus", "Export &bundle…"), handlers["export_bundle"]
        ),
        import_bundle=_action(
            window, QCoreApplication.translate("menus", "&Import bundle…"), handlers["import_bundle"]
        ),
        verify=_action(
            window,
            QCoreApplication.translate("menus", "&Verify case"),
            handlers["verify"],
            None,
            sp.SP_DialogApplyButton,
        ),
        preferences=_action(
            window, QCoreApplication.translate("menus", "&Preferences…"), handlers["preferences"], "Ctrl+,"
        ),
        quit=_action(window, QCoreApplication.translate("menus", "&Quit"), handlers["quit"], "Ctrl+Q"),
        demo=_action(window, QCoreApplication.translate("menus", "Open &demo case"), handlers["demo"]),
        about=_action(window, QCoreApplication.translate("menus", "&About CaseDesk"), handlers["about"]),
        undo=undo,
        redo=redo,
    )
    a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("menus", "&File"))
    for action in (
        a.new_case,
        a.add_evidence,
        None,
        a.export_pdf,
        a.export_bundle,
        a.import_bundle,
        None,
        a.quit,
    ):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(QCoreApplication.translate("menus", "&Edit"))
    edit_menu.setObjectName("editMenu")
    edit_menu.addAction(a.undo)
    edit_menu.addAction(a.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)
    case_menu = bar.addMenu(QCoreApplication.translate("menus", "&Case"))
    case_menu.addAction(a.verify)
    help_menu = bar.addMenu(QCoreApplication.translate("menus", "&Help"))
    help_menu.addAction(a.demo)
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    toolbar = window.addToolBar(QCoreApplication.translate("menus", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for action in (a.new_case, a.add_evidence, a.verify):
        toolbar.addAction(action)
    return a
