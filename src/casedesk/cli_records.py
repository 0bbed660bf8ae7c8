"""``casedesk source|claim|place|event|note ...``: a case's records, written and listed from the shell.

One table (``RECORDS``) drives both the parsers and the commands: which fields ``add`` takes as
arguments, which fields ``edit`` may change, how each kind is removed, restored and listed, and the
few verbs only one kind has (``source merge``, ``claim link``/``unlink``).

Objects are named by id or unique id prefix within the case (:meth:`CaseService.resolve_object`).
Every write prints, as text, the new object's id (``add``) or one line saying what happened; with
``--json`` always ``{"id": ..., "entries": [...]}``: the object written (the new one for ``add``,
the kept source for ``merge``, the claim for ``link``/``unlink``) and the hashes of the custody
entries the write appended, in order; ``[]`` when nothing changed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from casedesk.cli_output import EXIT_OK, print_json
from casedesk.core.changes import NO_CHANGES, Changes
from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime
from casedesk.core.views import ClaimView, EventView, NoteView, PlaceView, SourceView
from casedesk.core.vocabulary import ClaimStatus, ObjectKind, Stance
from casedesk.i18n import msg
from casedesk.textutil import clip, printable

ROW_TEXT = 80  # characters of a claim's or note's text shown in a list row

Write = Callable[[CaseService, str, argparse.Namespace], tuple[str, Changes]]


def _when(text: str) -> PartialTime:
    """WHEN as the timeline's event dialog reads it (one parser for every door)."""
    try:
        return PartialTime.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # the service's field name, and the argparse dest
    help: str = ""
    parse: Callable[[str], Any] = str
    ref: ObjectKind | None = None  # names another object of the case by id prefix; "" for none
    flag: str = ""  # the option, when it is not --name

    @property
    def option(self) -> str:
        return self.flag or "--" + self.name.replace("_", "-")


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb only one kind has: its arguments, and the write it makes."""

    name: str
    summary: str
    done: str  # what the one-line report says was done, "merged"
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Write


@dataclass(frozen=True, slots=True)
class Record:
    word: str  # the command, "event"
    kind: ObjectKind
    what: str  # in messages, "timeline event"
    fields: tuple[Field, ...]  # what edit may change; add's options are those not in `positional`
    positional: tuple[str, ...]  # the fields add takes as arguments, in order
    add: Callable[..., Changes]  # (svc, case_id, **fields)
    update: Callable[..., Changes]  # (svc, object_id, **fields)
    listed: Callable[..., Sequence[Any]]  # (svc, case_id, removed=bool)
    row: Callable[[Any], str]  # one list row after the id, user text already made printable
    # None: the service's remove_record/restore_record by kind (places, events, notes)
    remove: Callable[[CaseService, str, argparse.Namespace], Changes] | None = None
    restore: Callable[[CaseService, str], Changes] | None = None
    cited: bool = False  # others may cite it: remove refuses unless --unlink
    extras: tuple[Verb, ...] = ()


RecordWrite = Callable[[Record, CaseService, str, argparse.Namespace], tuple[str, Changes]]


# -- list rows ------------------------------------------------------------------------------------


def _source_row(v: SourceView) -> str:
    where = " ".join(x for x in (v.handle, f"({v.platform})" if v.platform else "") if x)
    return f"{v.reliability}  {printable(v.name)}" + (f"  {printable(where)}" if where else "")


def _claim_row(v: ClaimView) -> str:
    links = f"{len(v.evidence)} evidence, {len(v.source_ids)} sources"
    return f"{v.status:<10} {v.credibility}  {printable(clip(v.text, ROW_TEXT))}  ({links})"


def _place_row(v: PlaceView) -> str:
    where = f"{v.lat:.5f}, {v.lon:.5f}" if v.lat is not None and v.lon is not None else "no coordinates"
    precision = f"  ({printable(v.precision)})" if v.precision else ""
    return f"{where:<22} {printable(v.name)}{precision}"


def _event_row(v: EventView) -> str:
    place = f"  at place {v.place_id[:8]}" if v.place_id else ""
    return f"{v.when.display:<24} {printable(v.title)}{place}"


def _note_row(v: NoteView) -> str:
    return f"{v.created_at:%Y-%m-%d %H:%M}Z  {printable(clip(v.text, ROW_TEXT))}"


# -- verbs only one kind has ----------------------------------------------------------------------


def _merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("keep", help="the source to keep")
    p.add_argument("other", help="the source merged into it (then removed)")


def _merge(svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    keep = svc.resolve_object(case_id, ObjectKind.SOURCE, args.keep)
    other = svc.resolve_object(case_id, ObjectKind.SOURCE, args.other)
    return keep, svc.merge_sources(keep, other)


def _link_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("claim")
    p.add_argument("evidence", nargs="+", help="evidence id or SHA-256 prefix")
    p.add_argument("--stance", default=Stance.SUPPORTS.value, help=f"{', '.join(Stance)} (default: supports)")


def _link(svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    claim = svc.resolve_object(case_id, ObjectKind.CLAIM, args.claim)
    evidence = [svc.resolve_object(case_id, ObjectKind.EVIDENCE, ref) for ref in args.evidence]
    return claim, svc.link_claim_evidence(claim, *evidence, stance=args.stance)


def _unlink_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("claim")
    p.add_argument("evidence", help="evidence id or SHA-256 prefix")
    p.add_argument("--reason", default="", help="why, for the custody log")


def _unlink(svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    claim = svc.resolve_object(case_id, ObjectKind.CLAIM, args.claim)
    evidence = svc.resolve_object(case_id, ObjectKind.EVIDENCE, args.evidence)
    return claim, svc.unlink_claim_evidence(claim, evidence, reason=args.reason)


# -- the table ------------------------------------------------------------------------------------


_NOTES = Field("notes", "free text for the team")

RECORDS: dict[str, Record] = {
    r.word: r
    for r in (
        Record(
            "source",
            ObjectKind.SOURCE,
            "source",
            fields=(
                Field("name"),
                Field("handle", "the account's handle, e.g. @name"),
                Field("platform", "where it publishes, e.g. Telegram"),
                Field("reliability", "Admiralty grade: A (completely reliable) to F (cannot be judged)"),
                _NOTES,
            ),
            positional=("name",),
            add=CaseService.add_source,
            update=CaseService.update_source,
            remove=lambda svc, oid, args: svc.remove_source(oid, args.reason, unlink=args.unlink),
            restore=CaseService.restore_source,
            listed=CaseService.list_sources,
            row=_source_row,
            cited=True,
            extras=(
                Verb(
                    "merge",
                    "two sources that are one account: move what cites other to keep, remove other",
                    "merged",
                    _merge_arguments,
                    _merge,
                ),
            ),
        ),
        Record(
            "claim",
            ObjectKind.CLAIM,
            "claim",
            fields=(
                Field("text"),
                Field("language", "language code, e.g. en, ar, fr"),
                Field("status", ", ".join(ClaimStatus)),
                Field("credibility", "Admiralty credibility: 1 (confirmed) to 6 (cannot be judged)", int),
                _NOTES,
            ),
            positional=("text",),
            add=CaseService.add_claim,
            update=CaseService.update_claim,
            remove=lambda svc, oid, args: svc.remove_claim(oid, args.reason),
            restore=CaseService.restore_claim,
            listed=CaseService.list_claims,
            row=_claim_row,
            extras=(
                Verb(
                    "link",
                    "link evidence to the claim, or change its stance",
                    "linked",
                    _link_arguments,
                    _link,
                ),
                Verb(
                    "unlink", "unlink an evidence item from the claim", "unlinked", _unlink_arguments, _unlink
                ),
            ),
        ),
        Record(
            "place",
            ObjectKind.PLACE,
            "place",
            fields=(
                Field("name"),
                Field("lat", "latitude, -90 to 90", float),
                Field("lon", "longitude, -180 to 180", float),
                Field("precision", "how exactly the point is known, e.g. approximate (town centre)"),
                _NOTES,
            ),
            positional=("name", "lat", "lon"),
            add=CaseService.add_place,
            update=CaseService.update_place,
            row=_place_row,
            listed=CaseService.list_places,
        ),
        Record(
            "event",
            ObjectKind.EVENT,
            "timeline event",
            fields=(
                Field("when", "2021, 2024-12, 2025-03-14 or '2025-03-16 15:05 America/Los_Angeles'", _when),
                Field("title"),
                Field("description"),
                Field(
                    "place_id", "the place, by id prefix ('' for none)", ref=ObjectKind.PLACE, flag="--place"
                ),
            ),
            positional=("when", "title"),
            add=CaseService.add_event,
            update=CaseService.update_event,
            row=_event_row,
            listed=CaseService.list_events,
        ),
        Record(
            "note",
            ObjectKind.NOTE,
            "note",
            fields=(Field("text"),),
            positional=("text",),
            add=CaseService.add_note,
            update=CaseService.update_note,
            row=_note_row,
            listed=CaseService.list_notes,
        ),
    )
}


# -- parsers --------------------------------------------------------------------------------------


def add_record_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    for rec in RECORDS.values():
        verbs = sub.add_parser(rec.word, help=f"add, edit, remove and list a case's {rec.what}s")
        verbs = verbs.add_subparsers(dest="record_cmd", parser_class=parser_class)
        add = _verb(verbs, "add", f"add a {rec.what}; print its id")
        for field in rec.fields:
            if field.name in rec.positional:
                add.add_argument(field.name, type=field.parse, help=field.help)
            else:
                _option(add, field)
        edit = _verb(verbs, "edit", f"change the fields given of a {rec.what}", rec.word)
        for field in rec.fields:
            _option(edit, field)
        remove = _verb(verbs, "remove", f"remove a {rec.what} (kept, restorable)", rec.word)
        remove.add_argument("--reason", default="", help="why, for the custody log")
        if rec.cited:
            remove.add_argument("--unlink", action="store_true", help="unlink it from what cites it")
        _verb(verbs, "restore", f"restore a removed {rec.what}", rec.word)
        for extra in rec.extras:
            extra.arguments(_verb(verbs, extra.name, extra.summary))
        listing = _verb(verbs, "list", f"list a case's {rec.what}s")
        listing.add_argument("--removed", action="store_true", help="include removed ones, marked")


def _verb(verbs: Any, name: str, summary: str, names: str = "") -> argparse.ArgumentParser:
    """A verb's parser: CASE, then (for a verb on one object) that object, as ``args.ref``."""
    p: argparse.ArgumentParser = verbs.add_parser(name, help=summary)
    p.add_argument("case")
    if names:
        p.add_argument("ref", metavar=names, help="id or unique id prefix")
    p.add_argument("--json", action="store_true")
    return p


