"""Trusted time for a case: RFC 3161 timestamps over its custody head and manifest digest, offline.

The custody log's own times are what the investigator's computer said. A trusted timestamp adds a
third party's word: a TSA signs that certain bytes existed no later than its genTime. CaseDesk
stamps a case's state, and never needs a network to do it: ``request_timestamp`` writes a
TimeStampReq file that the investigator carries to any online machine (any RFC 3161 TSA answers it:
curl, ``openssl ts``), and ``import_timestamp`` checks the answer here and records it.

What is stamped
    A request covers one custody entry (the log's head when the request is made) and the manifest
    digest of the case as of that entry, exactly as the cover of a report with the default options
    shows it (computed by the report's own ``snapshot``). The imprinted bytes are the UTF-8 of these
    four lines, each ending in one line feed ("\\n"), nothing before or after::

        CaseDesk timestamp v1
        case <case id>
        entry <seq> <entry hash>
        manifest <manifest digest>

    ``<seq>`` is the entry's number in decimal, ``<entry hash>`` its 64 lower-case hex digits, the
    case id as the log writes it, the manifest digest 64 lower-case hex digits. The message imprint
    is the SHA-256 of these bytes. Anyone holding the log can check a stamp without CaseDesk: write
    the four lines to a file, the import's ``response`` to ``stamp.tsr`` and its ``anchor_der`` to
    ``anchor.der``, then ``openssl x509 -inform DER -in anchor.der -out anchor.pem`` and
    ``openssl ts -verify -data FILE -in stamp.tsr -CAfile anchor.pem``.

What the log records
    ``timestamp_request`` (object: the case), with details ``scheme`` ("CaseDesk timestamp v1"),
    ``covers`` ({"seq", "hash"} of the covered entry), ``manifest_digest``, ``hash_algorithm``
    ("sha256"), ``imprint`` (hex), ``nonce`` (decimal string: JSON integers above 2^53 are unsafe),
    ``request`` (the TimeStampReq DER, base64) and ``file`` (the name written).

    ``timestamp_import`` (object: the case), with details ``request_seq`` (the request's entry),
    ``covers`` (repeated from the request, for a reader of the log), ``gen_time`` (ISO UTC),
    ``tsa`` (the TSA's name), ``serial`` (decimal string), ``policy`` (dotted OID), ``signer`` (the
    signing certificate's subject), ``anchor`` (the trusted certificate's subject), ``anchor_sha256``
    and ``anchor_der`` (base64: the trusted certificate the TSA chained to), ``response`` (the whole
    TimeStampResp DER, base64) and ``file`` (the name imported). With the request's entry, that is
    everything a later check needs: ``recheck_timestamps`` reads nothing but the log.

An import is refused, and nothing is logged, unless the response answers one of the case's
*outstanding* requests (a request entry no import answers yet: same imprint, same nonce), is
granted, is signed by the TSA over exactly these bytes, and the signer is a timeStamping
certificate chaining, at genTime, to a TSA certificate the investigator trusts (see
:mod:`casedesk.proof.tsa_trust`) or gave with ``--tsa-ca``. A second answer to an answered request
is refused as a replay.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from casedesk.core.errors import IntegrityError, UsageError
from casedesk.core.timeutil import iso_utc, parse_iso, to_utc
from casedesk.core.vocabulary import ObjectKind
from casedesk.fsutil import TempFile, fsync_dir
from casedesk.i18n import msg, msgn
from casedesk.proof.errors import KeyStoreError, TimestampError
from casedesk.proof.errors import TimestampFailure as Why
from casedesk.proof.timestamps import (
    MAX_RESPONSE_BYTES,
    TimestampRequest,
    TimestampToken,
    _parse,  # the verifier's own parser: what it calls damaged is damaged here too
    load_certificates,
    verify_response,
)
from casedesk.proof.tsa_trust import TrustedTsa, TsaTrustStore, fingerprint

if TYPE_CHECKING:
    from casedesk.core.service import CaseService
    from casedesk.core.views import CustodyView

SCHEME = "CaseDesk timestamp v1"
REQUEST_ACTION = "timestamp_request"
IMPORT_ACTION = "timestamp_import"
ACTIONS = (REQUEST_ACTION, IMPORT_ACTION)
MAX_CERTIFICATE_FILE_BYTES = 1 << 20


def imprinted_bytes(case_id: str, seq: int, entry_hash: str, manifest_digest: str) -> bytes:
    """The bytes a request's imprint is the SHA-256 of (see the module's docstring)."""
    return f"{SCHEME}\ncase {case_id}\nentry {seq} {entry_hash}\nmanifest {manifest_digest}\n".encode()


def imprint_of(case_id: str, seq: int, entry_hash: str, manifest_digest: str) -> bytes:
    return hashlib.sha256(imprinted_bytes(case_id, seq, entry_hash, manifest_digest)).digest()


def gen_time_text(value: datetime) -> str:
    """A genTime as the token has it, "2026-12-02 06:10:03.25 UTC": to the second, with the fraction
    when the TSA gave one (cut to whole seconds, "no later than" would claim more than the token)."""
    value = to_utc(value)
    text = value.strftime("%Y-%m-%d %H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + " UTC"


# -- custody entries, from the service or from a bundle ------------------------------------------


class LoggedEntry(Protocol):
    """A custody entry as far as timestamps care: a CustodyView, a CustodyEntry, a plain record."""

    @property
    def seq(self) -> int: ...

    @property
    def hash(self) -> str: ...

    @property
    def action(self) -> str: ...

    @property
    def object_id(self) -> str: ...

    @property
    def details(self) -> Mapping[str, Any]: ...


Entry = LoggedEntry | Mapping[str, Any]  # a bundle manifest's custody record is a mapping


@dataclass(frozen=True, slots=True)
class _Plain:
    seq: int
    hash: str
    action: str
    object_id: str
    details: Mapping[str, Any]


def _plain(entry: Entry) -> _Plain | None:
    values: tuple[Any, ...]
    if isinstance(entry, Mapping):
        values = tuple(entry.get(k) for k in ("seq", "hash", "action", "object_id", "details"))
    else:
        values = (entry.seq, entry.hash, entry.action, entry.object_id, entry.details)
    seq, entry_hash, action, object_id, details = values
    if not (
        isinstance(seq, int)
        and isinstance(entry_hash, str)
        and isinstance(action, str)
        and isinstance(object_id, str)
        and isinstance(details, Mapping)
    ):
        return None
    return _Plain(seq, entry_hash, action, object_id, details)


class _Bad(Exception):
    """A recorded request or import that cannot be read back; its message says why."""


@dataclass(frozen=True, slots=True)
class _Request:
    seq: int
    entry_hash: str
    case_id: str
    covered_seq: int
    covered_hash: str
    manifest_digest: str
    imprint: str
    hash_algorithm: str
    nonce: str
    request: TimestampRequest
    file: str


@dataclass(frozen=True, slots=True)
class _Import:
    seq: int
    request_seq: int
    covers: tuple[int, str] | None
    gen_time: datetime
    tsa: str
    serial: int
    policy: str
    signer: str
    anchor: str
    anchor_sha256: str
    anchor_der: bytes
    response: bytes


def _text(details: Mapping[str, Any], key: str) -> str:
    value = details.get(key)
    if not isinstance(value, str):
        raise _Bad(str(msg("its details have no {key}", key=key)))
    return value


def _b64(details: Mapping[str, Any], key: str) -> bytes:
    try:
        return base64.b64decode(_text(details, key), validate=True)
    except (binascii.Error, ValueError):
        raise _Bad(str(msg("its {key} is not base64", key=key))) from None


def _covers(value: Any) -> tuple[int, str]:
    if (
        not isinstance(value, Mapping)
        or not isinstance(value.get("seq"), int)
        or not isinstance(value.get("hash"), str)
    ):
        raise _Bad(str(msg("its details do not say which entry it covers")))
    return value["seq"], value["hash"]


def _read_request(entry: _Plain) -> _Request:
    d = entry.details
    if d.get("scheme") != SCHEME:
        raise _Bad(str(msg("it uses the unknown scheme {scheme!r}", scheme=d.get("scheme"))))
    covered_seq, covered_hash = _covers(d.get("covers"))
    try:
        request = TimestampRequest.from_der(_b64(d, "request"))
    except TimestampError as exc:
        raise _Bad(str(msg("its request DER is damaged ({detail})", detail=exc.detail))) from None
    return _Request(
        entry.seq,
        entry.hash,
        entry.object_id,
        covered_seq,
        covered_hash,
        _text(d, "manifest_digest"),
        _text(d, "imprint"),
        _text(d, "hash_algorithm"),
        _text(d, "nonce"),
        request,
        str(d.get("file") or ""),
    )


def _read_import(entry: _Plain) -> _Import:
    d = entry.details
    request_seq = d.get("request_seq")
    if not isinstance(request_seq, int):
        raise _Bad(str(msg("its details do not say which request it answers")))
    try:
        gen_time = parse_iso(_text(d, "gen_time"))
        serial = int(_text(d, "serial"))
    except ValueError:
        raise _Bad(str(msg("its genTime or serial is not readable"))) from None
    return _Import(
        entry.seq,
        request_seq,
        _covers(d["covers"]) if "covers" in d else None,
        gen_time,
        _text(d, "tsa"),
        serial,
        _text(d, "policy"),
        _text(d, "signer"),
        _text(d, "anchor"),
        _text(d, "anchor_sha256"),
        _b64(d, "anchor_der"),
        _b64(d, "response"),
    )


def _request_problem(request: _Request, by_seq: Mapping[int, _Plain]) -> str | None:
    """Whether a recorded request imprints what its details and the log say it does."""
    der = request.request
    if (der.hash_algorithm, der.digest.hex(), str(der.nonce)) != (
        request.hash_algorithm,
        request.imprint,
        request.nonce,
    ):
        return str(
            msg(
                "the request DER of entry {seq} does not match its recorded imprint and nonce",
                seq=request.seq,
            )
        )
    covered = by_seq.get(request.covered_seq)
    if covered is None or not request.covered_seq < request.seq:
        return str(
            msg(
                "entry {covered_seq}, which request entry {seq} covers, is not in the log",
                covered_seq=request.covered_seq,
                seq=request.seq,
            )
        )
    if covered.hash != request.covered_hash:
        return str(
            msg(
                "request entry {seq} covers entry {covered_seq} with hash {covered_hash}, but that entry's "
                "hash in the log is {log_hash}",
                seq=request.seq,
                covered_seq=request.covered_seq,
                covered_hash=request.covered_hash,
                log_hash=covered.hash,
            )
        )
    expected = imprint_of(request.case_id, covered.seq, covered.hash, request.manifest_digest)
    if der.hash_algorithm != "sha256" or der.digest != expected:
        return str(
            msg(
                "the imprint of request entry {seq} is not over entry {covered_seq}'s hash and the recorded "
                "manifest digest",
                seq=request.seq,
                covered_seq=covered.seq,
            )
        )
    return None


# -- what a report lists, and what verify re-checks ----------------------------------------------


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


def _readable(entries: Iterable[Entry]) -> tuple[list[_Plain], list[StampProblem]]:
    plain, problems = [], []
    for entry in entries:
        converted = _plain(entry)
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
            answer = _read_import(entry)
            asked = by_seq.get(answer.request_seq)
            if asked is None or asked.action != REQUEST_ACTION:
                continue
            request = _read_request(asked)
        except _Bad:
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
        except _Bad as bad:
            problems.append(
                StampProblem(entry.seq, str(msg("the timestamp import cannot be read: {bad}", bad=bad)))
            )
    return problems


def _recheck(
    entry: _Plain,
    by_seq: Mapping[int, _Plain],
    answered: dict[int, int],
    manifest_digest: Callable[[int], str] | None,
) -> Iterable[str]:
    answer = _read_import(entry)
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
        request = _read_request(asked)
    except _Bad as bad:
        yield str(msg("request entry {seq} cannot be read: {bad}", seq=asked.seq, bad=bad))
        return
    problem = _request_problem(request, by_seq)
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


# -- the workspace side: request, import, list ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestResult:
    path: Path
    request_seq: int  # the custody entry recording the request
    request_hash: str
    covered_seq: int
    covered_hash: str
    manifest_digest: str
    imprint: str  # hex
    hash_algorithm: str
    nonce: int


def covered_state(svc: CaseService, case_id: str, seq: int | None = None) -> tuple[CustodyView, str]:
    """Entry ``seq`` (default: the head now) and the manifest digest of the case as of it, as the
    cover of a default-options report as of that entry shows them."""
    # Imported here: the report layer imports the service, and the service's verify imports this module.
    from casedesk.report.context import snapshot
    from casedesk.report.options import ReportOptions

    if seq is None:
        seq = svc.case_header(case_id).custody_count
        if not seq:
            raise UsageError(msg("The case's custody log is empty: there is no entry to stamp."))
    with svc.reader(case_id, as_of=seq) as reader:
        ctx = snapshot(svc, reader, ReportOptions())
        return ctx.as_of, ctx.manifest_digest


def manifest_digests(svc: CaseService, case_id: str) -> Callable[[int], str]:
    """For ``recheck_timestamps(..., manifest_digest=...)``: the case's manifest digest as of an entry."""
    return lambda seq: covered_state(svc, case_id, seq)[1]


