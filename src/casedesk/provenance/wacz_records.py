"""Reading a web archive's WARC records as hostile, for :mod:`.wacz_media`.

The WARC files (``archive/*.warc``, ``*.warc.gz``) are streamed from the ZIP, never extracted: every
byte is counted as actually read, the entry as the ZIP inflates it and the WARC as its gzip members
inflate, against the archive's :class:`~.wacz.WaczLimits`. The gzip members are inflated here and
warcio parses the records over the counted stream, checking their digests as they are read; the
bytes between two records are bounded too. A payload is read through :class:`Payload`, which holds
the decoded bytes to the same ratio and total.
"""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Iterator
from typing import Any

from casedesk.i18n import Message, msg
from casedesk.provenance.wacz import _ZIP_ERRORS, CHUNK, WaczLimits, _Reader, _Refused, _str
from casedesk.provenance.wacz_streams import Counted, peek

GZIP_MAGIC = b"\x1f\x8b"
# Wrong ZIP or gzip data, as the libraries raise it; warcio's own are added when it is first needed
# (importing warcio takes a tenth of a second: not at every start of the command line).
_READ_ERRORS: tuple[type[Exception], ...] = (*_ZIP_ERRORS, OSError, UnicodeError, LookupError, TypeError)


def warcio_iterator() -> Any:
    """warcio's ArchiveIterator, its errors joined to those a read may raise."""
    global _READ_ERRORS  # warcio's errors, once it is imported
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    if ArchiveLoadFailed not in _READ_ERRORS:
        _READ_ERRORS = (*_READ_ERRORS, ArchiveLoadFailed, StatusAndHeadersParserException)
    return ArchiveIterator


def read_errors() -> tuple[type[Exception], ...]:
    """What a read of damaged data may raise (warcio's own included, once it is imported)."""
    return _READ_ERRORS


def header(record: Any, name: str) -> str | None:
    value = record.rec_headers.get_header(name)
    return _str(value) if isinstance(value, str) else None


class WaczMediaError(Exception):
    """The archive read differently the second time (it cannot, once stored): nothing more is taken."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class WarcReader(_Reader):
    """The archive's reader (entries checked, bytes counted), reading its WARC records too."""

    def __init__(self, archive: zipfile.ZipFile, limits: WaczLimits, max_header_bytes: int) -> None:
        super().__init__(archive, limits)
        self.max_header_bytes = max_header_bytes
        self._finished = 0  # bytes of the WARC entries read through
        self._current: Counted | None = None

    def warcs(self) -> list[str]:
        return [n for n in self.entries if n.startswith("archive/") and n.endswith((".warc", ".warc.gz"))]

    def progress(self) -> tuple[int, int]:
        """How far through its WARC files (as stored in the ZIP, before any gzip is inflated) the
        reading is, of how many bytes: for a progress bar, not a check (the sizes are declared)."""
        total = sum(self.entries[n].file_size for n in self.warcs())
        done = self._finished + (self._current.count if self._current is not None else 0)
        return min(done, total), total

    def records(self, name: str) -> Iterator[tuple[int, Any]]:
        """The entry's records in order; each must be read through (``drain``) before the next."""
        info = self.entries[name]
        cap = max(self.limits.max_ratio * max(info.compress_size, 1), self.limits.ratio_grace_bytes)
        with self.archive.open(info) as handle:
            # Inflated here whatever its name says, so that warcio never inflates anything uncounted
            # (it would, given gzip data); what is then not a WARC (gzip in gzip, say) is refused.
            self._current = entry = Counted(handle, self, name, cap, total=False)
            head, inflated = peek(entry)
            if head.startswith(GZIP_MAGIC):
                head, inflated = peek(gzip.GzipFile(fileobj=inflated, mode="rb"))
            if head and not head.startswith(b"WARC/"):
                raise _Refused(msg("{name} is not a WARC file", name=name))
            warc = Counted(inflated, self, name, cap, total=True)
            records = warcio_iterator()(warc, check_digests=True)
            index = 0
            while True:
                warc.window = self.max_header_bytes  # what lies between two records
                try:
                    record = next(records)
                except StopIteration:
                    break
                finally:
                    warc.window = None
                # warcio counts a record not followed by its blank lines: its stated length lies
                if records.err_count:
                    raise _Refused(
                        msg("{name}: a record's stated length does not match its content", name=name)
                    )
                yield index, record
                index += 1
            if records.err_count:
                raise _Refused(msg("{name}: a record's stated length does not match its content", name=name))
            self._finished += entry.count
            self._current = None

    def drain(self, record: Any) -> None:
        """Read the rest of a record's block (counted, a chunk at a time), so its digests are checked;
        a block shorter than its stated length (the file ends first) is refused."""
        while record.raw_stream.read(CHUNK):
            pass
        if getattr(record.raw_stream, "limit", 0) > 0:
            name = header(record, "WARC-Target-URI") or "?"
            raise _Refused(msg("{name}: a record's stated length does not match its content", name=name))


class Payload:
    """A record's payload (encodings undone), counted: the decoded bytes are held to the ratio too.

    Past ``limit`` bytes it raises ``TooLarge``. ``strict`` (the second reading, in the caller's
    hands): anything wrong is a :class:`WaczMediaError`."""

    def __init__(self, record: Any, reader: WarcReader, limit: int, *, strict: bool = False) -> None:
        self.stream = record.content_stream()
        self.reader = reader
        self.limit = limit
        self.strict = strict
        limits = reader.limits
        self.cap = max(limits.max_ratio * max(int(record.length or 0), 1), limits.ratio_grace_bytes)
        self.count = 0
        self.name = header(record, "WARC-Target-URI") or "?"

    def read(self, size: int | None = -1) -> bytes:
        if not self.strict:
            return self._read(size)
        try:
            return self._read(size)
        except TooLarge:
            raise WaczMediaError(msg("it read differently the second time")) from None
        except _Refused as exc:
            raise WaczMediaError(exc.message) from None
        except _READ_ERRORS as exc:
            reason = msg("the archive is damaged or truncated ({reason})", reason=exc)
            raise WaczMediaError(reason) from None

    def _read(self, size: int | None) -> bytes:
        data: bytes = self.stream.read(CHUNK if size is None or size < 0 else min(size, CHUNK))
        self.count += len(data)
        self.reader.total += len(data)
        if self.reader.total > self.reader.limits.max_total_bytes:
            raise _Refused(msg("it expands to more data than the limit allows (a zip bomb)"))
        if self.count > self.cap:
            ratio = self.reader.limits.max_ratio
            raise _Refused(
                msg("{name} expands more than {ratio} times (a zip bomb)", name=self.name, ratio=ratio)
            )
        if self.count > self.limit:
            raise TooLarge()
        return data


class TooLarge(Exception):
    pass
