"""An evidence entry's derived blocks: the text found in the picture, the transcript, the forensics.

Drawn after the item's own description, waveform and typed transcript, from what :mod:`.derived`
gathers (an item withheld by the export options gets none): each block says which custody
entry recorded it, names the engine (the speech model by name and hash), and prints the record the
entry names. The investigator's correction of a transcript is a block of its own, after the
machine's text, never mixed into it. Forensics findings are drawn as numbers with each method and
its published reference, under a sentence saying that none is a verdict. No error-level picture is
drawn: it would be computed again from the original at each export (a second or more per still,
the report's time for a hundred items) or stored as a derived file no custody entry names; the
numbers are what the entry's hash covers, and the viewer shows the picture.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from casedesk.core.views import EvidenceView
from casedesk.report.blocks import Block, Cell, TextBlock
from casedesk.report.context import ReportContext
from casedesk.report.derived import Logged, Shown, item_derived
from casedesk.report.derived_words import method_name, ocr_language, speech_language
from casedesk.report.finding_words import finding_lines, method_line
from casedesk.report.i18n import Language
from casedesk.report.layout import cell, facts, grid
from casedesk.report.styles import FRAME_WIDTH

LABEL_WIDTH = 34 * mm
TIME_WIDTH = 26 * mm
MAX_CHARACTERS = 1500  # of a recognised text or a correction; the whole text stays in the case
MAX_LINES = 30  # paragraphs of a recognised page, lines of a correction
MAX_SEGMENTS = 60
KEEP_WITH_CAPTION = 30 * mm  # room a caption needs below it, or it starts the next page


def derived_flowables(ctx: ReportContext, ev: EvidenceView) -> list[Flowable]:
    """The item's OCR, transcript (and correction) and forensics blocks; nothing when none was made."""
    derived = item_derived(ctx, ev.id)
    if derived.empty:
        return []
    out: list[Flowable] = []
    if derived.ocr is not None:
        out += _ocr(ctx, derived.ocr)
    if derived.transcript is not None:
        out += _transcript(ctx, derived.transcript)
        if derived.correction is not None:
            out += _correction(ctx, derived.correction, derived.transcript.logged)
    if derived.forensics is not None:
        out += _forensics(ctx, derived.forensics)
    return out


def _caption(ctx: ReportContext, text: str) -> list[Flowable]:
    """A block's caption, never left alone at the foot of a page."""
    return [CondPageBreak(KEEP_WITH_CAPTION), TextBlock(text, ctx.styles.caption)]


def _replaced(ctx: ReportContext, logged: Logged, hash_key: str) -> tuple[str, Cell]:
    s = ctx.styles
    said = ctx.tr(
        "Made again after the entry this report covers: what entry {0} recorded is no longer stored. "
        "Its SHA-256 was {1}."
    ).format(logged.seq, logged.text(hash_key))
    return ctx.tr("Replaced"), cell(said, s.cell_small)


def paragraphs(text: str) -> str:
    """Recognised lines joined into their paragraphs (a blank line ends one): a page's narrow
    columns read as prose in the report's wider cell."""
    out, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return "\n".join(out)


def clipped(lang: Language, text: str, *, reflow: bool = False) -> tuple[str, str | None]:
    """A long text cut at a line or a space, and a note saying how much is shown (None: all of it)."""
    body = paragraphs(text) if reflow else text.strip()
    shown = "\n".join(body.splitlines()[:MAX_LINES])
    if len(shown) > MAX_CHARACTERS:
        cut = shown[:MAX_CHARACTERS]
        space = max(cut.rfind(" "), cut.rfind("\n"))
        shown = cut[:space] if space > MAX_CHARACTERS // 2 else cut
    shown = shown.rstrip()
    if shown == body:
        return body, None
    note = lang.tr(
        "The first {0} of {1} characters are shown; the whole text is kept in the case, with the "
        "SHA-256 below."
    ).format(lang.count(len(shown)), lang.count(len(text)))
    return shown + " …", note


def _text_rows(
    ctx: ReportContext, label: str, text: str, sha256: str, *, reflow: bool = False
) -> list[tuple[str, Cell]]:
    s = ctx.styles
    shown, note = clipped(ctx.lang, text, reflow=reflow)
    value: list[Block] = [Block(shown, s.cell)]
    if note is not None:
        value.append(Block(note, s.cell_muted))
    return [(label, value), (ctx.tr("Text SHA-256"), cell(sha256, s.cell_small))]