def request_timestamp(svc: CaseService, case_id: str, out: Path, *, force: bool = False) -> RequestResult:
    """Write a TimeStampReq for the case's head and manifest digest to ``out``, and log it.

    ``out`` is written whole or not at all, and an existing file is kept unless ``force``.
    """
    out = Path(out)
    if out.is_dir():
        raise UsageError(
            msg("{path} is a folder; give the name of the request file to write (.tsq).", path=out)
        )
    if not out.parent.is_dir():
        raise UsageError(msg("Folder {folder} does not exist.", folder=out.parent))
    if out.exists() and not force:
        raise UsageError(msg("{path} exists already; give --force to replace it.", path=out))
    covered, digest = covered_state(svc, case_id)
    nonce = secrets.randbits(64)
    request = TimestampRequest.for_digest(imprint_of(case_id, covered.seq, covered.hash, digest), nonce=nonce)
    _write_new(out, request.der, force=force)
    try:
        changes = svc.record_action(
            case_id,
            REQUEST_ACTION,
            ObjectKind.CASE,
            case_id,
            scheme=SCHEME,
            covers={"seq": covered.seq, "hash": covered.hash},
            manifest_digest=digest,
            hash_algorithm=request.hash_algorithm,
            imprint=request.digest.hex(),
            nonce=str(nonce),
            request=base64.b64encode(request.der).decode("ascii"),
            file=out.name,
        )
    except BaseException:
        out.unlink(missing_ok=True)  # a request the log does not know could never be imported
        raise
    entry_hash = changes.entries[-1]
    return RequestResult(
        out,
        svc.resolve_entry(case_id, entry_hash),
        entry_hash,
        covered.seq,
        covered.hash,
        digest,
        request.digest.hex(),
        request.hash_algorithm,
        nonce,
    )


