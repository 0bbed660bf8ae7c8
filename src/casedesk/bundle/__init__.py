"""Case bundles: carry a whole case between offline workspaces in one file that proves it arrived intact.

A bundle is a ZIP holding a versioned ``manifest.json`` (the case, its records, the full custody
log, the history of every record, and each original's SHA-256, size, name and provenance) and
the originals named by their hash, optionally encrypted with a passphrase. Import verifies
everything before the workspace is touched, then commits in one transaction; a newer export of a
case already here is merged.
"""

from casedesk.bundle.crypto import is_encrypted
from casedesk.bundle.errors import BundleError
from casedesk.bundle.importer import BundleImportResult, import_bundle
from casedesk.bundle.limits import BundleLimits
from casedesk.bundle.writer import BundleExportResult, export_bundle

__all__ = [
    "BundleError",
    "BundleExportResult",
    "BundleImportResult",
    "BundleLimits",
    "export_bundle",
    "import_bundle",
    "is_encrypted",
]
