"""Web archives (WACZ 1.1.1) checked offline: their resource hashes, their digest, their signature.

A WACZ is a ZIP holding WARC files, indexes, ``pages/pages.jsonl`` and ``datapackage.json``, which
lists every resource with its hash and size; ``datapackage-digest.json`` holds the hash of
``datapackage.json`` and, when signed, the signature (:mod:`.wacz_signature`). It arrives as
evidence from elsewhere, so it is read as hostile: entry names are checked (``..``, absolute,
backslashes, links, duplicates) and nothing is extracted; every resource is hashed as it is
streamed, its bytes counted as actually read (never as the archive declares) against the size
``datapackage.json`` states, a total and a compression ratio (the bundle reader's limits, so a zip
bomb stops after a little more than the limit). What is wrong becomes the record's problem, never
an exception. py-wacz was not used: it pulls in a web framework and an ACME client, and its
validator verifies signatures by asking the signing server.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, fields, is_dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from cryptography import x509

from casedesk.i18n import Message, msg, msgn
from casedesk.provenance.wacz_signature import SignatureState, WaczSignature, check_signature

DATAPACKAGE = "datapackage.json"
DIGEST = "datapackage-digest.json"
PAGES = ("pages/pages.jsonl", "pages/extraPages.jsonl")
RECORD_FORMAT = 1
PAGES_KEPT = 20  # pages listed in the record (all are counted)
RESOURCES_KEPT = 200
CHUNK = 1 << 20
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OverflowError)


@dataclass(frozen=True, slots=True)
class WaczLimits:
    # The bundle reader's bounds (casedesk.bundle.limits.BundleLimits; importing that package would
    # bring in the whole bundle machinery), counted on bytes actually read.
    max_total_bytes: int = 1 << 40
    max_entries: int = 500_000
    max_ratio: int = 200  # WARCs are gzipped and stored; indexes and JSON deflate well below this
    ratio_grace_bytes: int = 1 << 20
    max_json_bytes: int = 64 << 20  # datapackage.json, its digest
    max_pages_bytes: int = 256 << 20  # pages.jsonl carries each page's text


DEFAULT_LIMITS = WaczLimits()


@dataclass(frozen=True, slots=True)
class WaczPage:
    url: str | None = None
    title: str | None = None
    ts: str | None = None


@dataclass(frozen=True, slots=True)
class WaczResource:
    path: str
    hash: str | None = None  # as datapackage.json states it ("sha256:…")
    bytes: int | None = None  # as stated
    ok: bool = False
    problem: str | None = None


class WaczStatus(StrEnum):
    READ = "read"  # read and checked: see ``verified``
    ERROR = "error"  # refused (hostile or damaged): see ``error``


@dataclass(frozen=True, slots=True)
class WaczRecord:
    # The first five are issue 14's ``provenance.wacz`` object, in its order.
    verified: bool = False  # every hash matches, the digest too, and a signature (if any) is valid
    signed: bool = False
    signer: str | None = None  # the signing domain, or "anonymous key sha256:…"
    pages: tuple[WaczPage, ...] = ()  # the first PAGES_KEPT
    resources: tuple[WaczResource, ...] = ()
    status: WaczStatus = WaczStatus.READ
    page_count: int = 0
    hashes_checked: int = 0
    hashes_failed: tuple[str, ...] = ()  # resource paths whose hash or size differs
    digest_ok: bool | None = None  # None: no datapackage-digest.json
    signature: WaczSignature | None = None
    title: str | None = None
    created: str | None = None
    modified: str | None = None
    software: str | None = None
    wacz_version: str | None = None
    error: str | None = None
    reader: str = "casedesk wacz 1"

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        assert isinstance(data, dict)
        return {"format": RECORD_FORMAT, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WaczRecord:
        sig = data.get("signature")
        return cls(
            verified=bool(data.get("verified")),
            signed=bool(data.get("signed")),
            signer=data.get("signer"),
            pages=tuple(WaczPage(**p) for p in data.get("pages") or ()),
            resources=tuple(WaczResource(**r) for r in data.get("resources") or ()),
            status=WaczStatus(data.get("status", WaczStatus.READ)),
            page_count=int(data.get("page_count") or 0),
            hashes_checked=int(data.get("hashes_checked") or 0),
            hashes_failed=tuple(data.get("hashes_failed") or ()),
            digest_ok=data.get("digest_ok"),
            signature=_signature(sig) if isinstance(sig, dict) else None,
            **{k: data.get(k) for k in ("title", "created", "modified", "software", "wacz_version", "error")},
            reader=data.get("reader", ""),
        )


class _Refused(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def is_wacz(path: Path) -> bool:
    """A ZIP with a datapackage.json: what the WACZ format is (its name may say otherwise)."""
    try:
        with path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as archive:
            return any(info.orig_filename == DATAPACKAGE for info in archive.infolist())
    except (*_ZIP_ERRORS, OSError):
        return False


def read_wacz(
    path: Path, tsa_trusted: Sequence[x509.Certificate] = (), limits: WaczLimits = DEFAULT_LIMITS
) -> WaczRecord:
    """Check one WACZ; what it holds (damage, lies, a bad signature) is in the record, never raised."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _Reader(archive, limits).read(tsa_trusted)
    except _Refused as exc:
        return WaczRecord(status=WaczStatus.ERROR, error=str(exc.message))
    except (*_ZIP_ERRORS, OSError) as exc:
        error = msg("the archive is damaged or truncated ({reason})", reason=exc)
        return WaczRecord(status=WaczStatus.ERROR, error=str(error))


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, limits: WaczLimits) -> None:
        self.archive = archive
        self.limits = limits
        self.total = 0
        self.entries = _checked_entries(archive.infolist(), limits)

    def read(self, tsa_trusted: Sequence[x509.Certificate]) -> WaczRecord:
        if DATAPACKAGE not in self.entries:
            raise _Refused(msg("it has no datapackage.json"))
        package_bytes = self._whole(DATAPACKAGE, self.limits.max_json_bytes)
        package = _json_object(package_bytes, DATAPACKAGE)
        resources = tuple(self._resource(r) for r in _list(package.get("resources")))
        failed = tuple(r.path for r in resources if not r.ok)
        digest_ok, signature = None, None
        if DIGEST in self.entries:
            digest = _json_object(self._whole(DIGEST, self.limits.max_json_bytes), DIGEST)
            stated = digest.get("hash")
            actual = "sha256:" + hashlib.sha256(package_bytes).hexdigest()
            digest_ok = stated == actual and digest.get("path", DATAPACKAGE) == DATAPACKAGE
            signed = digest.get("signedData")
            if isinstance(signed, dict):
                signature = check_signature(signed, actual, tsa_trusted)
        pages, count = self._pages()
        sig_ok = signature is None or signature.state is SignatureState.VALID
        return WaczRecord(
            verified=bool(resources) and not failed and digest_ok is not False and sig_ok,
            signed=signature is not None,
            signer=signature.signer if signature else None,
            pages=pages,
            resources=resources[:RESOURCES_KEPT],
            page_count=count,
            hashes_checked=len(resources),
            hashes_failed=failed,
            digest_ok=digest_ok,
            signature=signature,
            title=_str(package.get("title")),
            created=_str(package.get("created")),
            modified=_str(package.get("modified")),
            software=_str(package.get("software")),
            wacz_version=_str(package.get("wacz_version")),
        )

    def _resource(self, item: Any) -> WaczResource:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            return WaczResource(path="?", problem=str(msg("a resource without a path")))
        path, stated, size = item["path"], _str(item.get("hash")), item.get("bytes")
        size = size if isinstance(size, int) and not isinstance(size, bool) else None
        resource = {"path": path, "hash": stated, "bytes": size}
        if path not in self.entries:
            return WaczResource(**resource, problem=str(msg("not in the archive")))
        algorithm, _, expected = (stated or "").partition(":")
        if algorithm not in ("sha256", "sha384", "sha512", "md5", "sha1") or not expected:
            return WaczResource(**resource, problem=str(msg("no hash it can be checked against")))
        h = hashlib.new(algorithm)
        count = self._stream(path, h.update, None)
        if size is not None and count != size:
            problem = msg("{count} bytes, not the {size} stated", count=count, size=size)
            return WaczResource(**resource, problem=str(problem))
        if h.hexdigest() != expected.lower():
            return WaczResource(**resource, problem=str(msg("its hash differs")))
        return WaczResource(**resource, ok=True)

    def _pages(self) -> tuple[tuple[WaczPage, ...], int]:
        kept: list[WaczPage] = []
        count = 0
        for name in PAGES:
            if name not in self.entries:
                continue
            buffer = bytearray()

            def take(chunk: bytes, buffer: bytearray = buffer) -> None:
                nonlocal count
                buffer.extend(chunk)
                *lines, rest = buffer.split(b"\n")
                buffer[:] = rest
                for line in lines:
                    page = _page(bytes(line))
                    if page is not None:
                        count += 1
                        if len(kept) < PAGES_KEPT:
                            kept.append(page)

            self._stream(name, take, self.limits.max_pages_bytes)
            take(b"\n")
        return tuple(kept), count

    def _whole(self, name: str, limit: int) -> bytes:
        parts: list[bytes] = []
        self._stream(name, parts.append, limit)
        return b"".join(parts)

    def _stream(self, name: str, sink: Any, limit: int | None) -> int:
        info = self.entries[name]
        count = 0
        ratio_cap = max(self.limits.max_ratio * max(info.compress_size, 1), self.limits.ratio_grace_bytes)
        with self.archive.open(info) as handle:
            reader: IO[bytes] = handle
            while chunk := reader.read(CHUNK):
                count += len(chunk)
                self.total += len(chunk)
                if limit is not None and count > limit:
                    raise _Refused(msg("{name} is larger than {limit} bytes", name=name, limit=limit))
                if count > ratio_cap:
                    raise _Refused(
                        msg(
                            "{name} expands more than {ratio} times (a zip bomb)",
                            name=name,
                            ratio=self.limits.max_ratio,
                        )
                    )
                if self.total > self.limits.max_total_bytes:
                    raise _Refused(msg("it expands to more data than the limit allows (a zip bomb)"))
                sink(chunk)
        return count


