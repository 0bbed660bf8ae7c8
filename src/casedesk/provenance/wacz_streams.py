"""Streams of a web archive read as hostile: bytes counted as read (never as declared) against an
entry's cap, the archive's total and a record's stated length; a stream's first bytes looked at and
given back. Used by :mod:`.wacz_media` for the WARC files inside a WACZ.
"""

from __future__ import annotations

from typing import Protocol

from casedesk.i18n import msg
from casedesk.provenance.wacz import CHUNK, _Reader, _Refused


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Counted:
    """A stream read through, its bytes counted as read against the entry's cap and the total."""

    def __init__(self, source: Readable, reader: _Reader, name: str, cap: int, *, total: bool) -> None:
        self.source, self.reader, self.name, self.cap, self.total = source, reader, name, cap, total
        self.count = 0
        self.window: int | None = None  # bytes that may still be read before the window closes

    def read(self, size: int | None = -1) -> bytes:
        try:
            data = self.source.read(CHUNK if size is None or size < 0 else min(size, CHUNK))
        except EOFError as exc:  # a cut gzip member or entry: warcio would take it for the end
            raise _Refused(msg("the archive is damaged or truncated ({reason})", reason=exc)) from None
        self.count += len(data)
        limits = self.reader.limits
        if self.count > self.cap:
            raise _Refused(
                msg(
                    "{name} expands more than {ratio} times (a zip bomb)",
                    name=self.name,
                    ratio=limits.max_ratio,
                )
            )
        if self.total:
            self.reader.total += len(data)
            if self.reader.total > limits.max_total_bytes:
                raise _Refused(msg("it expands to more data than the limit allows (a zip bomb)"))
        if self.window is not None:
            self.window -= len(data)
            if self.window < 0:
                raise _Refused(
                    msg("{name}: a record's stated length does not match its content", name=self.name)
                )
        return data

    def seek(self, _offset: int, /) -> int:
        raise OSError("not seekable")  # a stream, read once


class Prefixed:
    """A stream whose first bytes were read already (to see what it is)."""

    def __init__(self, head: bytes, rest: Readable) -> None:
        self.head, self.rest = head, rest

    def read(self, size: int | None = -1) -> bytes:
        if not self.head:
            return self.rest.read(CHUNK if size is None or size < 0 else size)
        n = len(self.head) if size is None or size < 0 else size
        data, self.head = self.head[:n], self.head[n:]
        return data

    def seek(self, _offset: int, /) -> int:
        raise OSError("not seekable")


def peek(stream: Readable, n: int = 5) -> tuple[bytes, Prefixed]:
    head = b""
    while len(head) < n and (more := stream.read(n - len(head))):
        head += more
    return head, Prefixed(head, stream)
