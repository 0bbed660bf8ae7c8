"""The evidence store: originals by SHA-256, written once, and the files derived from them."""

from pathlib import Path

from casedesk.core.store.base import (
    CHUNK,
    EvidenceStore,
    ProgressFn,
    StoredOriginal,
    damaged_original,
    sha256_file,
    sha256_of,
)
from casedesk.core.store.folder import FolderStore


def open_store(url: str | None, folder: Path) -> EvidenceStore:
    """The store a workspace names: ``s3://BUCKET[/PREFIX]`` (with ``folder`` as its local cache),
    or None for the store in ``folder``."""
    if url is None:
        return FolderStore(folder)
    from casedesk.core.store.s3 import S3Store  # boto3 is loaded only for a team store

    return S3Store(url, folder)


__all__ = [
    "CHUNK",
    "EvidenceStore",
    "FolderStore",
    "ProgressFn",
    "StoredOriginal",
    "damaged_original",
    "open_store",
    "sha256_file",
    "sha256_of",
]