def _option(p: argparse.ArgumentParser, field: Field) -> None:
    p.add_argument(field.option, dest=field.name, type=field.parse, help=field.help)


# -- commands -------------------------------------------------------------------------------------


def run_record(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    rec = RECORDS[args.command]
    extras = {extra.name: extra for extra in rec.extras}
    if args.record_cmd is None:
        raise UsageError(
            msg(
                "{command} needs one of: {verbs}",
                command=rec.word,
                verbs=", ".join([*_WRITES, *extras, "list"]),
            )
        )
    case_id = svc.resolve_case(args.case)
    if args.record_cmd == "list":
        return _list(rec, svc, case_id, args, out)
    if args.record_cmd in _WRITES:
        done, write = _WRITES[args.record_cmd]
        object_id, changes = write(rec, svc, case_id, args)
    else:
        done = extras[args.record_cmd].done
        object_id, changes = extras[args.record_cmd].run(svc, case_id, args)
    if args.json:
        print_json({"id": object_id, "entries": list(changes.entries)}, out)
    elif args.record_cmd == "add":
        out.write(object_id + "\n")
    elif not changes.entries:
        out.write(f"{rec.word} {object_id[:8]}: nothing changed.\n")
    else:
        n = len(changes.entries)
        out.write(f"{rec.word} {object_id[:8]}: {done} ({n} custody {'entry' if n == 1 else 'entries'}).\n")
    return EXIT_OK


def _values(
    svc: CaseService, case_id: str, fields: Sequence[Field], args: argparse.Namespace
) -> dict[str, Any]:
    """The fields given on the command line (None: not given), other objects resolved to ids."""
    values: dict[str, Any] = {}
    for field in fields:
        value = getattr(args, field.name)
        if value is None:
            continue
        if field.ref is not None:
            value = svc.resolve_object(case_id, field.ref, value) if value.strip() else None
        values[field.name] = value
    return values


def _add(rec: Record, svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    changes = rec.add(svc, case_id, **_values(svc, case_id, rec.fields, args))
    return changes.id, changes


def _edit(rec: Record, svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    object_id = svc.resolve_object(case_id, rec.kind, args.ref)
    values = _values(svc, case_id, rec.fields, args)
    return object_id, (rec.update(svc, object_id, **values) if values else NO_CHANGES)


def _remove(rec: Record, svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    object_id = svc.resolve_object(case_id, rec.kind, args.ref)
    if rec.remove is None:
        return object_id, svc.remove_record(rec.kind, object_id, args.reason)
    return object_id, rec.remove(svc, object_id, args)


def _restore(rec: Record, svc: CaseService, case_id: str, args: argparse.Namespace) -> tuple[str, Changes]:
    object_id = svc.resolve_object(case_id, rec.kind, args.ref)
    if rec.restore is None:
        return object_id, svc.restore_record(rec.kind, object_id)
    return object_id, rec.restore(svc, object_id)


_WRITES: dict[str, tuple[str, RecordWrite]] = {  # the verbs every kind has, and what they report
    "add": ("added", _add),
    "edit": ("edited", _edit),
    "remove": ("removed", _remove),
    "restore": ("restored", _restore),
}


def _list(rec: Record, svc: CaseService, case_id: str, args: argparse.Namespace, out: TextIO) -> int:
    views = rec.listed(svc, case_id, removed=args.removed)
    if args.json:
        print_json(list(views), out)
        return EXIT_OK
    for v in views:
        removed = ""
        if v.removed:
            removed = f"  [removed: {printable(v.removed_reason)}]" if v.removed_reason else "  [removed]"
        out.write(f"{v.id[:8]}  {rec.row(v)}{removed}\n")
    if not views:
        out.write(f"No {rec.what}s.\n")
    return EXIT_OK
