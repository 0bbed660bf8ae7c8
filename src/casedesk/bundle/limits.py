"""Bounds that keep a hostile bundle from exhausting memory, disk or time before it is refused."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BundleLimits:
    # Counted on bytes actually read, never on sizes an archive declares.
    max_total_bytes: int = 1 << 40  # 1 TiB of originals in one bundle
    max_manifest_bytes: int = 256 << 20
    max_entries: int = 500_000
    # Decompressed / compressed bytes of one entry; originals are stored, so only the manifest
    # (JSON, which deflates well) legitimately exceeds 1.
    max_ratio: int = 200
    # Entries smaller than this are not held to max_ratio (a tiny JSON file can compress 300:1).
    ratio_grace_bytes: int = 1 << 20


DEFAULT_LIMITS = BundleLimits()