def _checked_entries(infos: list[zipfile.ZipInfo], limits: WaczLimits) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > limits.max_entries:
        raise _Refused(
            msg(
                "it has {count} entries, more than the limit of {limit}",
                count=len(infos),
                limit=limits.max_entries,
            )
        )
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.orig_filename
        if name.endswith("/") and info.file_size == 0:
            continue  # a folder entry: nothing to read, nothing to hash
        parts = name.split("/")
        if "\\" in name or name.startswith("/") or ".." in parts or (len(name) > 1 and name[1] == ":"):
            raise _Refused(msg("the entry {name!r} has a path that climbs out of the archive", name=name))
        if not name.isprintable():
            raise _Refused(msg("the entry {name!r} has control characters in its name", name=name))
        if stat.S_IFMT(info.external_attr >> 16) not in (0, stat.S_IFREG):
            raise _Refused(msg("the entry {name!r} is a link or a device, not a file", name=name))
        if info.flag_bits & 0x1:
            raise _Refused(msg("the entry {name!r} is encrypted", name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Refused(msg("the entry {name!r} uses an unsupported compression method", name=name))
        if name in entries:
            raise _Refused(msg("the entry {name!r} appears twice", name=name))
        entries[name] = info
    return entries


def _json_object(data: bytes, name: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Refused(msg("{name} is not valid JSON ({reason})", name=name, reason=exc)) from None
    if not isinstance(value, dict):
        raise _Refused(msg("{name} is not a JSON object", name=name))
    return value


def _page(line: bytes) -> WaczPage | None:
    try:
        value = json.loads(line.decode("utf-8")) if line.strip() else None
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(value, dict) or "format" in value or "url" not in value:
        return None  # the header line, or not a page
    return WaczPage(url=_str(value.get("url")), title=_str(value.get("title")), ts=_str(value.get("ts")))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any, limit: int = 2000) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def _signature(data: dict[str, Any]) -> WaczSignature:
    names = {f.name for f in fields(WaczSignature)} - {"state"}
    return WaczSignature(state=SignatureState(data["state"]), **{k: v for k, v in data.items() if k in names})


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def findings(record: WaczRecord) -> list[Message]:
    """Warnings on the item when the archive does not check out (empty when it does)."""
    if record.status is WaczStatus.ERROR:
        return [msg("Web archive (WACZ) refused: {reason}.", reason=record.error)]
    found: list[Message] = []
    if record.hashes_failed:
        found.append(
            msgn(
                "Web archive (WACZ): %n resource differs from its datapackage.json.",
                len(record.hashes_failed),
            )
        )
    if not record.hashes_checked:
        found.append(msg("Web archive (WACZ): its datapackage.json lists no resource."))
    if record.digest_ok is False:
        found.append(msg("Web archive (WACZ): datapackage.json differs from the digest it was signed by."))
    sig = record.signature
    if sig is not None and sig.state is SignatureState.INVALID:
        found.append(msg("Web archive (WACZ): its signature is invalid ({problem}).", problem=sig.problem))
    if sig is not None and sig.state is SignatureState.UNTRUSTED:
        found.append(
            msg("Web archive (WACZ): its signature is not trusted ({problem}).", problem=sig.problem)
        )
    return found
