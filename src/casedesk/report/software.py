"""What a report's bytes depend on besides the case: the software that laid it out.

A report is a function of the covered history, the options and these versions. The PDF records them
(metadata and cover), so whoever receives it knows what to install to regenerate it byte for byte.
zlib is listed too: page streams are deflated, and another zlib may compress the same page differently.
"""

from __future__ import annotations

import zlib

from casedesk import __version__
from casedesk.report.compat import installed_version

# The distributions whose output ends up in the file: layout and PDF, bidi order, Arabic shaping, images.
PACKAGES = ("reportlab", "python-bidi", "arabic-reshaper", "Pillow")


def versions() -> tuple[tuple[str, str], ...]:
    """(name, version) of CaseDesk, each package in ``PACKAGES`` and zlib, in that order."""
    found = tuple((name, installed_version(name) or "not installed") for name in PACKAGES)
    return (("CaseDesk", __version__), *found, ("zlib", zlib.ZLIB_RUNTIME_VERSION))


def describe(pairs: tuple[tuple[str, str], ...]) -> str:
    """ "CaseDesk 0.1.0, reportlab 5.1.0, …" """
    return ", ".join(f"{name} {version}" for name, version in pairs)
