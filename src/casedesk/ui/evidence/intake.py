"""Evidence coming in through the pane: files added, stills grabbed from footage, audio notes recorded.

Each is a long task (:func:`casedesk.ui.tasks.run_task`, with the polite progress dialog). When it
ends, however it ends, what it wrote is announced through ``ops.announce`` like any other change, so
the grid, the case panel and every other tab show the new items without reloading anything. With the
preference "Recognise text in stills when they are added" on, the new stills' text is then recognised
in a task of its own (cancellable, with progress), after the ingest has been announced.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from casedesk.core.changes import Changes
from casedesk.core.errors import UsageError
from casedesk.core.ingest import IngestResult
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.timeutil import utcnow
from casedesk.core.vocabulary import ADDING_ACTIONS, ObjectKind
from casedesk.ui.evidence.audio import RecordNoteDialog, microphone_available
from casedesk.ui.evidence.summary import IngestSummary
from casedesk.ui.messages import show_error, show_info, show_status
from casedesk.ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from casedesk.ui.evidence.pane import EvidencePane


NEW = ("added", "flagged")  # ingest statuses of items stored now (a duplicate was there before)


def custody_seq(svc: CaseService, case_id: str) -> int:
    """Where the case's custody log ends now (what a long task's changes are read after)."""
    return svc.case_header(case_id).custody_count


def changes_since(svc: CaseService, case_id: str, after_seq: int) -> Changes:
    """What a long task wrote to a case, read back from the custody entries it appended.

    ``add_files`` and ``extract_stills`` return ingest results, not :class:`Changes`; the custody log
    says exactly which entries (and so which new items) the task wrote.
    """
    entries = []
    with svc.reader(case_id) as reader:
        while batch := reader.custody_entries(after_seq, 5000):
            entries += batch
            after_seq = batch[-1].seq
    return Changes(
        case_ids=frozenset({case_id}),
        kinds=frozenset({ObjectKind.EVIDENCE, ObjectKind.CHECK}),
        ids=frozenset(e.object_id for e in entries),
        entries=tuple(e.hash for e in entries),
        created=tuple(e.object_id for e in entries if e.action in ADDING_ACTIONS),
    )


class Ingested(NamedTuple):
    """What a task that adds evidence hands back: the per-file results, and what it changed."""

    results: list[IngestResult]
    changes: Changes


class Intake:
    """The pane's long tasks that add evidence (the pane keeps their last summary and message)."""

    def __init__(self, pane: EvidencePane) -> None:
        self.pane = pane
        self.svc = pane.svc
        self.recognition: TaskHandle[Changes] | None = None  # the last text recognition queued

    def _start(
        self,
        title: str,
        case_id: str,
        work: Callable[[TaskControl], list[IngestResult]],
        done: Callable[[list[IngestResult]], None],
        tidy: Callable[[], None] = lambda: None,
    ) -> TaskHandle[Ingested]:
        svc, pane = self.svc, self.pane
        after = custody_seq(svc, case_id)

        def task(control: TaskControl) -> Ingested:
            results = work(control)
            return Ingested(results, changes_since(svc, case_id, after))

        def finished(result: Ingested) -> None:
            tidy()
            pane.ops.announce(result.changes)
            done(result.results)
            self.recognise_new_stills(result.results)

        def failed(_exc: BaseException) -> None:
            # The error has been shown; a cancelled ingest may still have added some files.
            tidy()
            pane.ops.announce(changes_since(svc, case_id, after))

        return run_task(pane, title, task, finished, failed)

    def recognise_new_stills(self, results: Sequence[IngestResult]) -> TaskHandle[Changes] | None:
        """Recognise the text in the stills just added, if the preference asks for it."""
        prefs = self.pane.prefs
        ids = [r.evidence_id for r in results if r.evidence_id and r.status in NEW and r.kind == "still"]
        case_id = self.pane.case_id
        if not prefs.ocr_at_ingest or not ids or case_id is None:
            return None
        svc, ops, languages = self.svc, self.pane.ops, prefs.ocr_languages
        after = custody_seq(svc, case_id)

        def work(control: TaskControl) -> Changes:
            return svc.recognise_text(ids, fallback=languages, control=control)

        def failed(_exc: BaseException) -> None:
            # Shown in plain words already (Tesseract or a language missing, or cancelled); the
            # batches recorded before a cancel are announced all the same.
            ops.announce(changes_since(svc, case_id, after))

        self.recognition = run_task(
            self.pane,
            QCoreApplication.translate("intake", "Recognising text in the new stills"),
            work,
            ops.announce,
            failed,
        )
        return self.recognition

    def add_paths(self, paths: Sequence[Path]) -> TaskHandle[Ingested] | None:
        """Ingest files and folders (recursively); a summary dialog follows."""
        case_id = self.pane.case_id
        if case_id is None:
            show_error(
                self.pane,
                UsageError(QCoreApplication.translate("intake", "Open a case before adding evidence.")),
            )
            return None
        chosen = [Path(p) for p in paths]
        svc = self.svc

        def work(control: TaskControl) -> list[IngestResult]:
            return svc.add_files(case_id, chosen, recursive=True, control=control)

        return self._start(
            QCoreApplication.translate("intake", "Adding evidence"), case_id, work, self._ingested
        )

    def grab_still(self, evidence_id: str, position_s: float) -> TaskHandle[Ingested] | None:
        """Take the frame at ``position_s`` of footage as new evidence (provenance kept by the core)."""
        case_id = self.pane.case_id
        if case_id is None:
            return None
        svc = self.svc

        def work(control: TaskControl) -> list[IngestResult]:
            return svc.extract_stills(evidence_id, at=[position_s], control=control)

        return self._start(
            QCoreApplication.translate("intake", "Grabbing still"), case_id, work, self._grabbed
        )

    def record_audio_note(self) -> RecordNoteDialog | None:
        pane = self.pane
        if pane.case_id is None:
            show_error(
                pane, UsageError(QCoreApplication.translate("intake", "Open a case before recording a note."))
            )
            return None
        if not microphone_available():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("intake", "No microphone found"),
                QCoreApplication.translate(
                    "intake",
                    "No microphone found. Connect or enable a microphone (and allow CaseDesk to use it), "
                    "then try again. You can also add a recording made elsewhere with Add files…",
                ),
                QMessageBox.StandardButton.Ok,
                pane,
            )
            box.setObjectName("evidenceMessage")
            box.open()  # never blocks: tests and workers keep running
            pane.last_message = box
            return None
        folder = Path(tempfile.mkdtemp(prefix="casedesk-note-"))
        stamp = utcnow().strftime("%Y-%m-%d %H%M%S")  # in the file's name: ISO, sorts and reads anywhere
        #: The file name of a recorded audio note; {0} is its UTC time. Keep ".wav" and no "/" or ":".
        name = QCoreApplication.translate("intake", "audio note {0} UTC.wav").format(stamp)
        dialog = RecordNoteDialog(folder / name, pane)
        dialog.accepted.connect(lambda: self._ingest_note(dialog, folder))
        dialog.rejected.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        dialog.open()
        return dialog

    def _ingest_note(self, dialog: RecordNoteDialog, folder: Path) -> None:
        path, transcript, case_id = dialog.recorded_path(), dialog.transcript(), self.pane.case_id
        if path is None or case_id is None:
            shutil.rmtree(folder, ignore_errors=True)
            return
        svc = self.svc

        def work(control: TaskControl) -> list[IngestResult]:
            results = svc.add_files(case_id, [path], control=control)
            for result in results:
                if result.evidence_id and result.status != "duplicate" and transcript.strip():
                    svc.update_evidence(result.evidence_id, transcript=transcript)
            return results

        self._start(
            QCoreApplication.translate("intake", "Adding audio note"),
            case_id,
            work,
            self._ingested,
            lambda: shutil.rmtree(folder, ignore_errors=True),
        )

    def _ingested(self, results: list[IngestResult]) -> None:
        pane = self.pane
        summary = IngestSummary.of(results)
        pane.last_summary = summary
        first = next((r.evidence_id for r in results if r.status in ("added", "flagged")), None)
        if first:
            pane.select_evidence(first)
        pane.last_message = show_info(
            pane,
            QCoreApplication.translate("intake", "Evidence added"),
            summary.headline(),
            summary.details(),
        )

    def _grabbed(self, results: list[IngestResult]) -> None:
        pane = self.pane
        result = results[0] if results else None
        if result is not None and result.evidence_id:
            pane.select_evidence(result.evidence_id)
            if result.status == "duplicate":
                show_status(
                    pane,
                    QCoreApplication.translate(
                        "intake", "That frame is already in the case; it is selected."
                    ),
                )
            else:
                show_status(
                    pane,
                    QCoreApplication.translate("intake", "Still added, linked to its footage and offset."),
                )