# -- text in the picture (OCR) ---------------------------------------------------------------------


def _ocr(ctx: ReportContext, shown: Shown) -> list[Flowable]:
    s, lang, logged = ctx.styles, ctx.lang, shown.logged
    caption = _caption(
        ctx, ctx.tr("Text found in the picture (OCR), recorded in custody entry {0}").format(logged.seq)
    )
    languages = [ocr_language(lang, code) for code in logged.text("languages").split("+") if code]
    rows: list[tuple[str, Cell]] = [
        (ctx.tr("Engine"), cell(f"{logged.text('engine')} {logged.text('engine_version')}".strip(), s.cell)),
        (ctx.tr("Languages"), cell(ctx.tr(", ").join(languages), s.cell)),
    ]
    confidence = logged.details.get("mean_confidence")
    if isinstance(confidence, int | float):
        rows.append(
            (
                ctx.tr("Mean word confidence"),
                cell(ctx.tr("{0} %").format(lang.decimal(confidence, 1)), s.cell),
            )
        )
    if logged.details.get("error"):
        rows.append((ctx.tr("Not read"), cell(logged.text("error"), s.cell_small)))
    elif shown.text is None:
        rows.append(_replaced(ctx, logged, "text_sha256"))
    elif not shown.text.text.strip():
        rows.append((ctx.tr("Text"), cell(ctx.tr("No text was found."), s.cell)))
    else:
        rows += _text_rows(ctx, ctx.tr("Text"), shown.text.text, shown.text.text_sha256, reflow=True)
    return [*caption, facts(s, rows, LABEL_WIDTH, FRAME_WIDTH)]


# -- speech (transcript, and the investigator's correction) -----------------------------------------


def _transcript(ctx: ReportContext, shown: Shown) -> list[Flowable]:
    s, lang, logged = ctx.styles, ctx.lang, shown.logged
    caption = _caption(
        ctx,
        ctx.tr("Transcript made by speech recognition (machine text), recorded in custody entry {0}").format(
            logged.seq
        ),
    )
    model = logged.details.get("model")
    model = model if isinstance(model, Mapping) else {}
    rows: list[tuple[str, Cell]] = [
        (
            ctx.tr("Model"),
            [
                Block(str(model.get("name", "")), s.cell_bold),
                Block(ctx.tr("SHA-256 {0}").format(model.get("sha256", "")), s.cell_small),
            ],
        ),
        (ctx.tr("Engine"), cell(f"{logged.text('engine')} {logged.text('engine_version')}".strip(), s.cell)),
    ]
    language = speech_language(lang, logged.text("language"))
    probability = logged.details.get("language_probability")
    if logged.details.get("language_detected") and isinstance(probability, int | float):
        language = ctx.tr("{0} (detected, probability {1})").format(language, lang.decimal(probability, 2))
    elif not logged.details.get("language_detected"):
        language = ctx.tr("{0} (chosen)", "a language given, not detected").format(language)
    rows.append((ctx.tr("Language"), cell(language, s.cell)))
    out: list[Flowable] = [*caption]
    if shown.text is None:
        rows.append(_replaced(ctx, logged, "text_sha256"))
        return [*out, facts(s, rows, LABEL_WIDTH, FRAME_WIDTH)]
    rows.append((ctx.tr("Text SHA-256"), cell(shown.text.text_sha256, s.cell_small)))
    out.append(facts(s, rows, LABEL_WIDTH, FRAME_WIDTH))
    out += _segments(ctx, shown.text.segments)
    return out


def clock(seconds: float, lang: Language) -> str:
    """A time in the audio: "1:05.3" ("1:05,3" in French)."""
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{int(minutes)}:{lang.decimal(rest, 1, 4)}"


