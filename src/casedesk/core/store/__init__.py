"""The evidence store: originals by SHA-256, written once, and the files derived from them."""

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

__all__ = [
    "CHUNK",
    "EvidenceStore",
    "FolderStore",
    "ProgressFn",
    "StoredOriginal",
    "damaged_original",
    "sha256_file",
    "sha256_of",
]
