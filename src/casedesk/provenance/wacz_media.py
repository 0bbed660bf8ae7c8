"""What a web archive (WACZ) holds beyond its check: the media its WARC records carry, its pages' text.

The WARC files (``archive/*.warc``, ``*.warc.gz``) are streamed from the ZIP, never extracted, and
read as hostile like the rest of the archive (:mod:`.wacz`) by :mod:`.wacz_records`: entry names
are checked again, every byte is counted as actually read against the same
:class:`~.wacz.WaczLimits` (a ratio to the entry's compressed size, a total), so a bomb stops after
a little more than the limit, and the bytes between two records are bounded, so a header without
an end cannot fill the memory.

Chosen are ``response`` records (HTTP 200) and ``resource`` records whose payload is an image, a
video, a sound or a PDF, as the record declares it or, when it declares no type or a generic one
(``application/octet-stream``: servers often send a video so), as its first bytes show. This takes
the screenshots Browsertrix writes (``resource`` records named ``urn:view:``, ``urn:thumbnail:``,
``urn:fullPage:`` or ``urn:screenshot:`` and the page's URL).
``urn:pageinfo:`` records (ArchiveWeb.page, Browsertrix) are JSON about a page, not media: never
taken. Reading is done twice: :func:`survey_wacz` reads and hashes everything and keeps nothing, so
an archive that turns out hostile half-way is refused before anything was taken from it; then
:func:`media_streams` streams only the records chosen, for the caller to store.

A page's text comes from ``pages/pages.jsonl`` (its ``text``, when the crawler recorded it) or from
the ``urn:text:`` / ``urn:textFinal:`` records Browsertrix writes instead.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import zipfile
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from casedesk.i18n import msg
from casedesk.media.sniff import HEAD_BYTES, sniff
from casedesk.provenance.wacz import (
    CHUNK,
    DEFAULT_LIMITS,
    PAGES,
    WaczLimits,
    _Refused,
    _str,
)
from casedesk.provenance.wacz_records import (
    Payload,
    TooLarge,
    WaczMediaError,
    WarcReader,
    header,
    read_errors,
    warcio_iterator,
)
from casedesk.provenance.wacz_streams import Readable
from casedesk.textutil import clip, printable

READER = "casedesk wacz media 1"
MEDIA_PREFIXES = ("image/", "video/", "audio/")
DOCUMENT_TYPES = frozenset({"application/pdf"})
UNTYPED = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/binary"})
SCREENSHOTS = ("view", "thumbnail", "fullPage", "screenshot")  # urn:<kind>:<page URL>
TEXTS = ("textFinal", "text")  # urn:<kind>:<page URL>, the final text preferred
PAGE_INFO = "urn:pageinfo:"


@dataclass(frozen=True, slots=True)
class WaczMediaLimits:
    """How much is taken from one archive; what is over is counted as skipped, never read into memory."""

    max_children: int = 500
    max_child_bytes: int = 2 << 30  # one payload (a long video)
    max_children_bytes: int = 16 << 30  # every payload taken from one archive
    # A chunked HTTP payload is de-chunked by warcio a whole chunk at a time, in memory.
    max_chunked_bytes: int = 256 << 20
    max_header_bytes: int = 8 << 20  # read between two records (blank lines, WARC and HTTP headers)
    max_text_chars: int = 8 << 20  # of the pages' text kept
    max_text_pages: int = 50_000


DEFAULT_MEDIA_LIMITS = WaczMediaLimits()


@dataclass(frozen=True, slots=True)
class WarcMedia:
    """One WARC record chosen to become evidence: where it is, what its headers say, what it holds."""

    warc: str  # the WARC entry of the archive
    index: int  # the record's position in it
    record_type: str  # "response" or "resource"
    record_id: str | None
    target_uri: str | None
    warc_date: str | None
    content_type: str  # as the record declares it, without parameters
    sha256: str  # of the payload (HTTP headers removed, transfer and content encodings undone)
    size: int
    digest: str | None  # the record's WARC digests: "matches" or "differs"; None: it states none
    screenshot: str | None = None  # "view", "thumbnail", "fullPage", "screenshot"
    sniffed_type: str | None = None  # declared untyped (octet-stream): what its first bytes are

    @property
    def name(self) -> str:
        """A file name for the payload, from its URL (a screenshot's names its page)."""
        uri = self.target_uri or ""
        if self.screenshot is not None:
            page = urlsplit(uri.removeprefix(f"urn:{self.screenshot}:"))
            stem = f"screenshot {self.screenshot} {page.netloc}{page.path}".rstrip("/")
            suffix = ""
        else:
            parts = urlsplit(uri)
            stem = unquote(parts.path.rstrip("/").rpartition("/")[2]) or parts.netloc or "payload"
            suffix = Path(stem).suffix
        stem = clip(printable(stem.replace("/", "_").replace("\\", "_")).strip(" ."), 120) or "payload"
        if not suffix or len(suffix) > 6:
            stem += mimetypes.guess_extension(self.sniffed_type or self.content_type, strict=False) or ""
        return stem

    def provenance(self, wacz_sha256: str, wacz_verified: bool) -> dict[str, Any]:
        """What the child's evidence keeps of where it came from (its ``details["wacz"]``)."""
        said: dict[str, Any] = {
            "wacz_sha256": wacz_sha256,
            "wacz_verified": wacz_verified,
            "warc_file": self.warc,
            "warc_record_id": self.record_id,
            "warc_record_type": self.record_type,
            "warc_target_uri": self.target_uri,
            "warc_date": self.warc_date,
            "content_type": self.content_type,
            "warc_digest": self.digest,
        }
        if self.screenshot is not None:
            said["screenshot"] = self.screenshot
        if self.sniffed_type is not None:
            said["sniffed_type"] = self.sniffed_type
        said["reader"] = READER
        return said


@dataclass(frozen=True, slots=True)
class PageText:
    url: str | None
    title: str | None
    ts: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """Payloads chosen but not taken, by reason."""

    too_large: int = 0  # over max_child_bytes (or max_chunked_bytes)
    over_limits: int = 0  # after max_children payloads, or max_children_bytes in all

    @property
    def total(self) -> int:
        return self.too_large + self.over_limits


@dataclass(frozen=True, slots=True)
class WaczSurvey:
    """What an archive holds to take, read once in full; ``error`` says why it was refused."""

    media: tuple[WarcMedia, ...] = ()  # each payload once, in the archive's order
    pages: tuple[PageText, ...] = ()  # the pages that have text
    skipped: Skipped = field(default_factory=Skipped)
    records: int = 0
    text_truncated: bool = False
    error: str | None = None

    def page_text(self) -> tuple[str, list[dict[str, Any]]]:
        """The pages' text as one text (each page's title and URL, then its text), and where each
        page's part starts and ends in it."""
        parts: list[str] = []
        segments: list[dict[str, Any]] = []
        at = 0
        for page in self.pages:
            head = "\n".join(p for p in (page.title, page.url) if p)
            part = f"{head}\n{page.text}" if head else page.text
            if parts:
                at += 2
            segments.append({"url": page.url, "title": page.title, "ts": page.ts, "start": at})
            at += len(part)
            segments[-1]["end"] = at
            parts.append(part)
        return "\n\n".join(parts), segments


def survey_wacz(
    path: Path,
    limits: WaczLimits = DEFAULT_LIMITS,
    media_limits: WaczMediaLimits = DEFAULT_MEDIA_LIMITS,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> WaczSurvey:
    """Read every WARC record and the pages of an archive, hashing the payloads worth taking.

    Whatever is wrong (a bomb, a path trick, a lying length, damage) is the survey's ``error``,
    never an exception; ``check`` is called between records (to stop when the user cancels), and
    ``progress`` with the bytes of the WARC files read so far and their total."""
    warcio_iterator()
    try:
        with zipfile.ZipFile(path) as archive:
            reader = WarcReader(archive, limits, media_limits.max_header_bytes)
            return _Survey(reader, media_limits, check, progress).run()
    except _Refused as exc:
        return WaczSurvey(error=str(exc.message))
    except read_errors() as exc:
        return WaczSurvey(error=str(msg("the archive is damaged or truncated ({reason})", reason=exc)))


def media_streams(
    path: Path,
    chosen: Sequence[WarcMedia],
    limits: WaczLimits = DEFAULT_LIMITS,
    media_limits: WaczMediaLimits = DEFAULT_MEDIA_LIMITS,
) -> Generator[tuple[WarcMedia, Readable], None, None]:
    """Each chosen payload as a stream, in the archive's order, valid until the next is asked for.

    Raises :class:`WaczMediaError` if the archive does not read as the survey read it."""
    warcio_iterator()
    wanted: dict[str, dict[int, WarcMedia]] = {}
    for media in chosen:
        wanted.setdefault(media.warc, {})[media.index] = media
    try:
        with zipfile.ZipFile(path) as archive:
            reader = WarcReader(archive, limits, media_limits.max_header_bytes)
            for warc in reader.warcs():
                todo = wanted.get(warc)
                if not todo:
                    continue
                last = max(todo)
                for index, record in reader.records(warc):
                    found = todo.get(index)
                    if found is not None:
                        if header(record, "WARC-Record-ID") != found.record_id:
                            raise _Refused(msg("it read differently the second time"))
                        yield found, Payload(record, reader, media_limits.max_child_bytes, strict=True)
                    reader.drain(record)
                    if index >= last:
                        break
    except _Refused as exc:
        raise WaczMediaError(exc.message) from None
    except read_errors() as exc:
        raise WaczMediaError(msg("the archive is damaged or truncated ({reason})", reason=exc)) from None


class _Survey:
    def __init__(
        self,
        reader: WarcReader,
        limits: WaczMediaLimits,
        check: Callable[[], None] | None,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.reader = reader
        self.limits = limits
        self.check = check or (lambda: None)
        self.progress = progress or (lambda done, total: None)
        self.media: list[WarcMedia] = []
        self.seen: set[str] = set()
        self.taken_bytes = 0
        self.too_large = 0
        self.over = 0
        self.records = 0
        self.texts: dict[str, tuple[str, str]] = {}  # page URL -> (kind, text) from urn:text records

    def run(self) -> WaczSurvey:
        pages = self._pages()  # first: the smaller part, and a hostile one stops everything early
        for warc in self.reader.warcs():
            for index, record in self.reader.records(warc):
                self.check()
                self.progress(*self.reader.progress())
                self.records += 1
                self._record(warc, index, record)
                self.reader.drain(record)
        self.progress(*self.reader.progress())
        with_text = {p.url for p in pages}
        for url, (_, text) in self.texts.items():
            if url not in with_text:
                pages.append(PageText(url=url, title=None, ts=None, text=text))
        kept, truncated = self._bounded(pages)
        return WaczSurvey(
            media=tuple(self.media),
            pages=kept,
            skipped=Skipped(self.too_large, self.over),
            records=self.records,
            text_truncated=truncated,
        )

    def _record(self, warc: str, index: int, record: Any) -> None:
        uri = header(record, "WARC-Target-URI") or ""
        if record.rec_type == "resource" and uri.startswith("urn:"):
            kind = uri[4:].partition(":")[0]
            if kind in TEXTS:
                self._text(record, kind, uri[len(kind) + 5 :])
                return
            if uri.startswith(PAGE_INFO):
                return
        content_type = _content_type(record)
        if not _wanted(record, content_type):
            return
        screenshot = None
        if record.rec_type == "resource" and uri.startswith("urn:"):
            kind = uri[4:].partition(":")[0]
            if kind not in SCREENSHOTS:
                return  # some other kind of crawler note
            screenshot = kind
        length = int(record.length or 0)
        chunked = record.http_headers is not None and (
            (record.http_headers.get_header("Transfer-Encoding") or "").lower() == "chunked"
        )
        if length > self.limits.max_child_bytes + (1 << 20) or (
            chunked and length > self.limits.max_chunked_bytes
        ):
            self.too_large += 1  # drained undecoded: a chunk is de-chunked whole, in memory
            return
        digest = hashlib.sha256()
        head = b""
        payload = Payload(record, self.reader, self.limits.max_child_bytes)
        try:
            while chunk := payload.read(CHUNK):
                digest.update(chunk)
                if len(head) < HEAD_BYTES:
                    head += chunk[: HEAD_BYTES - len(head)]
        except TooLarge:
            self.too_large += 1
            return
        self.reader.drain(record)  # the digests are checked at the block's end
        sha, size = digest.hexdigest(), payload.count
        sniffed = _media_type_of(head) if content_type in UNTYPED else None
        if content_type in UNTYPED and sniffed is None:
            return  # an untyped payload that is no media (a script, a font, data)
        if size == 0 or sha in self.seen:
            return  # nothing, or the same payload again (a page loads its logo twice)
        if len(self.media) >= self.limits.max_children or (
            self.taken_bytes + size > self.limits.max_children_bytes
        ):
            self.over += 1
            return
        self.seen.add(sha)
        self.taken_bytes += size
        passed = record.digest_checker.passed if record.digest_checker is not None else None
        has_digest = any(header(record, h) for h in ("WARC-Payload-Digest", "WARC-Block-Digest"))
        self.media.append(
            WarcMedia(
                warc=warc,
                index=index,
                record_type=record.rec_type,
                record_id=header(record, "WARC-Record-ID"),
                target_uri=_str(uri) or None,
                warc_date=header(record, "WARC-Date"),
                content_type=content_type,
                sha256=sha,
                size=size,
                digest=None if not has_digest else ("differs" if passed is False else "matches"),
                screenshot=screenshot,
                sniffed_type=sniffed,
            )
        )

    def _text(self, record: Any, kind: str, url: str) -> None:
        limit = self.limits.max_text_chars * 4  # UTF-8 bytes
        payload = Payload(record, self.reader, limit)
        parts: list[bytes] = []
        try:
            while chunk := payload.read(CHUNK):
                parts.append(chunk)
        except TooLarge:
            pass  # the start is kept; the whole text is bounded again when assembled
        text = b"".join(parts).decode("utf-8", errors="replace").strip()
        if text and (url not in self.texts or kind == "textFinal"):
            self.texts[url] = (kind, text)

    def _pages(self) -> list[PageText]:
        pages: list[PageText] = []
        for name in PAGES:
            if name not in self.reader.entries:
                continue
            buffer = bytearray()

            def take(chunk: bytes, buffer: bytearray = buffer) -> None:
                buffer.extend(chunk)
                *lines, rest = buffer.split(b"\n")
                buffer[:] = rest
                for line in lines:
                    page = _page_text(bytes(line))
                    if page is not None:
                        pages.append(page)

            self.reader._stream(name, take, self.reader.limits.max_pages_bytes)
            take(b"\n")
        return pages

    def _bounded(self, pages: list[PageText]) -> tuple[tuple[PageText, ...], bool]:
        kept: list[PageText] = []
        left = self.limits.max_text_chars
        for page in pages:
            if len(kept) >= self.limits.max_text_pages or left <= 0:
                return tuple(kept), True
            if len(page.text) > left:
                kept.append(PageText(page.url, page.title, page.ts, page.text[:left]))
                return tuple(kept), True
            kept.append(page)
            left -= len(page.text)
        return tuple(kept), False


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").partition(";")[0].strip().lower()


def _wanted(record: Any, content_type: str) -> bool:
    """Worth reading: a whole payload declared media, or declared nothing in particular."""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False  # a redirect, an error page, a range (206) is not the whole file
    elif record.rec_type != "resource":
        return False  # requests, metadata, revisits (which hold no payload)
    return _is_media(content_type) or content_type in UNTYPED


def _is_media(media_type: str) -> bool:
    return media_type.startswith(MEDIA_PREFIXES) or media_type in DOCUMENT_TYPES


def _media_type_of(head: bytes) -> str | None:
    """The media type an untyped payload's first bytes show, if it is media (never a ZIP: the
    sniffer would open it by path, and no archive is taken from an archive)."""
    if head.startswith(b"PK"):
        return None
    found = sniff(Path(), head).media_type
    return found if _is_media(found) else None


def _page_text(line: bytes) -> PageText | None:
    try:
        value = json.loads(line.decode("utf-8")) if line.strip() else None
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(value, dict) or "format" in value or "url" not in value:
        return None
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    return PageText(
        url=_str(value.get("url")), title=_str(value.get("title")), ts=_str(value.get("ts")), text=text
    )
