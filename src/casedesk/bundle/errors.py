"""The one error a bundle refusal raises; its message says exactly what was wrong, fit for a user."""

from __future__ import annotations

from casedesk.core.errors import CaseDeskError


class BundleError(CaseDeskError):
    """A bundle was refused (hostile, damaged, wrong passphrase) or could not be written."""


WRONG_PASSPHRASE = "Wrong passphrase, or the bundle was modified. Nothing was imported."
