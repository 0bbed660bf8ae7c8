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

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QWidget

from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.dialogs import FormDialog, combo
from casedesk.ui.formats import number, size_text
from casedesk.ui.i18n import current_language, language_choices, ltr, plural
from casedesk.ui.loads import run_released
from casedesk.ui.messages import show_info
from casedesk.ui.ops import CaseOps
from casedesk.ui.passphrase import PassphraseDialog
from casedesk.ui.settings import LAST_FOLDER, gui_settings
from casedesk.ui.signing import is_own, offer_trust, unlock_key
from casedesk.ui.tasks import TaskHandle
from casedesk.ui.widgets import hint

BUNDLE_PATTERNS = "*.casedesk *.cdbundle *.zip"


def bundle_filter() -> str:
    """The file dialogs' filter: translated descriptions, the patterns as they are."""
    bundles = QCoreApplication.translate("workflows", "CaseDesk bundle ({0})").format(BUNDLE_PATTERNS)
    every = QCoreApplication.translate("workflows", "All files ({0})").format("*")
    return f"{bundles};;{every}"


def pdf_filter() -> str:
    return QCoreApplication.translate("workflows", "PDF documents ({0})").format("*.pdf")


def file_stem(title: str) -> str:
    """A safe file name from a case title (keeps letters of any script, drops path characters)."""
    stem = re.sub(r"[^\w\-. ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-")
    return stem[:60] or "case"


def _folder() -> str:
    return str(gui_settings().value(LAST_FOLDER, str(Path.home())))


def _remember(path: Path) -> None:
    gui_settings().setValue(LAST_FOLDER, str(path.parent))


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


class Outcome(QObject):
    """How a whole-case task ended, in words: (title, text, details) for ``show_info``. A QObject for its
    numerus messages, which lupdate only extracts as such from tr() (see ``casedesk.ui.i18n``)."""

    def report_exported(self, result: Any) -> tuple[str, str, str]:
        n = result.pages
        pages = plural(self.tr("%Ln page(s)", "", n), n)
        #: {0} the custody entry the report covers, {1} the file, {2} "12 pages", {3} the file's size.
        text = self.tr("The report of the case as of entry {0} was written to {1} ({2}, {3}).").format(
            number(result.as_of_seq), ltr(result.path), pages, size_text(result.size)
        )
        #: The report's hash, then the custody entry it covers: {1} its number, {2} its hash.
        details = self.tr("SHA-256 {0}\nEntry {1}: {2}").format(
            result.sha256, result.as_of_seq, result.as_of_hash
        )
        return self.tr("Report exported"), text, details

    def bundle_exported(self, result: Any) -> tuple[str, str, str]:
        n = result.evidence_count
        #: {0} the bundle file, {1} its size.
        text = plural(self.tr("%Ln evidence item(s) written to {0} ({1}).", "", n), n).format(
            ltr(result.path), size_text(result.size)
        )
        return self.tr("Bundle exported"), text, self.tr("SHA-256 {0}").format(result.sha256)

    def bundle_imported(self, result: Any) -> tuple[str, str, str]:
        words = {
            "imported": self.tr("The case was imported."),
            "merged": self.tr("The bundle was merged into the case already here."),
            "unchanged": self.tr("This case is already here with everything the bundle holds."),
        }
        evidence, entries = result.added_evidence, result.added_entries
        sentences = [
            words.get(result.status, result.status),
            plural(self.tr("%Ln evidence item(s) added.", "", evidence), evidence),
            plural(self.tr("%Ln custody entry(ies) added.", "", entries), entries),
        ]
        signature = result.signature
        if signature.state == "trusted":
            #: {0} the name the investigator trusted the signer's key under.
            sentences.append(self.tr("Signed by {0}, whose key you trust.").format(signature.trusted_name))
        elif signature.public_key is not None and is_own(signature.public_key):
            sentences.append(self.tr("Signed with your own key."))
        elif signature.state == "unknown":
            #: {0} the name the bundle gives its signer; {1} the key's fingerprint.
            sentences.append(
                self.tr("Signed by a key you do not trust, which says it is {0}: {1}.").format(
                    signature.signer, ltr(signature.fingerprint)
                )
            )
        else:
            sentences.append(self.tr("The bundle is not signed: nothing shows who made it."))
        # Conflicts are described by the bundle importer, in its own words.
        return self.tr("Bundle imported"), " ".join(sentences), "\n".join(result.conflicts)


