"""A case's trusted timestamps read back from its custody log: what a report lists, and what
``verify`` re-checks, offline and from the log alone (the scheme: :mod:`casedesk.proof.casestamps`).

The entries may be the service's CustodyViews or CustodyEntries, or a bundle's custody records as
mappings: the stand-alone checker reads a bundle this way without a workspace.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509

from casedesk.i18n import msg
from casedesk.proof.casestamps import (
    ACTIONS,
    IMPORT_ACTION,
    REQUEST_ACTION,
    Entry,
    PlainEntry,
    UnreadableEntry,
    plain_entry,
    read_import,
    read_request,
    request_problem,
)
from casedesk.proof.errors import TimestampError
from casedesk.proof.timestamps import verify_response


@dataclass(frozen=True, slots=True)
class Stamp:
    """A recorded trusted timestamp: entry ``covered_seq`` existed no later than ``gen_time``."""

    covered_seq: int
    covered_hash: str
    manifest_digest: str
    gen_time: datetime
    tsa_name: str
    serial: int
    policy: str
    request_seq: int
    import_seq: int


@dataclass(frozen=True, slots=True)
class StampProblem:
    seq: int  # the entry at fault: the timestamp import (or the record that cannot be read)
    text: str


def _readable(entries: Iterable[Entry]) -> tuple[list[PlainEntry], list[StampProblem]]:
    plain, problems = [], []
    for entry in entries:
        converted = plain_entry(entry)
        if converted is None:
            if isinstance(entry, Mapping) and entry.get("action") in ACTIONS:
                seq = entry.get("seq")
                problems.append(
                    StampProblem(seq if isinstance(seq, int) else 0, str(msg("not a custody entry")))
                )
            continue
        plain.append(converted)
    plain.sort(key=lambda e: e.seq)
    return plain, problems


def stamped_entries(entries: Iterable[Entry]) -> list[Stamp]:
    """The stamps recorded in ``entries`` (a case's log, or the part of it a report covers), in order.

    Read from the log as recorded, not re-verified (``recheck_timestamps`` does that): each was
    verified when imported, and a report must not depend on more than its covered history.
    """
    plain, _ = _readable(entries)
    by_seq = {e.seq: e for e in plain}
    stamps = []
    for entry in plain:
        if entry.action != IMPORT_ACTION:
            continue
        try:
            answer = read_import(entry)
            asked = by_seq.get(answer.request_seq)
            if asked is None or asked.action != REQUEST_ACTION:
                continue
            request = read_request(asked)
        except UnreadableEntry:
            continue
        stamps.append(
            Stamp(
                request.covered_seq,
                request.covered_hash,
                request.manifest_digest,
                answer.gen_time,
                answer.tsa,
                answer.serial,
                answer.policy,
                request.seq,
                answer.seq,
            )
        )
    return stamps


def recheck_timestamps(
    entries: Iterable[Entry], *, manifest_digest: Callable[[int], str] | None = None
) -> list[StampProblem]:
    """Re-verify every recorded timestamp of one case's log, offline; the problems (none: all hold).

    ``entries`` is the case's log (CustodyViews, CustodyEntries, or a bundle's custody records as
    mappings), at least every timestamp entry and every entry a request covers. Each import's token
    is checked again against its recorded request (imprint, nonce) and its recorded trust anchor, at
    its genTime; each request's imprint against the covered entry's hash as the log has it. With
    ``manifest_digest`` (entry number -> the case's manifest digest as of that entry), the recorded
    digests are recomputed too. Chain integrity is not checked here (``verify`` does that).
    """
    plain, problems = _readable(entries)
    by_seq = {e.seq: e for e in plain}
    answered: dict[int, int] = {}
    for entry in plain:
        if entry.action != IMPORT_ACTION:
            continue
        try:
            problems.extend(
                StampProblem(entry.seq, text) for text in _recheck(entry, by_seq, answered, manifest_digest)
            )
        except UnreadableEntry as bad:
            problems.append(
                StampProblem(entry.seq, str(msg("the timestamp import cannot be read: {bad}", bad=bad)))
            )
    return problems


def _recheck(
    entry: PlainEntry,
    by_seq: Mapping[int, PlainEntry],
    answered: dict[int, int],
    manifest_digest: Callable[[int], str] | None,
) -> Iterable[str]:
    answer = read_import(entry)
    asked = by_seq.get(answer.request_seq)
    if asked is None or asked.action != REQUEST_ACTION or not asked.seq < entry.seq:
        yield str(
            msg(
                "it answers entry {request_seq}, which is not an earlier timestamp request",
                request_seq=answer.request_seq,
            )
        )
        return
    if asked.object_id != entry.object_id:
        yield str(msg("it answers request entry {seq}, made for another case", seq=asked.seq))
    if answer.request_seq in answered:
        first = answered[answer.request_seq]
        yield str(
            msg(
                "request entry {request_seq} was already answered by entry {first}",
                request_seq=answer.request_seq,
                first=first,
            )
        )
    answered.setdefault(answer.request_seq, entry.seq)
    try:
        request = read_request(asked)
    except UnreadableEntry as bad:
        yield str(msg("request entry {seq} cannot be read: {bad}", seq=asked.seq, bad=bad))
        return
    problem = request_problem(request, by_seq)
    if problem:
        yield problem
    if answer.covers is not None and answer.covers != (request.covered_seq, request.covered_hash):
        yield (
            str(
                msg(
                    "it says it covers entry {covers}, but its request covers entry {covered_seq}",
                    covers=answer.covers[0],
                    covered_seq=request.covered_seq,
                )
            )
        )
    if manifest_digest is not None:
        actual = manifest_digest(request.covered_seq)
        if actual != request.manifest_digest:
            yield (
                str(
                    msg(
                        "the manifest digest recorded for entry {covered_seq} is {manifest_digest}, but the "
                        "case's as of that entry is {actual}",
                        covered_seq=request.covered_seq,
                        manifest_digest=request.manifest_digest,
                        actual=actual,
                    )
                )
            )
    if hashlib.sha256(answer.anchor_der).hexdigest() != answer.anchor_sha256:
        yield str(msg("the recorded trust anchor does not match its recorded SHA-256"))
    try:
        anchor = x509.load_der_x509_certificate(answer.anchor_der)
        token = verify_response(answer.response, request.request, [anchor])
    except ValueError:
        yield str(msg("the recorded trust anchor is not a certificate"))
        return
    except TimestampError as exc:
        yield str(
            msg(
                "the recorded token no longer verifies against its request and trust anchor: {reason}",
                reason=exc,
            )
        )
        return
    recorded = (answer.gen_time, answer.serial, answer.tsa, answer.policy, answer.signer, answer.anchor)
    actual_fields = (token.gen_time, token.serial, token.tsa_name, token.policy, token.signer, token.anchor)
    names = ("genTime", "serial", "TSA name", "policy", "signer", "anchor")
    for name, said, found in zip(names, recorded, actual_fields, strict=True):
        if said != found:
            yield str(
                msg(
                    "the recorded {name} ({said}) is not the token's ({found})",
                    name=name,
                    said=said,
                    found=found,
                )
            )
