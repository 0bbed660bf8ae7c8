"""``casedesk transcribe CASE EVIDENCE [--model NAME|PATH] [--lang L] [--json]``: the speech, now.

The item (an audio note or footage with sound, by id or unique id prefix within the case) is
transcribed again offline with a model of the workspace (``casedesk models``; a folder given as
``--model`` is added first), the transcript stored and logged (``transcribe``), and printed: the
segments with their times, or with ``--json`` ``{"evidence", "model", "language", "text",
"segments": [{"start", "end", "text"}]}`` with the engine and any correction beside. This module
also registers ``casedesk models`` (:mod:`casedesk.cli_models`).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from casedesk.cli_models import add_models_parser, run_models
from casedesk.cli_output import EXIT_OK, TerminalProgress, print_json
from casedesk.core.service import CaseService
from casedesk.core.service.speech import TranscriptView
from casedesk.core.tasks import TaskControl
from casedesk.core.vocabulary import ObjectKind
from casedesk.textutil import printable


def add_speech_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    transcribe = sub.add_parser(
        "transcribe", help="transcribe the speech in an audio note or footage (offline, faster-whisper)"
    )
    transcribe.add_argument("case")
    transcribe.add_argument("evidence", help="evidence id or unique id prefix of an audio note or footage")
    transcribe.add_argument(
        "--model", help="a model of the workspace by name or hash prefix, or a model folder to add first"
    )
    transcribe.add_argument(
        "--lang", help="the language spoken, as a code (ar, fr, en...); default: detected from the audio"
    )
    transcribe.add_argument("--json", action="store_true")
    add_models_parser(sub, parser_class)


def run_speech(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "models":
        return run_models(svc, args, out)
    case_id = svc.resolve_case(args.case)
    evidence_id = svc.resolve_object(case_id, ObjectKind.EVIDENCE, args.evidence)
    control = TaskControl(progress=TerminalProgress("Transcribing", not args.json))
    svc.transcribe(evidence_id, args.model, args.lang, control=control)
    view = svc.transcript(evidence_id)
    assert view is not None  # just stored
    if args.json:
        print_json(transcript_json(view), out)
    else:
        _print(view, out)
    return EXIT_OK


def transcript_json(view: TranscriptView) -> dict[str, Any]:
    correction = view.correction
    return {
        "evidence": view.evidence_id,
        "model": {"name": view.model_name, "sha256": view.model_sha256},
        "language": view.language,
        "text": view.text,
        "segments": [segment.to_dict() for segment in view.segments],
        "engine": f"{view.engine} {view.engine_version}",
        "text_sha256": view.text_sha256,
        "corrected_text": None if correction is None else correction.text,
    }


def clock(seconds: float) -> str:
    """0:02.52, 1:03:07.00: a time in the sound as a player shows it."""
    whole, hundredths = divmod(round(seconds * 100), 100)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    head = f"{hours}:{minutes:02d}" if hours else f"{minutes}"
    return f"{head}:{secs:02d}.{hundredths:02d}"


def _print(view: TranscriptView, out: TextIO) -> None:
    out.write(
        f"{view.evidence_id[:8]}  {printable(view.original_name)}  ({view.engine} {view.engine_version}, "
        f"{printable(view.model_name)} {view.model_sha256[:12]}, {view.language}, "
        f"{len(view.segments)} segments)\n"
    )
    for segment in view.segments:
        out.write(f"  [{clock(segment.start)} → {clock(segment.end)}]  {printable(segment.text)}\n")
