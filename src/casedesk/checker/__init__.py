"""``casedesk check``: what a stranger can check about a bundle or a report, with no workspace of theirs.

A bundle: its structure, every original's hash, the custody chain, the signature and its signer, the
trusted timestamps it carries. A report: its PDF signature and signer, the entry and manifest digest
it says it covers; with the bundle it came with, that the bundle regenerates it byte for byte.
"""

from casedesk.checker.bundle import check_bundle
from casedesk.checker.findings import CheckReport, Finding, Status
from casedesk.checker.report import check_report

__all__ = ["CheckReport", "Finding", "Status", "check_bundle", "check_report"]