def _write_new(out: Path, data: bytes, *, force: bool) -> None:
    with TempFile(out.parent) as temp:
        temp.handle.write(data)
        temp.handle.flush()
        os.fsync(temp.handle.fileno())
        if force:
            temp.commit(out)
            return
        try:
            os.link(temp.path, out)  # unlike a rename, never replaces a file made meanwhile
        except FileExistsError:
            raise UsageError(msg("{path} exists already; give --force to replace it.", path=out)) from None
        except OSError:  # a file system without hard links (FAT on a USB stick)
            if out.exists():
                raise UsageError(
                    msg("{path} exists already; give --force to replace it.", path=out)
                ) from None
            temp.commit(out)
            return
    fsync_dir(out.parent)


def read_limited(path: Path, limit: int = MAX_RESPONSE_BYTES) -> bytes:
    """A regular file's bytes, refusing more than ``limit`` without reading them."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UsageError(msg("No file at {path}.", path=path)) from None
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(msg("{path} is not a regular file.", path=path))
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TimestampError(
            Why.MALFORMED, msg("{name} is larger than {limit} bytes", name=path.name, limit=limit)
        )
    return data


def load_certificate_file(path: Path) -> list[x509.Certificate]:
    """The certificates of a ``--tsa-ca`` file (PEM, possibly several, or one DER certificate)."""
    try:
        data = read_limited(path, MAX_CERTIFICATE_FILE_BYTES)
        certs = load_certificates(data)
    except TimestampError as exc:
        raise UsageError(
            msg(
                "{path} is not a certificate file (PEM or DER): {detail}.",
                path=path,
                detail=exc.detail_message,
            )
        ) from None
    if not certs:
        raise UsageError(msg("{path} holds no certificate.", path=path))
    return certs


@dataclass(frozen=True, slots=True)
class ImportResult:
    stamp: Stamp
    import_hash: str
    signer: str
    anchor: str
    anchor_sha256: str
    newly_trusted: TrustedTsa | None  # the --tsa-ca certificate added to the trust list, if any
    trust_file: Path
    trust_error: str | None = None  # the import is logged, but the trust list could not be written


def _cases_requests(entries: Sequence[CustodyView]) -> tuple[dict[int, _Request], dict[int, int]]:
    """The readable requests by entry number, and request entry -> the first import answering it."""
    plain = [p for p in map(_plain, entries) if p is not None]
    requests: dict[int, _Request] = {}
    answers: dict[int, int] = {}
    for entry in plain:
        try:
            if entry.action == REQUEST_ACTION:
                requests[entry.seq] = _read_request(entry)
            elif entry.action == IMPORT_ACTION:
                answers.setdefault(_read_import(entry).request_seq, entry.seq)
        except _Bad:
            continue
    return requests, answers


def _answered(response: bytes, requests: Iterable[_Request]) -> _Request | None:
    """The request whose imprint and nonce the response repeats (read before the signature is checked,
    only to know which request to check it against)."""
    _signed, tst_info = _parse(response)  # damage and refusals by the TSA are told first, as such
    imprint = tst_info["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    digest = imprint["hashed_message"].native
    nonce = tst_info["nonce"].native
    for request in requests:
        asked = request.request
        if (asked.hash_algorithm, asked.digest, asked.nonce) == (algorithm, digest, nonce):
            return request
    return None


def import_timestamp(
    svc: CaseService,
    case_id: str,
    response: bytes,
    *,
    tsa_ca: Sequence[x509.Certificate] = (),
    file_name: str = "",
    trust: TsaTrustStore | None = None,
) -> ImportResult:
    """Check that ``response`` answers one of the case's outstanding requests, then log it.

    Trusted: the trust list's certificates and ``tsa_ca``; a ``tsa_ca`` certificate the response
    chained to is added to the trust list once the import is logged. A refusal is a
    :class:`TimestampError` naming the reason, and leaves the log and the trust list unchanged.
    """
    if len(response) > MAX_RESPONSE_BYTES:
        raise TimestampError(
            Why.MALFORMED, msg("{count} bytes is too large for a timestamp response", count=len(response))
        )
    trust = trust if trust is not None else TsaTrustStore()
    with svc.reader(case_id) as reader:
        logged = reader.custody_selected(ACTIONS)
        requests, answers = _cases_requests(logged)
        covered = reader.custody_selected((), sorted({r.covered_seq for r in requests.values()}))
    request = _answered(response, requests.values())
    if request is None:
        waiting = len(requests) - len(answers.keys() & requests.keys())
        raise TimestampError(
            Why.NOT_MATCHING,
            msgn(
                "it answers none of this case's %n outstanding timestamp request(s) "
                "(no request in the log has its imprint and nonce)",
                waiting,
            ),
        )
    if request.seq in answers:
        raise TimestampError(
            Why.NOT_MATCHING,
            msg(
                "it answers the request of entry {seq}, already answered by entry {first} (a replay: each "
                "request is answered once)",
                seq=request.seq,
                first=answers[request.seq],
            ),
        )
    by_seq = {p.seq: p for p in (_plain(e) for e in [*logged, *covered]) if p is not None}
    problem = _request_problem(request, by_seq)
    if problem:
        raise IntegrityError(
            msg("The request cannot be answered: {problem}. Run “casedesk verify”.", problem=problem)
        )

    trusted_before = trust.certificates()
    known = {fingerprint(c) for c in trusted_before}
    trusted = list({fingerprint(c): c for c in [*trusted_before, *tsa_ca]}.values())
    token = verify_response(response, request.request, trusted)
    anchor = _anchor_of(response, request.request, trusted, token)
    anchor_der = anchor.public_bytes(Encoding.DER)
    changes = svc.record_action(
        case_id,
        IMPORT_ACTION,
        ObjectKind.CASE,
        case_id,
        request_seq=request.seq,
        covers={"seq": request.covered_seq, "hash": request.covered_hash},
        gen_time=iso_utc(token.gen_time),
        tsa=token.tsa_name,
        serial=str(token.serial),
        policy=token.policy,
        signer=token.signer,
        anchor=token.anchor,
        anchor_sha256=fingerprint(anchor),
        anchor_der=base64.b64encode(anchor_der).decode("ascii"),
        response=base64.b64encode(response).decode("ascii"),
        file=file_name,
    )
    import_hash = changes.entries[-1]
    stamp = Stamp(
        request.covered_seq,
        request.covered_hash,
        request.manifest_digest,
        token.gen_time,
        token.tsa_name,
        token.serial,
        token.policy,
        request.seq,
        svc.resolve_entry(case_id, import_hash),
    )
    newly, trust_error = None, None
    if fingerprint(anchor) not in known:
        try:
            newly, _new = trust.trust(anchor)
        except (KeyStoreError, OSError) as exc:
            trust_error = str(exc)
    return ImportResult(
        stamp, import_hash, token.signer, token.anchor, fingerprint(anchor), newly, trust.path, trust_error
    )


def _anchor_of(
    response: bytes, request: TimestampRequest, trusted: Sequence[x509.Certificate], token: TimestampToken
) -> x509.Certificate:
    """The trusted certificate the token's path ended at: the one that verifies it on its own."""

    def name(cert: x509.Certificate) -> str:
        return str(asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)).subject.human_friendly)

    named = [c for c in trusted if name(c) == token.anchor]
    for cert in [*named, *(c for c in trusted if c not in named)]:
        try:
            verify_response(response, request, [cert])
        except TimestampError:
            continue
        return cert
    raise TimestampError(
        Why.UNTRUSTED_TSA, msg("no single trusted certificate vouches for the TSA on its own")
    )