def _segments(ctx: ReportContext, segments: Sequence[Mapping[str, Any]]) -> list[Flowable]:
    s = ctx.styles
    if not segments:
        return [TextBlock(ctx.tr("No speech was heard."), s.cell_small)]
    rows: list[list[Cell]] = []
    for segment in segments[:MAX_SEGMENTS]:
        start, end = float(segment.get("start", 0.0)), float(segment.get("end", 0.0))
        span = ctx.tr("{0}–{1}", "a time span in the audio").format(
            clock(start, ctx.lang), clock(end, ctx.lang)
        )
        rows.append([cell(span, s.cell_small), cell(str(segment.get("text", "")).strip(), s.cell)])
    header = [ctx.tr("Time"), ctx.tr("What the machine heard")]
    out: list[Flowable] = [
        Spacer(1, 2 * mm),
        grid(s, [TIME_WIDTH, FRAME_WIDTH - TIME_WIDTH], rows, header=header),
    ]
    if len(segments) > MAX_SEGMENTS:
        more = ctx.trn("%n more segments, kept in the case", len(segments) - MAX_SEGMENTS)
        out.append(TextBlock(more, s.cell_small))
    return out


def _correction(ctx: ReportContext, shown: Shown, machine: Logged) -> list[Flowable]:
    s, logged = ctx.styles, shown.logged
    caption = _caption(
        ctx, ctx.tr("The investigator's correction, recorded in custody entry {0}").format(logged.seq)
    )
    note = ctx.tr(
        "Typed by the investigator and kept apart from the machine's text above, which it does not change."
    )
    rows: list[tuple[str, Cell]] = []
    if logged.seq < machine.seq:
        stale = ctx.tr("Made for an earlier transcript: the item was transcribed again in custody entry {0}.")
        rows.append((ctx.tr("Note"), cell(stale.format(machine.seq), s.cell_bold)))
    if shown.text is None:
        rows.append(_replaced(ctx, logged, "text_sha256"))
    else:
        rows += _text_rows(ctx, ctx.tr("Corrected text"), shown.text.text, shown.text.text_sha256)
    return [*caption, TextBlock(note, s.cell_small), facts(s, rows, LABEL_WIDTH, FRAME_WIDTH)]


# -- image forensics --------------------------------------------------------------------------------


def _forensics(ctx: ReportContext, shown: Shown) -> list[Flowable]:
    s, logged = ctx.styles, shown.logged
    caption = _caption(ctx, ctx.tr("Image forensics, recorded in custody entry {0}").format(logged.seq))
    caveat = ctx.tr(
        "Each finding names its method and the published work it follows, and gives its numbers. No "
        "finding is a verdict: each is read by a person beside the picture, and an unusual number is a "
        "reason to look closer, not proof of editing."
    )
    libraries = logged.details.get("libraries")
    used = (
        ", ".join(f"{k} {v}" for k, v in sorted(libraries.items())) if isinstance(libraries, Mapping) else ""
    )
    engine = f"{logged.text('engine')} {logged.text('engine_version')}".strip()
    rows: list[tuple[str, Cell]] = [
        (
            ctx.tr("Engine"),
            cell(
                ctx.tr("{0} ({1})", "an engine and the libraries it used").format(engine, used)
                if used
                else engine,
                s.cell,
            ),
        )
    ]
    if logged.details.get("partial"):
        rows.append(
            (
                ctx.tr("Note"),
                cell(ctx.tr("The JPEG data ends early: the part present was examined."), s.cell_bold),
            )
        )
    if logged.details.get("error"):
        rows.append((ctx.tr("Not examined"), cell(logged.text("error"), s.cell_small)))
    elif shown.findings is None:
        rows.append(_replaced(ctx, logged, "findings_sha256"))
    else:
        findings = shown.findings.findings
        for finding in findings:
            rows.append((method_name(ctx.lang, str(finding.get("method", ""))), _finding(ctx, finding)))
        methods = {str(f.get("method")) for f in findings}
        if "jpeg_quantisation" in methods and "thumbnail_comparison" not in methods:
            rows.append(
                (
                    method_name(ctx.lang, "thumbnail_comparison"),
                    cell(ctx.tr("The file carries no thumbnail."), s.cell),
                )
            )
        rows.append((ctx.tr("Findings SHA-256"), cell(shown.findings.findings_sha256, s.cell_small)))
    return [*caption, TextBlock(caveat, s.cell_small), facts(s, rows, LABEL_WIDTH, FRAME_WIDTH)]


def _finding(ctx: ReportContext, f: Mapping[str, Any]) -> Cell:
    s = ctx.styles
    out = [Block(text, s.cell) for text in finding_lines(ctx.lang, f)]
    out.append(Block(method_line(ctx.lang, f), s.cell_muted))
    return out
