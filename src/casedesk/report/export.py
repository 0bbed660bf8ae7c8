"""``export_pdf``: snapshot the case, lay out the report, write it atomically, log the export."""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path

from reportlab.platypus import Flowable

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.fsutil import TempFile, remove_stale_temporaries
from casedesk.report.catalogue import catalogue
from casedesk.report.context import ReportContext, snapshot
from casedesk.report.document import Deferred, DocInfo, PageDecor, ReportDocument
from casedesk.report.layout import when
from casedesk.report.options import SECTIONS, ReportOptions, ReportResult
from casedesk.report.sections import BUILDERS, SECTION_TITLES, cover


def export_pdf(
    svc: CaseService,
    case_id: str,
    out: Path,
    options: ReportOptions = ReportOptions(),  # noqa: B008  # frozen, so sharing the default is safe
    control: TaskControl | None = None,
) -> ReportResult:
    """Write the case report to ``out``; on error or cancel nothing is left at ``out``.

    The export is appended to the custody log (action ``export_pdf``, with the file's SHA-256 and
    the options) after the file is in place, so the report describes the log as it was before.
    """
    options.validate()
    control = control or TaskControl()
    out = Path(out)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the name of the PDF file to write.")
    if not out.parent.is_dir():
        raise UsageError(f"Folder {out.parent} does not exist.")
    control.report(0, 1, "Reading the case")
    # One read transaction for the whole layout: the report shows one moment of the case.
    with svc.reader(case_id) as reader:
        ctx = snapshot(svc, reader, options)
        story = _story(ctx)
        units = sum(isinstance(f, Deferred) for f in story) + (
            ctx.case.evidence_count if options.includes("evidence") else 0
        )
        # What a killed export left beside its output is ours to tidy (only files nobody is writing).
        remove_stale_temporaries(out.parent, recursive=False)
        with TempFile(out.parent) as temp:
            document = ReportDocument(
                temp.handle,
                info=_info(ctx),
                decor=_decor(ctx),
                control=control,
                units=units,
                deterministic=options.deterministic,
            )
            pages = document.render(story)
            temp.handle.flush()
            control.check()  # the last moment a cancel still leaves nothing behind
            sha256, size = _hash(temp.path)
            temp.commit(out)
    svc.record_action(
        case_id,
        "export_pdf",
        ObjectKind.CASE,
        case_id,
        file=out.name,
        sha256=sha256,
        size=size,
        pages=pages,
        options=options.as_record(),
    )
    control.report(units, units, "Report written")
    return ReportResult(out.resolve(), pages, sha256, size)


def _story(ctx: ReportContext) -> list[Flowable]:
    story: list[Flowable] = cover(ctx)
    for name in SECTIONS:
        if not ctx.options.includes(name):
            continue
        builder = catalogue if name == "evidence" else BUILDERS[name]
        story.append(Deferred(SECTION_TITLES[name], partial(builder, ctx)))
    return story


def _info(ctx: ReportContext) -> DocInfo:
    return DocInfo(
        title=ctx.case.title,
        author=ctx.investigator,
        subject=f"Case report ({ctx.case.status}), case {ctx.case.id}",
        keywords=", ".join(["CaseDesk", *ctx.case.tags]),
        creator=f"CaseDesk {ctx.version}",
        created=ctx.generated_at,
    )


def _decor(ctx: ReportContext) -> PageDecor:
    return PageDecor(
        case_title=ctx.case.title,
        footer=f"Generated {when(ctx.generated_at)} · CaseDesk {ctx.version} · case {ctx.case.id[:8]}",
        classification=ctx.options.classification.strip(),
    )


def _hash(path: Path) -> tuple[str, int]:
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256")  # reads into one buffer: memory stays flat
        return digest.hexdigest(), handle.tell()
