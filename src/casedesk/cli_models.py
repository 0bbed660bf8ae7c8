"""``casedesk models add PATH [--name N] [--licence NOTE]``, ``models list``, ``models remove NAME``.

The workspace's speech models. CaseDesk never downloads one: the user adds a faster-whisper
(CTranslate2) Whisper model folder once; it is checked by loading it, copied into the workspace
under its content hash, and every transcript names it by name and hash.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casedesk.cli_output import EXIT_OK, CliUsageError, TerminalProgress, print_json, said
from casedesk.cli_usage import needs_one_of
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.i18n import msg, msgn
from casedesk.speech import ModelEntry
from casedesk.textutil import printable


def add_models_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    models = sub.add_parser("models", help="the workspace's speech models (added once, never downloaded)")
    verbs = models.add_subparsers(dest="models_cmd", parser_class=parser_class)
    add = verbs.add_parser("add", help="check a faster-whisper model folder and copy it into the workspace")
    add.add_argument("path", help="the model's folder (model.bin, config.json, tokenizer.json, vocabulary)")
    add.add_argument("--name", help="what to call it (default: its folder's name)")
    add.add_argument("--licence", default="", help="a note of the model's licence and source, kept with it")
    add.add_argument("--json", action="store_true")
    lst = verbs.add_parser("list", help="list the models")
    lst.add_argument("--json", action="store_true")
    remove = verbs.add_parser("remove", help="delete a model from the workspace")
    remove.add_argument("model", help="its name or the start of its hash")
    remove.add_argument("--json", action="store_true")


def run_models(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    if args.models_cmd == "add":
        control = TaskControl(progress=TerminalProgress("Copying", not args.json))
        added = svc.add_speech_model(Path(args.path), name=args.name, licence=args.licence, control=control)
        if args.json:
            print_json({**added.entry.to_json(), "added": added.added}, out)
        else:
            note = (
                msg("added", "fragment: what became of a speech model")
                if added.added
                else msg("already in the workspace")
            )
            out.write(f"{_line(added.entry)}  ({said(note)})\n")
        return EXIT_OK
    if args.models_cmd == "list":
        entries = svc.speech_models()
        if args.json:
            print_json([e.to_json() for e in entries], out)
        elif not entries:
            out.write(said(msg("No speech model yet: add one with `casedesk models add PATH`.")) + "\n")
        else:
            for entry in entries:
                out.write(_line(entry) + "\n")
        return EXIT_OK
    if args.models_cmd == "remove":
        entry = svc.remove_speech_model(args.model)
        if args.json:
            print_json(entry.to_json(), out)
        else:
            out.write(
                f"{_line(entry)}  ({said(msg('removed', 'fragment: what became of a speech model'))})\n"
            )
        return EXIT_OK
    raise CliUsageError(needs_one_of("models", "add, list, remove"))


def _line(entry: ModelEntry) -> str:
    languages = said(msgn("%n languages", entry.languages) if entry.multilingual else msg("English only"))
    licence = f", {printable(entry.licence)}" if entry.licence else ""
    return (
        f"{entry.sha256[:12]}  {printable(entry.name)}  ({entry.engine}, {entry.size / 1e6:.0f} MB, "
        f"{languages}{licence})"
    )