class ReportDialog(FormDialog):
    """Which moment of the case to report, and what to leave out: the choices an editor or a court needs."""

    def __init__(self, parent: QWidget | None = None, latest: int = 0) -> None:
        super().__init__(self.tr("Export report (PDF)"), parent)
        # Empty means the latest entry when the export starts; the core resolves what is typed.
        self.as_of_entry = QLineEdit()
        self.as_of_entry.setPlaceholderText(self.tr("Latest entry ({0})").format(number(latest)))
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
        self.language = combo([(label, code) for label, code in language_choices() if code])
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.form.addRow(self.tr("Report language"), self.language)
        self.sign = QCheckBox(self.tr("Sign the report with my key"))
        self.sign.setChecked(True)
        self.form.addRow("", self.sign)
        self.form.addRow(
            "",
            hint(
                self.tr(
                    "A signed report begins with exactly the unsigned one: whoever holds the bundle can "
                    "regenerate it and compare. The export is logged with the entry it covers and the "
                    "file's SHA-256."
                )
            ),
        )

    def options(self) -> Any:
        from casedesk.report import ReportOptions

        return ReportOptions(
            omit_graphic=self.omit_graphic.isChecked(),
            omit_personal=self.omit_personal.isChecked(),
            blur_sensitive=self.blur.isChecked(),
            custody=str(self.custody.currentData()),
            classification=self.classification.text().strip(),
            language=str(self.language.currentData()),
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
            pdf_filter(),
        )
        if not name:
            return None
        out = Path(name)
    _remember(out)
    options = dialog.options()
    as_of = dialog.as_of() if as_of is None else as_of
    key = unlock_key(parent) if dialog.sign.isChecked() else None
    if dialog.sign.isChecked() and key is None:
        return None
    svc = ops.svc

    logged: list[Changes] = []  # filled by the worker, read once its result is delivered

    def work(control: TaskControl) -> Any:
        from casedesk.report import export_pdf as build

        before = _log_length(svc, case_id)
        result = build(svc, case_id, out, options, control, as_of=as_of, key=key, sign=key is not None)
        logged.append(logged_since(svc, case_id, before))
        return result

    def done(result: Any) -> None:
        ops.announce(logged[0])
        show_info(parent, *Outcome().report_exported(result))

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
            bundle_filter(),
        )
        if not name:
            return None
        out = Path(name)
    _remember(out)
    key = unlock_key(parent)  # bundles are always signed
    if key is None:
        return None
    svc = ops.svc

    logged: list[Changes] = []  # filled by the worker, read once its result is delivered

    def work(control: TaskControl) -> Any:
        from casedesk.bundle import export_bundle as write

        before = _log_length(svc, case_id)
        result = write(svc, case_id, out, passphrase, control, key=key)
        logged.append(logged_since(svc, case_id, before))
        return result

    def done(result: Any) -> None:
        ops.announce(logged[0])
        show_info(parent, *Outcome().bundle_exported(result))

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
            parent, QCoreApplication.translate("workflows", "Import bundle"), _folder(), bundle_filter()
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
        signature = result.signature
        if (
            signature.state == "unknown"
            and signature.public_key is not None
            and not is_own(signature.public_key)
        ):
            offer_trust(parent, signature.public_key, signature.signer)
        show_info(parent, *Outcome().bundle_imported(result))

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
