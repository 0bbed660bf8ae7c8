"""``export_pdf``: read the case as of an entry, lay out the report, write it atomically, log the export."""

from __future__ import annotations

import hashlib
import json
from functools import partial
from pathlib import Path

from reportlab.platypus import Flowable

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.fsutil import TempFile, remove_stale_temporaries
from casedesk.i18n import msg
from casedesk.proof.keys import KeyStore, SigningKey
from casedesk.report import collector
from casedesk.report.catalogue import catalogue
from casedesk.report.context import ReportContext, snapshot
from casedesk.report.document import Deferred, DocInfo, PageDecor, ReportDocument
from casedesk.report.i18n import language
from casedesk.report.layout import when
from casedesk.report.options import SECTIONS, ReportOptions, ReportResult
from casedesk.report.sections import BUILDERS, cover
from casedesk.report.signing import SignatureBox, Signed, sign_into
from casedesk.report.software import describe
from casedesk.report.words import case_status, section_title


def export_pdf(
    svc: CaseService,
    case_id: str,
    out: Path,
    options: ReportOptions = ReportOptions(),  # noqa: B008  # frozen, so sharing the default is safe
    control: TaskControl | None = None,
    *,
    as_of: int | str | None = None,
    key: SigningKey | None = None,
    sign: bool = True,
) -> ReportResult:
    """Write the report of the case as it stood right after custody entry ``as_of`` to ``out``,
    signed with ``key`` (by default the investigator's own, made on first need) unless ``sign`` is
    False: the unsigned document is then exactly what a signed export begins with.

    ``as_of`` is an entry number, or a number or hash prefix as the user typed it; None is the log's
    head when the export starts. The file depends on nothing but that entry's history, the options
    and the software versions (see report.software): the same request gives the same bytes later,
    or in another workspace holding the same history. On error or cancel nothing is left at ``out``.
    The export is then appended to the custody log (action ``export_pdf``) with the covered entry,
    the options, the file's SHA-256 and, when signed, the signer and the unsigned document's hash.
    """
    options.validate()
    if sign and key is None:
        key = KeyStore().load_or_create()
    control = control or TaskControl()
    out = Path(out)
    if out.is_dir():
        raise UsageError(msg("{path} is a folder; give the name of the PDF file to write.", path=str(out)))
    if not out.parent.is_dir():
        raise UsageError(msg("Folder {folder} does not exist.", folder=str(out.parent)))
    with collector.paused():  # see report.collector: a sixth of the time was the collector's
        return _export(svc, case_id, out, options, control, covered_entry(svc, case_id, as_of), key)


def _export(
    svc: CaseService,
    case_id: str,
    out: Path,
    options: ReportOptions,
    control: TaskControl,
    seq: int,
    key: SigningKey | None,
) -> ReportResult:
    control.report(0, 1, language(options.language).tr("Reading the case"))
    signed: Signed | None = None
    with svc.reader(case_id, as_of=seq) as reader:
        ctx = snapshot(svc, reader, options)
        box = SignatureBox(ctx.lang)
        story = _story(ctx, box)
        units = sum(isinstance(f, Deferred) for f in story) + (
            ctx.case.evidence_count if options.includes("evidence") else 0
        )
        # What a killed export left beside its output is ours to tidy (only files nobody is writing).
        remove_stale_temporaries(out.parent, recursive=False)
        with TempFile(out.parent) as temp:
            document = ReportDocument(
                temp.handle, info=_info(ctx), decor=_decor(ctx), control=control, units=units
            )
            pages = document.render(story)
            temp.handle.flush()
            if key is None:
                control.check()  # the last moment a cancel still leaves nothing behind
                sha256, size = _hash(temp.path)
                temp.commit(out)
            else:
                with TempFile(out.parent) as final:
                    reason = ctx.tr("Case report, case {0}, as of custody entry {1}").format(
                        ctx.case.id, ctx.as_of.seq
                    )
                    signed = sign_into(temp.path, final, key, svc.investigator, box, reason)
                    control.check()
                    sha256, size = _hash(final.path)
                    final.commit(out)
    covered = {"seq": ctx.as_of.seq, "hash": ctx.as_of.hash}
    svc.record_action(
        case_id,
        "export_pdf",
        ObjectKind.CASE,
        case_id,
        file=out.name,
        sha256=sha256,
        size=size,
        pages=pages,
        as_of=covered,
        options=options.as_record(),
        **(signed.as_record() if signed else {"signed": False}),
    )
    control.report(units, units, ctx.tr("Report written"))
    return ReportResult(out.resolve(), pages, sha256, size, ctx.as_of.seq, ctx.as_of.hash)


def covered_entry(svc: CaseService, case_id: str, as_of: int | str | None) -> int:
    """The number of the entry a report is to cover: the one named, or the head now."""
    if isinstance(as_of, str):
        return svc.resolve_entry(case_id, as_of)
    if as_of is None:
        head = svc.case_header(case_id).custody_count
        if not head:
            raise UsageError(msg("The case's custody log is empty: there is no entry to report as of."))
        return head
    return as_of


def _story(ctx: ReportContext, box: SignatureBox) -> list[Flowable]:
    story: list[Flowable] = cover(ctx, box)
    for name in SECTIONS:
        if not ctx.options.includes(name):
            continue
        builder = catalogue if name == "evidence" else BUILDERS[name]
        story.append(Deferred(section_title(ctx.lang, name), partial(builder, ctx)))
    return story


def _info(ctx: ReportContext) -> DocInfo:
    case, entry = ctx.case, ctx.as_of
    software = describe(ctx.software)
    return DocInfo(
        title=case.title,
        author=", ".join(ctx.investigators),
        subject=ctx.tr("Case report ({0}), case {1}, as of custody entry {2}").format(
            case_status(ctx.lang, case.status), case.id, entry.seq
        ),
        keywords=", ".join(["CaseDesk", *case.tags]),
        creator=f"CaseDesk {ctx.version}",
        producer=software,
        created=entry.at.replace(microsecond=0),
        # For a checker: what the report covers and what made it, without parsing the cover.
        extra={
            "CaseDeskCase": case.id,
            "CaseDeskAsOfEntry": str(entry.seq),
            "CaseDeskAsOfHash": entry.hash,
            "CaseDeskManifestDigest": ctx.manifest_digest,
            "CaseDeskOptions": _canonical(ctx.options),
        },
        file_id=f"CaseDesk report|{case.id}|{entry.hash}|{_canonical(ctx.options)}|{software}".encode(),
        # English reports name no language: they stay what they were before reports had one.
        lang="" if ctx.lang.code == "en" else ctx.lang.code,
        rtl=ctx.rtl,
    )


def _canonical(options: ReportOptions) -> str:
    return json.dumps(options.as_record(), sort_keys=True, ensure_ascii=False)


def _decor(ctx: ReportContext) -> PageDecor:
    entry = ctx.as_of
    return PageDecor(
        case_title=ctx.case.title,
        footer=ctx.tr("Case as of entry {0}, {1} · CaseDesk {2} · case {3}").format(
            entry.seq, when(entry.at, ctx.lang), ctx.version, ctx.case.id[:8]
        ),
        classification=ctx.options.classification.strip(),
        header=ctx.tr("CaseDesk case report"),
        page_label=ctx.tr("Page {0} of "),
        rtl=ctx.rtl,
    )


def _hash(path: Path) -> tuple[str, int]:
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256")  # reads into one buffer: memory stays flat
        return digest.hexdigest(), handle.tell()