@dataclass(frozen=True, slots=True)
class Answer:
    seq: int
    at: datetime
    investigator: str
    gen_time: datetime
    tsa_name: str
    serial: int


@dataclass(frozen=True, slots=True)
class RequestStatus:
    seq: int
    at: datetime
    investigator: str
    covered_seq: int
    covered_hash: str
    manifest_digest: str
    nonce: str
    file: str
    answer: Answer | None  # None: outstanding


def list_timestamps(svc: CaseService, case_id: str) -> list[RequestStatus]:
    """Each readable timestamp request of the case, in order, with the import answering it, if any."""
    with svc.reader(case_id) as reader:
        logged = reader.custody_selected(ACTIONS)
    views = {e.seq: e for e in logged}
    requests, answers = _cases_requests(logged)
    out = []
    for seq, request in requests.items():
        answer = None
        if seq in answers:
            view = views[answers[seq]]
            found = _read_import(_Plain(view.seq, view.hash, view.action, view.object_id, view.details))
            answer = Answer(view.seq, view.at, view.investigator, found.gen_time, found.tsa, found.serial)
        out.append(
            RequestStatus(
                seq,
                views[seq].at,
                views[seq].investigator,
                request.covered_seq,
                request.covered_hash,
                request.manifest_digest,
                request.nonce,
                request.file,
                answer,
            )
        )
    return out
