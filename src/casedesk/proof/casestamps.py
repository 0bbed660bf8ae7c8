"""Trusted time for a case: RFC 3161 timestamps over its custody head and manifest digest, offline.

The custody log's own times are what the investigator's computer said. A trusted timestamp adds a
third party's word: a TSA signs that certain bytes existed no later than its genTime. CaseDesk
stamps a case's state, and never needs a network to do it: ``request_timestamp`` (in
:mod:`casedesk.proof.stamp_exchange`) writes a
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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from casedesk.core.timeutil import parse_iso, to_utc
from casedesk.i18n import msg
from casedesk.proof.errors import TimestampError
from casedesk.proof.timestamps import TimestampRequest

SCHEME = "CaseDesk timestamp v1"
REQUEST_ACTION = "timestamp_request"
IMPORT_ACTION = "timestamp_import"
ACTIONS = (REQUEST_ACTION, IMPORT_ACTION)


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
class PlainEntry:
    seq: int
    hash: str
    action: str
    object_id: str
    details: Mapping[str, Any]


def plain_entry(entry: Entry) -> PlainEntry | None:
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
    return PlainEntry(seq, entry_hash, action, object_id, details)


class UnreadableEntry(Exception):
    """A recorded request or import that cannot be read back; its message says why."""


@dataclass(frozen=True, slots=True)
class LoggedRequest:
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
class LoggedImport:
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
        raise UnreadableEntry(str(msg("its details have no {key}", key=key)))
    return value


def _b64(details: Mapping[str, Any], key: str) -> bytes:
    try:
        return base64.b64decode(_text(details, key), validate=True)
    except (binascii.Error, ValueError):
        raise UnreadableEntry(str(msg("its {key} is not base64", key=key))) from None


def _covers(value: Any) -> tuple[int, str]:
    if (
        not isinstance(value, Mapping)
        or not isinstance(value.get("seq"), int)
        or not isinstance(value.get("hash"), str)
    ):
        raise UnreadableEntry(str(msg("its details do not say which entry it covers")))
    return value["seq"], value["hash"]


def read_request(entry: PlainEntry) -> LoggedRequest:
    d = entry.details
    if d.get("scheme") != SCHEME:
        raise UnreadableEntry(str(msg("it uses the unknown scheme {scheme!r}", scheme=d.get("scheme"))))
    covered_seq, covered_hash = _covers(d.get("covers"))
    try:
        request = TimestampRequest.from_der(_b64(d, "request"))
    except TimestampError as exc:
        raise UnreadableEntry(str(msg("its request DER is damaged ({detail})", detail=exc.detail))) from None
    return LoggedRequest(
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


def read_import(entry: PlainEntry) -> LoggedImport:
    d = entry.details
    request_seq = d.get("request_seq")
    if not isinstance(request_seq, int):
        raise UnreadableEntry(str(msg("its details do not say which request it answers")))
    try:
        gen_time = parse_iso(_text(d, "gen_time"))
        serial = int(_text(d, "serial"))
    except ValueError:
        raise UnreadableEntry(str(msg("its genTime or serial is not readable"))) from None
    return LoggedImport(
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


def request_problem(request: LoggedRequest, by_seq: Mapping[int, PlainEntry]) -> str | None:
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
