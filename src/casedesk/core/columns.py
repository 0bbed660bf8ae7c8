"""Column types and key helpers shared by the ORM classes of :mod:`casedesk.core.models`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Dialect, String, TypeDecorator

from casedesk.core.timeutil import PartialTime, iso_utc, parse_iso

PHASH_BANDS = 4


def phash_bands(value: str | None) -> tuple[int | None, ...]:
    """A 64-bit hex perceptual hash as four 16-bit integers, most significant first."""
    if not value:
        return (None,) * PHASH_BANDS
    number = int(value, 16)
    return tuple((number >> (16 * (PHASH_BANDS - 1 - i))) & 0xFFFF for i in range(PHASH_BANDS))


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as ISO 8601 UTC text, so they sort and survive any SQLite tool."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else iso_utc(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_iso(value)


class PartialTimeType(TypeDecorator[PartialTime]):
    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: PartialTime | None, dialect: Dialect) -> str | None:
        return None if value is None else value.to_text()

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialTime | None:
        return None if value is None else PartialTime.from_text(value)


def canonical_json(value: Any) -> bytes:
    """Sorted, compact UTF-8 JSON: the form the custody chain hashes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class CanonicalJSON(TypeDecorator[Any]):
    """JSON kept as the text the custody chain hashed (:func:`canonical_json`), not as the driver
    would write it: ``verify`` then checks an entry from its stored text without decoding it
    (:func:`casedesk.core.custody.verify_chain`), and the text means the same on any database."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], str | None]:
        def process(value: Any) -> str | None:
            return None if value is None else canonical_json(value).decode("utf-8")

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        def process(value: Any) -> Any:
            return None if value is None else json.loads(value)

        return process
