"""Whole-case operations started from the menus: demo, PDF report, bundle export and import.

Each one asks what it needs (a file name, options, a passphrase), runs the core function in a worker
with progress and Cancel, and reports the outcome in plain words. The report and bundle packages are
imported only when used, so the window opens fast and works even if one of them fails to load.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QWidget

from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.messages import show_info
from casedesk.ui.passphrase import PassphraseDialog
from casedesk.ui.settings import LAST_FOLDER, gui_settings
from casedesk.ui.tasks import TaskHandle, run_task
from casedesk.ui.widgets import hint

BUNDLE_FILTER = "CaseDesk bundle (*.casedesk *.cdbundle *.zip);;All files (*)"


def file_stem(title: str) -> str:
    """A safe file name from a case title (keeps letters of any script, drops path characters)."""
    stem = re.sub(r"[^\w\-. ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-")
    return stem[:60] or "case"


def _folder() -> str:
    return str(gui_settings().value(LAST_FOLDER, str(Path.home())))


def _remember(path: Path) -> None:
    gui_settings().setValue(LAST_FOLDER, str(path.parent))


def _mib(size: int) -> str:
    return f"{size / 1048576:.1f} MiB"


class ReportDialog(FormDialog):
    """What to leave out of the report: the choices an editor or a court might need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export report (PDF)"), parent)
        self.omit_graphic = QCheckBox(self.tr("Leave out evidence marked graphic"))
        self.omit_personal = QCheckBox(self.tr("Leave out evidence marked personal data"))
        self.blur = QCheckBox(self.tr("Blur such items instead of leaving them out"))
        self.custody = combo([(self.tr("Full custody log"), "full"), (self.tr("Custody summary"), "summary")])
        self.classification = QLineEdit()
        self.classification.setPlaceholderText(self.tr("e.g. CONFIDENTIAL (printed on every page)"))
        self.form.addRow("", self.omit_graphic)
        self.form.addRow("", self.omit_personal)
        self.form.addRow("", self.blur)
        self.form.addRow(self.tr("Custody"), self.custody)
        self.form.addRow(self.tr("Marking"), self.classification)
        self.form.addRow(
            "", hint(self.tr("The export is written to the custody log with the file's SHA-256."))
        )

    def options(self) -> Any:
        from casedesk.report import ReportOptions

        return ReportOptions(
            omit_graphic=self.omit_graphic.isChecked(),
            omit_personal=self.omit_personal.isChecked(),
            blur_sensitive=self.blur.isChecked(),
            custody=str(self.custody.currentData()),
            classification=self.classification.text().strip(),
        )


def export_pdf(
    parent: QWidget,
    svc: CaseService,
    case_id: str,
    title: str,
    after: Callable[[], None],
    out: Path | None = None,
) -> TaskHandle[Any] | None:
    dialog = ReportDialog(parent)
    if out is None:
        if not dialog.exec():
            return None
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("workflows", "Save report"),
            str(Path(_folder()) / f"{file_stem(title)}.pdf"),
            "PDF (*.pdf)",
        )
        if not name:
            return None
        out = Path(name)
    _remember(out)
    options = dialog.options()

    def work(control: TaskControl) -> Any:
        from casedesk.report import export_pdf as build

        return build(svc, case_id, out, options, control)

    def done(result: Any) -> None:
        after()
        show_info(
            parent,
            QCoreApplication.translate("workflows", "Report exported"),
            QCoreApplication.translate("workflows", "The report was written to {0} ({1} pages, {2}).").format(
                result.path, result.pages, _mib(result.size)
            ),
            f"SHA-256 {result.sha256}",
        )

    return run_task(parent, QCoreApplication.translate("workflows", "Exporting the report"), work, done)


def export_bundle(
    parent: QWidget,
    svc: CaseService,
    case_id: str,
    title: str,
    after: Callable[[], None],
    out: Path | None = None,
    passphrase: str | None = None,
) -> TaskHandle[Any] | None:
    if out is None:
        dialog = PassphraseDialog(parent, confirm=True)
        if not dialog.exec():
            return None
        passphrase = dialog.passphrase()
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("workflows", "Save bundle"),
            str(Path(_folder()) / f"{file_stem(title)}.casedesk"),
            BUNDLE_FILTER,
        )
        if not name:
            return None
        out = Path(name)
    _remember(out)

    def work(control: TaskControl) -> Any:
        from casedesk.bundle import export_bundle as write

        return write(svc, case_id, out, passphrase, control)

    def done(result: Any) -> None:
        after()
        show_info(
            parent,
            QCoreApplication.translate("workflows", "Bundle exported"),
            QCoreApplication.translate("workflows", "{0} evidence items were written to {1} ({2}).").format(
                result.evidence_count, result.path, _mib(result.size)
            ),
            f"SHA-256 {result.sha256}",
        )

    return run_task(parent, QCoreApplication.translate("workflows", "Exporting the bundle"), work, done)


def import_bundle(
    parent: QWidget,
    svc: CaseService,
    opened: Callable[[str], None],
    path: Path | None = None,
    passphrase: str | None = None,
    ask_passphrase: bool = True,
) -> TaskHandle[Any] | None:
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("workflows", "Import bundle"), _folder(), BUNDLE_FILTER
        )
        if not name:
            return None
        path = Path(name)
        _remember(path)

    def work(control: TaskControl) -> Any:
        from casedesk.bundle import import_bundle as read

        return read(svc, path, passphrase, control)

    def done(result: Any) -> None:
        opened(result.case_id)
        words = {
            "imported": QCoreApplication.translate("workflows", "The case was imported."),
            "merged": QCoreApplication.translate(
                "workflows", "The bundle was merged into the case already here."
            ),
            "unchanged": QCoreApplication.translate(
                "workflows", "This case is already here with everything the bundle holds."
            ),
        }
        text = words.get(result.status, result.status)
        details = QCoreApplication.translate(
            "workflows", "{0} evidence items and {1} custody entries added."
        ).format(result.added_evidence, result.added_entries)
        conflicts = "\n".join(result.conflicts)
        show_info(
            parent, QCoreApplication.translate("workflows", "Bundle imported"), f"{text} {details}", conflicts
        )

    def failed(exc: BaseException) -> None:
        # An encrypted bundle opened without a passphrase: ask once, then try again.
        if ask_passphrase and passphrase is None and "passphrase" in str(exc).lower():
            dialog = PassphraseDialog(parent, confirm=False)
            if dialog.exec():
                import_bundle(parent, svc, opened, path, dialog.passphrase(), ask_passphrase=False)

    return run_task(
        parent, QCoreApplication.translate("workflows", "Importing the bundle"), work, done, failed
    )


def open_demo(parent: QWidget, svc: CaseService, opened: Callable[[str], None]) -> TaskHandle[str]:
    def work(control: TaskControl) -> str:
        from casedesk.core.demo import create_demo_case

        control.report(0, 0, QCoreApplication.translate("workflows", "Generating the demo evidence…"))
        return create_demo_case(svc)

    return run_task(parent, QCoreApplication.translate("workflows", "Creating the demo case"), work, opened)
