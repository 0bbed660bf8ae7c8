"""The one error a bundle refusal raises; its message says exactly what was wrong, fit for a user."""

from __future__ import annotations

from casedesk.core.errors import CaseDeskError
from casedesk.i18n import msg


class BundleError(CaseDeskError):
    """A bundle was refused (hostile, damaged, wrong passphrase) or could not be written."""


# The same refusal for a wrong passphrase and for a modified byte: they look alike, to an attacker too.
WRONG_PASSPHRASE_MESSAGE = msg("Wrong passphrase, or the bundle was modified. Nothing was imported.")
WRONG_PASSPHRASE = str(WRONG_PASSPHRASE_MESSAGE)  # its English text
