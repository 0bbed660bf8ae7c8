"""The workspace's side of trusted time: write a case's TimeStampReq for the investigator to carry
to a TSA, import the answer once it checks, and list the requests with their answers (the scheme
and what the log records: :mod:`casedesk.proof.casestamps`)."""

from __future__ import annotations

import base64
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from casedesk.core.errors import IntegrityError, UsageError
from casedesk.core.timeutil import iso_utc
from casedesk.core.vocabulary import ObjectKind
from casedesk.fsutil import TempFile, fsync_dir
from casedesk.i18n import msg, msgn
from casedesk.proof.casestamps import (
    ACTIONS,
    IMPORT_ACTION,
    REQUEST_ACTION,
    SCHEME,
    LoggedRequest,
    PlainEntry,
    UnreadableEntry,
    imprint_of,
    plain_entry,
    read_import,
    read_request,
    request_problem,
)
from casedesk.proof.errors import KeyStoreError, TimestampError
from casedesk.proof.errors import TimestampFailure as Why
from casedesk.proof.stamp_recheck import Stamp
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

MAX_CERTIFICATE_FILE_BYTES = 1 << 20


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


def _cases_requests(entries: Sequence[CustodyView]) -> tuple[dict[int, LoggedRequest], dict[int, int]]:
    """The readable requests by entry number, and request entry -> the first import answering it."""
    plain = [p for p in map(plain_entry, entries) if p is not None]
    requests: dict[int, LoggedRequest] = {}
    answers: dict[int, int] = {}
    for entry in plain:
        try:
            if entry.action == REQUEST_ACTION:
                requests[entry.seq] = read_request(entry)
            elif entry.action == IMPORT_ACTION:
                answers.setdefault(read_import(entry).request_seq, entry.seq)
        except UnreadableEntry:
            continue
    return requests, answers


def _answered(response: bytes, requests: Iterable[LoggedRequest]) -> LoggedRequest | None:
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
    by_seq = {p.seq: p for p in (plain_entry(e) for e in [*logged, *covered]) if p is not None}
    problem = request_problem(request, by_seq)
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
            found = read_import(PlainEntry(view.seq, view.hash, view.action, view.object_id, view.details))
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
