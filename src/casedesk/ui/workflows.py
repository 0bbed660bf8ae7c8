"""Whole-case operations started from the menus: demo, PDF report, bundle export and import.

Each one asks what it needs (a file name, options, a passphrase), runs the core function in a worker
with progress and Cancel, reports the outcome in plain words, and announces what it changed through
``ops.announce`` so that every view showing the case refreshes itself. The report and bundle packages
are imported only when used, so the window opens fast and works even if one of them fails to load.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QWidget

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.loads import run_released
from casedesk.ui.messages import show_info
from casedesk.ui.ops import CaseOps
from casedesk.ui.passphrase import PassphraseDialog
from casedesk.ui.settings import LAST_FOLDER, gui_settings
from casedesk.ui.tasks import TaskHandle
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


def _log_length(svc: CaseService, case_id: str) -> int:
    return svc.case_header(case_id).custody_count


def logged_since(svc: CaseService, case_id: str, after_seq: int, created: tuple[str, ...] = ()) -> Changes:
    """What a task wrote to a case since log entry ``after_seq``, read back from the log itself (for
    core functions that do not return their Changes: report and bundle export, the demo case)."""
    entries = svc.custody_entries(case_id, after_seq, 1_000_000)
    if not entries:
        return NO_CHANGES
    known = {kind.value: kind for kind in ObjectKind}
    return Changes(
        frozenset({case_id}),
        frozenset(known[e.object_type] for e in entries if e.object_type in known),
        frozenset(e.object_id for e in entries),
        tuple(e.hash for e in entries),
        created,
    )


class ReportDialog(FormDialog):
    """Which moment of the case to report, and what to leave out: the choices an editor or a court needs."""

    def __init__(self, parent: QWidget | None = None, latest: int = 0) -> None:
        super().__init__(self.tr("Export report (PDF)"), parent)
        # Empty means the latest entry when the export starts; the core resolves what is typed.
        self.as_of_entry = QLineEdit()
        self.as_of_entry.setPlaceholderText(self.tr("Latest entry ({0})").format(latest))
        self.form.addRow(self.tr("Case as of"), self.as_of_entry)
        self.form.addRow(
            "",
            hint(
                self.tr(
                    "Type an entry number or the start of its hash to report the case as it stood then. "
                    "The same entry and options always give the same file."
                )
            ),
        )
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
            "", hint(self.tr("The export is logged with the entry it covers and the file's SHA-256."))
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

    def as_of(self) -> str | None:
        """The entry typed (a number or hash prefix), or None for the latest."""
        return self.as_of_entry.text().strip() or None


def export_pdf(
    parent: QWidget,
    ops: CaseOps,
    case_id: str,
    title: str,
    out: Path | None = None,
    as_of: str | None = None,
) -> TaskHandle[Any] | None:
    dialog = ReportDialog(parent, _log_length(ops.svc, case_id))
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
    as_of = dialog.as_of() if as_of is None else as_of
    svc = ops.svc

    logged: list[Changes] = []  # filled by the worker, read once its result is delivered

    def work(control: TaskControl) -> Any:
        from casedesk.report import export_pdf as build

        before = _log_length(svc, case_id)
        result = build(svc, case_id, out, options, control, as_of=as_of)
        logged.append(logged_since(svc, case_id, before))
        return result

    def done(result: Any) -> None:
        ops.announce(logged[0])
        show_info(
            parent,
            QCoreApplication.translate("workflows", "Report exported"),
            QCoreApplication.translate(
                "workflows", "The report of the case as of entry {0} was written to {1} ({2} pages, {3})."
            ).format(result.as_of_seq, result.path, result.pages, _mib(result.size)),
            f"SHA-256 {result.sha256}\n"
            + QCoreApplication.translate("workflows", "Entry {0}: {1}").format(
                result.as_of_seq, result.as_of_hash
            ),
        )

    return run_released(parent, QCoreApplication.translate("workflows", "Exporting the report"), work, done)


def export_bundle(
    parent: QWidget,
    ops: CaseOps,
    case_id: str,
    title: str,
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
    svc = ops.svc

    logged: list[Changes] = []  # filled by the worker, read once its result is delivered

    def work(control: TaskControl) -> Any:
        from casedesk.bundle import export_bundle as write

        before = _log_length(svc, case_id)
        result = write(svc, case_id, out, passphrase, control)
        logged.append(logged_since(svc, case_id, before))
        return result

    def done(result: Any) -> None:
        ops.announce(logged[0])
        show_info(
            parent,
            QCoreApplication.translate("workflows", "Bundle exported"),
            QCoreApplication.translate("workflows", "{0} evidence items were written to {1} ({2}).").format(
                result.evidence_count, result.path, _mib(result.size)
            ),
            f"SHA-256 {result.sha256}",
        )

    return run_released(parent, QCoreApplication.translate("workflows", "Exporting the bundle"), work, done)


def import_bundle(
    parent: QWidget,
    ops: CaseOps,
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
    svc = ops.svc

    def work(control: TaskControl) -> Any:
        from casedesk.bundle import import_bundle as read

        return read(svc, path, passphrase, control)

    def done(result: Any) -> None:
        ops.announce(result.changes)
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
                import_bundle(parent, ops, opened, path, dialog.passphrase(), ask_passphrase=False)

    return run_released(
        parent, QCoreApplication.translate("workflows", "Importing the bundle"), work, done, failed
    )


def open_demo(parent: QWidget, ops: CaseOps, opened: Callable[[str], None]) -> TaskHandle[Changes]:
    svc = ops.svc

    def work(control: TaskControl) -> Changes:
        from casedesk.core.demo import create_demo_case

        control.report(0, 0, QCoreApplication.translate("workflows", "Generating the demo evidence…"))
        case_id = create_demo_case(svc)
        return logged_since(svc, case_id, 0, created=(case_id,))

    def done(changes: Changes) -> None:
        ops.announce(changes)
        opened(changes.id)

    return run_released(parent, QCoreApplication.translate("workflows", "Creating the demo case"), work, done)
